package vn.congtactreem.benchmark;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The columns of a table as the database has them, for the benchmarks' set-based copies ({@code insert into t (…)
 * select … from t}): a copy names every column, so it follows the engine's schema whatever its version.
 */
final class TableColumns {

    private final JdbcTemplate jdbc;

    TableColumns(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The table's columns in their order (PostgreSQL's names, lower case). */
    List<String> names(String table) {
        return jdbc.queryForList("select column_name from information_schema.columns where table_name = ?"
                + " and table_schema = current_schema() order by ordinal_position", String.class, table);
    }

    /** The column list of an insert: {@code a, b, c}. */
    String list(String table) {
        return String.join(", ", names(table));
    }

    /** The select list copying every column from {@code alias}, save those given another expression. */
    String select(String table, String alias, Map<String, String> overrides) {
        return names(table).stream().map(c -> overrides.getOrDefault(c, alias + "." + c))
                .collect(Collectors.joining(", "));
    }
}
