package vn.congtactreem.plan.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import vn.congtactreem.plan.PlanStatus;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PlanRepository extends JpaRepository<PlanEntity, Long> {

    List<PlanEntity> findByOrgUnitIdInOrderByYearFromDescIdDesc(Collection<Long> orgUnitIds);

    List<PlanEntity> findAllByOrderByYearFromDescIdDesc();

    /** Plans in one of these statuses that assign work to one of these organisations, in one query. */
    @Query("select p from PlanEntity p where p.status in :statuses and exists (select 1 from AssignmentEntity a"
            + " where a.planId = p.id and a.orgUnitId in :orgUnitIds) order by p.yearFrom desc, p.id desc")
    List<PlanEntity> findAssigningAnyOf(@Param("orgUnitIds") Collection<Long> orgUnitIds,
                                        @Param("statuses") Collection<PlanStatus> statuses);

    List<PlanEntity> findByUpperPlanId(Long upperPlanId);

    List<PlanEntity> findByUpperPlanIdIsNotNull();

    List<PlanEntity> findByStatus(vn.congtactreem.plan.PlanStatus status);

    boolean existsByUpperPlanIdAndOrgUnitId(Long upperPlanId, Long orgUnitId);
}
