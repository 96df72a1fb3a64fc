package vn.congtactreem.plan;

/**
 * How a document cites the upper plan: "số 50/KH-UBND ngày 29/02/2024". A number or day left blank
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
            date = " ngày " + Deadlines.format(upper.issuedOn());
        } else if (upper.issuedMonth() != null && upper.issuedYear() != null) {
            date = " ngày " + BLANK + "/" + month(upper.issuedMonth()) + "/" + upper.issuedYear();
        } else {
            date = "";
        }
        return numbered + date;
    }

    /** NĐ 30: months 1 and 2 with a leading zero. */
    private static String month(int month) {
        return month <= 2 ? String.format("%02d", month) : String.valueOf(month);
    }
}
