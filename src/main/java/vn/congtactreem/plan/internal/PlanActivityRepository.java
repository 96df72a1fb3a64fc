package vn.congtactreem.plan.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PlanActivityRepository extends JpaRepository<PlanActivityEntity, Long> {

    List<PlanActivityEntity> findByPlanIdOrderByPositionAsc(Long planId);

    void deleteByPlanId(Long planId);
}
