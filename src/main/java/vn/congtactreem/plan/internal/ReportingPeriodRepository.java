package vn.congtactreem.plan.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ReportingPeriodRepository extends JpaRepository<ReportingPeriodEntity, Long> {

    List<ReportingPeriodEntity> findByPlanIdOrderByIdAsc(Long planId);

    List<ReportingPeriodEntity> findByUpperPeriodId(Long upperPeriodId);

    List<ReportingPeriodEntity> findByPlanIdInOrderByIdAsc(Collection<Long> planIds);

    void deleteByPlanId(Long planId);

    /**
     * The period's row locked until the transaction ends ({@code select ... for update}): the acceptances of one
     * period's reports check "is every report accepted?" one after the other, each seeing the ones committed before.
     */
    @Query(value = "select id from reporting_period where id = :id for update", nativeQuery = true)
    Optional<Long> lockById(@Param("id") Long id);
}
