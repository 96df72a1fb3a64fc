package vn.congtactreem.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.congtactreem.base.TextRules;
import vn.congtactreem.base.ValidationException;
import vn.congtactreem.indicator.TargetForm;

/**
 * A plan already issued outside the system, as the officer registers it: its real number
 * ("15/KH-UBND"), date and signer, its signed file (optional), and what it says that the system
 * needs (periods, units, targets). Periods left empty get the defaults of its years.
 */
public record AdoptedPlanForm(Long orgUnitId, String title, Integer yearFrom, Integer yearTo, String number,
                              LocalDate issuedOn, String signerName, String signerTitle, Long signedFileId,
                              String purpose, List<PeriodForm> periods, List<AssignmentForm> assignments,
                              List<TargetForm> targets) {

    private static final Pattern NUMBER = Pattern.compile("\\s*(\\d{1,6})\\s*/\\s*([\\p{L}\\d]+(?:\\s*-\\s*[\\p{L}\\d]+)*)\\s*");

    /** The document number as written: its number and its symbol ("KH-UBND"). */
    public record DocumentNumber(int number, String symbol) {
    }

    /** Every field as the officer must give it; field errors in the bundle's words. */
    public void check(LocalDate today) {
        if (orgUnitId == null) {
            throw new ValidationException("orgUnitId", "programme.error.organisationRequired");
        }
        if (title == null || title.isBlank()) {
            throw new ValidationException("title", "programme.error.titleRequired");
        }
        TextRules.check("title", title, TextRules.SHORT);
        if (yearFrom == null) {
            throw new ValidationException("yearFrom", "programme.error.yearRequired");
        }
        if (yearTo == null) {
            throw new ValidationException("yearTo", "programme.error.yearRequired");
        }
        TextRules.checkYear("yearFrom", yearFrom);
        TextRules.checkYear("yearTo", yearTo);
        if (yearTo < yearFrom || yearTo - yearFrom >= PlanService.MAX_YEARS) {
            throw new ValidationException("yearTo", "plan.error.years", PlanService.MAX_YEARS);
        }
        documentNumber();
        if (issuedOn == null) {
            throw new ValidationException("issuedOn", "programme.error.dateRequired");
        }
        TextRules.checkDate("issuedOn", issuedOn);
        if (issuedOn.isAfter(today)) {
            throw new ValidationException("issuedOn", "programme.error.dateInFuture");
        }
        if (issuedOn.getYear() > yearTo || issuedOn.getYear() < yearFrom - 1) {
            throw new ValidationException("issuedOn", "programme.error.dateOutsideYears", yearFrom - 1, yearTo);
        }
        if (signerName == null || signerName.isBlank()) {
            throw new ValidationException("signerName", "programme.error.signerRequired");
        }
        TextRules.check("signerName", signerName, TextRules.SHORT);
        TextRules.check("signerTitle", signerTitle, TextRules.SHORT);
    }

    /** "15/KH-UBND" read as 15 and "KH-UBND"; a number without its symbol is refused. */
    public DocumentNumber documentNumber() {
        if (number == null || number.isBlank()) {
            throw new ValidationException("number", "programme.error.numberRequired");
        }
        Matcher m = NUMBER.matcher(number);
        if (!m.matches()) {
            throw new ValidationException("number", "programme.error.numberFormat", number.strip());
        }
        return new DocumentNumber(Integer.parseInt(m.group(1)), m.group(2).replaceAll("\\s", ""));
    }
}
