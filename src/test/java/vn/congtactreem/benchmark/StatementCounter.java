package vn.congtactreem.benchmark;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.spring.SpringProcessEnginePlugin;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts what reaches the database: every JDBC statement executed (a batch counts once, its rows apart), by SQL
 * text, through a proxy around the application's one {@link DataSource} (JPA, JdbcTemplate and the engine all
 * use it), and every engine command (outermost or nested) by class. Load-robust figures for the benchmarks:
 * the same call sends the same statements however busy the machine is.
 */
final class StatementCounter {

    /** What one measured stretch sent. */
    record Tally(long statements, long batchedRows, long commands, Map<String, Long> bySql,
                 Map<String, Long> byCommand) {
        Tally minus(Tally before) {
            return new Tally(statements - before.statements, batchedRows - before.batchedRows,
                    commands - before.commands, diff(bySql, before.bySql), diff(byCommand, before.byCommand));
        }

        private static Map<String, Long> diff(Map<String, Long> now, Map<String, Long> before) {
            Map<String, Long> result = new LinkedHashMap<>();
            now.forEach((k, v) -> {
                long d = v - before.getOrDefault(k, 0L);
                if (d != 0) {
                    result.put(k, d);
                }
            });
            return result;
        }

        /** The most frequent statements, most first. */
        List<Map.Entry<String, Long>> top(Map<String, Long> map, int n) {
            return map.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(n)
                    .toList();
        }
    }

    /**
     * With {@code -Dbenchmark.origins=true} each statement is counted by where the application sent it from (its
     * {@code -Dbenchmark.originDepth} innermost application frames, 2 unless said; a statement the engine sends on
     * its own, a job's, has none).
     */
    private static final boolean ORIGINS = Boolean.getBoolean("benchmark.origins");
    private static final int ORIGIN_DEPTH = Integer.getInteger("benchmark.originDepth", 2);

    static final AtomicLong STATEMENTS = new AtomicLong();
    static final AtomicLong BATCHED_ROWS = new AtomicLong();
    static final AtomicLong COMMANDS = new AtomicLong();
    static final Map<String, AtomicLong> BY_SQL = new ConcurrentHashMap<>();
    static final Map<String, AtomicLong> BY_COMMAND = new ConcurrentHashMap<>();

    private StatementCounter() {
    }

    static Tally snapshot() {
        return new Tally(STATEMENTS.get(), BATCHED_ROWS.get(), COMMANDS.get(), copy(BY_SQL), copy(BY_COMMAND));
    }

    private static Map<String, Long> copy(Map<String, AtomicLong> map) {
        return map.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().get()));
    }

    private static void executed(String sql) {
        STATEMENTS.incrementAndGet();
        String text = shorten(sql);
        String key = ORIGINS ? text.substring(0, Math.min(90, text.length())) + "  <- " + origin() : text;
        BY_SQL.computeIfAbsent(key, k -> new AtomicLong()).incrementAndGet();
    }

    /** Where the application sent a statement from: its innermost application frames, innermost first. */
    private static String origin() {
        return StackWalker.getInstance().walk(frames -> frames
                .filter(f -> f.getClassName().startsWith("vn.congtactreem.")
                        && !f.getClassName().startsWith("vn.congtactreem.benchmark."))
                .limit(ORIGIN_DEPTH)
                .map(f -> f.getClassName().substring(f.getClassName().lastIndexOf('.') + 1) + "." + f.getMethodName())
                .collect(Collectors.joining(" < ")));
    }

    private static String shorten(String sql) {
        String flat = sql == null ? "?" : sql.replaceAll("\\s+", " ").strip();
        return flat.length() > 160 ? flat.substring(0, 160) : flat;
    }

    /** The data source proxy and the engine plugin, for a benchmark's {@code @Import}. */
    @TestConfiguration(proxyBeanMethods = false)
    static class Config {

        @Bean
        static BeanPostProcessor countingDataSource() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    if (bean instanceof DataSource dataSource && name.equals("dataSource")) {
                        return proxy(DataSource.class, dataSource, (target, method, args) -> {
                            Object result = method.invoke(target, args);
                            return result instanceof Connection c ? connection(c) : result;
                        });
                    }
                    return bean;
                }
            };
        }

        @Bean
        SpringProcessEnginePlugin countingCommands() {
            return new SpringProcessEnginePlugin() {
                @Override
                public void preInit(ProcessEngineConfigurationImpl configuration) {
                    CommandInterceptor counter = new CommandInterceptor() {
                        @Override
                        public <T> T execute(Command<T> command) {
                            COMMANDS.incrementAndGet();
                            BY_COMMAND.computeIfAbsent(command.getClass().getSimpleName(), k -> new AtomicLong())
                                    .incrementAndGet();
                            return next.execute(command);
                        }
                    };
                    if (configuration.getCustomPreCommandInterceptorsTxRequired() == null) {
                        configuration.setCustomPreCommandInterceptorsTxRequired(new java.util.ArrayList<>());
                    }
                    configuration.getCustomPreCommandInterceptorsTxRequired().add(counter);
                }
            };
        }
    }

    private static Connection connection(Connection target) {
        return proxy(Connection.class, target, (t, method, args) -> {
            Object result = method.invoke(t, args);
            if (result instanceof PreparedStatement ps && args != null && args.length > 0
                    && args[0] instanceof String sql) {
                return statement(PreparedStatement.class, ps, sql);
            }
            if (result instanceof Statement s && !(result instanceof PreparedStatement)) {
                return statement(Statement.class, s, null);
            }
            return result;
        });
    }

    private static <S extends Statement> S statement(Class<S> type, S target, String prepared) {
        boolean[] batched = {false};
        return proxy(type, target, (t, method, args) -> {
            String name = method.getName();
            if (name.equals("addBatch")) {
                BATCHED_ROWS.incrementAndGet();
                batched[0] = true;
            } else if (name.equals("executeBatch") || name.equals("executeLargeBatch")) {
                executed("[batch] " + prepared);
            } else if (name.startsWith("execute")) {
                executed(args != null && args.length > 0 && args[0] instanceof String sql ? sql : prepared);
            }
            return method.invoke(t, args);
        });
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, T target, Handler handler) {
        return (T) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[] {type},
                (p, method, args) -> {
                    try {
                        return handler.handle(target, method, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private interface Handler {
        Object handle(Object target, Method method, Object[] args) throws Throwable;
    }
}
