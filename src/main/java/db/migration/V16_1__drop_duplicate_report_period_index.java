package db.migration;

import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * {@code unit_report_period_idx} (period_id) repeats the leading column of the unique (period_id,
 * org_unit_id), whose index serves the same reads: PostgreSQL keeps two indexes up to date for one. It
 * is dropped there only: H2 attached its foreign key on period_id to this index and refuses the drop.
 */
public class V16_1__drop_duplicate_report_period_index extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        if (!"PostgreSQL".equals(context.getConnection().getMetaData().getDatabaseProductName())) {
            return;
        }
        try (Statement statement = context.getConnection().createStatement()) {
            statement.execute("drop index unit_report_period_idx");
        }
    }
}
