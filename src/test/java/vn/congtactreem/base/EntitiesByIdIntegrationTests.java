package vn.congtactreem.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import vn.congtactreem.indicator.Indicator;
import vn.congtactreem.indicator.IndicatorCatalog;
import vn.congtactreem.org.OrgService;
import vn.congtactreem.org.OrgUnit;
import vn.congtactreem.support.PostgresIntegrationTest;

/**
 * Units and indicators read by their ids through Hibernate's multi-load (an id array on PostgreSQL): every known id
 * once, unknown ids left out, duplicates read once, the same rows as reading them one by one; inside a transaction
 * and outside one.
 */
class EntitiesByIdIntegrationTests extends PostgresIntegrationTest {

    @Autowired
    OrgService orgs;
    @Autowired
    IndicatorCatalog catalog;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void knownIdsOnceUnknownOnesLeftOut() {
        List<Long> unitIds = jdbc.queryForList("select id from org_unit order by id desc limit 5", Long.class);
        List<Long> asked = new ArrayList<>(unitIds);
        asked.add(unitIds.get(0));
        asked.add(-42L);

        Map<Long, OrgUnit> units = orgs.byIds(asked);

        assertThat(units).containsOnlyKeys(unitIds);
        unitIds.forEach(id -> assertThat(units.get(id)).isEqualTo(orgs.find(id).orElseThrow()));

        List<Long> indicatorIds = jdbc.queryForList("select id from indicator order by id limit 3", Long.class);
        Map<Long, Indicator> indicators = transactions.execute(status -> {
            catalog.get(indicatorIds.get(0)); // one already read by the transaction
            return catalog.byIds(List.of(indicatorIds.get(2), indicatorIds.get(0), indicatorIds.get(1), -7L));
        });
        assertThat(indicators).containsOnlyKeys(indicatorIds);
        indicatorIds.forEach(id -> assertThat(indicators.get(id)).isEqualTo(catalog.get(id)));
        assertThat(orgs.byIds(List.of())).isEmpty();
    }
}
