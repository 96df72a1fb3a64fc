package vn.congtactreem.org;

/**
 * One user as read from a filled template (XLSX) or a CSV file, as typed.
 *
 * @param line         where the row is in its file (the Excel row number, or the CSV line), for the errors
 * @param role         one role or several separated by ";" or ",": the code (OFFICER) or its name (Cán bộ phụ trách)
 * @param organisation the organisation's official code (5 digits for a commune) or its path ("Tỉnh A › Xã B")
 * @param language     vi or en; blank: vi
 */
public record UserImportRow(int line, String username, String fullName, String email, String role,
                            String organisation, String language) {

    public boolean blank() {
        return isBlank(username) && isBlank(fullName) && isBlank(email) && isBlank(role) && isBlank(organisation)
                && isBlank(language);
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
