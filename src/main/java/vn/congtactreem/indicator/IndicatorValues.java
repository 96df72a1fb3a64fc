package vn.congtactreem.indicator;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.congtactreem.base.ValidationException;
import vn.congtactreem.indicator.internal.IndicatorValueEntity;
import vn.congtactreem.indicator.internal.IndicatorValueRepository;

/**
 * The values reported: a unit's in its report, the organisation's own in its consolidated report. The
 * reporting feature decides who may write them and when; this keeps them, with who typed each and
 * when, and checks them by {@link ReadingCheck}.
 */
@Service
@Transactional
public class IndicatorValues {

    private final IndicatorValueRepository values;

    public IndicatorValues(IndicatorValueRepository values) {
        this.values = values;
    }

    @Transactional(readOnly = true)
    public Map<Long, Reading> ofUnitReport(long reportId) {
        return ofUnitReports(List.of(reportId)).getOrDefault(reportId, Map.of());
    }

    /** Report id → indicator id → value. */
    @Transactional(readOnly = true)
    public Map<Long, Map<Long, Reading>> ofUnitReports(Collection<Long> reportIds) {
        return group(reportIds.isEmpty() ? List.of() : reportIds.size() == 1
                        ? values.findByUnitReportId(reportIds.iterator().next()) : values.findByUnitReportIdIn(reportIds),
                IndicatorValueEntity::getUnitReportId);
    }

    @Transactional(readOnly = true)
    public Map<Long, Reading> ofConsolidatedReport(long reportId) {
        return ofConsolidatedReports(List.of(reportId)).getOrDefault(reportId, Map.of());
    }

    @Transactional(readOnly = true)
    public Map<Long, Map<Long, Reading>> ofConsolidatedReports(Collection<Long> reportIds) {
        return group(reportIds.isEmpty() ? List.of() : values.findByConsolidatedReportIdIn(reportIds),
                IndicatorValueEntity::getConsolidatedReportId);
    }

    /**
     * Keeps a unit report's values for the {@code asked} indicators as typed, like a draft: nothing
     * typed is lost, even a value that still breaks a rule (the form shows the problem next to the
     * box, and submitting checks with {@link #check}); blank boxes remove a value.
     *
     * @return the report's values once saved, as {@link #ofUnitReport} would read them back (indicator id → value)
     */
    public Map<Long, Reading> saveForUnitReport(long reportId, List<Indicator> asked, List<Reading> readings,
                                                String by, Instant at) {
        return save(asked, readings, by, at, values.findByUnitReportId(reportId),
                id -> IndicatorValueEntity.ofUnitReport(reportId, id));
    }

    public void saveForConsolidatedReport(long reportId, List<Indicator> asked, List<Reading> readings, String by,
                                          Instant at) {
        save(asked, readings, by, at, values.findByConsolidatedReportIdIn(List.of(reportId)),
                id -> IndicatorValueEntity.ofConsolidatedReport(reportId, id));
    }

    /**
     * The checks of {@link ReadingCheck} over the asked indicators, and with {@code complete} that
     * each has a value; throws the first problem with its field ({@code values[i].denominator}).
     */
    public static void check(List<Indicator> asked, Map<Long, Reading> readings, boolean complete) {
        for (int i = 0; i < asked.size(); i++) {
            Indicator indicator = asked.get(i);
            Reading reading = readings.get(indicator.id());
            String field = "values[" + i + "].";
            if (complete && (reading == null || reading.blank())) {
                throw new ValidationException(field + "numerator", "indicator.error.valueMissing", indicator.code());
            }
            Optional<ReadingCheck.Problem> problem = ReadingCheck.check(indicator, reading);
            if (problem.isPresent()) {
                throw new ValidationException(field + problem.get().field(), problem.get().messageKey(),
                        problem.get().args());
            }
        }
    }

    private Map<Long, Reading> save(List<Indicator> asked, List<Reading> readings, String by, Instant at,
                                    List<IndicatorValueEntity> existing, Function<Long, IndicatorValueEntity> create) {
        Map<Long, Reading> typed = new HashMap<>();
        readings.forEach(r -> typed.put(r.indicatorId(), r));
        List<Long> askedIds = asked.stream().map(Indicator::id).toList();
        typed.keySet().retainAll(askedIds);
        for (int i = 0; i < askedIds.size(); i++) {
            Optional<ReadingCheck.Problem> outOfBounds = ReadingCheck.bounds(typed.get(askedIds.get(i)));
            if (outOfBounds.isPresent()) {
                // a draft may be unfinished, never impossible
                throw new ValidationException("values[" + i + "]." + outOfBounds.get().field(),
                        outOfBounds.get().messageKey(), outOfBounds.get().args());
            }
        }
        Map<Long, IndicatorValueEntity> byIndicator = existing.stream()
                .collect(Collectors.toMap(IndicatorValueEntity::getIndicatorId, Function.identity()));
        for (Reading reading : typed.values()) {
            IndicatorValueEntity entity = byIndicator.get(reading.indicatorId());
            if (reading.blank()) {
                if (entity != null) {
                    values.delete(entity);
                    byIndicator.remove(reading.indicatorId());
                }
                continue;
            }
            if (entity == null) {
                entity = create.apply(reading.indicatorId());
                byIndicator.put(reading.indicatorId(), entity);
            }
            entity.record(reading, by, at);
            values.save(entity);
        }
        Map<Long, Reading> saved = new LinkedHashMap<>();
        byIndicator.forEach((indicatorId, entity) -> saved.put(indicatorId, entity.toReading()));
        return saved;
    }

    private static Map<Long, Map<Long, Reading>> group(List<IndicatorValueEntity> rows,
                                                       Function<IndicatorValueEntity, Long> report) {
        Map<Long, Map<Long, Reading>> byReport = new LinkedHashMap<>();
        rows.forEach(v -> byReport.computeIfAbsent(report.apply(v), k -> new LinkedHashMap<>())
                .put(v.getIndicatorId(), v.toReading()));
        return byReport;
    }
}
