package vn.congtactreem.indicator.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface IndicatorRepository extends JpaRepository<IndicatorEntity, Long> {

    List<IndicatorEntity> findAllByOrderByPositionAscCodeAsc();

    Optional<IndicatorEntity> findByCodeIgnoreCase(String code);
}
