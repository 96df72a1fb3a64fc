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
    private static final String COMMITTEE = "TM. ỦY BAN NHÂN DÂN";

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

    /** The signature block signed on behalf of the committee ("TM. ỦY BAN NHÂN DÂN" above), as reports sign. */
    public static List<String> signature(String signerTitle) {
        return signature(signerTitle, true);
    }

    /**
     * The capacity lines above the signer's name. A deputy signs "KT. CHỦ TỊCH" over "PHÓ CHỦ TỊCH", the chairman
     * "CHỦ TỊCH", as the seed plans sign; {@code forCommittee} puts "TM. ỦY BAN NHÂN DÂN" above (a document signed
     * on behalf of the committee as a body).
     */
    public static List<String> signature(String signerTitle, boolean forCommittee) {
        String title = signerTitle == null ? "" : signerTitle.strip().toUpperCase(VI);
        List<String> lines = new java.util.ArrayList<>();
        if (forCommittee) {
            lines.add(COMMITTEE);
        }
        if (title.startsWith("PHÓ CHỦ TỊCH")) {
            lines.add("KT. CHỦ TỊCH");
        }
        if (!title.isEmpty()) {
            lines.add(title);
        }
        return List.copyOf(lines);
    }

    /**
     * The signature block of one who signs while the signer is away (Nghị định 30/2020/NĐ-CP, Phụ lục I): a deputy
     * signs "KT." (ký thay) for the head, under the head's deputy title ("KT. CHỦ TỊCH" over "PHÓ CHỦ TỊCH"); an
     * officer the head authorised signs "TUQ." (thừa ủy quyền). The committee's "TM. ỦY BAN NHÂN DÂN" stays above, as
     * in {@link #signature(String)}. The head is the absent signer's title without "PHÓ" ("CHỦ TỊCH" when none was
     * typed).
     */
    public static List<String> signatureInStead(String absentTitle, boolean deputy) {
        return signatureInStead(absentTitle, deputy, true);
    }

    /** {@link #signatureInStead(String, boolean)}, with "TM. ỦY BAN NHÂN DÂN" above only when {@code forCommittee}. */
    public static List<String> signatureInStead(String absentTitle, boolean deputy, boolean forCommittee) {
        String title = absentTitle == null ? "" : absentTitle.strip().toUpperCase(VI);
        String head = title.startsWith("PHÓ ") ? title.substring("PHÓ ".length()).strip() : title;
        if (head.isEmpty()) {
            head = "CHỦ TỊCH";
        }
        List<String> lines = deputy ? List.of("KT. " + head, "PHÓ " + head) : List.of("TUQ. " + head);
        if (!forCommittee) {
            return lines;
        }
        List<String> withCommittee = new java.util.ArrayList<>(lines);
        withCommittee.add(0, COMMITTEE);
        return List.copyOf(withCommittee);
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
