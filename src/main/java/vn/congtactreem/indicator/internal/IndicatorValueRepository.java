package vn.congtactreem.indicator.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface IndicatorValueRepository extends JpaRepository<IndicatorValueEntity, Long> {

    List<IndicatorValueEntity> findByUnitReportIdIn(Collection<Long> unitReportIds);

    /** One report's values: a JPQL string Hibernate keeps translated (the list query above it translates anew). */
    @Query("select v from IndicatorValueEntity v where v.unitReportId = :unitReportId")
    List<IndicatorValueEntity> findByUnitReportId(@Param("unitReportId") Long unitReportId);

    List<IndicatorValueEntity> findByConsolidatedReportIdIn(Collection<Long> consolidatedReportIds);

    boolean existsByIndicatorId(Long indicatorId);
}
