package vn.congtactreem.plan.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PlanRepository extends JpaRepository<PlanEntity, Long> {

    List<PlanEntity> findByOrgUnitIdInOrderByYearFromDescIdDesc(Collection<Long> orgUnitIds);

    List<PlanEntity> findAllByOrderByYearFromDescIdDesc();

    List<PlanEntity> findByUpperPlanId(Long upperPlanId);

    List<PlanEntity> findByUpperPlanIdIsNotNull();

    List<PlanEntity> findByStatus(vn.congtactreem.plan.PlanStatus status);

    boolean existsByUpperPlanIdAndOrgUnitId(Long upperPlanId, Long orgUnitId);
}
