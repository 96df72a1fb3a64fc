package vn.congtactreem.plan.internal.migration;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The mid-term and final reviews of multi-year programmes (issue 14, point 6) as period kinds:
 * reporting_period.kind's check (created without a name in V2, so H2 and PostgreSQL named it each
 * their own way) is looked up, dropped and added again, named, with MID_TERM_REVIEW and FINAL_REVIEW.
 */
public class V23_1__review_period_kinds extends BaseJavaMigration {

    static final String KINDS = "'SIX_MONTHS', 'NINE_MONTHS', 'ANNUAL', 'AD_HOC', 'MID_TERM_REVIEW', 'FINAL_REVIEW'";

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        List<String> names = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("""
                     select tc.constraint_name
                     from information_schema.table_constraints tc
                     join information_schema.check_constraints cc
                       on cc.constraint_name = tc.constraint_name and cc.constraint_schema = tc.constraint_schema
                     where upper(tc.table_name) = 'REPORTING_PERIOD' and tc.table_schema = current_schema
                       and tc.constraint_type = 'CHECK' and cc.check_clause like '%SIX_MONTHS%'
                     """)) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        try (Statement statement = connection.createStatement()) {
            for (String name : names) {
                statement.execute("alter table reporting_period drop constraint \"" + name.replace("\"", "") + "\"");
            }
            statement.execute("alter table reporting_period add constraint reporting_period_kind_check check (kind in ("
                    + KINDS + "))");
        }
    }
}
