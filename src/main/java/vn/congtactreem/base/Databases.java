package vn.congtactreem.base;

import java.util.Locale;
import javax.sql.DataSource;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;

/**
 * Which database the application runs on. A few statements exist on PostgreSQL only (partial indexes, triggers,
 * {@code on conflict}); the embedded H2 database of the default run and the fast tests takes the portable path.
 */
public final class Databases {

    private Databases() {
    }

    /** Whether the database behind {@code dataSource} is PostgreSQL; false when its metadata cannot be read. */
    public static boolean isPostgres(DataSource dataSource) {
        try {
            String product = JdbcUtils.extractDatabaseMetaData(dataSource, md -> md.getDatabaseProductName());
            return isPostgres(product);
        } catch (MetaDataAccessException e) {
            return false;
        }
    }

    /** Whether a JDBC database product name ({@code DatabaseMetaData.getDatabaseProductName()}) is PostgreSQL's. */
    public static boolean isPostgres(String productName) {
        return productName != null && productName.toLowerCase(Locale.ROOT).contains("postgres");
    }
}
