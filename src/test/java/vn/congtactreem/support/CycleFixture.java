package vn.congtactreem.support;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import vn.congtactreem.org.OrgService;
import vn.congtactreem.org.UserAccount;
import vn.congtactreem.org.UserService;
import vn.congtactreem.plan.ActivityForm;
import vn.congtactreem.plan.AssignmentForm;
import vn.congtactreem.plan.Deadlines;
import vn.congtactreem.plan.PeriodForm;
import vn.congtactreem.plan.PeriodKind;
import vn.congtactreem.plan.PlanDraft;
import vn.congtactreem.plan.PlanService;
import vn.congtactreem.plan.UpperPlanForm;
import vn.congtactreem.reporting.ReportingService;

/**
 * A cycle brought to the point a test needs, through the services: the plan issued with the police as its
 * only unit and the 6-month period open on 02/05 of the year; of a commune built by {@link TestOrgs#commune}
 * ({@link #periodOpenFor}) or of An Dương, the demo commune ({@link #periodOpenForThePolice}).
 * Each call uses its own year so cycles never meet. The engine clock is left on that day.
 */
public final class CycleFixture {

    /** The ids of the cycle a test works on. */
    public record OpenPeriod(long planId, long periodId, long policeReportId, int year) {
    }

    /** The plans this fixture started and no test has ended yet (see {@link #drainStarted()}). */
    private static final java.util.Set<Long> STARTED = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private final PlanService plans;
    private final ReportingService reporting;
    private final UserService users;
    private final OrgService orgs;
    private final ManagementService management;

    public CycleFixture(PlanService plans, ReportingService reporting, UserService users, OrgService orgs,
                        ManagementService management) {
        this.plans = plans;
        this.reporting = reporting;
        this.users = users;
        this.orgs = orgs;
        this.management = management;
    }

    public OpenPeriod periodOpenForThePolice(int year) {
        return periodOpenForThePolice(year, List.of());
    }

    /** The same, the plan assigning {@code otherUnits} (demo organisations, by name) as well. */
    public OpenPeriod periodOpenForThePoliceAnd(int year, String... otherUnits) {
        return open(year, List.of(), otherUnits);
    }

    /** The same, the plan setting {@code targets} (the police's: name the police among their units). */
    public OpenPeriod periodOpenForThePolice(int year, List<vn.congtactreem.indicator.TargetForm> targets) {
        return open(year, targets);
    }

    /**
     * A cycle of the fixture's commune ({@link TestOrgs#commune}): the plan issued by its officer and leader with
     * its police as the only unit, the 6-month period open on 02/05 of the year.
     */
    public OpenPeriod periodOpenFor(TestOrgs.Commune place, int year) {
        return periodOpenFor(place, year, List.of());
    }

    /** The same, the plan setting {@code targets} and assigning {@code otherUnits} (ids) as well. */
    public OpenPeriod periodOpenFor(TestOrgs.Commune place, int year, List<vn.congtactreem.indicator.TargetForm> targets,
                                    long... otherUnits) {
        return open(year, targets, place.commune().id(), place.police(), user(place.commune().officer()),
                user(place.commune().leader()), java.util.Arrays.stream(otherUnits).boxed().toList());
    }

    /** The same with the plan's objectives ({@code objectives}: their titles; targets name theirs by number). */
    public OpenPeriod periodOpenFor(TestOrgs.Commune place, int year, List<String> objectives,
                                    List<vn.congtactreem.indicator.TargetForm> targets) {
        return open(year, targets, objectives, place.commune().id(), place.police(), user(place.commune().officer()),
                user(place.commune().leader()), List.of());
    }

    private OpenPeriod open(int year, List<vn.congtactreem.indicator.TargetForm> targets, String... otherUnits) {
        return open(year, targets, org("Xã An Dương"), org("Công an xã An Dương"), user("canbo.anduong"),
                user("lanhdao.anduong"), java.util.Arrays.stream(otherUnits).map(this::org).toList());
    }

    private OpenPeriod open(int year, List<vn.congtactreem.indicator.TargetForm> targets, long communeId,
                            long policeId, UserAccount officer, UserAccount leader, List<Long> otherUnits) {
        return open(year, targets, null, communeId, policeId, officer, leader, otherUnits);
    }

    private OpenPeriod open(int year, List<vn.congtactreem.indicator.TargetForm> targets, List<String> objectives,
                            long communeId, long policeId, UserAccount officer, UserAccount leader,
                            List<Long> otherUnits) {
        List<AssignmentForm> assignments = new java.util.ArrayList<>();
        assignments.add(new AssignmentForm(policeId, "Phòng, chống xâm hại trẻ em"));
        for (long unit : otherUnits) {
            assignments.add(new AssignmentForm(unit, "Phối hợp thực hiện"));
        }
        ProcessJobs.setClock(LocalDateTime.of(year, 3, 1, 9, 0).atZone(Deadlines.VIETNAM).toInstant());
        long planId = plans.startCycle(officer, communeId, "Kế hoạch thử năm " + year, year, year).id();
        plans.registerUpperPlan(officer, planId, new UpperPlanForm("9/KH-UBND", LocalDate.of(year, 2, 1),
                "UBND huyện Tân Yên", "Kế hoạch năm " + year, null, List.of(new PeriodForm(year, PeriodKind.SIX_MONTHS,
                LocalDate.of(year - 1, 12, 15), LocalDate.of(year, 6, 14), LocalDate.of(year, 5, 1),
                LocalDate.of(year, 5, 18), LocalDate.of(year, 5, 24), "7,1"))));
        plans.saveDraft(officer, planId, new PlanDraft("Kế hoạch thử năm " + year, "Bảo vệ trẻ em.", null, null, null,
                null, null, "Lục Xuân Đức", "PHÓ CHỦ TỊCH", null,
                assignments,
                List.of(new ActivityForm("Tuyên truyền phòng, chống xâm hại trẻ em", "Tọa đàm tại các thôn.",
                        List.of(2, 3), null, null, policeId, List.of())), targets, objectives));
        plans.submitForApproval(officer, planId);
        plans.approve(leader, planId);
        ProcessJobs.runDue(management);
        ProcessJobs.setClock(LocalDateTime.of(year, 5, 2, 9, 0).atZone(Deadlines.VIETNAM).toInstant());
        ProcessJobs.runDue(management);
        STARTED.add(planId);
        long periodId = plans.load(planId).periods().get(0).id();
        long reportId = reporting.reportOf(periodId, policeId).orElseThrow().id();
        return new OpenPeriod(planId, periodId, reportId, year);
    }

    /**
     * The plans started since the last call, forgotten here: the base test class ends their processes
     * after each test, so no cycle of one test leaves tasks in the demo users' inboxes for the next.
     */
    public static java.util.List<Long> drainStarted() {
        java.util.List<Long> started = java.util.List.copyOf(STARTED);
        STARTED.removeAll(started);
        return started;
    }

    public UserAccount user(String username) {
        return users.findByUsername(username).orElseThrow();
    }

    public long org(String name) {
        return orgs.all().stream().filter(o -> o.name().equals(name)).findFirst().orElseThrow().id();
    }
}
