package vn.congtactreem.reporting.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ConsolidatedReportRepository extends JpaRepository<ConsolidatedReportEntity, Long> {

    Optional<ConsolidatedReportEntity> findByPeriodIdAndOrgUnitId(Long periodId, Long orgUnitId);
}
