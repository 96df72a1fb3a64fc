package vn.congtactreem.demo;

import java.time.Instant;
import javax.sql.DataSource;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The demo's clock: the demo cycle lives in May 2024 (the seed plans' year), so the engine clock
 * runs at an offset from real time, kept in the database so a restart continues where the demo
 * was. Applied while the engine is built, before the job executor can fire a 2024 timer early.
 */
@Component
@Profile("dev")
@ConditionalOnProperty(name = "app.demo.cycle", havingValue = "true")
public class DemoClock extends AbstractProcessEnginePlugin {

    static final String SETTING = "demo.clock-offset-ms";
    private static final Logger LOG = LoggerFactory.getLogger(DemoClock.class);

    private final JdbcTemplate jdbc;

    public DemoClock(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        try {
            jdbc.query("select setting_value from app_setting where setting_name = ?", rs -> {
                long offset = Long.parseLong(rs.getString(1));
                ClockUtil.offset(offset);
                LOG.info("Demo clock: the engine runs at {} (offset {} ms from real time)",
                        ClockUtil.getCurrentTime().toInstant(), offset);
            }, SETTING);
        } catch (DataAccessException firstStartBeforeMigrations) {
            LOG.debug("No demo clock yet", firstStartBeforeMigrations);
        }
    }

    /** Moves the engine clock (and the domain's "now") to {@code moment}, ticking on from there. */
    public void setNow(Instant moment) {
        long offset = moment.toEpochMilli() - System.currentTimeMillis();
        ClockUtil.offset(offset);
        int updated = jdbc.update("update app_setting set setting_value = ? where setting_name = ?", String.valueOf(offset), SETTING);
        if (updated == 0) {
            jdbc.update("insert into app_setting (setting_name, setting_value) values (?, ?)", SETTING, String.valueOf(offset));
        }
    }
}
