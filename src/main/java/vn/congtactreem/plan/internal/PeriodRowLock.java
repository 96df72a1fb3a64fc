package vn.congtactreem.plan.internal;

import jakarta.persistence.EntityManager;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A period's row locked until the transaction ends ({@code select ... for update}): the acceptances of one period's
 * reports check "is every report accepted?" one after the other, each seeing the ones committed before. Plain JDBC on
 * the transaction's connection: the native query through JPA it replaces was created and parsed anew on every
 * acceptance. The transaction's pending changes are written first, as that query did (Hibernate flushes before any
 * native query): a report's new status takes its period's dashboard lock ({@code monitoring_count}'s trigger) before
 * the period's row, the order every writer of a period keeps.
 */
@Component
public class PeriodRowLock {

    private final EntityManager em;
    private final JdbcTemplate jdbc;

    PeriodRowLock(EntityManager em, JdbcTemplate jdbc) {
        this.em = em;
        this.jdbc = jdbc;
    }

    /** @return false when there is no such period */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean lock(long periodId) {
        em.flush();
        return !jdbc.queryForList("select id from reporting_period where id = ? for update", Long.class, periodId)
                .isEmpty();
    }
}
