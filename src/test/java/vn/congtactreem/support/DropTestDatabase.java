package vn.congtactreem.support;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Drops this run's PostgreSQL database when the JUnit run ends (registered in META-INF/services).
 * The Spring contexts that used it are closed first, so no connection pool or job executor is
 * still talking to the database when it goes.
 */
public class DropTestDatabase implements LauncherSessionListener {

    private static final Set<ConfigurableApplicationContext> CONTEXTS = ConcurrentHashMap.newKeySet();

    public static void usedBy(ConfigurableApplicationContext context) {
        CONTEXTS.add(context);
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        CONTEXTS.forEach(ConfigurableApplicationContext::close);
        CONTEXTS.clear();
        PostgresTestDatabase.dropIfCreated();
    }
}
