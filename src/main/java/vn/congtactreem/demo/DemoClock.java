package vn.congtactreem.demo;

import java.time.Instant;
import javax.sql.DataSource;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The demo's clock: the demo cycle lives in May 2024 (the seed plans' year), so the engine clock
 * runs at an offset from real time, kept in the database so a restart continues where the demo
 * was. Applied while the engine is built, before the job executor can fire a 2024 timer early.
 * Shared between nodes: each node reads the offset again every {@code app.demo.clock-sync}
 * (default 5 s) and follows it when another node moved the clock, so both nodes' job executors
 * see the same timers due. Only a changed value is applied: a node's own moves, and tests that set
 * the engine clock themselves, are never overwritten by a stale read.
 */
@Component
@Profile("dev")
@ConditionalOnProperty(name = "app.demo.cycle", havingValue = "true")
public class DemoClock extends AbstractProcessEnginePlugin {

    static final String SETTING = "demo.clock-offset-ms";
    private static final Logger LOG = LoggerFactory.getLogger(DemoClock.class);

    private final JdbcTemplate jdbc;
    /** The engine being built, to wake its job executor when the clock moved (null in unit tests). */
    private volatile ProcessEngineConfigurationImpl engine;
    /** The offset last read or written by this node (null before the first read). */
    private volatile String lastSeen;

    public DemoClock(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        this.engine = configuration;
        try {
            jdbc.query("select setting_value from app_setting where setting_name = ?", rs -> {
                lastSeen = rs.getString(1);
                long offset = Long.parseLong(lastSeen);
                ClockUtil.offset(offset);
                LOG.info("Demo clock: the engine runs at {} (offset {} ms from real time)",
                        ClockUtil.getCurrentTime().toInstant(), offset);
            }, SETTING);
        } catch (DataAccessException firstStartBeforeMigrations) {
            LOG.debug("No demo clock yet", firstStartBeforeMigrations);
        }
    }

    /**
     * Follows the offset another node wrote; true when the clock moved. Also run on a schedule
     * ({@code app.demo.clock-sync}).
     */
    @Scheduled(fixedDelayString = "${app.demo.clock-sync:PT5S}", initialDelayString = "${app.demo.clock-sync:PT5S}")
    public synchronized boolean follow() {
        String stored;
        try {
            stored = jdbc.query("select setting_value from app_setting where setting_name = ?",
                    rs -> rs.next() ? rs.getString(1) : null, SETTING);
        } catch (DataAccessException databaseAway) {
            LOG.debug("Demo clock not read", databaseAway);
            return false;
        }
        if (stored == null || stored.equals(lastSeen)) {
            return false;
        }
        lastSeen = stored;
        ClockUtil.offset(Long.parseLong(stored));
        LOG.info("Demo clock moved by another node: the engine runs at {}", ClockUtil.getCurrentTime().toInstant());
        // timers may be due now: the job executor looks at once instead of after its idle wait (up to a minute)
        JobExecutor executor = engine == null ? null : engine.getJobExecutor();
        if (executor != null && executor.isActive()) {
            executor.jobWasAdded();
        }
        return true;
    }

    /** Moves the engine clock (and the domain's "now") to {@code moment}, ticking on from there. */
    public synchronized void setNow(Instant moment) {
        long offset = moment.toEpochMilli() - System.currentTimeMillis();
        ClockUtil.offset(offset);
        lastSeen = String.valueOf(offset);
        int updated = jdbc.update("update app_setting set setting_value = ? where setting_name = ?", String.valueOf(offset), SETTING);
        if (updated == 0) {
            jdbc.update("insert into app_setting (setting_name, setting_value) values (?, ?)", SETTING, String.valueOf(offset));
        }
    }
}
