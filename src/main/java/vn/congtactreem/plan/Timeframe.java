package vn.congtactreem.plan;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * When a content item of the plan is carried out within the year, as the plans say it: some
 * quarters ("Quý II và quý III/2024") or a range of months ("Tháng 01-12/2024"); empty when the
 * officer has not said yet.
 */
public record Timeframe(List<Integer> quarters, Integer monthFrom, Integer monthTo) {

    private static final String[] ROMAN = {"I", "II", "III", "IV"};

    public Timeframe {
        quarters = quarters == null ? List.of() : quarters.stream().distinct().sorted().toList();
    }

    public static Timeframe none() {
        return new Timeframe(List.of(), null, null);
    }

    public static Timeframe ofQuarters(Integer... quarters) {
        return new Timeframe(List.of(quarters), null, null);
    }

    public static Timeframe ofMonths(int from, int to) {
        return new Timeframe(List.of(), from, to);
    }

    public boolean isEmpty() {
        return quarters.isEmpty() && monthFrom == null && monthTo == null;
    }

    /** "Quý I và quý IV/2024", "Quý I, quý II và quý III/2024", "Tháng 01-12/2024", "Tháng 06/2024". */
    public String label(int year) {
        if (!quarters.isEmpty()) {
            List<String> names = quarters.stream().map(q -> "quý " + ROMAN[q - 1]).toList();
            String joined = names.size() == 1 ? names.get(0)
                    : String.join(", ", names.subList(0, names.size() - 1)) + " và " + names.get(names.size() - 1);
            return Character.toUpperCase(joined.charAt(0)) + joined.substring(1) + "/" + year;
        }
        if (monthFrom == null && monthTo == null) {
            return "";
        }
        int from = monthFrom == null ? monthTo : monthFrom;
        int to = monthTo == null ? from : monthTo;
        return from == to ? String.format("Tháng %02d/%d", from, year)
                : String.format("Tháng %02d-%02d/%d", from, to, year);
    }

    /** Quarters as stored ("1,4"); null when none. */
    public String quartersText() {
        return quarters.isEmpty() ? null : quarters.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    public static List<Integer> parseQuarters(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return java.util.Arrays.stream(text.split(",")).map(String::strip).map(Integer::valueOf).toList();
    }

    /** All quarters 1..4, for pickers. */
    public static List<Integer> allQuarters() {
        return IntStream.rangeClosed(1, 4).boxed().toList();
    }

    public static String romanQuarter(int quarter) {
        return ROMAN[quarter - 1];
    }
}
