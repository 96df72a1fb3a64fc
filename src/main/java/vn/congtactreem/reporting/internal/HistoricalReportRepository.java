package vn.congtactreem.reporting.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface HistoricalReportRepository extends JpaRepository<HistoricalReportEntity, Long> {
}
