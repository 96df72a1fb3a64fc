package vn.congtactreem.plan.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CycleEventRepository extends JpaRepository<CycleEventEntity, Long> {

    List<CycleEventEntity> findByPlanIdOrderByHappenedAtAscIdAsc(Long planId);
}
