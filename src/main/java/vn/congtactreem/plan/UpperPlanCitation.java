package vn.congtactreem.plan;

import vn.congtactreem.document.OfficialStyle;

/**
 * How a document cites the upper plan: "số 50/KH-UBND ngày 29/02/2024", "số 90/KH-UBND ngày 08/4/2024" (NĐ 30:
 * days below 10 and months 1 and 2 with a leading zero, as the real plans write them). A number or day left blank
 * in the original stays blank ("số      /KH-UBND ngày      /3/2022"), the way officers print a
 * reference they do not know in full; nothing is filled in.
 */
final class UpperPlanCitation {

    /** The room left for a number or day not known, as the plan's own unnumbered "Số:        /KH-UBND". */
    static final String BLANK = "      ";

    private UpperPlanCitation() {
    }

    static String of(Plan.UpperPlanReference upper) {
        String number = upper.number() == null ? "" : upper.number().strip();
        String numbered = number.isEmpty() ? "số" + BLANK
                : number.startsWith("/") ? "số " + BLANK + number : "số " + number;
        String date;
        if (upper.issuedOn() != null) {
            date = " ngày " + OfficialStyle.shortDate(upper.issuedOn());
        } else if (upper.issuedMonth() != null && upper.issuedYear() != null) {
            date = " ngày " + BLANK + "/" + OfficialStyle.month(upper.issuedMonth()) + "/" + upper.issuedYear();
        } else {
            date = "";
        }
        return numbered + date;
    }
}
