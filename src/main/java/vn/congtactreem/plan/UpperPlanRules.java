package vn.congtactreem.plan;

import vn.congtactreem.base.ValidationException;

/**
 * What an upper plan's reference must say: its full date, or, when the original leaves the day blank
 * ("ngày   /3/2022"), at least its month and year. A blank number is allowed (the form only warns).
 */
final class UpperPlanRules {

    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;

    private UpperPlanRules() {
    }

    static void checkDate(UpperPlanForm form) {
        if (form.issuedOn() != null) {
            return;
        }
        if (form.issuedMonth() == null && form.issuedYear() == null) {
            throw new ValidationException("issuedOn", "upper.error.dateOrMonth");
        }
        if (form.issuedMonth() == null || form.issuedMonth() < 1 || form.issuedMonth() > 12) {
            throw new ValidationException("issuedMonth", "upper.error.month");
        }
        if (form.issuedYear() == null || form.issuedYear() < FIRST_YEAR || form.issuedYear() > LAST_YEAR) {
            throw new ValidationException("issuedYear", "upper.error.year", FIRST_YEAR, LAST_YEAR);
        }
    }
}
