package vn.congtactreem.base;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * "Now" for the cycle: the process engine's clock, so that deadlines, lateness and timers agree
 * (tests and the demo move the engine clock; the domain follows).
 */
@Component
public class CycleClock {

    /** Local government works on Vietnam time. */
    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    public Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    public LocalDate today() {
        return LocalDate.ofInstant(now(), VIETNAM);
    }
}
