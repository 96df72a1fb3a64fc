package vn.congtactreem.monitoring;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.math.RoundingMode;
import vn.congtactreem.indicator.Numbers;

/**
 * The counts of a period's expected reports and the two rates: reporting rate = submitted /
 * expected, on-time rate = on time / expected (no rate when nothing is expected).
 */
public record Tally(int expected, int submitted, int onTime, int late, int missing, int notYetDue, int accepted,
                    int returned) {

    public static final Tally EMPTY = new Tally(0, 0, 0, 0, 0, 0, 0, 0);

    /** Percent with one decimal, or null when nothing is expected. */
    @JsonProperty
    public BigDecimal reportingRate() {
        return percent(submitted);
    }

    @JsonProperty
    public BigDecimal onTimeRate() {
        return percent(onTime);
    }

    /** "3/4 (75 %)", Vietnamese separators; "0/0" when nothing is expected. */
    public String reportingRateText() {
        return rateText(submitted, reportingRate());
    }

    public String onTimeRateText() {
        return rateText(onTime, onTimeRate());
    }

    public Tally plus(Tally other) {
        return new Tally(expected + other.expected, submitted + other.submitted, onTime + other.onTime,
                late + other.late, missing + other.missing, notYetDue + other.notYetDue,
                accepted + other.accepted, returned + other.returned);
    }

    /** Late or missing: what the filter "chỉ đơn vị muộn/thiếu" keeps. */
    public boolean hasLateOrMissing() {
        return late > 0 || missing > 0;
    }

    private BigDecimal percent(int count) {
        if (expected == 0) {
            return null;
        }
        return BigDecimal.valueOf(count * 100L).divide(BigDecimal.valueOf(expected), 1, RoundingMode.HALF_UP);
    }

    private String rateText(int count, BigDecimal rate) {
        String base = count + "/" + expected;
        return rate == null ? base : base + " (" + Numbers.format(rate, 1) + " %)";
    }
}
