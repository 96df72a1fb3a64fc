package vn.congtactreem.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.congtactreem.base.ValidationException;

class DeadlinesTests {

    private static final LocalDate MAY_18 = LocalDate.of(2024, 5, 18);

    @Test
    void beforeTheNineteenthMeansTheEighteenthIsTheLastDay() {
        assertThat(Deadlines.lastDayBefore(LocalDate.of(2024, 5, 19))).isEqualTo(MAY_18);
        assertThat(Deadlines.lastDayBefore(LocalDate.of(2024, 3, 1))).isEqualTo(LocalDate.of(2024, 2, 29));
    }

    @Test
    void aReportIsLateFromMidnightAfterTheLastDayVietnamTime() {
        Instant due = Deadlines.dueInstant(MAY_18);
        assertThat(due).isEqualTo(ZonedDateTime.parse("2024-05-19T00:00+07:00").toInstant());
        assertThat(Deadlines.isLate(due.minusSeconds(1), MAY_18)).isFalse();
        assertThat(Deadlines.isLate(due, MAY_18)).isTrue();
        // 23:30 in Hanoi on the last day is 16:30 UTC: still on time
        assertThat(Deadlines.isLate(ZonedDateTime.parse("2024-05-18T23:30+07:00").toInstant(), MAY_18)).isFalse();
    }

    @Test
    void remindersGoOutAtEightInTheMorningDaysBeforeTheLastDay() {
        assertThat(Deadlines.reminders(MAY_18, List.of(7, 1))).containsExactly(
                ZonedDateTime.parse("2024-05-11T08:00+07:00").toInstant(),
                ZonedDateTime.parse("2024-05-17T08:00+07:00").toInstant());
    }

    @Test
    void theNextReminderSkipsThoseAlreadyPastAndNoneComesAfterTheDeadline() {
        List<Integer> days = List.of(7, 1, 0);
        Instant beforeAll = ZonedDateTime.parse("2024-05-01T00:00+07:00").toInstant();
        Instant afterFirst = ZonedDateTime.parse("2024-05-12T00:00+07:00").toInstant();
        Instant onLastDayNoon = ZonedDateTime.parse("2024-05-18T12:00+07:00").toInstant();
        assertThat(Deadlines.nextReminder(MAY_18, days, beforeAll))
                .contains(ZonedDateTime.parse("2024-05-11T08:00+07:00").toInstant());
        assertThat(Deadlines.nextReminder(MAY_18, days, afterFirst))
                .contains(ZonedDateTime.parse("2024-05-17T08:00+07:00").toInstant());
        assertThat(Deadlines.nextReminder(MAY_18, days, onLastDayNoon)).isEmpty();
    }

    @Test
    void reminderDaysAreReadFromWhatTheOfficerTyped() {
        assertThat(Deadlines.parseReminderDays("7, 1")).containsExactly(7, 1);
        assertThat(Deadlines.parseReminderDays("14;7 3,3")).containsExactly(14, 7, 3);
        assertThat(Deadlines.parseReminderDays("")).isEmpty();
        assertThatThrownBy(() -> Deadlines.parseReminderDays("7,một"))
                .hasFieldOrPropertyWithValue("messageKey", "period.error.reminderDays");
        assertThatThrownBy(() -> Deadlines.parseReminderDays("-1")).isInstanceOf(ValidationException.class);
    }

    @Test
    void unitsMustReportAtLeastADayBeforeTheOrganisationReportsUpward() {
        LocalDate upperLastDay = LocalDate.of(2024, 5, 13);
        assertThatCode(() -> Deadlines.requireTimeToConsolidate("unitDue", LocalDate.of(2024, 5, 12), upperLastDay))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> Deadlines.requireTimeToConsolidate("unitDue", MAY_18, upperLastDay))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.field()).isEqualTo("unitDue");
                    assertThat(e.messageKey()).isEqualTo("period.error.unitDueTooLate");
                    assertThat(e.args()).containsExactly("18/05/2024", "13/05/2024", "12/05/2024");
                });
        assertThatThrownBy(() -> Deadlines.requireTimeToConsolidate("unitDue", upperLastDay, upperLastDay))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void withoutAnUpperDeadlineAnyUnitDeadlineIsAccepted() {
        assertThatCode(() -> Deadlines.requireTimeToConsolidate("unitDue", MAY_18, null)).doesNotThrowAnyException();
    }

    @Test
    void aReviewIsDueAtTheEndOfTheThirdDayAfterArrivalButNeverAfterTheLastDayUpward() {
        // arrived 13/5 23:30 Vietnam time (16:30 UTC): the days count in Vietnam, due at the end of 16/5
        Instant arrived = ZonedDateTime.of(2024, 5, 13, 23, 30, 0, 0, Deadlines.VIETNAM).toInstant();
        assertThat(Deadlines.reviewDue(arrived, 3, null)).isEqualTo(Deadlines.dueInstant(LocalDate.of(2024, 5, 16)));
        assertThat(Deadlines.reviewDue(arrived, 3, LocalDate.of(2024, 5, 24)))
                .isEqualTo(Deadlines.dueInstant(LocalDate.of(2024, 5, 16)));
        assertThat(Deadlines.reviewDue(arrived, 3, LocalDate.of(2024, 5, 15)))
                .isEqualTo(Deadlines.dueInstant(LocalDate.of(2024, 5, 15)));
        // a report arriving after the last day upward is due at once
        assertThat(Deadlines.reviewDue(arrived, 3, LocalDate.of(2024, 5, 10)))
                .isEqualTo(Deadlines.dueInstant(LocalDate.of(2024, 5, 10)));
    }
}
