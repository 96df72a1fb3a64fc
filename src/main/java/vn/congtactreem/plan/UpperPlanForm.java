package vn.congtactreem.plan;

import java.time.LocalDate;
import java.util.List;
import vn.congtactreem.base.TextRules;

/**
 * The upper level's plan as the officer registers it ("Kế hoạch số 50/KH-UBND ngày 29/02/2024 của
 * UBND huyện Tân Yên"), with the deadlines it sets for this organisation, one per period.
 */
public record UpperPlanForm(String number, LocalDate issuedOn, String issuer, String title, Long fileId,
                            List<PeriodForm> periods) {

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
