package vn.congtactreem.support;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.congtactreem.indicator.Comparator;
import vn.congtactreem.indicator.Indicator;
import vn.congtactreem.indicator.IndicatorCatalog;
import vn.congtactreem.indicator.PlanTargets;
import vn.congtactreem.indicator.TargetForm;

/**
 * Five catalogue indicators of every measure, made for one test (codes end with its year so tests
 * never share them), and a plan's targets on them with the police responsible: the indicators the
 * police report asks for.
 */
public final class IndicatorFixture {

    /** The indicators in the plan's order: the template's rows 5 to 9. */
    public record Asked(Indicator caredFor, Indicator injuries, Indicator infantDeaths, Indicator injuryDeaths,
                        Indicator childFriendly) {

        public List<Indicator> all() {
            return List.of(caredFor, injuries, infantDeaths, injuryDeaths, childFriendly);
        }
    }

    private final JdbcTemplate jdbc;
    private final IndicatorCatalog catalog;
    private final PlanTargets targets;

    public IndicatorFixture(JdbcTemplate jdbc, IndicatorCatalog catalog, PlanTargets targets) {
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.targets = targets;
    }

    /**
     * The indicators, and the plan's targets on them for {@code year} with {@code unitId} responsible.
     * The targets are set on the issued plan directly (the plan feature checks who may change them and
     * when; here only the data matters).
     */
    public Asked targetsFor(CycleFixture.OpenPeriod cycle, long unitId) {
        String suffix = String.valueOf(cycle.year());
        Asked asked = new Asked(
                indicator("BV" + suffix, "Tỷ lệ trẻ em có hoàn cảnh đặc biệt được chăm sóc", "PERCENT",
                        "Số trẻ em có HCĐB được chăm sóc", "Tổng số trẻ em có HCĐB", "trẻ em", "50", "100"),
                indicator("TN" + suffix, "Tỷ suất trẻ em bị tai nạn, thương tích", "PER_100K",
                        "Số trẻ em bị tai nạn, thương tích", "Tổng số trẻ em", "trẻ em", "0", "5000"),
                indicator("TV" + suffix, "Tỷ suất tử vong trẻ em dưới 1 tuổi", "PER_THOUSAND",
                        "Số trẻ em dưới 1 tuổi tử vong", "Số trẻ đẻ ra sống", "trẻ em", null, null),
                indicator("TT" + suffix, "Số trẻ em tử vong do tai nạn, thương tích", "COUNT",
                        "Số trẻ em tử vong do tai nạn, thương tích", null, "trẻ em", null, null),
                indicator("PH" + suffix, "Xã phù hợp với trẻ em", "YES_NO", null, null, "xã", null, null));
        int year = cycle.year();
        targets.replace(cycle.planId(), year, year, Set.of(unitId), List.of(
                target(asked.caredFor(), year, Comparator.MORE_THAN, "95", unitId),
                target(asked.injuries(), year, Comparator.LESS_THAN, "20", unitId),
                target(asked.infantDeaths(), year, Comparator.AT_MOST, "10", unitId),
                target(asked.injuryDeaths(), year, Comparator.EQUAL, "0", unitId),
                target(asked.childFriendly(), year, Comparator.EQUAL, "1", unitId)));
        return asked;
    }

    /** One more catalogue indicator no target asks for. */
    public Indicator unaskedIndicator(int year) {
        return indicator("KH" + year, "Số trẻ em được khai sinh", "COUNT", "Số trẻ em được khai sinh", null,
                "trẻ em", null, null);
    }

    private Indicator indicator(String code, String name, String measure, String numerator, String denominator,
                                String countUnit, String plausibleMin, String plausibleMax) {
        new TestIndicators(jdbc).create(code, name, measure, numerator, denominator, countUnit, "HIGHER_IS_BETTER",
                plausibleMin == null ? null : new BigDecimal(plausibleMin),
                plausibleMax == null ? null : new BigDecimal(plausibleMax));
        return catalog.byCode(code).orElseThrow();
    }

    private static TargetForm target(Indicator indicator, int year, Comparator comparator, String value, long unitId) {
        return new TargetForm(indicator.id(), year, comparator, new BigDecimal(value), null, null, null,
                List.of(unitId));
    }
}
