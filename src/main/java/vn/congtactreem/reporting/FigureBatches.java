package vn.congtactreem.reporting;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import vn.congtactreem.indicator.IndicatorValues;
import vn.congtactreem.indicator.PlanTargets;
import vn.congtactreem.indicator.Reading;
import vn.congtactreem.indicator.Target;
import vn.congtactreem.org.OrgService;
import vn.congtactreem.org.OrgUnit;
import vn.congtactreem.plan.PeriodKind;
import vn.congtactreem.plan.PlanService;
import vn.congtactreem.plan.ReportingPeriod;
import vn.congtactreem.reporting.internal.ConsolidatedReportEntity;
import vn.congtactreem.reporting.internal.ConsolidatedReportRepository;
import vn.congtactreem.reporting.internal.HistoricalReportEntity;
import vn.congtactreem.reporting.internal.HistoricalReportRepository;
import vn.congtactreem.reporting.internal.UnitReportEntity;
import vn.congtactreem.reporting.internal.UnitReportRepository;

/**
 * What the figures of many consolidated reports are computed from, read together: the reports, their periods,
 * last year's periods and reports, the plans' targets, the unit reports of every period, the values typed and
 * the names, each in one query per {@value #CHUNK} ids (a fixed number of queries whatever the number of
 * reports). Anything else the computation asks for (a sub-area inside a sub-area, a baseline year further
 * back) is read when asked, as for one report.
 */
@Component
class FigureBatches {

    static final int CHUNK = 1000;

    private final UnitReportRepository reports;
    private final ConsolidatedReportRepository consolidated;
    private final HistoricalReportRepository historical;
    private final PlanService plans;
    private final PlanTargets targets;
    private final IndicatorValues values;
    private final OrgService orgs;
    private final DirectFigureReads direct;

    FigureBatches(UnitReportRepository reports, ConsolidatedReportRepository consolidated,
                  HistoricalReportRepository historical, PlanService plans, PlanTargets targets,
                  IndicatorValues values, OrgService orgs, DirectFigureReads direct) {
        this.reports = reports;
        this.consolidated = consolidated;
        this.historical = historical;
        this.plans = plans;
        this.targets = targets;
        this.values = values;
        this.orgs = orgs;
        this.direct = direct;
    }

    /** Reads what the figures of these consolidated reports (unknown ids are left out) are computed from. */
    FigureReads of(Collection<Long> consolidatedReportIds) {
        Loaded loaded = new Loaded(direct);
        List<ConsolidatedReportEntity> asked = chunked(consolidatedReportIds, consolidated::findAllById);
        asked.forEach(loaded::addReport);
        Map<Long, ReportingPeriod> periods = new LinkedHashMap<>();
        plans.periods(asked.stream().map(ConsolidatedReportEntity::getPeriodId).distinct().toList())
                .forEach(periods::put);
        loaded.periods.putAll(periods);
        // last year's periods (the same kind; a review's annual one) and the reports made in them
        Map<YearOf, List<Long>> byKindAndYear = new LinkedHashMap<>();
        for (ReportingPeriod period : periods.values()) {
            PeriodKind kind = period.kind().review() ? PeriodKind.ANNUAL : period.kind();
            byKindAndYear.computeIfAbsent(new YearOf(kind, period.year() - 1), k -> new ArrayList<>())
                    .add(period.planId());
        }
        byKindAndYear.forEach((yearOf, planIds) -> {
            Map<Long, ReportingPeriod> found = new HashMap<>();
            for (List<Long> chunk : chunks(planIds.stream().distinct().toList())) {
                found.putAll(plans.periodsOfYear(chunk, yearOf.kind(), yearOf.year()));
            }
            planIds.forEach(planId -> loaded.periodsOfYear.put(new PlanYear(planId, yearOf.kind(), yearOf.year()),
                    Optional.ofNullable(found.get(planId))));
            found.values().forEach(p -> loaded.periods.put(p.id(), p));
        });
        Set<Long> lastYearPeriods = new HashSet<>();
        loaded.periodsOfYear.values().forEach(p -> p.ifPresent(found -> lastYearPeriods.add(found.id())));
        lastYearPeriods.removeAll(periods.keySet());
        loaded.consolidatedPeriods.addAll(lastYearPeriods);
        chunked(lastYearPeriods, consolidated::findByPeriodIdIn).forEach(loaded::addReport);
        loaded.consolidatedPeriods.addAll(periods.keySet());
        // what each report's figures are computed from
        Set<Long> reportIds = loaded.reports.keySet();
        chunked(reportIds, historical::findAllById).stream().map(HistoricalReportEntity::getConsolidatedReportId)
                .forEach(loaded.enteredLater::add);
        loaded.knownEnteredLater.addAll(reportIds);
        for (List<Long> chunk : chunks(loaded.periods.values().stream().map(ReportingPeriod::planId).distinct()
                .toList())) {
            Map<Long, List<Target>> found = targets.ofPlans(chunk);
            chunk.forEach(planId -> loaded.targets.put(planId, found.getOrDefault(planId, List.of())));
        }
        List<Long> periodIds = List.copyOf(loaded.periods.keySet());
        periodIds.forEach(id -> loaded.unitReports.put(id, new ArrayList<>()));
        chunked(periodIds, reports::findByPeriodIdInOrderByIdAsc).stream()
                .sorted(java.util.Comparator.comparing(UnitReportEntity::getId))
                .forEach(r -> loaded.unitReports.get(r.getPeriodId()).add(r));
        List<UnitReportEntity> accepted = loaded.unitReports.values().stream().flatMap(List::stream)
                .filter(r -> r.getStatus() == UnitReportStatus.ACCEPTED).toList();
        for (List<Long> chunk : chunks(accepted.stream().filter(r -> !r.isSubArea()).map(UnitReportEntity::getId)
                .toList())) {
            chunk.forEach(id -> loaded.unitValues.put(id, Map.of()));
            loaded.unitValues.putAll(values.ofUnitReports(chunk));
        }
        for (List<Long> chunk : chunks(List.copyOf(reportIds))) {
            chunk.forEach(id -> loaded.consolidatedValues.put(id, Map.of()));
            loaded.consolidatedValues.putAll(values.ofConsolidatedReports(chunk));
        }
        for (List<Long> chunk : chunks(accepted.stream().map(UnitReportEntity::getOrgUnitId).distinct().toList())) {
            loaded.names.putAll(orgs.names(chunk));
        }
        for (List<Long> chunk : chunks(loaded.reports.values().stream().map(ConsolidatedReportEntity::getOrgUnitId)
                .distinct().toList())) {
            Map<Long, OrgUnit> found = orgs.byIds(chunk);
            chunk.forEach(id -> loaded.units.put(id, Optional.ofNullable(found.get(id)).map(OrgUnit::name)
                    .orElse("")));
        }
        return loaded;
    }

    static <T> List<List<T>> chunks(Collection<T> all) {
        List<T> list = List.copyOf(all);
        List<List<T>> chunks = new ArrayList<>();
        for (int from = 0; from < list.size(); from += CHUNK) {
            chunks.add(list.subList(from, Math.min(list.size(), from + CHUNK)));
        }
        return chunks;
    }

    private static <T> List<T> chunked(Collection<Long> ids, Function<List<Long>, List<T>> read) {
        List<T> all = new ArrayList<>();
        chunks(ids).forEach(chunk -> all.addAll(read.apply(chunk)));
        return all;
    }

    private record YearOf(PeriodKind kind, int year) {
    }

    private record PlanYear(long planId, PeriodKind kind, int year) {
    }

    private record PeriodOrg(long periodId, long orgUnitId) {
    }

    /** The reads done together; what is not among them is read when asked. */
    private static final class Loaded implements FigureReads {

        private final FigureReads direct;
        private final Map<Long, ConsolidatedReportEntity> reports = new LinkedHashMap<>();
        private final Map<PeriodOrg, ConsolidatedReportEntity> reportByPeriodOrg = new HashMap<>();
        /** Periods whose consolidated reports are all in {@link #reports}. */
        private final Set<Long> consolidatedPeriods = new HashSet<>();
        private final Set<Long> enteredLater = new HashSet<>();
        private final Set<Long> knownEnteredLater = new HashSet<>();
        private final Map<Long, ReportingPeriod> periods = new HashMap<>();
        private final Map<PlanYear, Optional<ReportingPeriod>> periodsOfYear = new HashMap<>();
        private final Map<Long, List<Target>> targets = new HashMap<>();
        private final Map<Long, List<UnitReportEntity>> unitReports = new HashMap<>();
        private final Map<Long, Map<Long, Reading>> unitValues = new HashMap<>();
        private final Map<Long, Map<Long, Reading>> consolidatedValues = new HashMap<>();
        private final Map<Long, String> names = new HashMap<>();
        private final Map<Long, String> units = new HashMap<>();

        Loaded(FigureReads direct) {
            this.direct = direct;
        }

        void addReport(ConsolidatedReportEntity report) {
            reports.put(report.getId(), report);
            reportByPeriodOrg.put(new PeriodOrg(report.getPeriodId(), report.getOrgUnitId()), report);
        }

        @Override
        public ConsolidatedReportEntity consolidated(long consolidatedReportId) {
            ConsolidatedReportEntity report = reports.get(consolidatedReportId);
            return report != null ? report : direct.consolidated(consolidatedReportId);
        }

        @Override
        public Optional<ConsolidatedReportEntity> consolidatedOf(long periodId, long orgUnitId) {
            return consolidatedPeriods.contains(periodId)
                    ? Optional.ofNullable(reportByPeriodOrg.get(new PeriodOrg(periodId, orgUnitId)))
                    : direct.consolidatedOf(periodId, orgUnitId);
        }

        @Override
        public boolean enteredLater(long consolidatedReportId) {
            return knownEnteredLater.contains(consolidatedReportId) ? enteredLater.contains(consolidatedReportId)
                    : direct.enteredLater(consolidatedReportId);
        }

        @Override
        public ReportingPeriod period(long periodId) {
            ReportingPeriod period = periods.get(periodId);
            return period != null ? period : direct.period(periodId);
        }

        @Override
        public Optional<ReportingPeriod> periodOfYear(long planId, PeriodKind kind, int year) {
            Optional<ReportingPeriod> found = periodsOfYear.get(new PlanYear(planId, kind, year));
            return found != null ? found : direct.periodOfYear(planId, kind, year);
        }

        @Override
        public List<Target> targetsOfPlan(long planId) {
            List<Target> found = targets.get(planId);
            return found != null ? found : direct.targetsOfPlan(planId);
        }

        @Override
        public List<UnitReportEntity> reportsOfPeriod(long periodId) {
            List<UnitReportEntity> found = unitReports.get(periodId);
            return found != null ? found : direct.reportsOfPeriod(periodId);
        }

        @Override
        public Map<Long, Map<Long, Reading>> valuesOfUnitReports(List<Long> unitReportIds) {
            if (!unitValues.keySet().containsAll(unitReportIds)) {
                return direct.valuesOfUnitReports(unitReportIds);
            }
            Map<Long, Map<Long, Reading>> found = new HashMap<>();
            unitReportIds.forEach(id -> {
                Map<Long, Reading> typed = unitValues.get(id);
                if (!typed.isEmpty()) {
                    found.put(id, typed);
                }
            });
            return found;
        }

        @Override
        public Map<Long, Reading> valuesOfConsolidated(long consolidatedReportId) {
            Map<Long, Reading> found = consolidatedValues.get(consolidatedReportId);
            return found != null ? found : direct.valuesOfConsolidated(consolidatedReportId);
        }

        @Override
        public Map<Long, String> names(Collection<Long> orgUnitIds) {
            if (!names.keySet().containsAll(orgUnitIds)) {
                return direct.names(orgUnitIds);
            }
            Map<Long, String> found = new HashMap<>();
            orgUnitIds.forEach(id -> found.put(id, names.get(id)));
            return found;
        }

        @Override
        public String name(long orgUnitId) {
            String name = units.get(orgUnitId);
            return name != null ? name : direct.name(orgUnitId);
        }
    }
}
