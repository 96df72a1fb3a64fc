package vn.congtactreem.plan.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface PlanRepository extends JpaRepository<PlanEntity, Long> {

    List<PlanEntity> findByOrgUnitIdInOrderByYearFromDescIdDesc(Collection<Long> orgUnitIds);

    List<PlanEntity> findAllByOrderByYearFromDescIdDesc();

    List<PlanEntity> findByUpperPlanId(Long upperPlanId);

    List<PlanEntity> findByUpperPlanIdIsNotNull();

    List<PlanEntity> findByStatus(vn.congtactreem.plan.PlanStatus status);

    /** The years of the organisation's own annual plans (a programme over several years is not one). */
    @Query("select p.yearFrom from PlanEntity p where p.orgUnitId = :orgUnitId and p.yearFrom = p.yearTo")
    List<Integer> annualPlanYears(@Param("orgUnitId") Long orgUnitId);

    boolean existsByUpperPlanIdAndOrgUnitId(Long upperPlanId, Long orgUnitId);

    /**
     * The plan row locked until the transaction ends ({@code select ... for update}): two commands on one
     * plan (two saves of the draft, approve against return) run one after the other, the second seeing
     * what the first did, including the rows written through the plan (periods, units, content items,
     * targets). PESSIMISTIC_FORCE_INCREMENT was tried: Hibernate reads the row without waiting, and the
     * second save failed on the version instead of waiting for the first.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from PlanEntity p where p.id = :id")
    Optional<PlanEntity> lockById(@Param("id") Long id);
}
