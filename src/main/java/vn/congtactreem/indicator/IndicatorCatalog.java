package vn.congtactreem.indicator;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.congtactreem.base.ValidationException;
import vn.congtactreem.indicator.internal.IndicatorEntity;
import vn.congtactreem.indicator.internal.IndicatorRepository;

/** The indicator catalogue: what plans can set targets on and units report. */
@Service
@Transactional(readOnly = true)
public class IndicatorCatalog {

    private final IndicatorRepository indicators;

    public IndicatorCatalog(IndicatorRepository indicators) {
        this.indicators = indicators;
    }

    /** Every indicator, active or not, in the catalogue's order. */
    public List<Indicator> all() {
        return indicators.findAllByOrderByPositionAscCodeAsc().stream().map(IndicatorEntity::toIndicator).toList();
    }

    /** What a plan may set a new target on. */
    public List<Indicator> active() {
        return all().stream().filter(Indicator::active).toList();
    }

    public Indicator get(long id) {
        return indicators.findById(id).map(IndicatorEntity::toIndicator)
                .orElseThrow(() -> new ValidationException("indicatorId", "indicator.error.notFound", id));
    }

    public Optional<Indicator> byCode(String code) {
        return code == null ? Optional.empty()
                : indicators.findByCodeIgnoreCase(code.strip()).map(IndicatorEntity::toIndicator);
    }

    public Map<Long, Indicator> byIds(Collection<Long> ids) {
        return indicators.findAllById(ids).stream().map(IndicatorEntity::toIndicator)
                .collect(Collectors.toMap(Indicator::id, Function.identity()));
    }
}
