package vn.congtactreem.plan;

import java.time.LocalDate;
import java.util.List;
import vn.congtactreem.base.TextRules;

/**
 * The upper level's plan as the officer registers it ("Kế hoạch số 50/KH-UBND ngày 29/02/2024 của
 * UBND huyện Tân Yên"), with the deadlines it sets for this organisation, one per period. The number
 * or the day may be blank as in the original ("Kế hoạch số   /KH-UBND ngày   /3/2022"): the number is
 * then "/KH-UBND" or empty, the day {@code issuedOn} empty and {@code issuedMonth}/{@code issuedYear}
 * say what the original shows.
 */
public record UpperPlanForm(String number, LocalDate issuedOn, String issuer, String title, Long fileId,
                            List<PeriodForm> periods, Integer issuedMonth, Integer issuedYear) {

    /** An upper plan with its number and full date. */
    public UpperPlanForm(String number, LocalDate issuedOn, String issuer, String title, Long fileId,
                         List<PeriodForm> periods) {
        this(number, issuedOn, issuer, title, fileId, periods, null, null);
    }

    /** Whether the original leaves its number or its day blank (a warning, not an error). */
    public boolean hasBlanks() {
        return number == null || number.isBlank() || number.strip().startsWith("/") || issuedOn == null;
    }

    /** {@link TextRules} over every field. */
    public void checkTexts() {
        TextRules.check("number", number, TextRules.SHORT);
        TextRules.check("issuer", issuer, TextRules.SHORT);
        TextRules.check("title", title, TextRules.SHORT);
        TextRules.checkDate("issuedOn", issuedOn);
        if (periods != null) {
            for (int i = 0; i < periods.size(); i++) {
                periods.get(i).checkTexts("periods[" + i + "]");
            }
        }
    }
}
