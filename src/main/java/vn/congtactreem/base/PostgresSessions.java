package vn.congtactreem.base;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Every PostgreSQL connection of the pool runs with {@code jit = off}. The server compiles a query to machine code
 * when its estimated cost is high; the job executor's acquisition query over a table of 120,000 due timers is
 * such a query, and was compiled again at every acquisition: 229 of its 427 ms (EXPLAIN ANALYZE in a timer storm,
 * docs/scaling.md). The application's queries are short; none gains from it. Other databases (H2) are left as
 * they are, as is a pool given its own initialisation statement.
 */
@Component
class PostgresSessions implements BeanPostProcessor {

    static final String NO_JIT = "set jit = off";

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource pool && pool.getJdbcUrl() != null
                && pool.getJdbcUrl().startsWith("jdbc:postgresql:") && pool.getConnectionInitSql() == null) {
            pool.setConnectionInitSql(NO_JIT);
        }
        return bean;
    }
}
