package vn.congtactreem.plan.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ReportingPeriodRepository extends JpaRepository<ReportingPeriodEntity, Long> {

    List<ReportingPeriodEntity> findByPlanIdOrderByIdAsc(Long planId);

    List<ReportingPeriodEntity> findByUpperPeriodId(Long upperPeriodId);

    List<ReportingPeriodEntity> findByPlanIdInOrderByIdAsc(Collection<Long> planIds);

    void deleteByPlanId(Long planId);
}
