package vn.congtactreem.plan;

import java.time.LocalDate;
import vn.congtactreem.base.ValidationException;

/** What a period the officer drafts must keep (pure): kind, a year of the plan, its dates in order. */
final class PeriodRules {

    private PeriodRules() {
    }

    /** The form with its defaults filled in (year, reminder days); {@code field} prefixes the errors. */
    static PeriodForm valid(String field, int yearFrom, int yearTo, PeriodForm form) {
        if (form.kind() == null) {
            throw new ValidationException(field + ".kind", "period.error.kindRequired");
        }
        if (form.kind().review() && yearTo == yearFrom) {
            throw new ValidationException(field + ".kind", "programme.error.reviewSingleYear");
        }
        int year = form.year() == null ? yearFrom : form.year();
        if (year < yearFrom || year > yearTo) {
            throw new ValidationException(field + ".year", "period.error.yearOutsidePlan", year, yearFrom, yearTo);
        }
        requireDate(field + ".dataFrom", form.dataFrom());
        requireDate(field + ".dataTo", form.dataTo());
        requireDate(field + ".opensOn", form.opensOn());
        requireDate(field + ".unitDue", form.unitDue());
        if (form.dataTo().isBefore(form.dataFrom())) {
            throw new ValidationException(field + ".dataTo", "period.error.dataToBeforeFrom");
        }
        if (form.unitDue().isBefore(form.opensOn())) {
            throw new ValidationException(field + ".unitDue", "period.error.dueBeforeOpening",
                    Deadlines.format(form.opensOn()));
        }
        Deadlines.requireTimeToConsolidate(field + ".unitDue", form.unitDue(), form.upperDue());
        String reminders = form.reminderDays() == null ? Deadlines.DEFAULT_REMINDER_DAYS : form.reminderDays();
        Deadlines.parseReminderDays(reminders);
        return new PeriodForm(form.id(), year, form.kind(), form.dataFrom(), form.dataTo(), form.opensOn(),
                form.unitDue(), form.upperDue(), reminders);
    }

    private static void requireDate(String field, LocalDate date) {
        if (date == null) {
            throw new ValidationException(field, "period.error.dateRequired");
        }
    }
}
