package vn.congtactreem.indicator.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface PlanTargetRepository extends JpaRepository<PlanTargetEntity, Long> {

    // a JPQL string, not a derived query: Hibernate keeps its translation (it translates a derived query's criteria
    // tree anew on every call; docs/scaling.md, item 11)
    @Query("select t from PlanTargetEntity t where t.planId = :planId order by t.position")
    List<PlanTargetEntity> findByPlanIdOrderByPositionAsc(@Param("planId") Long planId);

    /**
     * The plan's targets, each with its indicator ([target, indicator]), in the plan's order: one statement whose
     * translation Hibernate keeps (a multi-load of the indicators by ids is built anew on every call).
     */
    @Query("select t, i from PlanTargetEntity t join IndicatorEntity i on i.id = t.indicatorId"
            + " where t.planId = :planId order by t.position")
    List<Object[]> withIndicatorsOfPlan(@Param("planId") long planId);

    List<PlanTargetEntity> findByPlanIdInOrderByPlanIdAscPositionAsc(Collection<Long> planIds);

    @Modifying
    @Query("delete from PlanTargetEntity t where t.planId = :planId")
    void deleteByPlanId(Long planId);

    boolean existsByIndicatorId(Long indicatorId);
}
