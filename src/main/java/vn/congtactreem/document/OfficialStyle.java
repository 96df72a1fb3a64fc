package vn.congtactreem.document;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The presentation rules of administrative documents (Nghị định 30/2020/NĐ-CP) shared by plans and reports: the
 * issuing body, place and date, signature block, section numbering and paragraphs of typed text. Pure functions.
 */
public final class OfficialStyle {

    private static final String[] ROMAN = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"};
    private static final List<String> AREA_PREFIXES = List.of("Thành phố ", "Thị trấn ", "Thị xã ", "Tỉnh ", "Huyện ",
            "Quận ", "Phường ", "Xã ", "TP ");
    private static final Locale VI = Locale.forLanguageTag("vi");

    private OfficialStyle() {
    }

    /** "ỦY BAN NHÂN DÂN" over "XÃ AN DƯƠNG". */
    public static List<String> issuingBody(String orgName) {
        return List.of("ỦY BAN NHÂN DÂN", orgName == null ? "" : orgName.toUpperCase(VI));
    }

    /** "An Dương" from "Xã An Dương". */
    public static String placeName(String orgName) {
        if (orgName == null) {
            return "";
        }
        return AREA_PREFIXES.stream().filter(orgName::startsWith).findFirst()
                .map(prefix -> orgName.substring(prefix.length())).orElse(orgName);
    }

    /** A date in a document's text, "29/02/2024", "08/4/2024": NĐ 30's leading zeros (days below 10, months 1, 2). */
    public static String shortDate(LocalDate on) {
        return String.format("%02d", on.getDayOfMonth()) + "/" + month(on.getMonthValue()) + "/" + on.getYear();
    }

    /** NĐ 30: months 1 and 2 with a leading zero. */
    public static String month(int month) {
        return month <= 2 ? String.format("%02d", month) : String.valueOf(month);
    }

    /** NĐ 30: days below 10 and months 1 and 2 are written with a leading zero. */
    public static String placeAndDate(String orgName, LocalDate on, int year) {
        String place = placeName(orgName);
        if (on == null) {
            return place + ", ngày      tháng      năm " + year;
        }
        return place + ", ngày " + String.format("%02d", on.getDayOfMonth()) + " tháng " + month(on.getMonthValue())
                + " năm "
                + on.getYear();
    }

    public static List<String> signature(String signerTitle) {
        String title = signerTitle == null ? "" : signerTitle.strip().toUpperCase(VI);
        if (title.startsWith("PHÓ CHỦ TỊCH")) {
            return List.of("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", title);
        }
        if (title.equals("CHỦ TỊCH")) {
            return List.of("TM. ỦY BAN NHÂN DÂN", title);
        }
        return title.isEmpty() ? List.of("TM. ỦY BAN NHÂN DÂN") : List.of("TM. ỦY BAN NHÂN DÂN", title);
    }

    /**
     * The signature block of one who signs while the signer is away (Nghị định 30/2020/NĐ-CP, Phụ lục I): a deputy
     * signs "KT." (ký thay) for the head, under the head's deputy title ("KT. CHỦ TỊCH" over "PHÓ CHỦ TỊCH"); an
     * officer the head authorised signs "TUQ." (thừa ủy quyền). The committee's "TM. ỦY BAN NHÂN DÂN" stays above, as
     * in {@link #signature}. The head is the absent signer's title without "PHÓ" ("CHỦ TỊCH" when none was typed).
     */
    public static List<String> signatureInStead(String absentTitle, boolean deputy) {
        String title = absentTitle == null ? "" : absentTitle.strip().toUpperCase(VI);
        String head = title.startsWith("PHÓ ") ? title.substring("PHÓ ".length()).strip() : title;
        if (head.isEmpty()) {
            head = "CHỦ TỊCH";
        }
        return deputy ? List.of("TM. ỦY BAN NHÂN DÂN", "KT. " + head, "PHÓ " + head)
                : List.of("TM. ỦY BAN NHÂN DÂN", "TUQ. " + head);
    }

    /** "Kế hoạch triển khai công tác trẻ em" and "Triển khai công tác trẻ em" are the same subject. */
    public static String subject(String title) {
        String text = title == null ? "" : title.strip();
        if (text.regionMatches(true, 0, "Kế hoạch ", 0, "Kế hoạch ".length())) {
            text = text.substring("Kế hoạch ".length()).strip();
        }
        return lowerFirst(text);
    }

    /** "II. NỘI DUNG HOẠT ĐỘNG" for the section at {@code index} (0-based). */
    public static String sectionHeading(int index, String heading) {
        return ROMAN[index] + ". " + heading;
    }

    /** Paragraphs of a typed text: one per non-empty line. */
    public static List<String> paragraphs(String text) {
        return text == null ? List.of() : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    public static String lowerFirst(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        // keep proper names: only lower a leading common word ("Xã An Dương" -> "xã An Dương")
        return Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
