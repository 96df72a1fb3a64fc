package vn.congtactreem.plan;

import vn.congtactreem.base.TextRules;
import vn.congtactreem.base.ValidationException;

/** The plan's own field rules shared by its commands: a plan spans at most {@link #MAX_YEARS} years. */
final class PlanRules {

    static final int MAX_YEARS = 10;

    private PlanRules() {
    }

    static void requireYears(int yearFrom, int yearTo) {
        TextRules.checkYear("yearFrom", yearFrom);
        TextRules.checkYear("yearTo", yearTo);
        if (yearTo < yearFrom || yearTo - yearFrom >= MAX_YEARS) {
            throw new ValidationException("yearTo", "plan.error.years", MAX_YEARS);
        }
    }

    static String requireText(String field, String text, String messageKey) {
        if (text == null || text.isBlank()) {
            throw new ValidationException(field, messageKey);
        }
        return text.strip();
    }
}
