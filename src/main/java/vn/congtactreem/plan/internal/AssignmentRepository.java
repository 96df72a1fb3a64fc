package vn.congtactreem.plan.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AssignmentRepository extends JpaRepository<AssignmentEntity, Long> {

    List<AssignmentEntity> findByPlanIdOrderByIdAsc(Long planId);

    Optional<AssignmentEntity> findByPlanIdAndOrgUnitId(Long planId, Long orgUnitId);

    List<AssignmentEntity> findByOrgUnitIdIn(Collection<Long> orgUnitIds);

    void deleteByPlanId(Long planId);
}
