package vn.congtactreem.reporting.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface UnitReportRepository extends JpaRepository<UnitReportEntity, Long> {

    List<UnitReportEntity> findByPeriodIdOrderByIdAsc(Long periodId);

    List<UnitReportEntity> findByAssignmentId(Long assignmentId);

    Optional<UnitReportEntity> findByPeriodIdAndOrgUnitId(Long periodId, Long orgUnitId);
}
