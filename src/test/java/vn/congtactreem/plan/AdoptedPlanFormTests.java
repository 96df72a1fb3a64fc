package vn.congtactreem.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.congtactreem.base.ValidationException;

/** What an issued plan's registration must give, each refusal on its own field. */
class AdoptedPlanFormTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    private static AdoptedPlanForm form(String number, LocalDate issuedOn, String signer) {
        return new AdoptedPlanForm(3L, "Chương trình hành động vì trẻ em giai đoạn 2021–2030", 2021, 2030, number,
                issuedOn, signer, "CHỦ TỊCH", null, null, null, null, null);
    }

    @Test
    void theNumberIsReadAsWrittenOnTheDocument() {
        assertThat(form("15/KH-UBND", LocalDate.of(2021, 3, 15), "Nguyễn Văn Hùng").documentNumber())
                .isEqualTo(new AdoptedPlanForm.DocumentNumber(15, "KH-UBND"));
        assertThat(form(" 204 / KH - UBND ", LocalDate.of(2021, 3, 15), "x").documentNumber())
                .isEqualTo(new AdoptedPlanForm.DocumentNumber(204, "KH-UBND"));
        assertThat(form("7/CTr-UBND", LocalDate.of(2021, 3, 15), "x").documentNumber().symbol()).isEqualTo("CTr-UBND");
    }

    @Test
    void eachMissingOrWrongFieldIsRefusedOnItsOwnBox() {
        assertRefused(form(null, LocalDate.of(2021, 3, 15), "A"), "number", "programme.error.numberRequired");
        assertRefused(form("15", LocalDate.of(2021, 3, 15), "A"), "number", "programme.error.numberFormat");
        assertRefused(form("KH-UBND", LocalDate.of(2021, 3, 15), "A"), "number", "programme.error.numberFormat");
        assertRefused(form("15/KH-UBND", null, "A"), "issuedOn", "programme.error.dateRequired");
        assertRefused(form("15/KH-UBND", LocalDate.of(2026, 3, 3), "A"), "issuedOn", "programme.error.dateInFuture");
        assertRefused(form("15/KH-UBND", LocalDate.of(2019, 12, 31), "A"), "issuedOn",
                "programme.error.dateOutsideYears");
        assertRefused(form("15/KH-UBND", LocalDate.of(2021, 3, 15), " "), "signerName",
                "programme.error.signerRequired");
        assertRefused(new AdoptedPlanForm(3L, "Chương trình", 2021, 2031, "15/KH-UBND", LocalDate.of(2021, 3, 15),
                "A", null, null, null, null, null, null), "yearTo", "plan.error.years");
    }

    @Test
    void aPlanIssuedInDecemberBeforeItsFirstYearIsAccepted() {
        form("15/KH-UBND", LocalDate.of(2020, 12, 28), "Nguyễn Văn Hùng").check(TODAY);
    }

    @Test
    void aPeriodIsPastWhenItsUnitsLastDayWasBeforeTheRegistration() {
        assertThat(PastPeriods.isPast(LocalDate.of(2025, 12, 5), TODAY)).isTrue();
        assertThat(PastPeriods.isPast(LocalDate.of(2026, 3, 2), TODAY)).isFalse();
        assertThat(PastPeriods.isPast(LocalDate.of(2026, 5, 18), TODAY)).isFalse();
    }

    @Test
    void aTenYearProgrammeGetsItsMidTermReviewIn2025AndItsFinalReviewIn2030() {
        List<PeriodForm> periods = PeriodDefaults.forYears(2021, 2030);
        assertThat(periods).hasSize(22);
        assertThat(periods.stream().filter(p -> p.kind().review()).map(p -> p.kind() + " " + p.year()))
                .containsExactly("MID_TERM_REVIEW 2025", "FINAL_REVIEW 2030");
        PeriodForm midTerm = periods.stream().filter(p -> p.kind() == PeriodKind.MID_TERM_REVIEW).findFirst().get();
        assertThat(midTerm.dataFrom()).isEqualTo(LocalDate.of(2020, 12, 15));
        assertThat(midTerm.dataTo()).isEqualTo(LocalDate.of(2025, 12, 14));
        assertThat(PeriodDefaults.forYears(2021, 2025).stream().filter(p -> p.kind().review())
                .map(p -> p.kind() + " " + p.year())).containsExactly("MID_TERM_REVIEW 2023", "FINAL_REVIEW 2025");
        assertThat(PeriodDefaults.forYears(2024, 2024)).noneMatch(p -> p.kind().review());
    }

    @Test
    void aSingleYearPlanHasNoReview() {
        PeriodForm review = new PeriodForm(2024, PeriodKind.FINAL_REVIEW, LocalDate.of(2023, 12, 15),
                LocalDate.of(2024, 12, 14), LocalDate.of(2024, 11, 20), LocalDate.of(2024, 12, 5), null, "7,1");
        assertThatThrownBy(() -> PeriodRules.valid("periods[0]", 2024, 2024, review))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.field()).isEqualTo("periods[0].kind");
                    assertThat(e.messageKey()).isEqualTo("programme.error.reviewSingleYear");
                });
        assertThat(PeriodRules.valid("periods[0]", 2021, 2030, review).kind()).isEqualTo(PeriodKind.FINAL_REVIEW);
    }

    private static void assertRefused(AdoptedPlanForm form, String field, String key) {
        assertThatThrownBy(() -> form.check(TODAY)).isInstanceOfSatisfying(ValidationException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.messageKey()).isEqualTo(key);
        });
    }
}
