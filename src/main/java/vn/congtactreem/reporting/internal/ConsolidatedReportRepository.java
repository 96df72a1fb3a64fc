package vn.congtactreem.reporting.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ConsolidatedReportRepository extends JpaRepository<ConsolidatedReportEntity, Long> {

    Optional<ConsolidatedReportEntity> findByPeriodIdAndOrgUnitId(Long periodId, Long orgUnitId);

    List<ConsolidatedReportEntity> findByPeriodIdIn(Collection<Long> periodIds);

    /** The row locked until the transaction ends: two commands on one report run one after the other. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from ConsolidatedReportEntity r where r.id = :id")
    Optional<ConsolidatedReportEntity> lockById(@Param("id") Long id);
}
