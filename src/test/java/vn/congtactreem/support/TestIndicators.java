package vn.congtactreem.support;

import java.math.BigDecimal;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Indicators of one test, added to the catalogue under codes of their own ("IT-k3x9a2-CS"): the
 * database is shared by the whole run, and a test must not depend on the seeded catalogue's rows.
 * Position 0: they never move where the administrator's next indicator of a group goes.
 */
public final class TestIndicators {

    private final JdbcTemplate jdbc;
    private final String prefix;

    public TestIndicators(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.prefix = "IT-" + Long.toString(ThreadLocalRandom.current().nextLong(60_466_176L, 2_176_782_336L), 36);
    }

    /** "Tỷ lệ trẻ em có hoàn cảnh đặc biệt được chăm sóc" (%), higher is better. */
    public long careRate() {
        return create("CS", "Tỷ lệ trẻ em có hoàn cảnh đặc biệt được chăm sóc", "PERCENT",
                "Số trẻ em có HCĐB được chăm sóc", "Tổng số trẻ em có HCĐB", "HIGHER_IS_BETTER", null);
    }

    /** "Số trẻ em tử vong do tai nạn, thương tích" (count), lower is better. */
    public long injuryDeaths() {
        return create("TV", "Số trẻ em tử vong do tai nạn, thương tích", "COUNT", "Số trẻ em tử vong do TNTT", null,
                "LOWER_IS_BETTER", null);
    }

    /** "Xã, phường phù hợp với trẻ em" (yes/no). */
    public long childFriendly() {
        return create("PH", "Xã, phường phù hợp với trẻ em", "YES_NO", null, null, "HIGHER_IS_BETTER", null);
    }

    /** "Tỷ suất trẻ em bị tai nạn, thương tích" per 100.000, plausible up to 5.000. */
    public long injuryRate() {
        return create("TN", "Tỷ suất trẻ em bị tai nạn, thương tích", "PER_100K", "Số trẻ em bị TNTT",
                "Tổng số trẻ em", "LOWER_IS_BETTER", 5000);
    }

    public String code(String shortCode) {
        return prefix + "-" + shortCode;
    }

    private long create(String shortCode, String name, String measure, String numerator, String denominator,
                        String direction, Integer plausibleMax) {
        return create(code(shortCode), name, measure, numerator, denominator, "trẻ em", direction, BigDecimal.ZERO,
                plausibleMax == null ? null : BigDecimal.valueOf(plausibleMax));
    }

    /** Adds an indicator under {@code code} (group PROTECTION, position 0); answers its id. */
    public long create(String code, String name, String measure, String numerator, String denominator,
                       String countUnit, String direction, BigDecimal plausibleMin, BigDecimal plausibleMax) {
        jdbc.update("insert into indicator (code, name, measure, numerator, denominator, count_unit, direction, "
                + "indicator_group, source, plausible_min, plausible_max, active, position) "
                + "values (?, ?, ?, ?, ?, ?, ?, 'PROTECTION', 'Kiểm thử', ?, ?, true, 0)",
                code, name, measure, numerator, denominator, countUnit, direction, plausibleMin, plausibleMax);
        return jdbc.queryForObject("select id from indicator where code = ?", Long.class, code);
    }
}
