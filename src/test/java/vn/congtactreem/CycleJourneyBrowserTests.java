package vn.congtactreem;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.congtactreem.inbox.WorkItems;
import vn.congtactreem.org.OrgService;
import vn.congtactreem.org.UserService;
import vn.congtactreem.plan.Deadlines;
import vn.congtactreem.plan.PlanService;
import vn.congtactreem.plan.PlanStatus;
import vn.congtactreem.reporting.ConsolidatedReport;
import vn.congtactreem.reporting.ConsolidatedReportStatus;
import vn.congtactreem.reporting.ConsolidationService;
import vn.congtactreem.reporting.ReportingService;
import vn.congtactreem.reporting.UnitReport;
import vn.congtactreem.reporting.UnitReportStatus;
import vn.congtactreem.support.BrowserTest;
import vn.congtactreem.support.CycleCleanUp;
import vn.congtactreem.support.CycleFixture;
import vn.congtactreem.support.ProcessJobs;
import vn.congtactreem.support.TestOrgs;

/**
 * The 6-month report of a commune of the test's own (Xã Lam Sơn, {@link TestOrgs}) from the plan to the leader's approval, in Chromium, each person in
 * their own browser: the officer registers the district's plan, drafts the commune's and the leader
 * approves it (it is issued); the health station acknowledges its part early; the police report on
 * time, the officer returns their report with a comment, they fix it and it is accepted; the last day
 * passes (reminders, the health station's escalation, the cut-off that starts the consolidation);
 * the health station reports late and is accepted; the officer writes the consolidated report and
 * the leader approves it, which sends it upward. Every screen is saved as
 * target/screenshots/journey-NN-*.png, in order.
 *
 * <p>The engine clock moves the days on (the job executor is off in tests: {@link ProcessJobs} runs
 * the due timers and async steps when the test says time has passed).
 */
class CycleJourneyBrowserTests extends BrowserTest {

    private static final int YEAR = 2035;
    private static final String PLAN_TITLE = "Kế hoạch công tác trẻ em xã Lam Sơn năm " + YEAR;
    private static final String PERIOD = "6 tháng " + YEAR;
    private static final String LAST_DAY = "18/05/" + YEAR;

    private static final String ACKNOWLEDGE_TASK = "Xác nhận nhiệm vụ được giao";
    private static final String SUBMIT_TASK = "Nhập và nộp báo cáo";
    private static final String REVIEW_TASK = "Xem xét báo cáo của đơn vị";
    private static final String WRITE_CONSOLIDATED_TASK = "Viết báo cáo tổng hợp";
    private static final String APPROVE_CONSOLIDATED_TASK = "Lãnh đạo duyệt báo cáo";

    private static final String RETURN_COMMENT = "Bổ sung số buổi tuyên truyền và số trẻ em được hỗ trợ.";
    private static final String POLICE_RESULTS = "Tổ chức 4 buổi tuyên truyền phòng, chống xâm hại trẻ em tại các thôn.";
    private static final String POLICE_RESULTS_FIXED = "Tổ chức 6 buổi tuyên truyền phòng, chống xâm hại trẻ em"
            + " tại 6 thôn, 420 lượt người nghe; hỗ trợ 2 trẻ em có nguy cơ bị xâm hại.";
    private static final String HEALTH_RESULTS = "98% trẻ em dưới 1 tuổi được tiêm chủng đầy đủ; khám sàng lọc"
            + " cho 420 trẻ em dưới 6 tuổi.";
    private static final String CONSOLIDATED_SUMMARY = "Báo cáo kết quả công tác trẻ em 6 tháng đầu năm " + YEAR
            + " của xã Lam Sơn.\n- Công an xã: 6 buổi tuyên truyền phòng, chống xâm hại trẻ em, 420 lượt người"
            + " nghe; hỗ trợ 2 trẻ em có nguy cơ.\n- Trạm Y tế: 98% trẻ dưới 1 tuổi tiêm chủng đầy đủ; 420 trẻ"
            + " được khám sàng lọc (báo cáo nộp muộn).";

    @Autowired
    PlanService plans;
    @Autowired
    ReportingService reporting;
    @Autowired
    ConsolidationService consolidation;
    @Autowired
    UserService users;
    @Autowired
    OrgService orgs;
    @Autowired
    WorkItems work;
    @Autowired
    ManagementService management;
    @Autowired
    RuntimeService runtime;

    private CycleFixture fixture;
    /** The commune, its police and health station (names end with the fixture's suffix) and its people. */
    private TestOrgs.Commune place;
    private String commune;
    private String police;
    private String health;
    private String officer;
    private String leader;
    private String policeReporter;
    private String healthReporter;
    private Long planId;
    private int screen;

    @AfterEach
    void endWhatIsLeftAndRealTimeAgain() {
        if (planId != null) {
            CycleCleanUp.endProcessesOf(runtime, planId);
        }
        ProcessJobs.resetClock();
    }

    @Test
    void fromThePlanToTheLeadersApprovalOfTheConsolidatedReport() {
        Instant started = Instant.now();
        fixture = new CycleFixture(plans, reporting, users, orgs, management);
        place = new TestOrgs(orgs, users).commune("lamson", "Lam Sơn");
        commune = place.commune().name();
        police = place.policeName();
        health = place.healthName();
        officer = place.commune().officer();
        leader = place.commune().leader();
        policeReporter = place.policeReporter();
        healthReporter = place.healthReporter();

        planId = thePlanIsDraftedApprovedAndIssued();
        long periodId = thePeriodOpens();
        long policeReport = reporting.reportOf(periodId, place.police()).orElseThrow().id();
        long healthReport = reporting.reportOf(periodId, place.health()).orElseThrow().id();

        theHealthStationAcknowledgesItsPartEarly(healthReport);
        thePoliceReportOnTime(policeReport);
        theOfficerReturnsThePoliceReportWithAComment(policeReport);
        thePoliceSeeTheCommentFixAndResubmit(policeReport);
        theOfficerAcceptsThePoliceReport();
        theLastDayPasses();
        theHealthStationReportsLate(healthReport);
        long consolidatedId = theOfficerAcceptsTheLateReportAndWritesTheConsolidatedReport(healthReport);
        theLeaderApprovesAndTheReportGoesUpward(consolidatedId);

        theServicesAgree(periodId, policeReport, healthReport, consolidatedId);
        System.out.printf("Cycle journey in Chromium (%d screens): %d s%n", screen,
                Duration.between(started, Instant.now()).toSeconds());
    }

    // ------------------------------------------------------------------ the plan, in the browser

    /**
     * 01/03: the officer starts the year's plan, registers the district's plan with its file and the
     * deadline it sets, drafts the plan (purpose, a content item, the police and the health station
     * with their duties, the signer) and sends it; the leader reads it as it will be issued and
     * approves it; it is numbered and issued.
     */
    private long thePlanIsDraftedApprovedAndIssued() {
        at(3, 1, 9);
        signInAs(officer);
        menuItem("menu.plans").click();
        assertThat(page.locator("h2")).hasText("Kế hoạch");
        shot("canbo-plans-list");
        button("Lập kế hoạch mới").click();
        field("Tên kế hoạch").fill(PLAN_TITLE);
        assertThat(field("Từ năm")).hasValue(String.valueOf(YEAR));
        shot("canbo-start-plan");
        button("Bắt đầu").click();
        assertThat(page).hasURL(Pattern.compile(".*/plans/\\d+/upper-plan$"));
        long id = Long.parseLong(page.url().replaceAll(".*/plans/(\\d+)/upper-plan$", "$1"));

        field("Số, ký hiệu").fill("50/KH-UBND");
        field("Ngày ban hành").fill("20/02/" + YEAR);
        field("Ngày ban hành").press("Enter");
        field("Cơ quan ban hành").fill("UBND huyện Lam Sơn");
        field("Trích yếu").fill("Kế hoạch thực hiện công tác trẻ em năm " + YEAR);
        page.locator("vaadin-upload input[type=file]").setInputFiles(new com.microsoft.playwright.options.FilePayload(
                "KH-50-UBND-TanYen.pdf", "application/pdf", "%PDF-1.4 Ke hoach 50/KH-UBND".getBytes()));
        assertThat(page.getByText("Đã đính kèm: KH-50-UBND-TanYen.pdf")).isVisible();
        // this journey follows the 6-month period only: the annual one goes
        assertThat(button("Xóa kỳ này")).hasCount(2);
        button("Xóa kỳ này").last().click();
        assertThat(button("Xóa kỳ này")).hasCount(1);
        field("Hạn gửi cấp trên").fill("24/05/" + YEAR);
        field("Hạn gửi cấp trên").press("Enter");
        shot("canbo-register-upper-plan");
        button("Đăng ký và bắt đầu soạn kế hoạch").click();
        assertThat(page).hasURL(Pattern.compile(".*/plans/" + id + "/draft$"));

        field("Mục đích").fill("Bảo đảm thực hiện quyền của trẻ em; phòng, chống xâm hại trẻ em.");
        field("Yêu cầu").fill("Triển khai kịp thời, đúng quy định, hiệu quả.");
        button("Thêm nội dung hoạt động").click();
        field("Tên nội dung").fill("Tuyên truyền phòng, chống xâm hại trẻ em");
        page.getByText("Quý II", new com.microsoft.playwright.Page.GetByTextOptions().setExact(true)).click();
        chooseUnit(field("Đơn vị chủ trì"), police);
        button("Thêm đơn vị").click();
        chooseUnit(exactField("Đơn vị").first(), police);
        exactField("Nhiệm vụ").first().fill("Phòng, chống xâm hại trẻ em");
        button("Thêm đơn vị").click();
        chooseUnit(exactField("Đơn vị").nth(1), health);
        exactField("Nhiệm vụ").nth(1).fill("Chủ trì các chỉ tiêu 3, 4, 5, 6");
        exactField("Người ký").fill("Lục Xuân Đức");
        field("Chức vụ người ký").fill("PHÓ CHỦ TỊCH");
        field("Chức vụ người ký").blur();
        assertThat(page.locator(".autosave-status")).containsText("Đã tự động lưu lúc");
        shot("canbo-draft-plan");
        button("Gửi lãnh đạo duyệt").click();
        assertThat(page).hasURL(Pattern.compile(".*/plans/" + id + "$"));
        assertThat(page.locator(".report-line").filter(hasText("Trạng thái"))).containsText("Chờ lãnh đạo duyệt");
        shot("canbo-plan-sent-to-leader");

        at(3, 2, 14);
        signInAs(leader);
        Locator review = inbox().locator("vaadin-grid-cell-content").filter(hasExactly("Lãnh đạo xem xét dự thảo"));
        assertThat(review).hasCount(1);
        assertThat(inbox()).containsText(PLAN_TITLE);
        shot("lanhdao-inbox-plan");
        review.click();
        assertThat(page).hasURL(Pattern.compile(".*/plans/" + id + "/review$"));
        Locator document = page.locator(".plan-document");
        assertThat(document).containsText("ỦY BAN NHÂN DÂN");
        assertThat(document).containsText("Thực hiện Kế hoạch số 50/KH-UBND ngày 20/02/" + YEAR);
        assertThat(document).containsText("Tuyên truyền phòng, chống xâm hại trẻ em");
        assertThat(document).containsText("Thời gian: Quý II/" + YEAR);
        assertThat(document).containsText(health);
        assertThat(document).containsText("KT. CHỦ TỊCH");
        shot("lanhdao-review-plan");
        button("Duyệt và ban hành").click();
        assertThat(page).hasURL(Pattern.compile(".*/plans/" + id + "$"));
        ProcessJobs.runDue(management); // numbered, issued, units assigned
        assertThat(plans.load(id).status()).isEqualTo(PlanStatus.ISSUED);
        page.reload();
        assertThat(page.locator(".report-line").filter(hasText("Trạng thái"))).containsText("Đã ban hành");
        assertThat(page.locator(".plan-document .doc-number")).containsText("/KH-UBND");
        shot("lanhdao-plan-issued");
        assertThat(plans.load(id).upper().fileId()).isNotNull();
        return id;
    }

    /**
     * Picks a unit in a combo box by typing its name and choosing it in the list, where each unit shows under the
     * area it belongs to ("Xã Lam Sơn › Công an xã Lam Sơn", OrgPickerOrder).
     */
    private void chooseUnit(Locator comboBox, String unit) {
        comboBox.fill(unit);
        // escaped by hand: Playwright hands the pattern to JavaScript, which knows no \Q…\E
        Pattern underItsArea = Pattern.compile("(^|› )" + unit.replaceAll("[\\\\^$.|?*+()\\[\\]{}]", "\\\\$0")
                + "\\s*$");
        page.locator("vaadin-combo-box-item:visible")
                .filter(new Locator.FilterOptions().setHasText(underItsArea)).first().click();
        assertThat(comboBox).hasValue(underItsArea);
    }

    // ------------------------------------------------------------------ the units report

    /** 02/05: the period opened on 01/05; both units have their part to acknowledge. */
    private long thePeriodOpens() {
        at(5, 2, 9);
        ProcessJobs.runDue(management);
        return plans.load(planId).periods().get(0).id();
    }

    private void theHealthStationAcknowledgesItsPartEarly(long healthReport) {
        at(5, 3, 8);
        signInAs(healthReporter);
        assertInboxRow(ACKNOWLEDGE_TASK, health);
        shot("yte-inbox-acknowledge");

        openTask(ACKNOWLEDGE_TASK, "reports/" + healthReport);
        assertThat(page.locator("h2")).hasText("Báo cáo của " + health);
        assertThat(statusLine()).containsText("Chưa lập");
        assertThat(page.locator(".report-line").filter(hasText("Nhiệm vụ được giao")))
                .containsText("Chủ trì các chỉ tiêu 3, 4, 5, 6");
        shot("yte-acknowledge-form");

        button("Xác nhận nhiệm vụ").click();
        assertNotification("Đã xác nhận nhiệm vụ.");
        assertThat(field("Kết quả đạt được")).isEditable();
        shot("yte-report-form-open");
        ProcessJobs.runDue(management); // its reminders are scheduled
    }

    private void thePoliceReportOnTime(long policeReport) {
        at(5, 6, 10);
        signInAs(policeReporter);
        assertInboxRow(ACKNOWLEDGE_TASK, police);
        shot("congan-inbox");

        openTask(ACKNOWLEDGE_TASK, "reports/" + policeReport);
        assertThat(page.locator("h2")).hasText("Báo cáo của " + police);
        assertThat(page.locator(".report-line").filter(hasText("Hạn cuối"))).containsText(LAST_DAY);
        shot("congan-acknowledge-form");

        button("Xác nhận nhiệm vụ").click();
        assertNotification("Đã xác nhận nhiệm vụ.");
        field("Kết quả đạt được").fill(POLICE_RESULTS);
        field("Khó khăn, vướng mắc").fill("Địa bàn rộng, lực lượng mỏng.");
        field("Đề xuất, kiến nghị").fill("Đề nghị hỗ trợ tài liệu tuyên truyền.");
        shot("congan-report-form");

        button("Gửi báo cáo").click();
        assertNotification("Đã gửi báo cáo.");
        assertThat(statusLine()).containsText("Đã gửi, chờ xem xét");
        assertThat(statusLine().locator(".late-badge")).hasCount(0);
        assertThat(field("Kết quả đạt được")).not().isEditable();
        shot("congan-report-submitted");
        ProcessJobs.runDue(management);
    }

    private void theOfficerReturnsThePoliceReportWithAComment(long policeReport) {
        at(5, 7, 9);
        signInAs(officer);
        assertInboxRow(REVIEW_TASK, police);
        shot("canbo-inbox-police-report");

        openTask(REVIEW_TASK, "reports/" + policeReport);
        assertThat(field("Kết quả đạt được")).hasValue(POLICE_RESULTS);
        assertThat(field("Kết quả đạt được")).not().isEditable();
        field("Lý do trả lại").fill(RETURN_COMMENT);
        assertThat(button("Chấp nhận")).isInViewport();
        shot("canbo-returns-police-report");

        button("Trả lại").click();
        assertNotification("Đã trả lại báo cáo cho đơn vị.");
        assertThat(statusLine()).containsText("Bị trả lại");
        assertThat(page.locator(".returned-comment")).containsText(RETURN_COMMENT);
        assertThat(button("Chấp nhận")).hasCount(0);
        shot("canbo-police-report-returned");
        ProcessJobs.runDue(management); // the return notice
    }

    private void thePoliceSeeTheCommentFixAndResubmit(long policeReport) {
        at(5, 8, 9);
        signInAs(policeReporter);
        assertInboxRow(SUBMIT_TASK, police);
        shot("congan-inbox-returned");

        openTask(SUBMIT_TASK, "reports/" + policeReport);
        assertThat(statusLine()).containsText("Bị trả lại");
        assertThat(page.locator(".returned-comment")).containsText("Cán bộ phụ trách đã trả lại báo cáo");
        assertThat(page.locator(".returned-comment")).containsText(RETURN_COMMENT);
        assertThat(field("Kết quả đạt được")).hasValue(POLICE_RESULTS);
        field("Kết quả đạt được").fill(POLICE_RESULTS_FIXED);
        button("Gửi báo cáo").scrollIntoViewIfNeeded();
        shot("congan-sees-comment-and-fixes");

        button("Gửi báo cáo").click();
        assertNotification("Đã gửi báo cáo.");
        assertThat(statusLine()).containsText("Đã gửi, chờ xem xét");
        assertThat(page.locator(".returned-comment")).hasCount(0);
        shot("congan-report-resubmitted");
        ProcessJobs.runDue(management);
    }

    private void theOfficerAcceptsThePoliceReport() {
        at(5, 9, 9);
        signInAs(officer);
        assertInboxRow(REVIEW_TASK, police);
        openTask(REVIEW_TASK, "reports/\\d+");
        assertThat(field("Kết quả đạt được")).hasValue(POLICE_RESULTS_FIXED);
        shot("canbo-reviews-fixed-police-report");

        button("Chấp nhận").click();
        assertNotification("Đã chấp nhận báo cáo.");
        assertThat(statusLine()).containsText("Đã chấp nhận");
        assertThat(button("Trả lại")).hasCount(0);
        shot("canbo-police-report-accepted");
        ProcessJobs.runDue(management);
    }

    /**
     * 19/05 09:00, the day after the last day: the reminders that were due went out, the health
     * station's report is escalated as overdue, and the cut-off starts the consolidation.
     */
    private void theLastDayPasses() {
        at(5, 19, 9);
        ProcessJobs.runDue(management);
    }

    private void theHealthStationReportsLate(long healthReport) {
        at(5, 19, 10);
        signInAs(healthReporter);
        assertInboxRow(SUBMIT_TASK, health);
        assertThat(inbox()).containsText(LAST_DAY);
        assertThat(inbox().locator(".inbox-badge.overdue")).hasText("Quá hạn");
        shot("yte-inbox-overdue");

        openTask(SUBMIT_TASK, "reports/" + healthReport);
        field("Kết quả đạt được").fill(HEALTH_RESULTS);
        field("Khó khăn, vướng mắc").fill("Thiếu cán bộ chuyên trách dinh dưỡng.");
        shot("yte-report-form");

        button("Gửi báo cáo").click();
        assertNotification("Đã gửi báo cáo.");
        assertThat(statusLine()).containsText("Đã gửi, chờ xem xét");
        assertThat(statusLine().locator(".late-badge")).hasText("Nộp muộn");
        shot("yte-report-submitted-late");
        ProcessJobs.runDue(management);
    }

    // ------------------------------------------------------------------ consolidation

    private long theOfficerAcceptsTheLateReportAndWritesTheConsolidatedReport(long healthReport) {
        at(5, 19, 14);
        signInAs(officer);
        assertInboxRow(REVIEW_TASK, health);
        assertInboxRow(WRITE_CONSOLIDATED_TASK, commune);
        shot("canbo-inbox-late-report-and-consolidation");

        openTask(REVIEW_TASK, "reports/" + healthReport);
        assertThat(statusLine().locator(".late-badge")).hasText("Nộp muộn");
        assertThat(field("Kết quả đạt được")).hasValue(HEALTH_RESULTS);
        shot("canbo-reviews-late-health-report");
        button("Chấp nhận").click();
        assertNotification("Đã chấp nhận báo cáo.");
        assertThat(statusLine()).containsText("Đã chấp nhận");
        assertThat(statusLine().locator(".late-badge")).hasText("Nộp muộn");
        shot("canbo-health-report-accepted");
        ProcessJobs.runDue(management);

        menuItem("menu.home").click();
        assertThat(inbox().locator("vaadin-grid-cell-content").filter(hasExactly(REVIEW_TASK))).hasCount(0);
        openTask(WRITE_CONSOLIDATED_TASK, "consolidated-reports/\\d+");
        long consolidatedId = Long.parseLong(page.url().replaceAll(".*/consolidated-reports/(\\d+).*", "$1"));
        assertThat(page.locator("h2")).hasText("Báo cáo tổng hợp của " + commune);
        assertThat(statusLine()).containsText("Đang soạn");
        // the draft the system aggregated at the cut-off: the police's accepted report
        assertThat(field("Nội dung báo cáo tổng hợp")).hasValue("- " + police + ": " + POLICE_RESULTS_FIXED);
        // and the unit that had no accepted report then, accepted since
        assertThat(page.locator(".missing-units li")).hasText(Pattern.compile("^" + health + ".*"));
        assertThat(page.locator(".missing-units li .accepted-since"))
                .hasText("— đã nộp và được chấp nhận sau khi tổng hợp, chưa có trong dự thảo tự động");
        shot("canbo-consolidated-report-draft");
        // one snapshot per report: the health station's report comes in only when the officer says so
        assertThat(page.locator(".stale-figures")).containsText("1 báo cáo mới được chấp nhận — cập nhật số liệu?");
        button("Cập nhật số liệu").click();
        assertNotification("Đã cập nhật số liệu từ các báo cáo đã chấp nhận.");
        assertThat(page.locator(".stale-figures")).hasCount(0);
        assertThat(page.locator(".missing-units")).hasCount(0);
        assertThat(field("Nội dung báo cáo tổng hợp")).hasValue(Pattern.compile(health));

        field("Nội dung báo cáo tổng hợp").fill(CONSOLIDATED_SUMMARY);
        shot("canbo-consolidated-report-written");
        button("Gửi lãnh đạo duyệt").click();
        assertNotification("Đã gửi lãnh đạo duyệt.");
        assertThat(statusLine()).containsText("Chờ lãnh đạo duyệt");
        assertThat(field("Nội dung báo cáo tổng hợp")).not().isEditable();
        assertThat(button("Duyệt và gửi cấp trên")).hasCount(0); // the leader's step, not the officer's
        shot("canbo-consolidated-report-sent-to-leader");
        return consolidatedId;
    }

    private void theLeaderApprovesAndTheReportGoesUpward(long consolidatedId) {
        at(5, 20, 9);
        signInAs(leader);
        assertInboxRow(APPROVE_CONSOLIDATED_TASK, commune);
        shot("lanhdao-inbox");

        openTask(APPROVE_CONSOLIDATED_TASK, "consolidated-reports/" + consolidatedId);
        assertThat(field("Nội dung báo cáo tổng hợp")).hasValue(CONSOLIDATED_SUMMARY);
        assertThat(field("Nội dung báo cáo tổng hợp")).not().isEditable();
        shot("lanhdao-consolidated-report");

        button("Duyệt và gửi cấp trên").click();
        assertNotification("Đã duyệt; báo cáo được gửi lên cấp trên.");
        assertThat(statusLine()).containsText("Đã duyệt");
        assertThat(button("Trả lại")).hasCount(0);
        ProcessJobs.runDue(management); // sending upward runs in its own transaction

        page.reload();
        assertThat(statusLine()).containsText("Đã gửi cấp trên");
        shot("lanhdao-consolidated-report-submitted-upward");

        menuItem("menu.home").click();
        assertThat(page.locator("#inbox")).containsText("Hiện chưa có việc nào cần làm.");
        shot("lanhdao-inbox-empty");
    }

    private void theServicesAgree(long periodId, long policeReport, long healthReport, long consolidatedId) {
        UnitReport police = reporting.load(policeReport);
        UnitReport health = reporting.load(healthReport);
        assertThat(police.status()).isEqualTo(UnitReportStatus.ACCEPTED);
        assertThat(police.late()).isFalse();
        assertThat(police.results()).isEqualTo(POLICE_RESULTS_FIXED);
        assertThat(health.status()).isEqualTo(UnitReportStatus.ACCEPTED);
        assertThat(health.late()).isTrue();
        ConsolidatedReport report = consolidation.load(consolidatedId);
        assertThat(report.periodId()).isEqualTo(periodId);
        assertThat(report.status()).isEqualTo(ConsolidatedReportStatus.SUBMITTED);
        assertThat(report.late()).isFalse();
        assertThat(report.summary()).isEqualTo(CONSOLIDATED_SUMMARY);
        assertThat(report.approvedBy()).isEqualTo(leader);
        assertThat(plans.load(planId).status()).isEqualTo(PlanStatus.CLOSED);
        List<String> timeline = plans.timeline(fixture.user(officer), planId).stream()
                .map(e -> e.action().name()).toList();
        assertThat(timeline).containsSubsequence("PERIOD_OPENED", "REPORT_SUBMITTED", "REPORT_RETURNED",
                "REPORT_SUBMITTED", "REPORT_ACCEPTED", "CONSOLIDATION_AGGREGATED", "REPORT_SUBMITTED_LATE",
                "REPORT_ACCEPTED", "CONSOLIDATION_SUBMITTED_FOR_APPROVAL", "CONSOLIDATION_APPROVED",
                "CONSOLIDATION_SUBMITTED", "CYCLE_CLOSED");
        // the health station's escalation, at the same moment as the cut-off
        assertThat(timeline).containsOnlyOnce("REPORT_OVERDUE").contains("REMINDER_SENT");
        // nothing is left in anybody's inbox
        for (String user : List.of(officer, leader, policeReporter, healthReporter)) {
            assertThat(work.count(fixture.user(user))).as("%s's tasks", user).isZero();
        }
    }

    // ------------------------------------------------------------------ helpers

    /** Moves the engine clock (and so the application's "now") to that day and hour of {@link #YEAR}, Vietnam time. */
    private static void at(int month, int day, int hour) {
        ProcessJobs.setClock(LocalDateTime.of(YEAR, month, day, hour, 0).atZone(Deadlines.VIETNAM).toInstant());
    }

    /**
     * target/screenshots/journey-NN-NAME.png, numbered in the order of the journey; taken once no
     * notification is still sliding in.
     */
    private void shot(String name) {
        assertThat(page.locator("vaadin-notification-card[opening]")).hasCount(0);
        screenshot(String.format("journey-%02d-%s", ++screen, name));
    }

    private Locator inbox() {
        return page.locator("#inbox vaadin-grid.inbox-grid");
    }

    /** A task of this plan is listed for that unit (or organisation) in the current user's inbox. */
    private void assertInboxRow(String taskName, String organisation) {
        assertThat(page.locator("#inbox h3")).hasText("Việc cần làm");
        assertThat(inbox().locator("vaadin-grid-cell-content").filter(hasExactly(taskName))).hasCount(1);
        assertThat(inbox()).containsText(PLAN_TITLE);
        assertThat(inbox()).containsText(organisation);
        assertThat(inbox()).containsText(PERIOD);
    }

    /** Clicks the inbox row of the task (its name is unique in the inbox) and waits for its form. */
    private void openTask(String taskName, String routePattern) {
        inbox().locator("vaadin-grid-cell-content").filter(hasExactly(taskName)).click();
        assertThat(page).hasURL(Pattern.compile(".*/" + routePattern + "$"));
    }

    private Locator statusLine() {
        return page.locator(".report-line").filter(hasText("Trạng thái"));
    }

    private Locator field(String label) {
        return page.getByLabel(label);
    }

    private Locator exactField(String label) {
        return page.getByLabel(label, new com.microsoft.playwright.Page.GetByLabelOptions().setExact(true));
    }

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions().setName(name)
                .setExact(true));
    }

    private void assertNotification(String text) {
        assertThat(page.locator("vaadin-notification-card").filter(hasText(text)).first()).isVisible();
    }

    private static Locator.FilterOptions hasText(String text) {
        return new Locator.FilterOptions().setHasText(text);
    }

    /** The whole text, not a part of it (the pattern runs in the browser: JavaScript has no \\Q...\\E quoting). */
    private static Locator.FilterOptions hasExactly(String text) {
        return new Locator.FilterOptions().setHasText(Pattern.compile("^\\s*"
                + text.replaceAll("[\\\\^$.|?*+()\\[\\]{}]", "\\\\$0") + "\\s*$"));
    }
}
