package vn.congtactreem.reporting.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface UnitReportRepository extends JpaRepository<UnitReportEntity, Long> {

    List<UnitReportEntity> findByPeriodIdOrderByIdAsc(Long periodId);

    List<UnitReportEntity> findByPeriodIdAndStatusInOrderByIdAsc(Long periodId,
                                                                  Collection<vn.congtactreem.reporting.UnitReportStatus> statuses);

    List<UnitReportEntity> findByPeriodIdInOrderByIdAsc(Collection<Long> periodIds);

    // a JPQL string, not a derived query: Hibernate keeps its translation (it translates a derived query's criteria
    // tree anew on every call; docs/scaling.md, item 11)
    /** The report and the other reports of its assignment (its other periods), in one statement. */
    @Query("select r from UnitReportEntity r where r.assignmentId = "
            + "(select s.assignmentId from UnitReportEntity s where s.id = :reportId)")
    List<UnitReportEntity> withSiblingsOf(@Param("reportId") long reportId);

    Optional<UnitReportEntity> findByPeriodIdAndOrgUnitId(Long periodId, Long orgUnitId);

    /** The units that already have a report in the period. */
    @Query("select r.orgUnitId from UnitReportEntity r where r.periodId = :periodId")
    List<Long> orgUnitIdsOfPeriod(@Param("periodId") Long periodId);

    /**
     * The report row locked until the transaction ends: two commands on one report (a submit sent twice,
     * accept against return) run one after the other, and the second sees what the first did.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from UnitReportEntity r where r.id = :id")
    Optional<UnitReportEntity> lockById(@Param("id") Long id);
}
