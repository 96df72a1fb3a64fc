package vn.congtactreem.indicator.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import vn.congtactreem.indicator.IndicatorGroup;

public interface IndicatorRepository extends JpaRepository<IndicatorEntity, Long> {

    List<IndicatorEntity> findAllByOrderByPositionAscCodeAsc();

    Optional<IndicatorEntity> findByCodeIgnoreCase(String code);

    @Query("select max(i.position) from IndicatorEntity i where i.group = :group")
    Optional<Integer> maxPositionIn(@Param("group") IndicatorGroup group);

    /** Plans' targets set on the indicator. */
    @Query(value = "select count(*) from plan_target where indicator_id = :id", nativeQuery = true)
    long countTargets(@Param("id") long id);

    /** Values reported on the indicator, by units or in consolidated reports. */
    @Query(value = "select count(*) from indicator_value where indicator_id = :id", nativeQuery = true)
    long countValues(@Param("id") long id);
}
