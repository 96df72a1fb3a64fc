package vn.congtactreem.indicator.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface PlanObjectiveRepository extends JpaRepository<PlanObjectiveEntity, Long> {

    List<PlanObjectiveEntity> findByPlanIdOrderByPositionAsc(Long planId);

    @Modifying
    @Query("delete from PlanObjectiveEntity o where o.planId = :planId")
    void deleteByPlanId(Long planId);
}
