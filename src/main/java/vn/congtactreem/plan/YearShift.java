package vn.congtactreem.plan;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Moves a text from an earlier plan's years to a new plan's: every year of the old plan's span
 * written as a number ("năm 2023", "Quý I/2023") moves by the same number of years. Other numbers
 * (dates of other documents outside the span, counts) stay as they are.
 */
record YearShift(int fromStart, int fromEnd, int toStart, int toEnd) {

    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(\\d{4})(?!\\d)");

    String apply(String text) {
        if (text == null || fromStart == toStart) {
            return text;
        }
        int delta = toStart - fromStart;
        Matcher matcher = YEAR.matcher(text);
        StringBuilder shifted = new StringBuilder();
        while (matcher.find()) {
            int year = Integer.parseInt(matcher.group(1));
            String replacement = year >= fromStart && year <= fromEnd ? String.valueOf(year + delta) : matcher.group(1);
            matcher.appendReplacement(shifted, replacement);
        }
        matcher.appendTail(shifted);
        return shifted.toString();
    }
}
