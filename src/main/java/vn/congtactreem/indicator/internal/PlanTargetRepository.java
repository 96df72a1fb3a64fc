package vn.congtactreem.indicator.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface PlanTargetRepository extends JpaRepository<PlanTargetEntity, Long> {

    List<PlanTargetEntity> findByPlanIdOrderByPositionAsc(Long planId);

    List<PlanTargetEntity> findByPlanIdInOrderByPlanIdAscPositionAsc(Collection<Long> planIds);

    @Modifying
    @Query("delete from PlanTargetEntity t where t.planId = :planId")
    void deleteByPlanId(Long planId);

    boolean existsByIndicatorId(Long indicatorId);
}
