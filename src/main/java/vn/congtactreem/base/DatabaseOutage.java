package vn.congtactreem.base;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Whether a failure means "the database cannot be reached right now" (PostgreSQL restarting, the pool
 * timing out, the connection dropped) rather than a fault of the request or of the code. Such a request
 * changed nothing: it is answered 503 with "try again in a moment", and a form says it was not saved.
 */
public final class DatabaseOutage {

    /** Seconds a client is asked to wait before trying again ({@code Retry-After}). */
    public static final int RETRY_AFTER_SECONDS = 30;

    /** SQL states of a lost or refused connection: class 08, and PostgreSQL's shutdown and start-up states. */
    private static final Set<String> OUTAGE_STATES = Set.of("57P01", "57P02", "57P03");

    /**
     * HikariCP's answer, without an SQL state, when a connection the outage broke is used again — typically the
     * rollback after the failed statement ("Application exception overridden by rollback exception").
     */
    private static final String POOL_CLOSED_CONNECTION = "Connection is closed";

    private DatabaseOutage() {
    }

    /**
     * What {@code read} answers, or {@code whileAway} if the database cannot be reached; any other failure is
     * thrown as it came.
     */
    public static <T> T orElse(Supplier<T> read, T whileAway) {
        try {
            return read.get();
        } catch (RuntimeException e) {
            if (causedBy(e)) {
                return whileAway;
            }
            throw e;
        }
    }

    /** Runs {@code work}, and does nothing more if the database cannot be reached; other failures are thrown. */
    public static void unlessAway(Runnable work) {
        orElse(() -> {
            work.run();
            return null;
        }, null);
    }

    public static boolean causedBy(Throwable failure) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 20; t = t.getCause() == t ? null : t.getCause(), depth++) {
            if (t instanceof DataAccessResourceFailureException || t instanceof CannotCreateTransactionException
                    || t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof org.hibernate.exception.JDBCConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql && (sql.getSQLState() != null
                    ? sql.getSQLState().startsWith("08") || OUTAGE_STATES.contains(sql.getSQLState())
                    : POOL_CLOSED_CONNECTION.equals(sql.getMessage()))) {
                return true;
            }
        }
        return false;
    }
}
