package vn.congtactreem.monitoring;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.congtactreem.base.NotAllowedException;
import vn.congtactreem.base.NotVisibleException;
import vn.congtactreem.base.CycleClock;
import vn.congtactreem.indicator.Figure;
import vn.congtactreem.indicator.PlanTargets;
import vn.congtactreem.indicator.TargetStatus;
import vn.congtactreem.monitoring.internal.MonitoringQueries;
import vn.congtactreem.monitoring.internal.MonitoringQueries.PeriodHead;
import vn.congtactreem.monitoring.internal.MonitoringQueries.ReportRow;
import vn.congtactreem.org.Role;
import vn.congtactreem.org.UserAccount;
import vn.congtactreem.plan.Deadlines;
import vn.congtactreem.reporting.ReportFigures;
import vn.congtactreem.security.AccessScope;

/**
 * "Theo dõi tiến độ": who reported, on time, which targets stand where, for an organisation's period
 * and its sub-areas down to any depth. Scoped like the plan pages ({@link AccessScope}): a manager
 * sees their organisation and everything below it, an officer or a leader their own organisation's
 * plans (and the cycles below them); anyone else is refused. Every read is a fixed number of
 * queries whatever the number of units ({@link MonitoringQueries}); the definitions are
 * {@link ReportingRates}'.
 */
@Service
@Transactional(readOnly = true)
public class MonitoringService {

    private static final String PLAN_NOT_FOUND = "plan.error.notFound";
    private static final String PERIOD_NOT_FOUND = "period.error.notFound";

    private final MonitoringQueries queries;
    private final AccessScope scope;
    private final CycleClock clock;
    private final ReportFigures figures;
    private final PlanTargets targets;

    public MonitoringService(MonitoringQueries queries, AccessScope scope, CycleClock clock, ReportFigures figures,
                             PlanTargets targets) {
        this.queries = queries;
        this.scope = scope;
        this.clock = clock;
        this.figures = figures;
        this.targets = targets;
    }

    /** Managers, officers and leaders watch progress; a reporter (or an administrator alone) does not. */
    public static boolean mayMonitor(UserAccount user) {
        return user != null && user.active() && (user.hasRole(Role.MANAGER) || user.hasRole(Role.OFFICER)
                || user.hasRole(Role.LEADER));
    }

    /** The organisations the user may monitor (refused for anyone but managers, officers and leaders). */
    public Set<Long> scope(UserAccount user) {
        return monitored(user);
    }

    /** The year on the cycle's clock (the demo's clock in the default run). */
    public int currentYear() {
        return clock.today().getYear();
    }

    /** The plans running in {@code year} the user may monitor: their own organisation's first. */
    public List<PlanChoice> plans(UserAccount user, int year) {
        Set<Long> orgs = user.hasRole(Role.MANAGER) ? monitored(user) : requireOwn(user);
        return queries.plans(orgs, year, user.orgUnitId());
    }

    public List<PeriodChoice> periods(UserAccount user, long planId) {
        monitored(user); // the role first: a reporter is refused alike for every id
        requireVisible(user, queries.planOrg(planId).orElseThrow(() -> notFound(PLAN_NOT_FOUND, planId)),
                PLAN_NOT_FOUND, planId);
        return queries.periodsOf(planId);
    }

    /** The period whose last day is nearest today, the dashboard's default. */
    public Optional<PeriodChoice> defaultPeriod(UserAccount user, long planId) {
        return PeriodChoice.nearest(periods(user, planId), clock.today());
    }

    /** The tiles of a period. */
    public PeriodOverview overview(UserAccount user, long periodId) {
        PeriodHead head = requirePeriod(user, periodId);
        Instant now = clock.now();
        Tally tally = ReportingRates.tallyOfAlike(queries.counts(List.of(periodId), now)
                .getOrDefault(periodId, List.of()), now);
        LocalDate upperDue = head.period().upperDue();
        Long days = upperDue == null ? null : ChronoUnit.DAYS.between(clock.today(), upperDue);
        return new PeriodOverview(head.period(), head.planTitle(), head.orgUnitId(), head.orgName(), tally, days,
                head.consolidation(), head.consolidatedReportId());
    }

    /** Units × periods of a plan, each cell with its status and date. */
    public Matrix matrix(UserAccount user, long planId) {
        List<PeriodChoice> periods = periods(user, planId);
        List<Long> periodIds = periods.stream().map(PeriodChoice::periodId).toList();
        Map<Long, Integer> column = new LinkedHashMap<>();
        periodIds.forEach(id -> column.put(id, column.size()));
        Instant now = clock.now();
        Map<Long, MatrixRow> rows = new LinkedHashMap<>();
        for (ReportRow report : queries.reportsOf(periodIds)) {
            MatrixRow row = rows.computeIfAbsent(report.unitId(), id -> new MatrixRow(id, report.unitName(),
                    report.subArea(), new ArrayList<>(Collections.nCopies(periods.size(), null))));
            row.cells().set(column.get(report.periodId()), cell(report, now));
        }
        return new Matrix(periods, rows.values().stream()
                .map(r -> new MatrixRow(r.unitId(), r.unitName(), r.subArea(), Collections.unmodifiableList(r.cells())))
                .toList());
    }

    /** Each period of a plan with its counts and rates (the chart "reporting rate per period"). */
    public List<PeriodRate> ratesByPeriod(UserAccount user, long planId) {
        List<PeriodChoice> periods = periods(user, planId);
        Instant now = clock.now();
        Map<Long, List<AlikeReports>> byPeriod = queries.counts(periods.stream().map(PeriodChoice::periodId)
                .toList(), now);
        return periods.stream().map(p -> new PeriodRate(p,
                ReportingRates.tallyOfAlike(byPeriod.getOrDefault(p.periodId(), List.of()), now))).toList();
    }

    /** One period's units with their cells (the matrix of a single column, for the reminder and exports). */
    public List<UnitStanding> units(UserAccount user, long periodId) {
        requirePeriod(user, periodId);
        Instant now = clock.now();
        return queries.reportsOf(List.of(periodId)).stream().map(r -> new UnitStanding(r.unitId(), r.unitName(),
                r.subArea(), cell(r, now), ReportingRates.standing(r.expected(), now))).toList();
    }

    /**
     * The sub-areas of a period: each one's report upstairs and, where it runs its own cycle, its own
     * period's rates and consolidation, with the link one level down. Four queries for any number.
     */
    public List<SubAreaRow> subAreas(UserAccount user, long periodId) {
        requirePeriod(user, periodId);
        Instant now = clock.now();
        Map<Long, PeriodHead> below = queries.childPeriods(periodId).stream()
                .collect(Collectors.toMap(PeriodHead::orgUnitId, h -> h, (a, b) -> a, LinkedHashMap::new));
        // the sub-areas' own periods are counted, not listed: alike reports come as one row with their number
        Map<Long, List<AlikeReports>> ownReports = queries.counts(below.values().stream()
                .map(h -> h.period().periodId()).toList(), now);
        List<SubAreaRow> rows = new ArrayList<>();
        for (ReportRow report : queries.reportsOf(List.of(periodId))) {
            if (!report.subArea()) {
                continue;
            }
            PeriodHead own = below.get(report.unitId());
            Tally tally = own == null ? null
                    : ReportingRates.tallyOfAlike(ownReports.getOrDefault(own.period().periodId(), List.of()), now);
            rows.add(new SubAreaRow(report.unitId(), report.unitName(), report.reportId(),
                    ReportingRates.standing(report.expected(), now).cell(),
                    own == null ? null : own.period().periodId(), tally, own == null ? null : own.consolidation(),
                    own == null ? null : own.consolidatedReportId()));
        }
        return rows;
    }

    /**
     * The plan's targets for the period: the organisation's figure rolled up by reporting (from its
     * consolidated report, once there is one), last year's and the status; no data before that.
     */
    public List<TargetRow> targets(UserAccount user, long periodId) {
        PeriodHead head = requirePeriod(user, periodId);
        if (head.consolidatedReportId() != null) {
            return figures.ofConsolidatedReport(head.consolidatedReportId()).stream()
                    .map(f -> new TargetRow(f.target().position(), f.target().indicator().code(),
                            f.target().indicator().name(), f.target().milestoneYear(), f.target().requirement(),
                            Figure.cell(f.figure()), Figure.cell(f.lastYear()), f.status()))
                    .toList();
        }
        return targets.ofPlan(head.period().planId()).stream()
                .map(t -> new TargetRow(t.position(), t.indicator().code(), t.indicator().name(), t.milestoneYear(),
                        t.requirement(), Figure.cell(null), Figure.cell(null), TargetStatus.NO_DATA))
                .toList();
    }

    /** The way from the top of the user's scope down to this period (the period itself last). */
    public List<Crumb> breadcrumb(UserAccount user, long periodId) {
        Set<Long> visible = monitored(user);
        PeriodHead head = requirePeriod(user, periodId);
        List<Crumb> crumbs = new ArrayList<>();
        for (int depth = 0; head != null && visible.contains(head.orgUnitId()) && depth < 10; depth++) {
            crumbs.add(0, new Crumb(head.period().periodId(), head.orgUnitId(), head.orgName()));
            head = head.upperPeriodId() == null ? null : queries.period(head.upperPeriodId()).orElse(null);
        }
        return crumbs;
    }

    /** The period's organisation and plan, if the user may monitor it (otherwise refused). */
    PeriodHead requirePeriod(UserAccount user, long periodId) {
        Set<Long> visible = monitored(user); // the role first: a reporter is refused alike for every id
        PeriodHead head = queries.period(periodId).orElseThrow(() -> notFound(PERIOD_NOT_FOUND, periodId));
        if (!visible.contains(head.orgUnitId())) { // the scope read once (outside a web request it is not kept)
            throw new NotVisibleException(PERIOD_NOT_FOUND, periodId);
        }
        return head;
    }

    private static UnitCell cell(ReportRow report, Instant now) {
        ReportStanding standing = ReportingRates.standing(report.expected(), now);
        Instant first = report.expected().firstSubmittedAt();
        LocalDate date = standing.submitted() && first != null ? first.atZone(Deadlines.VIETNAM).toLocalDate()
                : report.expected().lastDay();
        return new UnitCell(report.reportId(), report.periodId(), standing.cell(), date);
    }

    /**
     * A plan or period the user may follow; one of an organisation they do not see is answered as missing
     * (404, like an id never used: ids cannot be enumerated). A role that follows nothing is refused (403).
     */
    private void requireVisible(UserAccount user, long orgUnitId, String notFoundKey, long id) {
        if (!monitored(user).contains(orgUnitId)) {
            throw new NotVisibleException(notFoundKey, id);
        }
    }

    private Set<Long> monitored(UserAccount user) {
        if (!mayMonitor(user)) {
            throw NotAllowedException.because("access.notAllowed.monitorRole");
        }
        return scope.visibleOrgIds(user);
    }

    private Set<Long> requireOwn(UserAccount user) {
        monitored(user);
        return Set.of(user.orgUnitId());
    }

    private static RuntimeException notFound(String key, long id) {
        return new vn.congtactreem.base.NotFoundException("id", key, id);
    }
}
