package vn.congtactreem;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.congtactreem.document.AttachmentService;
import vn.congtactreem.indicator.Comparator;
import vn.congtactreem.indicator.IndicatorCatalog;
import vn.congtactreem.indicator.Reading;
import vn.congtactreem.indicator.TargetForm;
import vn.congtactreem.org.OrgService;
import vn.congtactreem.org.Role;
import vn.congtactreem.org.UserAccount;
import vn.congtactreem.org.UserService;
import vn.congtactreem.plan.AdoptedPlanForm;
import vn.congtactreem.plan.AssignmentForm;
import vn.congtactreem.plan.Deadlines;
import vn.congtactreem.plan.PeriodKind;
import vn.congtactreem.plan.Plan;
import vn.congtactreem.plan.ProgrammeAdoption;
import vn.congtactreem.plan.ReportingPeriod;
import vn.congtactreem.reporting.HistoricalFigures;
import vn.congtactreem.security.SystemAuthentication;
import vn.congtactreem.support.BrowserTest;
import vn.congtactreem.support.CycleCleanUp;
import vn.congtactreem.support.ProcessJobs;
import vn.congtactreem.support.TestOrgs;

/**
 * Issue 14 in Chromium: a commune registers in March 2026 the 2021–2030 programme it issued in 2021 (real number,
 * date, signer and its signed PDF), enters the figures it reported for 2021–2025, and reads its plan page: the
 * programme with its number and signed file, the past periods with their figures entered later, and the 2025
 * mid-term review (Sơ kết) judging each target against its 2025 milestone. The signed file downloads for the
 * plan's readers (the officer, the assigned police) and for no one else. Screens: docs/screens/programme-NN-*.png.
 */
class ProgrammeJourneyBrowserTests extends BrowserTest {

    @Autowired OrgService orgs;
    @Autowired UserService users;
    @Autowired ProgrammeAdoption adoption;
    @Autowired HistoricalFigures historical;
    @Autowired AttachmentService attachments;
    @Autowired IndicatorCatalog catalog;
    @Autowired ManagementService management;
    @Autowired RuntimeService runtime;

    private Long planId;
    private int screen;

    @AfterEach
    void endTheCycle() {
        if (planId != null) {
            CycleCleanUp.endProcessesOf(runtime, planId);
        }
        ProcessJobs.resetClock();
    }

    @Test
    void aProgrammeRegisteredInItsSixthYearShowsItsSignedFilePastFiguresAndMidTermReview() throws IOException {
        // names as an officer writes them (no test suffix: only this test uses this province)
        TestOrgs test = new TestOrgs(orgs, users);
        long province = area(null, "Tỉnh Thái Nguyên", "PROVINCE");
        long district = area(province, "Huyện Phú Bình", "DISTRICT");
        long communeId = area(district, "Xã Kha Sơn", "COMMUNE");
        long otherId = area(district, "Xã Lương Phú", "COMMUNE");
        long police = SystemAuthentication.runAsSystem(() -> orgs.createAgency(communeId, "Công an xã Kha Sơn",
                "POLICE").id());
        String officerName = test.user("canbo.khason", "Dương Thị Mai", communeId, Role.OFFICER);
        String policeReporter = test.user("congan.khason", "Hoàng Văn Nam", police, Role.REPORTER);
        String otherOfficer = test.user("canbo.luongphu", "Trần Văn Bình", otherId, Role.OFFICER);
        UserAccount officer = users.findByUsername(officerName).orElseThrow();
        ProcessJobs.setClock(at("2026-03-02T09:00"));

        // the programme as issued in 2021, with its signed file
        byte[] pdf = ("%PDF-1.4\n% Kế hoạch số 15/KH-UBND ngày 15/3/2021\n%%EOF\n").getBytes(StandardCharsets.UTF_8);
        long fileId = attachments.store(officer, "15-KH-UBND-2021-chuong-trinh-tre-em.pdf", pdf,
                Instant.parse("2026-03-02T02:00:00Z")).id();
        long care = catalog.byCode("BV-02").orElseThrow().id();
        long deaths = catalog.byCode("BV-09").orElseThrow().id();
        long birth = catalog.byCode("BV-16").orElseThrow().id();
        Plan plan = adoption.adopt(officer, new AdoptedPlanForm(communeId,
                "Chương trình hành động vì trẻ em xã Kha Sơn giai đoạn 2021–2030", 2021, 2030, "15/KH-UBND",
                LocalDate.of(2021, 3, 15), "Nguyễn Văn Hùng", "CHỦ TỊCH", fileId,
                "Bảo đảm thực hiện quyền trẻ em, bảo vệ, chăm sóc trẻ em giai đoạn 2021–2030.", null,
                List.of(new AssignmentForm(police, "Phòng, chống xâm hại trẻ em; phòng, chống tai nạn, thương tích")),
                List.of(target(care, 2025, Comparator.AT_LEAST, "90", null,
                                "90% trẻ em có hoàn cảnh đặc biệt được trợ giúp, chăm sóc", null),
                        target(care, 2030, Comparator.AT_LEAST, "95", null,
                                "95% trẻ em có hoàn cảnh đặc biệt được trợ giúp, chăm sóc", null),
                        target(birth, 2025, Comparator.AT_LEAST, "98,5", null,
                                "98,5% trẻ em được đăng ký khai sinh đúng hạn", police),
                        target(deaths, 2030, Comparator.REDUCE_BY, "10", 2025,
                                "Giảm ít nhất 10% số trẻ em tử vong do tai nạn, thương tích so với năm 2025",
                                police))));
        planId = plan.id();
        ProcessJobs.runDue(management);
        Plan registered = adoption.of(planId).map(a -> plan).orElseThrow();

        // the figures reported then, entered afterwards, each dated as its report
        for (int year = 2021; year <= 2025; year++) {
            historical.enter(officer, period(registered, PeriodKind.ANNUAL, year).id(), new HistoricalFigures.Form(
                    LocalDate.of(year, 11, 15), "Báo cáo năm " + year, List.of(
                            reading(care, 80 + 2L * (year - 2021), 100L), reading(deaths, 16 - (year - 2021), null),
                            reading(birth, 190 + (year - 2021), 200L))));
        }
        historical.enter(officer, period(registered, PeriodKind.MID_TERM_REVIEW, 2025).id(),
                new HistoricalFigures.Form(LocalDate.of(2025, 12, 10), "Báo cáo sơ kết 5 năm 2021–2025", List.of(
                        reading(care, 91, 100L), reading(deaths, 12, null), reading(birth, 195, 200L))));

        // the officer's plan page: the programme, its number and date as issued, its signed file
        signInAs(officer.username());
        page.navigate("/plans/" + planId);
        assertThat(page.getByText("15/KH-UBND ngày 15/03/2021").first()).isVisible();
        assertThat(page.getByText("Nhập vào hệ thống ngày 02/03/2026").first()).isVisible();
        Locator signed = page.locator("a.plan-signed-file");
        assertThat(signed).containsText("Văn bản đã ký: 15-KH-UBND-2021-chuong-trinh-tre-em.pdf");
        shot("plan-page-with-signed-file");
        Download download = page.waitForDownload(signed::click);
        assertThat(download.suggestedFilename()).isEqualTo("15-KH-UBND-2021-chuong-trinh-tre-em.pdf");
        assertThat(Files.readAllBytes(download.path())).isEqualTo(pdf);

        // its periods: the past ones with their figures entered later, the mid-term review among them
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Đơn vị và kỳ báo cáo")).click();
        Locator review = page.locator(".period-header").filter(new Locator.FilterOptions().setHasText("Sơ kết 2025"));
        assertThat(review).containsText("Đã qua (trước khi dùng hệ thống)");
        Locator reviewFigures = page.getByText("Số liệu nhập sau (báo cáo ngày 10/12/2025)");
        assertThat(reviewFigures).isVisible();
        assertThat(page.getByText("Số liệu nhập sau (báo cáo ngày 15/11/2021)")).isVisible();
        reviewFigures.scrollIntoViewIfNeeded();
        shot("past-periods-figures-entered-later");

        // the mid-term review: each target against its 2025 milestone, with the figures of the review
        reviewFigures.click();
        assertThat(page.getByText("Số liệu kỳ đã qua: Sơ kết 2025").first()).isVisible();
        Locator grid = page.locator(".figures-grid");
        assertThat(grid).containsText("2025: ≥ 90 %");
        assertThat(grid).containsText("2025: ≥ 98,5 %");
        assertThat(grid).containsText("91 %");
        assertThat(grid).containsText("97,5 %");
        assertThat(grid).containsText("Đạt");
        // a milestone missed at its own year's end reads "Không đạt" (NOT_ACHIEVED), not "Chậm tiến độ"
        assertThat(grid).containsText("Không đạt");
        assertThat(grid).not().containsText("Chậm tiến độ");
        assertThat(grid).not().containsText("2030: ≥ 95 %");
        grid.scrollIntoViewIfNeeded();
        shot("mid-term-review-2025");

        // the assigned police may read the plan, so its signed file; another commune's officer may not
        signInAs(policeReporter);
        page.navigate("/plans/" + planId);
        assertThat(page.getByText("15/KH-UBND ngày 15/03/2021").first()).isVisible();
        assertThat(page.locator("a.plan-signed-file")).isVisible();
        shot("police-reads-the-programme");
        Download policeCopy = page.waitForDownload(page.locator("a.plan-signed-file")::click);
        assertThat(Files.readAllBytes(policeCopy.path())).isEqualTo(pdf);
        signInAs(otherOfficer);
        page.navigate("/plans/" + planId);
        assertThat(page.getByText("Không tìm thấy kế hoạch này hoặc bạn không có quyền xem.")).isVisible();
        assertThat(page.locator("a.plan-signed-file")).hasCount(0);
        assertThat(status(otherOfficer, fileId)).isEqualTo(404);
        assertThat(status(policeReporter, fileId)).isEqualTo(200);
    }

    /** The status of GET /api/v1/attachments/{id} for the user (the file's own access rule). */
    private int status(String user, long fileId) {
        try {
            return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                            java.net.URI.create(baseUrl() + "/api/v1/attachments/" + fileId))
                    .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                            (user + ":" + DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8))).GET().build(),
                    java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private long area(Long parentId, String name, String level) {
        return SystemAuthentication.runAsSystem(() -> orgs.createArea(parentId, name, level).id());
    }

    private static TargetForm target(long indicator, int year, Comparator comparator, String value,
                                     Integer baselineYear, String wording, Long unit) {
        return new TargetForm(indicator, year, comparator, new BigDecimal(value.replace(',', '.')), baselineYear,
                null, wording, unit == null ? List.of() : List.of(unit));
    }

    private static ReportingPeriod period(Plan plan, PeriodKind kind, int year) {
        return plan.periods().stream().filter(p -> p.kind() == kind && p.year() == year).findFirst().orElseThrow();
    }

    private static Reading reading(long indicator, long numerator, Long denominator) {
        return new Reading(indicator, numerator, denominator, false);
    }

    private static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(Deadlines.VIETNAM).toInstant();
    }

    /** target/screenshots/programme-NN-NAME.png, also kept as docs/screens/programme-NN-NAME.png. */
    private void shot(String name) {
        assertThat(keptScreenshot(String.format("programme-%02d-%s", ++screen, name))).exists();
    }
}
