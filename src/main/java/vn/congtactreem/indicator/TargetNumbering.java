package vn.congtactreem.indicator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The plan's own numbers of its targets ("Chỉ tiêu 1 … Chỉ tiêu 68"), numbered through the whole plan across
 * its objectives, as units are told "chủ trì các chỉ tiêu 3, 4, 5, 6". A target without a typed number is the
 * previous one's whole number + 1 (1 for the first); a typed number ("5" after a gap, "3a", "3.1") is kept as
 * written and the next untyped target follows its whole number ("3a" → 4). Two targets may not share a number.
 */
public final class TargetNumbering {

    /** A whole number of up to 4 digits, optionally ".1" and a letter: "3", "12", "3a", "3.1", "3.1b". */
    private static final Pattern LABEL = Pattern.compile("(\\d{1,4})(\\.\\d{1,2})?[a-zđ]?");

    private TargetNumbering() {
    }

    /** The label as kept: stripped, "Chỉ tiêu" and a final "." dropped, lower case; null when blank. */
    public static String normalize(String label) {
        if (label == null) {
            return null;
        }
        String text = label.strip().toLowerCase(java.util.Locale.ROOT);
        if (text.startsWith("chỉ tiêu")) {
            text = text.substring("chỉ tiêu".length()).strip();
        }
        if (text.endsWith(".")) {
            text = text.substring(0, text.length() - 1);
        }
        return text.isEmpty() ? null : text;
    }

    /** Whether a typed number is one this rule can follow (null: none typed, fine). */
    public static boolean valid(String label) {
        String normalized = normalize(label);
        return normalized == null || LABEL.matcher(normalized).matches();
    }

    /** The numbers of targets in plan order, from their typed labels (null: the next). */
    public static List<String> numbers(List<String> labels) {
        List<String> numbers = new ArrayList<>();
        int last = 0;
        for (String label : labels) {
            String normalized = normalize(label);
            Matcher matcher = normalized == null ? null : LABEL.matcher(normalized);
            if (matcher != null && matcher.matches()) {
                numbers.add(normalized);
                last = Integer.parseInt(matcher.group(1));
            } else {
                last++;
                numbers.add(String.valueOf(last));
            }
        }
        return numbers;
    }

    /** The index of the first target whose number an earlier target already has. */
    public static Optional<Integer> firstRepeated(List<String> numbers) {
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < numbers.size(); i++) {
            if (seen.putIfAbsent(numbers.get(i), i) != null) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    /** "3, 4, 5, 6": the numbers of a unit's targets as the plan tells it. */
    public static String list(List<Target> targets) {
        return String.join(", ", targets.stream().map(Target::number).toList());
    }
}
