package vn.congtactreem.plan;

import java.time.LocalDate;
import vn.congtactreem.base.TextRules;

/** A reporting period as the officer drafts it; {@code reminderDays} as typed ("7,1"). */
public record PeriodForm(Integer year, PeriodKind kind, LocalDate dataFrom, LocalDate dataTo, LocalDate opensOn,
                         LocalDate unitDue, LocalDate upperDue, String reminderDays) {

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
