package vn.congtactreem.reporting.internal;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.congtactreem.plan.PeriodUsage;

/** A period with a unit report or a consolidated report is in use: a draft edit never deletes it. */
@Component
class ReportsOfPeriods implements PeriodUsage {

    private final EntityManager entities;

    ReportsOfPeriods(EntityManager entities) {
        this.entities = entities;
    }

    @Override
    public Set<Long> inUse(Collection<Long> periodIds) {
        Set<Long> used = new HashSet<>();
        if (periodIds.isEmpty()) {
            return used;
        }
        used.addAll(entities.createQuery("select distinct r.periodId from UnitReportEntity r where r.periodId in :ids",
                Long.class).setParameter("ids", periodIds).getResultList());
        used.addAll(entities.createQuery(
                "select distinct c.periodId from ConsolidatedReportEntity c where c.periodId in :ids", Long.class)
                .setParameter("ids", periodIds).getResultList());
        return used;
    }
}
