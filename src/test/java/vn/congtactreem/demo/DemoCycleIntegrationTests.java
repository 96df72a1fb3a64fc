package vn.congtactreem.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.congtactreem.inbox.WorkItem;
import vn.congtactreem.notification.NotificationKind;
import vn.congtactreem.notification.Outbox;
import vn.congtactreem.substitute.SubstitutionService;
import vn.congtactreem.inbox.WorkItems;
import vn.congtactreem.monitoring.MonitoringService;
import vn.congtactreem.monitoring.PeriodOverview;
import vn.congtactreem.monitoring.PlanChoice;
import vn.congtactreem.monitoring.ReportStanding.CellStatus;
import vn.congtactreem.monitoring.SubAreaRow;
import vn.congtactreem.monitoring.Tally;
import vn.congtactreem.org.UserAccount;
import vn.congtactreem.org.UserService;
import vn.congtactreem.base.CycleClock;
import vn.congtactreem.plan.CycleAction;
import vn.congtactreem.plan.CycleTimeline;
import vn.congtactreem.plan.Deadlines;
import vn.congtactreem.plan.Plan;
import vn.congtactreem.plan.PlanService;
import vn.congtactreem.plan.PlanStatus;
import vn.congtactreem.reporting.ConsolidationService;
import vn.congtactreem.reporting.ReportingService;
import vn.congtactreem.reporting.UnitReport;
import vn.congtactreem.reporting.UnitReportStatus;
import vn.congtactreem.support.DropTestDatabase;
import vn.congtactreem.support.PostgresIntegrationTest;
import vn.congtactreem.support.PostgresTestDatabase;

/** A newcomer's first start: the An Dương 2024 cycle is under way and every demo user has work. */
@SpringBootTest(properties = {PostgresIntegrationTest.NO_JOB_EXECUTOR, "app.demo.cycle=true"})
@ActiveProfiles("dev")
class DemoCycleIntegrationTests {

    @Autowired
    PlanService plans;
    @Autowired
    ReportingService reporting;
    @Autowired
    ConsolidationService consolidation;
    @Autowired
    WorkItems work;
    @Autowired
    UserService users;
    @Autowired
    CycleClock clock;
    @Autowired
    CycleTimeline timeline;
    @Autowired
    MonitoringService monitoring;
    @Autowired
    SubstitutionService substitutions;
    @Autowired
    Outbox outbox;

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        PostgresTestDatabase.useFresh(registry, "demo");
    }

    @BeforeEach
    void rememberContext(@Autowired ConfigurableApplicationContext context) {
        DropTestDatabase.usedBy(context);
    }

    @AfterAll
    static void realTimeAgain() {
        ClockUtil.reset();
    }

    @Test
    void theDemoClockStandsOnTheDayAfterTheSixMonthDeadline() {
        LocalDateTime now = LocalDateTime.ofInstant(clock.now(), Deadlines.VIETNAM);
        assertThat(now.toLocalDate()).hasToString("2024-05-19");
    }

    @Test
    void anDuongsPlanIsIssuedFromTanYensPlanAndItsSixMonthPeriodIsBeingConsolidated() {
        Plan plan = anDuongPlan();
        assertThat(plan.status()).isEqualTo(PlanStatus.ISSUED);
        assertThat(plan.upper().number()).isEqualTo("50/KH-UBND");
        assertThat(plan.documentNumber()).endsWith("/KH-UBND");
        assertThat(plan.assignments()).hasSize(4);
        long sixMonths = plan.periods().get(0).id();
        List<UnitReport> reports = reporting.ofPeriod(sixMonths);
        assertThat(reports).extracting(UnitReport::orgUnitName, UnitReport::status).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("Công an xã An Dương", UnitReportStatus.RETURNED),
                org.assertj.core.groups.Tuple.tuple("Trạm Y tế xã An Dương", UnitReportStatus.OPEN),
                org.assertj.core.groups.Tuple.tuple("Trường THCS An Dương", UnitReportStatus.SUBMITTED),
                org.assertj.core.groups.Tuple.tuple("Hội Liên hiệp Phụ nữ xã An Dương", UnitReportStatus.OPEN));
        assertThat(reports).filteredOn(UnitReport::late).extracting(UnitReport::orgUnitName)
                .containsExactly("Trường THCS An Dương");
        assertThat(consolidation.ofPeriod(sixMonths, plan.orgUnitId())).hasValueSatisfying(
                report -> assertThat(report.missingUnits()).contains("Trạm Y tế xã An Dương"));
        // escalated when the last day passed: the health station, the school (late) and the women's union,
        // which never acknowledged its assignment; the police had submitted on time before the return
        assertThat(timeline.of(plan.id())).filteredOn(e -> e.action() == CycleAction.REPORT_OVERDUE)
                .extracting(e -> reporting.load(e.unitReportId()).orgUnitName()).containsExactlyInAnyOrder(
                        "Trạm Y tế xã An Dương", "Trường THCS An Dương", "Hội Liên hiệp Phụ nữ xã An Dương");
    }

    @Test
    void everyAnDuongUserFindsWorkInTheirInbox() {
        assertThat(tasks("canbo.anduong")).containsExactly("ReviewReport");
        // the leader stands in for the officer on leave (19-24/05): her review too, marked as hers
        assertThat(tasks("lanhdao.anduong")).containsExactlyInAnyOrder("ApproveConsolidatedReport", "ReviewReport");
        assertThat(tasks("congan.anduong")).containsExactly("SubmitReport");
        assertThat(tasks("yte.anduong")).containsExactly("SubmitReport");
    }

    @Test
    void theOfficerIsOnLeaveWithTheLeaderStandingInAndBothWereTold() {
        UserAccount officer = users.findByUsername("canbo.anduong").orElseThrow();
        UserAccount leader = users.findByUsername("lanhdao.anduong").orElseThrow();
        assertThat(substitutions.of(officer, officer.id())).singleElement().satisfies(leave -> {
            assertThat(leave.substituteUsername()).isEqualTo("lanhdao.anduong");
            assertThat(leave.from()).hasToString("2024-05-19");
            assertThat(leave.to()).hasToString("2024-05-24");
            assertThat(leave.runsOn(clock.today())).isTrue();
        });
        List<WorkItem> leadersWork = work.of(leader, 0, 50);
        WorkItem review = leadersWork.stream().filter(item -> item.taskKey().equals("ReviewReport")).findFirst()
                .orElseThrow();
        assertThat(work.standingInFor(leader, leadersWork)).containsOnlyKeys(review.id())
                .containsEntry(review.id(), officer.fullName());
        for (UserAccount told : List.of(officer, leader)) {
            assertThat(outbox.of(told, 50)).filteredOn(n -> n.kind() == NotificationKind.SUBSTITUTION_NAMED)
                    .singleElement().satisfies(n -> assertThat(n.title())
                            .isEqualTo("Lục Xuân Đức được ủy quyền thay Nguyễn Thị Hoa từ 19/05/2024 đến 24/05/2024"));
        }
    }

    @Test
    void anDuongsPlanIsTheNestedCycleOfTanYensPlanIssuedInTheSystem() {
        Plan commune = anDuongPlan();
        PlanChoice district = districtPlan("quanly.tanyen");
        assertThat(commune.upper().planId()).isEqualTo(district.planId());
        Plan issued = plans.load(district.planId());
        assertThat(issued.status()).isEqualTo(PlanStatus.ISSUED);
        assertThat(issued.documentNumber()).isEqualTo("50/KH-UBND");
        assertThat(issued.issuedOn()).hasToString("2024-02-29");
        assertThat(issued.assignments()).hasSize(7);
    }

    @Test
    void tanYensManagerSeesItsCommunesOnTimeLateMissingAndReturned() {
        UserAccount manager = users.findByUsername("quanly.tanyen").orElseThrow();
        PlanChoice district = districtPlan("quanly.tanyen");
        long sixMonths = monitoring.defaultPeriod(manager, district.planId()).orElseThrow().periodId();
        PeriodOverview overview = monitoring.overview(manager, sixMonths);
        assertThat(overview.orgName()).isEqualTo("Huyện Tân Yên");
        Tally tally = overview.tally();
        // five communes and two offices; Cao Xá (accepted), Ngọc Thiện (returned) and the labour office on
        // time, Liên Chung late, An Dương, Phúc Hòa and the education office missing
        assertThat(tally.expected()).isEqualTo(7);
        assertThat(tally.submitted()).isEqualTo(4);
        assertThat(tally.onTime()).isEqualTo(3);
        assertThat(tally.late()).isEqualTo(1);
        assertThat(tally.missing()).isEqualTo(3);
        assertThat(tally.returned()).isEqualTo(1);
        assertThat(tally.accepted()).isEqualTo(1);
        List<SubAreaRow> communes = monitoring.subAreas(manager, sixMonths);
        assertThat(communes).extracting(SubAreaRow::name, SubAreaRow::upstairs).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("Xã An Dương", CellStatus.MISSING),
                org.assertj.core.groups.Tuple.tuple("Xã Cao Xá", CellStatus.ACCEPTED),
                org.assertj.core.groups.Tuple.tuple("Xã Liên Chung", CellStatus.LATE),
                org.assertj.core.groups.Tuple.tuple("Xã Ngọc Thiện", CellStatus.RETURNED),
                org.assertj.core.groups.Tuple.tuple("Xã Phúc Hòa", CellStatus.MISSING));
        SubAreaRow notStarted = communes.stream().filter(r -> r.name().equals("Xã Phúc Hòa")).findFirst().orElseThrow();
        assertThat(notStarted.own().expected()).as("its plan is still a draft: no unit expected yet").isZero();
        SubAreaRow anDuong = communes.stream().filter(r -> r.name().equals("Xã An Dương")).findFirst().orElseThrow();
        assertThat(anDuong.own().expected()).isEqualTo(4);
        assertThat(anDuong.own().late()).isEqualTo(1);
    }

    @Test
    void theProvinceManagerSeesTanYensPlan() {
        assertThat(districtPlan("quanly.bacgiang").orgName()).isEqualTo("Huyện Tân Yên");
        assertThat(tasks("canbo.phuchoa")).containsExactly("DraftPlan");
    }

    private PlanChoice districtPlan(String manager) {
        UserAccount user = users.findByUsername(manager).orElseThrow();
        return monitoring.plans(user, 2024).stream().filter(p -> p.orgName().equals("Huyện Tân Yên"))
                .findFirst().orElseThrow();
    }

    private List<String> tasks(String username) {
        return work.of(users.findByUsername(username).orElseThrow(), 0, 50).stream().map(WorkItem::taskKey).toList();
    }

    private Plan anDuongPlan() {
        var officer = users.findByUsername("canbo.anduong").orElseThrow();
        return plans.load(plans.visiblePlans(officer).stream().filter(p -> p.orgUnitId() == officer.orgUnitId())
                .findFirst().orElseThrow().id());
    }
}
