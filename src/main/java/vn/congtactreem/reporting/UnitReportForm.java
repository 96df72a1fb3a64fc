package vn.congtactreem.reporting;

import java.util.List;
import vn.congtactreem.base.TextRules;
import vn.congtactreem.indicator.Reading;

/**
 * What a unit writes: results achieved, difficulties, proposals, and the values of its indicators
 * ({@code values} null: keep the values as saved, e.g. an autosave of the texts only).
 */
public record UnitReportForm(String results, String difficulties, String proposals, List<Reading> values) {

    public UnitReportForm(String results, String difficulties, String proposals) {
        this(results, difficulties, proposals, null);
    }

    /** {@link TextRules} over the three texts. */
    public void checkTexts() {
        TextRules.check("results", results, TextRules.LONG);
        TextRules.check("difficulties", difficulties, TextRules.LONG);
        TextRules.check("proposals", proposals, TextRules.LONG);
    }
}
