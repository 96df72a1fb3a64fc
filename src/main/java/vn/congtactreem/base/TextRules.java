package vn.congtactreem.base;

import java.time.LocalDate;

/**
 * The one rule for what people type, used by the features' form records and commands: no NUL or
 * other control characters (tab and line breaks are text), lengths bounded with the limit said in
 * the message, years and dates within {@value #FIRST_YEAR}–{@value #LAST_YEAR}.
 */
public final class TextRules {

    /** Titles, numbers and symbols, names, issuers, signers. */
    public static final int SHORT = 500;
    /** A duty, a content item's details, a comment. */
    public static final int MEDIUM = 5_000;
    /** Narratives: a plan's purpose and requirements, a report's results, difficulties and proposals. */
    public static final int LONG = 50_000;
    public static final int FIRST_YEAR = 2000;
    /** Far enough for any multi-year programme (and for tests that keep their cycles apart by year). */
    public static final int LAST_YEAR = 2999;

    private TextRules() {
    }

    /** Refuses control characters and more than {@code max} characters; null passes (required is another rule). */
    public static String check(String field, String text, int max) {
        if (text == null) {
            return null;
        }
        if (hasControlCharacter(text)) {
            throw new ValidationException(field, "text.error.control");
        }
        if (text.length() > max) {
            throw new ValidationException(field, "text.error.tooLong", max, text.length());
        }
        return text;
    }

    public static boolean hasControlCharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r') {
                return true;
            }
        }
        return false;
    }

    public static void checkYear(String field, Integer year) {
        if (year != null && (year < FIRST_YEAR || year > LAST_YEAR)) {
            throw new ValidationException(field, "text.error.year", FIRST_YEAR, LAST_YEAR);
        }
    }

    public static void checkDate(String field, LocalDate date) {
        if (date != null) {
            checkYear(field, date.getYear());
        }
    }
}
