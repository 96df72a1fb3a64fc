package vn.congtactreem.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * V8 on H2, the database of the default run (PostgreSQL runs it in {@link IndicatorCatalogIntegrationTests}):
 * the seed loads and holds the seed plans' indicators.
 */
class IndicatorCatalogueMigrationTests {

    @Test
    void theCatalogueLoadsOnH2WithEveryIndicatorTheSeedPlansNeed() {
        DriverManagerDataSource dataSource = new DriverManagerDataSource(
                "jdbc:h2:mem:catalogue" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", "sa", "");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);

        Map<String, String> measureAndDirection = jdbc.queryForList(
                "select code, measure, direction from indicator where active").stream()
                .collect(Collectors.toMap(row -> (String) row.get("CODE"),
                        row -> row.get("MEASURE") + " " + row.get("DIRECTION")));
        assertThat(measureAndDirection).hasSizeBetween(35, 60);
        for (SeedPlanTargets.Target target : SeedPlanTargets.ALL) {
            assertThat(measureAndDirection.get(target.code())).as(target.plan() + ", " + target.wording())
                    .isEqualTo(target.measure() + " " + target.direction());
        }
        assertThat(jdbc.queryForObject("select name from indicator where code = 'BV-07'", String.class))
                .isEqualTo("Tỷ suất trẻ em bị tai nạn, thương tích");
    }
}
