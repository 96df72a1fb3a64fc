package vn.congtactreem.plan;

import java.time.LocalDate;
import java.util.List;

/**
 * The upper level's plan as the officer registers it ("Kế hoạch số 50/KH-UBND ngày 29/02/2024 của
 * UBND huyện Tân Yên"), with the deadlines it sets for this organisation, one per period.
 */
public record UpperPlanForm(String number, LocalDate issuedOn, String issuer, String title, Long fileId,
                            List<PeriodForm> periods) {
}
