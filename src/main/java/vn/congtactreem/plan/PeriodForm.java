package vn.congtactreem.plan;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.time.LocalDate;
import vn.congtactreem.base.TextRules;

/**
 * A reporting period as the officer drafts it; {@code reminderDays} as typed ("7,1", or as a plan
 * reads them: [7, 1]). {@code id}: the saved period this form edits (null for a new one). The link to
 * the upper plan's period is not part of the form: the server keeps the link it established.
 */
public record PeriodForm(Long id, Integer year, PeriodKind kind, LocalDate dataFrom, LocalDate dataTo,
                         LocalDate opensOn, LocalDate unitDue, LocalDate upperDue,
                         @JsonDeserialize(using = ReminderDaysJson.class) String reminderDays) {

    /** A new period (no id yet). */
    public PeriodForm(Integer year, PeriodKind kind, LocalDate dataFrom, LocalDate dataTo, LocalDate opensOn,
                      LocalDate unitDue, LocalDate upperDue, String reminderDays) {
        this(null, year, kind, dataFrom, dataTo, opensOn, unitDue, upperDue, reminderDays);
    }

    /** The saved period as a form to edit again. */
    public static PeriodForm of(ReportingPeriod period) {
        return new PeriodForm(period.id(), period.year(), period.kind(), period.dataFrom(), period.dataTo(),
                period.opensOn(), period.unitDue(), period.upperDue(),
                Deadlines.joinReminderDays(period.reminderDays()));
    }

    /** The same period with another id (a new row once saved). */
    public PeriodForm withId(Long newId) {
        return new PeriodForm(newId, year, kind, dataFrom, dataTo, opensOn, unitDue, upperDue, reminderDays);
    }

    /** {@link TextRules}: years and dates in range, the reminder days as plain text. */
    public void checkTexts(String field) {
        TextRules.checkYear(field + ".year", year);
        TextRules.checkDate(field + ".dataFrom", dataFrom);
        TextRules.checkDate(field + ".dataTo", dataTo);
        TextRules.checkDate(field + ".opensOn", opensOn);
        TextRules.checkDate(field + ".unitDue", unitDue);
        TextRules.checkDate(field + ".upperDue", upperDue);
        TextRules.check(field + ".reminderDays", reminderDays, TextRules.SHORT);
    }
}
