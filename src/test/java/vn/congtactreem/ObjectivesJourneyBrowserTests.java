package vn.congtactreem;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.congtactreem.appendix.CellInput;
import vn.congtactreem.appendix.FormRow;
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
import vn.congtactreem.reporting.ConsolidationService;
import vn.congtactreem.reporting.FormSheet;
import vn.congtactreem.reporting.ReportForms;
import vn.congtactreem.reporting.ReportingService;
import vn.congtactreem.reporting.UnitReportForm;
import vn.congtactreem.reporting.UnitReportStatus;
import vn.congtactreem.support.BrowserTest;
import vn.congtactreem.support.CycleCleanUp;
import vn.congtactreem.support.ProcessJobs;
import vn.congtactreem.support.TestIndicators;
import vn.congtactreem.support.TestOrgs;

/**
 * Issue 14 in Chromium: a commune officer writes an objective and, under it, a target "giảm từ 2 % xuống 1,5 %",
 * and attaches an appendix form (three fixed rows, a totalled number column, a yes/no column) on the plan's draft;
 * the plan's document page then reads "Mục tiêu 1" and "Chỉ tiêu 1", the issued plan "Phụ lục 1". The police fill
 * the form in their report (a wrong box first: said next to it, nothing lost), the health station too, and the
 * officer sees the cells added up in the consolidated report. Screens go to target/screenshots/objectives-NN-*.png
 * and appendix-NN-*.png (and docs/screens/).
 */
class ObjectivesJourneyBrowserTests extends BrowserTest {

    private static final int YEAR = 2451;
    private static final String FORM_TITLE = "Trẻ em có hoàn cảnh đặc biệt được hỗ trợ";
    private static final List<String> ROWS = List.of("Trẻ em mồ côi", "Trẻ em khuyết tật", "Trẻ em bị xâm hại");

    @Autowired OrgService orgs;
    @Autowired UserService users;
    @Autowired PlanService plans;
    @Autowired RuntimeService runtime;
    @Autowired JdbcTemplate jdbc;
    @Autowired ReportingService reporting;
    @Autowired ReportForms reportForms;
    @Autowired ConsolidationService consolidation;
    @Autowired ManagementService management;

    private final List<Long> started = new ArrayList<>();
    private int screen;
    private int appendixScreen;

    @AfterEach
    void endTheCycle() {
        started.forEach(planId -> CycleCleanUp.endProcessesOf(runtime, planId));
        ProcessJobs.resetClock();
    }

    @Test
    void anOfficerWritesAnObjectiveABandTargetAndAnAppendixFormThatTheUnitsFillAndTheCommuneAddsUp() {
        TestOrgs test = new TestOrgs(orgs, users);
        TestOrgs.Commune place = test.commune("muctieutrinhduyet", "Mục Tiêu");
        TestIndicators indicators = new TestIndicators(jdbc);
        indicators.careRate();
        String careCode = indicators.code("CS");
        UserAccount officer = users.findByUsername(place.commune().officer()).orElseThrow();
        ProcessJobs.setClock(LocalDateTime.of(YEAR, 3, 1, 9, 0).atZone(Deadlines.VIETNAM).toInstant());
        long planId = plans.startCycle(officer, place.commune().id(), "Thực hiện công tác trẻ em năm " + YEAR,
                YEAR, YEAR).id();
        started.add(planId);
        plans.registerUpperPlan(officer, planId, new UpperPlanForm("9/KH-UBND", LocalDate.of(YEAR, 2, 1),
                "UBND huyện Tân Yên", "Kế hoạch năm " + YEAR, null, List.of(new PeriodForm(YEAR,
                PeriodKind.SIX_MONTHS, LocalDate.of(YEAR - 1, 12, 15), LocalDate.of(YEAR, 6, 14),
                LocalDate.of(YEAR, 5, 1), LocalDate.of(YEAR, 5, 18), LocalDate.of(YEAR, 5, 24), "7,1"))));
        // what the journey does not look at: purpose, signer, the two units and a content item
        plans.saveDraft(officer, planId, new PlanDraft("Thực hiện công tác trẻ em năm " + YEAR, "Bảo vệ trẻ em.",
                null, null, null, null, null, "Lục Xuân Đức", "PHÓ CHỦ TỊCH", null,
                List.of(new AssignmentForm(place.police(), "Phòng, chống xâm hại trẻ em"),
                        new AssignmentForm(place.health(), "Chăm sóc sức khỏe trẻ em")),
                List.of(new ActivityForm("Tuyên truyền phòng, chống xâm hại trẻ em", "Tọa đàm tại các thôn.",
                        List.of(2, 3), null, null, place.police(), List.of())), List.of(), List.of()));

        signInAs(officer.username());
        page.navigate("/plans/" + planId + "/draft");
        draftAnObjectiveAndABandTarget(careCode);
        assertThat(plans.load(planId).targets()).singleElement().satisfies(t -> {
            assertThat(t.objective()).isEqualTo(1);
            assertThat(t.requirement()).isEqualTo("giảm từ 2 % xuống 1,5 %");
        });
        shot("draft-objective-and-band-target");
        draftAnAppendixForm();
        button("Gửi lãnh đạo duyệt").click();
        page.waitForURL(url -> url.endsWith("/plans/" + planId));

        // the plan's document page: the objective and the target under it, each numbered
        assertThat(page.getByText("Mục tiêu 1: Giảm tỷ lệ trẻ em bị tai nạn, thương tích").first()).isVisible();
        assertThat(page.getByText("Chỉ tiêu 1").first()).isVisible();
        Locator target = page.getByText("giảm từ 2 % xuống 1,5 %").first();
        assertThat(target).isVisible();
        assertThat(target).containsText("Chỉ tiêu 1");
        target.scrollIntoViewIfNeeded();
        shot("plan-document-objective-and-target");

        // the leader issues it: the issued plan prints the form after the signature
        signInAs(place.commune().leader());
        page.navigate("/plans/" + planId + "/review");
        assertThat(page.getByText("Phụ lục 1: " + FORM_TITLE).first()).isVisible();
        button("Duyệt và ban hành").click();
        page.waitForURL(url -> url.endsWith("/plans/" + planId));
        ProcessJobs.runDue(management);
        page.reload();
        assertThat(page.getByText("Đã ban hành ·").first()).isVisible();
        Locator appendix = page.getByText("Phụ lục 1: " + FORM_TITLE).first();
        assertThat(appendix).isVisible();
        appendix.scrollIntoViewIfNeeded();
        appendixShot("plan-document-phu-luc-1");

        // the period opens on 02/05: each unit's report carries the form
        ProcessJobs.setClock(LocalDateTime.of(YEAR, 5, 2, 9, 0).atZone(Deadlines.VIETNAM).toInstant());
        ProcessJobs.runDue(management);
        long periodId = plans.load(planId).periods().get(0).id();
        long policeReport = reporting.reportOf(periodId, place.police()).orElseThrow().id();
        long healthReport = reporting.reportOf(periodId, place.health()).orElseThrow().id();
        theHealthStationReports(place.healthReporter(), healthReport);
        thePoliceFillTheirCells(place.policeReporter(), policeReport);

        // the officer accepts both; the consolidated report adds the cells up
        reporting.accept(officer, policeReport);
        reporting.accept(officer, healthReport);
        ProcessJobs.runDue(management);
        long consolidatedId = consolidation.ofPeriod(periodId, place.commune().id()).orElseThrow().id();
        signInAs(officer.username());
        page.navigate("/consolidated-reports/" + consolidatedId);
        Locator totals = page.locator(".appendix-totals vaadin-grid");
        assertThat(totals).containsText("Trẻ em mồ côi");
        assertThat(totals.locator("vaadin-grid-cell-content").getByText("15,5", new Locator.GetByTextOptions()
                .setExact(true))).isVisible();
        assertThat(totals.locator("vaadin-grid-cell-content").getByText("2/2 Có", new Locator.GetByTextOptions()
                .setExact(true)).first()).isVisible();
        assertThat(totals.locator("vaadin-grid-cell-content").getByText("12", new Locator.GetByTextOptions()
                .setExact(true))).isVisible();
        page.locator(".appendix-totals").scrollIntoViewIfNeeded();
        appendixShot("consolidated-grid");
    }

    /** "Mục tiêu 1" and, under it, the care rate from 2 % down to 1.5 %; saved with "Lưu nháp". */
    private void draftAnObjectiveAndABandTarget(String careCode) {
        button("Thêm mục tiêu").click();
        Locator objectiveTitle = page.getByLabel("Tên Mục tiêu 1");
        objectiveTitle.fill("Giảm tỷ lệ trẻ em bị tai nạn, thương tích");
        objectiveTitle.press("Tab");
        button("Thêm chỉ tiêu").click();
        Locator indicator = page.locator("vaadin-combo-box").filter(new Locator.FilterOptions()
                .setHas(page.getByText("Chỉ tiêu (danh mục)")));
        indicator.locator("input").fill(careCode);
        page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText(careCode)).first()
                .click();
        page.locator("vaadin-select").filter(new Locator.FilterOptions().setHas(page.getByText("Dạng chỉ tiêu")))
                .click();
        page.locator("vaadin-select-item").filter(new Locator.FilterOptions()
                .setHasText("Từ mức … xuống/lên mức …")).click();
        Locator from = page.getByLabel("Từ mức", new Page.GetByLabelOptions().setExact(true));
        from.fill("2");
        from.press("Tab");
        Locator to = page.getByLabel("Xuống/lên mức", new Page.GetByLabelOptions().setExact(true));
        to.fill("1,5");
        to.press("Tab");
        assertThat(page.getByText("Chỉ tiêu 1 · Mục tiêu 1").first()).isVisible();
        button("Lưu nháp").click();
        // saved whole: the box's "Nhập giá trị chỉ tiêu." of the moment the second level was still empty is gone
        assertThat(page.locator("vaadin-big-decimal-field[invalid]")).hasCount(0);
    }

    /** "Phụ lục 1": three fixed rows, a number column with its total and a yes/no column; saved as it is typed. */
    private void draftAnAppendixForm() {
        button("Thêm phụ lục").click();
        Locator card = page.locator(".appendix-form-card");
        card.getByLabel("Tên phụ lục").fill(FORM_TITLE);
        card.getByLabel("Tên các dòng").fill(String.join("\n", ROWS));
        card.getByLabel("Tên cột").first().fill("Số trẻ em được hỗ trợ");
        button("Thêm cột").click();
        card.getByLabel("Tên cột").nth(1).fill("Có danh sách theo dõi");
        card.locator("vaadin-select").filter(new Locator.FilterOptions().setHas(page.getByText("Loại"))).nth(1)
                .click();
        page.locator("vaadin-select-overlay[opened] vaadin-select-item").filter(new Locator.FilterOptions()
                .setHasText("Có/Không")).click();
        // a yes/no column is not added up: its "Cộng tổng" box goes
        assertThat(card.locator("vaadin-checkbox").nth(1)).isHidden();
        // no button: the form is saved on every change, the errors of the moments it was unfinished are gone
        assertThat(page.locator(".appendix-form-card [invalid]")).hasCount(0);
        assertThat(page.getByText("Đã tự động lưu").first()).isVisible();
        card.scrollIntoViewIfNeeded();
        assertThat(page.locator("vaadin-notification-card")).hasCount(0);
        appendixShot("draft-form-editor");
    }

    /** The health station's cells through the services: 3,5 / 4 / 0 children, "Có" on the first two rows. */
    private void theHealthStationReports(String reporterName, long reportId) {
        UserAccount health = users.findByUsername(reporterName).orElseThrow();
        reporting.acknowledge(health, reportId);
        FormSheet sheet = reportForms.ofUnitReport(health, reportId).get(0);
        List<String> numbers = List.of("3,5", "4", "0");
        List<CellInput> cells = new ArrayList<>();
        for (int i = 0; i < sheet.rows().size(); i++) {
            FormRow row = sheet.rows().get(i);
            cells.add(new CellInput(sheet.form().id(), row.key(), sheet.form().columns().get(0).key(), numbers.get(i)));
            cells.add(new CellInput(sheet.form().id(), row.key(), sheet.form().columns().get(1).key(),
                    i < 2 ? "Có" : "Không"));
        }
        reportForms.saveCells(health, reportId, cells);
        reporting.submit(health, reportId, new UnitReportForm("Đã khám sàng lọc cho trẻ em", "", ""));
    }

    /** The police in the browser: one wrong box first (said next to it, nothing lost), then 12 / 8 / 0. */
    private void thePoliceFillTheirCells(String reporterName, long reportId) {
        UserAccount police = users.findByUsername(reporterName).orElseThrow();
        reporting.acknowledge(police, reportId);
        signInAs(reporterName);
        page.navigate("/reports/" + reportId);
        page.getByLabel("Kết quả đạt được").fill("Đã rà soát trẻ em có hoàn cảnh đặc biệt tại 6 thôn");
        Locator numbers = page.locator(".appendix-cells vaadin-text-field");
        numbers.nth(0).locator("input").fill("12 em");
        numbers.nth(1).locator("input").fill("8");
        numbers.nth(2).locator("input").fill("0");
        Locator answers = page.locator(".appendix-cells vaadin-select");
        for (int i = 0; i < 3; i++) {
            answers.nth(i).click();
            page.locator("vaadin-select-overlay[opened] vaadin-select-item").filter(new Locator.FilterOptions()
                    .setHasText("Có")).click();
        }
        button("Lưu nháp").click();
        assertThat(numbers.nth(0)).hasAttribute("invalid", "");
        assertThat(numbers.nth(0).locator("[slot=error-message]")).hasText("\"12 em\" không phải là số");
        assertThat(numbers.nth(1).locator("input")).hasValue("8");
        assertThat(page.getByLabel("Kết quả đạt được")).hasValue("Đã rà soát trẻ em có hoàn cảnh đặc biệt tại 6 thôn");
        page.locator(".appendix-cells").scrollIntoViewIfNeeded();
        appendixShot("unit-cells-with-error");

        numbers.nth(0).locator("input").fill("12");
        button("Gửi báo cáo").click();
        assertThat(page.getByText("Đã gửi báo cáo").first()).isVisible();
        assertThat(reporting.get(police, reportId).status()).isEqualTo(UnitReportStatus.SUBMITTED);
    }

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    /** target/screenshots/objectives-NN-NAME.png, also kept as docs/screens/objectives-NN-NAME.png. */
    private void shot(String name) {
        assertThat(keptScreenshot(String.format("objectives-%02d-%s", ++screen, name))).exists();
    }

    /** target/screenshots/appendix-NN-NAME.png, also kept as docs/screens/appendix-NN-NAME.png. */
    private void appendixShot(String name) {
        assertThat(keptScreenshot(String.format("appendix-%02d-%s", ++appendixScreen, name))).exists();
    }
}
