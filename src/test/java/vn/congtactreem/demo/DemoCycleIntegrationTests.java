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
import vn.congtactreem.inbox.WorkItems;
import vn.congtactreem.org.UserService;
import vn.congtactreem.base.CycleClock;
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

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> PostgresTestDatabase.freshDatabase("demo"));
        registry.add("spring.datasource.username", PostgresTestDatabase::username);
        registry.add("spring.datasource.password", PostgresTestDatabase::password);
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
        assertThat(timeline.of(plan.id())).filteredOn(e -> e.action().equals("REPORT_OVERDUE"))
                .extracting(e -> reporting.load(e.unitReportId()).orgUnitName()).containsExactlyInAnyOrder(
                        "Trạm Y tế xã An Dương", "Trường THCS An Dương", "Hội Liên hiệp Phụ nữ xã An Dương");
    }

    @Test
    void everyAnDuongUserFindsWorkInTheirInbox() {
        assertThat(tasks("canbo.anduong")).containsExactly("ReviewReport");
        assertThat(tasks("lanhdao.anduong")).containsExactly("ApproveConsolidatedReport");
        assertThat(tasks("congan.anduong")).containsExactly("SubmitReport");
        assertThat(tasks("yte.anduong")).containsExactly("SubmitReport");
    }

    private List<String> tasks(String username) {
        return work.of(users.findByUsername(username).orElseThrow(), 0, 50).stream().map(WorkItem::taskKey).toList();
    }

    private Plan anDuongPlan() {
        var officer = users.findByUsername("canbo.anduong").orElseThrow();
        return plans.load(plans.visiblePlans(officer).get(0).id());
    }
}
