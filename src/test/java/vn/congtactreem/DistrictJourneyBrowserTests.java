package vn.congtactreem;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.congtactreem.indicator.Comparator;
import vn.congtactreem.indicator.Reading;
import vn.congtactreem.indicator.TargetForm;
import vn.congtactreem.org.OrgService;
import vn.congtactreem.org.Role;
import vn.congtactreem.org.UserAccount;
import vn.congtactreem.org.UserService;
import vn.congtactreem.plan.AssignmentForm;
import vn.congtactreem.plan.Deadlines;
import vn.congtactreem.plan.PeriodForm;
import vn.congtactreem.plan.PeriodKind;
import vn.congtactreem.plan.PlanDraft;
import vn.congtactreem.plan.PlanService;
import vn.congtactreem.plan.PlanStatus;
import vn.congtactreem.plan.UpperPlanForm;
import vn.congtactreem.reporting.ConsolidationService;
import vn.congtactreem.reporting.ReportingService;
import vn.congtactreem.reporting.UnitReport;
import vn.congtactreem.reporting.UnitReportForm;
import vn.congtactreem.reporting.UnitReportStatus;
import vn.congtactreem.security.SystemAuthentication;
import vn.congtactreem.support.BrowserTest;
import vn.congtactreem.support.CycleCleanUp;
import vn.congtactreem.support.ProcessJobs;
import vn.congtactreem.support.TestIndicators;
import vn.congtactreem.support.TestOrgs;

/**
 * Issue 11's district in Chromium, each person in their own browser: the district (two offices,
 * commune A with its own officer, commune C with nobody in the system) has issued its plan; A's
 * officer edits the nested draft and sends it, A's leader approves it, A's health station reports its
 * figures (one of them "Không phát sinh"), A's officer accepts and consolidates, A's leader approves,
 * and the district's officer sees A's report arrive with A's figures, accepts it, and after the cut-off
 * finds them in the district's consolidated report with C alone missing. Screens go to
 * target/screenshots/levels-NN-*.png (a selection in docs/screens/).
 */
class DistrictJourneyBrowserTests extends BrowserTest {

    private static final int YEAR = 2046;

    @Autowired PlanService plans;
    @Autowired ReportingService reporting;
    @Autowired ConsolidationService consolidation;
    @Autowired OrgService orgs;
    @Autowired UserService users;
    @Autowired ManagementService management;
    @Autowired RuntimeService runtime;
    @Autowired JdbcTemplate jdbc;

    private final List<Long> started = new ArrayList<>();
    private int screen;

    @AfterEach
    void endTheCycles() {
        started.forEach(planId -> CycleCleanUp.endProcessesOf(runtime, planId));
        ProcessJobs.resetClock();
    }

    @Test
    void aCommuneReportDraftedInTheScreensArrivesAtTheDistrictWithItsFigures() {
        Instant begun = Instant.now();
        at(3, 1, 9);
        TestOrgs test = new TestOrgs(orgs, users);
        TestIndicators indicators = new TestIndicators(jdbc);
        long care = indicators.careRate();
        long friendly = indicators.childFriendly();
        long injuries = indicators.injuryRate();
        long hiv = indicators.create(indicators.code("HIV"), "Tỷ lệ trẻ sinh ra từ mẹ nhiễm HIV được điều trị dự phòng",
                "PERCENT", "Số trẻ được điều trị dự phòng", "Số trẻ sinh ra từ mẹ nhiễm HIV", "trẻ em",
                "HIGHER_IS_BETTER", BigDecimal.ZERO, null);
        TestOrgs.Area district = test.area(null, "Huyện Hành Trình", "DISTRICT", "huyenht");
        long education = test.agency(district.id(), "Phòng Giáo dục huyện Hành Trình", "DEPARTMENT");
        long labour = test.agency(district.id(), "Phòng Lao động huyện Hành Trình", "DEPARTMENT");
        String labourReporter = test.user("ldtbxh.ht", labour, Role.REPORTER);
        String educationReporter = test.user("pgd.ht", education, Role.REPORTER);
        TestOrgs.Area communeA = test.area(district.id(), "Xã Hành Trình A", "COMMUNE", "xahta");
        String communeC = "Xã Hành Trình C " + test.suffix();
        long communeCId = SystemAuthentication.runAsSystem(() -> orgs.createArea(district.id(), communeC, "COMMUNE").id());
        long healthA = test.agency(communeA.id(), "Trạm Y tế xã Hành Trình A", "HEALTH");
        String healthReporter = test.user("yte.hta", healthA, Role.REPORTER);

        // the district's plan, issued through the services: the care rate is the labour office's, the rest the communes'
        long districtPlan = districtPlanIssued(district, List.of(education, labour, communeA.id(), communeCId),
                List.of(target(care, "95", Comparator.AT_LEAST, labour),
                        target(friendly, "1", Comparator.EQUAL, communeA.id(), communeCId),
                        target(injuries, "300", Comparator.AT_MOST, communeA.id(), communeCId),
                        target(hiv, "100", Comparator.EQUAL, communeA.id(), communeCId)));
        long districtPeriod = plans.load(districtPlan).periods().get(0).id();
        long planA = plans.visiblePlans(user(communeA.officer())).stream()
                .filter(p -> p.orgUnitId() == communeA.id()).findFirst().orElseThrow().id();
        started.add(planA);
        // A's units and targets saved beforehand; the screens change the title and send it
        plans.saveDraft(user(communeA.officer()), planA, new PlanDraft("Kế hoạch thực hiện", "Bảo vệ trẻ em.", null,
                null, null, null, "- Lưu: VT.", "Trần Thị Bình", "PHÓ CHỦ TỊCH", null,
                List.of(new AssignmentForm(healthA, "Chủ trì các chỉ tiêu y tế")), null,
                List.of(target(friendly, "1", Comparator.EQUAL), target(injuries, "300", Comparator.AT_MOST, healthA),
                        target(hiv, "100", Comparator.EQUAL, healthA))));

        // ---- 02/03: A's officer edits the nested draft (autosave on the cycle's clock) and sends it
        at(3, 2, 9);
        signInAs(communeA.officer());
        page.navigate("/plans/" + planA + "/draft");
        assertThat(page.locator("h2")).hasText("Soạn kế hoạch");
        // the nested draft names the district's plan it follows
        assertThat(page.getByText("1/KH-UBND · " + district.name())).isVisible();
        String title = "Kế hoạch công tác trẻ em năm " + YEAR + " của " + communeA.name();
        field("Tên kế hoạch").fill(title);
        field("Tên kế hoạch").blur();
        assertThat(page.locator(".autosave-status")).hasText("Đã tự động lưu lúc 09:00");
        shot("commune-officer-edits-nested-draft");
        button("Gửi lãnh đạo duyệt").click();
        assertThat(page).hasURL(Pattern.compile(".*/plans/" + planA + "$"));

        // ---- A's leader approves and issues it
        signInAs(communeA.leader());
        page.navigate("/plans/" + planA + "/review");
        button("Duyệt và ban hành").click();
        assertThat(page).hasURL(Pattern.compile(".*/plans/" + planA + "$"));
        ProcessJobs.runDue(management);
        assertThat(plans.load(planA).status()).isEqualTo(PlanStatus.ISSUED);
        assertThat(plans.load(planA).title()).isEqualTo(title);
        long periodA = plans.load(planA).periods().get(0).id();
        assertThat(plans.period(periodA).upperPeriodId()).isEqualTo(districtPeriod);

        // ---- May: the period opens; the district's offices report (services), A's health station in the screens
        at(5, 1, 7);
        ProcessJobs.runDue(management);
        at(5, 6, 9);
        report(district.officer(), labourReporter, districtPeriod, labour, new Reading(care, 598L, 600L, false));
        report(district.officer(), educationReporter, districtPeriod, education);
        long healthReport = reporting.reportOf(periodA, healthA).orElseThrow().id();
        signInAs(healthReporter);
        page.navigate("/reports/" + healthReport);
        button("Xác nhận nhiệm vụ").click();
        assertNotification("Đã xác nhận nhiệm vụ.");
        field("Kết quả đạt được").fill("Khám sàng lọc cho 500 trẻ em; 1 trẻ bị tai nạn thương tích.");
        Locator injuryRow = valueRow(indicators.code("TN"));
        injuryRow.getByLabel("Số trẻ em bị TNTT").fill("3");
        injuryRow.getByLabel("Tổng số trẻ em").fill("2000");
        Locator hivRow = valueRow(indicators.code("HIV"));
        hivRow.getByText("Không phát sinh", new Locator.GetByTextOptions().setExact(true)).click();
        hivRow.getByLabel("Ghi chú").fill("Không có sản phụ nhiễm HIV sinh con");
        hivRow.getByLabel("Ghi chú").blur();
        shot("health-station-reports-not-applicable");
        button("Gửi báo cáo").click();
        assertNotification("Đã gửi báo cáo.");
        ProcessJobs.runDue(management);

        // ---- A's officer accepts; every report in, A consolidates at once; its own figure typed, sent
        signInAs(communeA.officer());
        page.navigate("/reports/" + healthReport);
        button("Chấp nhận").click();
        assertNotification("Đã chấp nhận báo cáo.");
        ProcessJobs.runDue(management);
        long consolidatedA = consolidation.ofPeriod(periodA, communeA.id()).orElseThrow().id();
        page.navigate("/consolidated-reports/" + consolidatedA);
        Locator friendlyRow = valueRow(indicators.code("PH"));
        friendlyRow.getByText("Có", new Locator.GetByTextOptions().setExact(true)).click();
        assertThat(figures()).containsText("150 /100.000 (3/2.000)");
        assertThat(figures()).containsText("Không phát sinh");
        shot("commune-officer-consolidates");
        button("Gửi lãnh đạo duyệt").click();
        assertNotification("Đã gửi lãnh đạo duyệt.");

        signInAs(communeA.leader());
        page.navigate("/consolidated-reports/" + consolidatedA);
        button("Duyệt và gửi cấp trên").click();
        assertNotification("Đã duyệt; báo cáo được gửi lên cấp trên.");
        ProcessJobs.runDue(management);

        // ---- the district: A's report arrived, with A's figures; accepted
        UnitReport arrived = reporting.reportOf(districtPeriod, communeA.id()).orElseThrow();
        assertThat(arrived.status()).isEqualTo(UnitReportStatus.SUBMITTED);
        assertThat(arrived.consolidatedReportId()).isEqualTo(consolidatedA);
        signInAs(district.officer());
        Locator inbox = page.locator("#inbox vaadin-grid.inbox-grid");
        assertThat(inbox).containsText(communeA.name());
        page.navigate("/reports/" + arrived.id());
        assertThat(page.locator("h2")).hasText("Báo cáo của " + communeA.name());
        assertThat(figures()).containsText("Có");
        assertThat(figures()).containsText("150 /100.000 (3/2.000)");
        assertThat(figures()).containsText("Không phát sinh");
        figures().scrollIntoViewIfNeeded();
        shot("district-receives-commune-report");
        button("Chấp nhận").click();
        assertNotification("Đã chấp nhận báo cáo.");
        ProcessJobs.runDue(management);

        // ---- 21/05: the district's cut-off; its consolidated report: A's figures once, C alone missing
        at(5, 21, 7);
        ProcessJobs.runDue(management);
        long districtReport = consolidation.ofPeriod(districtPeriod, district.id()).orElseThrow().id();
        page.navigate("/consolidated-reports/" + districtReport);
        assertThat(page.locator(".missing-units li")).hasCount(1);
        assertThat(page.locator(".missing-units li")).containsText(communeC);
        assertThat(figures()).containsText("99,7 % (598/600)");
        assertThat(figures()).containsText("150 /100.000 (3/2.000)");
        assertThat(figures()).containsText("Không phát sinh");
        shot("district-consolidated-report");
        System.out.printf("District journey in Chromium (%d screens): %d s%n", screen,
                Duration.between(begun, Instant.now()).toSeconds());
    }

    // ------------------------------------------------------------------ set-up through the services

    private long districtPlanIssued(TestOrgs.Area district, List<Long> units, List<TargetForm> targets) {
        UserAccount officer = user(district.officer());
        long planId = plans.startCycle(officer, district.id(), "Kế hoạch công tác trẻ em năm " + YEAR, YEAR, YEAR)
                .id();
        started.add(planId);
        plans.registerUpperPlan(officer, planId, new UpperPlanForm("15/KH-UBND", LocalDate.of(YEAR, 2, 10),
                "UBND tỉnh", "Kế hoạch năm " + YEAR, null, List.of(new PeriodForm(YEAR, PeriodKind.SIX_MONTHS,
                LocalDate.of(YEAR - 1, 12, 15), LocalDate.of(YEAR, 6, 14), LocalDate.of(YEAR, 5, 1),
                LocalDate.of(YEAR, 5, 20), LocalDate.of(YEAR, 5, 25), "7,1"))));
        plans.saveDraft(officer, planId, new PlanDraft("Kế hoạch công tác trẻ em năm " + YEAR, "Bảo vệ trẻ em.", null,
                null, null, null, "- Lưu: VT.", "Nguyễn Văn An", "PHÓ CHỦ TỊCH", null,
                units.stream().map(u -> new AssignmentForm(u, "Thực hiện các chỉ tiêu được giao")).toList(), null,
                targets));
        plans.submitForApproval(officer, planId);
        plans.approve(user(district.leader()), planId);
        ProcessJobs.runDue(management);
        return planId;
    }

    private void report(String officer, String reporter, long periodId, long unitId, Reading... values) {
        long reportId = reporting.reportOf(periodId, unitId).orElseThrow().id();
        reporting.acknowledge(user(reporter), reportId);
        ProcessJobs.runDue(management);
        reporting.submit(user(reporter), reportId, new UnitReportForm("Đã thực hiện", null, null, List.of(values)));
        ProcessJobs.runDue(management);
        reporting.accept(user(officer), reportId);
        ProcessJobs.runDue(management);
    }

    private UserAccount user(String username) {
        return users.findByUsername(username).orElseThrow();
    }

    private static TargetForm target(long indicatorId, String value, Comparator comparator, long... units) {
        return new TargetForm(indicatorId, YEAR, comparator, new BigDecimal(value), null, null, null,
                java.util.Arrays.stream(units).boxed().toList());
    }

    // ------------------------------------------------------------------ the screens

    private static void at(int month, int day, int hour) {
        ProcessJobs.setClock(LocalDateTime.of(YEAR, month, day, hour, 0).atZone(Deadlines.VIETNAM).toInstant());
    }

    /** target/screenshots/levels-NN-NAME.png, also kept as docs/screens/levels-NN-NAME.png. */
    private void shot(String name) {
        keptScreenshot(String.format("levels-%02d-%s", ++screen, name));
    }

    private Locator valueRow(String indicatorCode) {
        return page.locator(".indicator-value-row").filter(new Locator.FilterOptions().setHasText(indicatorCode));
    }

    private Locator figures() {
        return page.locator("vaadin-grid.figures-grid");
    }

    private Locator field(String label) {
        return page.getByLabel(label);
    }

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private void assertNotification(String text) {
        assertThat(page.locator("vaadin-notification-card").filter(new Locator.FilterOptions().setHasText(text))
                .first()).isVisible();
    }
}
