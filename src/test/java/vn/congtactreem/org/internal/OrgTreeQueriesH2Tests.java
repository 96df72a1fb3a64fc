package vn.congtactreem.org.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The tree's recursive queries on H2, the database of the default run, after every migration (V16
 * included); PostgreSQL runs the same SQL through {@code AccessScopeIntegrationTests}.
 */
class OrgTreeQueriesH2Tests {

    private JdbcTemplate jdbc;
    private NamedParameterJdbcTemplate named;
    private long province;
    private long commune;
    private long otherCommune;
    private long police;
    private long closedSchool;
    private long otherPolice;

    @BeforeEach
    void aProvinceWithTwoCommunes() {
        DriverManagerDataSource dataSource = new DriverManagerDataSource(
                "jdbc:h2:mem:orgtree" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", "sa", "");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        jdbc = new JdbcTemplate(dataSource);
        named = new NamedParameterJdbcTemplate(dataSource);
        province = area(null, "Tỉnh Bắc Ninh", "PROVINCE");
        commune = area(province, "Xã Tân Yên", "COMMUNE");
        otherCommune = area(province, "Xã An Dương", "COMMUNE");
        police = agency(commune, "Công an xã Tân Yên");
        closedSchool = agency(commune, "Trường tiểu học cũ");
        jdbc.update("update org_unit set active = false where id = ?", closedSchool);
        otherPolice = agency(otherCommune, "Công an xã An Dương");
    }

    @Test
    void aProvinceReachesItsCommunesAndTheirAgenciesAClosedOneIncluded() {
        assertThat(descendants(province)).containsExactlyInAnyOrder(province, commune, otherCommune, police,
                closedSchool, otherPolice);
    }

    @Test
    void aCommuneReachesOnlyItselfAndItsAgencies() {
        assertThat(descendants(commune)).containsExactlyInAnyOrder(commune, police, closedSchool);
        assertThat(descendants(otherPolice)).containsExactly(otherPolice);
    }

    @Test
    void ancestorsOfSeveralUnitsComeInOneQueryWithTheirParentsAndNames() {
        List<Map<String, Object>> rows = named.queryForList(OrgTreeQueries.ANCESTORS,
                Map.of("ids", List.of(police, otherCommune)));
        Map<Long, Object> parents = new java.util.HashMap<>();
        rows.forEach(r -> parents.put(((Number) r.get("ID")).longValue(), r.get("PARENT_ID")));
        assertThat(parents.keySet()).containsExactlyInAnyOrder(police, commune, otherCommune, province);
        assertThat(((Number) parents.get(police)).longValue()).isEqualTo(commune);
        assertThat(parents.get(province)).isNull();
    }

    @Test
    void theMigrationAddsTheReadPathIndexesAndKeepsTheOneH2BacksAForeignKeyWith() {
        Set<String> indexes = new HashSet<>(jdbc.queryForList(
                "select lower(index_name) from information_schema.indexes", String.class));
        assertThat(indexes).contains("unit_report_assignment_idx", "indicator_value_indicator_idx",
                "plan_target_indicator_idx", "org_unit_parent_idx", "assignment_org_idx",
                "reporting_period_upper_idx", "unit_report_period_idx");
    }

    private Set<Long> descendants(long id) {
        return named.queryForList(OrgTreeQueries.DESCENDANTS, Map.of("id", id), Long.class).stream()
                .collect(Collectors.toSet());
    }

    private long area(Long parent, String name, String level) {
        jdbc.update("insert into org_unit (parent_id, kind, level_code, name) values (?, 'AREA', ?, ?)", parent,
                level, name);
        return jdbc.queryForObject("select max(id) from org_unit", Long.class);
    }

    private long agency(long parent, String name) {
        jdbc.update("insert into org_unit (parent_id, kind, agency_type_code, name) values (?, 'AGENCY', 'POLICE', ?)",
                parent, name);
        return jdbc.queryForObject("select max(id) from org_unit", Long.class);
    }
}
