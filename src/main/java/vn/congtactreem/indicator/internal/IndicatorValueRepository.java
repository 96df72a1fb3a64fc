package vn.congtactreem.indicator.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface IndicatorValueRepository extends JpaRepository<IndicatorValueEntity, Long> {

    List<IndicatorValueEntity> findByUnitReportIdIn(Collection<Long> unitReportIds);

    List<IndicatorValueEntity> findByConsolidatedReportIdIn(Collection<Long> consolidatedReportIds);

    boolean existsByIndicatorId(Long indicatorId);
}
