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

    List<PlanTargetEntity> findByPlanIdInOrderByPlanIdAscPositionAsc(Collection<Long> planIds);

    @Modifying
    @Query("delete from PlanTargetEntity t where t.planId = :planId")
    void deleteByPlanId(Long planId);

    boolean existsByIndicatorId(Long indicatorId);
}
