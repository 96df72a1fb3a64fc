package vn.congtactreem.monitoring;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Locator;
import java.time.LocalDateTime;
import java.util.Set;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.AfterEach;
import vn.congtactreem.plan.Deadlines;
import vn.congtactreem.plan.PlanService;
import vn.congtactreem.reporting.ConsolidationService;
import vn.congtactreem.reporting.ReportingService;
import vn.congtactreem.support.CycleFixture;
import vn.congtactreem.support.ProcessJobs;
import com.microsoft.playwright.options.BoundingBox;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.congtactreem.org.OrgService;
import vn.congtactreem.org.Role;
import vn.congtactreem.org.UserService;
import vn.congtactreem.support.BrowserTest;
import vn.congtactreem.support.TestOrgs;

/**
 * "Theo dõi tiến độ" in Chromium: a province manager's page on a desktop, a tablet and a phone
 * (390 × 844: the tiles two by two, the choices stacked); screenshots in target/screenshots.
 */
class MonitoringBrowserTests extends BrowserTest {

    private static final Set<String> NOT_ALLOWED = Set.of("serious", "critical");

    @Autowired
    OrgService orgs;
    @Autowired
    UserService users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlanService plans;
    @Autowired
    ReportingService reporting;
    @Autowired
    ConsolidationService consolidation;
    @Autowired
    ManagementService management;

    @AfterEach
    void realTimeAgain() {
        ProcessJobs.resetClock();
    }

    @Test
    void provinceManagersDashboardOnADesktopATabletAndAPhone() {
        MonitoringFixture f = new MonitoringFixture(orgs, users, jdbc).build();
        signInAs(f.provinceManager);

        page.navigate(baseUrl() + "/monitoring?period=" + f.provincePeriod);
        Locator expected = page.locator(".monitoring-tile[data-tile=expected] .tile-value");
        assertThat(expected).hasText("3");
        assertThat(page.locator(".monitoring-tile[data-tile=reportingRate] .tile-value")).hasText("2/3 (66,7 %)");
        assertThat(page.locator("a.monitoring-cell.cell-late")).hasText("Muộn · 15/05/2023");
        // the charts: ECharts (npm, in the frontend bundle) draws each as SVG inside its element
        Locator periods = page.locator("monitoring-chart[data-chart=periods]");
        assertThat(periods.locator("svg")).hasCount(1);
        assertThat(periods).hasAttribute("aria-label", "6 tháng 2023: báo cáo 2/3 (66,7 %), đúng hạn 1/3 (33,3 %)");
        assertThat(page.locator("monitoring-chart[data-chart=sub-areas] svg text").filter(
                new Locator.FilterOptions().setHasText("Tỷ lệ báo cáo (%)"))).not().hasCount(0);
        // a bar of the reporting rate (the legend's mark has the same colour)
        assertThat(periods.locator("svg path[fill='#1676f3']")).not().hasCount(0);
        screenshot("monitoring-01-province-1366");

        page.setViewportSize(768, 1024);
        screenshot("monitoring-02-province-768");

        page.setViewportSize(390, 844);
        Locator tiles = page.locator(".monitoring-tile");
        assertThat(tiles.first()).isVisible();
        BoundingBox first = tiles.nth(0).boundingBox();
        BoundingBox second = tiles.nth(1).boundingBox();
        BoundingBox third = tiles.nth(2).boundingBox();
        // two tiles a row, the third under the first; nothing wider than the phone
        assertThat(second.x).isGreaterThan(first.x);
        assertThat(third.x).isEqualTo(first.x);
        assertThat(third.y).isGreaterThan(first.y);
        assertThat(second.x + second.width).isLessThanOrEqualTo(390);
        BoundingBox year = page.locator(".monitoring-choices vaadin-select").nth(0).boundingBox();
        BoundingBox plan = page.locator(".monitoring-choices vaadin-select").nth(1).boundingBox();
        assertThat(plan.y).isGreaterThan(year.y);
        screenshot("monitoring-03-province-390");
    }

    /**
     * A district manager's dashboard on a running cycle: the plan-cycle diagram with the count of the
     * cycles at each step (bpmn-js, the bpmn.io watermark kept), the charts, the stuck work; axe finds no
     * serious or critical violation. Screenshots at 1280, 768 and 390 px of the dashboard, the officer's
     * inbox and the leader's approval of the consolidated report (target/screenshots, copied to docs/screens).
     */
    @Test
    void districtManagersDiagramChartsAndStuckWorkThenTheInboxAndTheLeadersApprovalOnThreeScreens() {
        TestOrgs test = new TestOrgs(orgs, users);
        TestOrgs.Commune place = test.commune("tiendo");
        String districtManager = test.user("quanly.tiendo", place.district().id(), Role.MANAGER);
        CycleFixture fixture = new CycleFixture(plans, reporting, users, orgs, management);
        CycleFixture.OpenPeriod cycle = fixture.periodOpenFor(place, 2049);
        reporting.acknowledge(fixture.user(place.policeReporter()), cycle.policeReportId());
        // the police never reported; the cut-off on the 19th starts the consolidation
        ProcessJobs.setClock(LocalDateTime.of(2049, 5, 19, 9, 0).atZone(Deadlines.VIETNAM).toInstant());
        ProcessJobs.runDue(management);

        signInAs(districtManager);
        page.setViewportSize(1280, 800);
        page.navigate(baseUrl() + "/monitoring?period=" + cycle.periodId());
        Locator diagram = page.locator("process-diagram");
        Locator consolidating = diagram.locator(".step-count[data-activity=ConsolidatePeriod]");
        assertThat(consolidating).isVisible();
        assertThat(consolidating).hasText(Pattern.compile("[1-9]\\d*"));
        assertThat(diagram.locator(".djs-element.has-waiting[data-element-id=ConsolidatePeriod]")).hasCount(1);
        assertThat(diagram.locator("a.bjs-powered-by")).isVisible();
        assertThat(page.locator("monitoring-chart[data-chart=periods] svg")).hasCount(1);
        assertThat(page.locator(".monitoring-stuck-grid a.monitoring-stuck-link[href='reports/"
                + cycle.policeReportId() + "']")).isVisible();
        assertNoSeriousViolations("monitoring-dashboard");
        threeWidths("monitoring-11-dashboard");
        for (int[] size : new int[][] {{1280, 800}, {768, 1024}, {390, 844}}) {
            page.setViewportSize(size[0], size[1]);
            page.locator(".monitoring-charts").scrollIntoViewIfNeeded();
            screenshot("monitoring-11-dashboard-charts-" + size[0]);
            diagram.scrollIntoViewIfNeeded();
            page.waitForFunction(DIAGRAM_INSIDE_ITS_BOX); // fitted again to the new width, not cut on the right
            screenshot("monitoring-11-dashboard-diagram-" + size[0]);
        }
        // once the person zooms, a resize keeps their zoom
        diagram.locator(".zoom button").first().click();
        String zoomed = diagramScale();
        page.setViewportSize(768, 1024);
        page.waitForFunction("() => document.querySelector('process-diagram').shadowRoot"
                + ".querySelector('.canvas').clientWidth < 760");
        org.assertj.core.api.Assertions.assertThat(diagramScale()).as("the person's zoom after a resize")
                .isEqualTo(zoomed);
        diagram.locator(".zoom button").nth(2).click();
        page.waitForFunction(DIAGRAM_INSIDE_ITS_BOX);

        signInAs(place.commune().officer());
        page.setViewportSize(1280, 800);
        assertThat(page.locator("#inbox vaadin-grid-cell-content").getByText("Viết báo cáo tổng hợp").first())
                .isVisible();
        threeWidths("monitoring-12-inbox");
        // on the phone the work comes first: the task within the first screen, the filters behind their button
        Locator task = page.locator("#inbox vaadin-grid-cell-content").getByText("Viết báo cáo tổng hợp").first();
        assertThat(task).isVisible();
        com.microsoft.playwright.options.BoundingBox box = task.boundingBox();
        org.assertj.core.api.Assertions.assertThat(box.y + box.height).as("the task above the fold at 390 × 844")
                .isLessThanOrEqualTo(844);
        Locator planFilter = page.locator(".inbox-filters .filter-plan");
        assertThat(planFilter).isHidden();
        page.locator(".inbox-filters .filter-toggle").click();
        assertThat(planFilter).isVisible();
        screenshot("monitoring-12-inbox-390-filters-open");

        long consolidatedId = consolidation.ofPeriod(cycle.periodId(), place.commune().id()).orElseThrow().id();
        consolidation.submitForApproval(fixture.user(place.commune().officer()), consolidatedId, "Báo cáo 6 tháng");
        signInAs(place.commune().leader());
        page.setViewportSize(1280, 800);
        page.navigate(baseUrl() + "/consolidated-reports/" + consolidatedId);
        assertThat(page.locator("vaadin-button").filter(new Locator.FilterOptions().setHasText("Duyệt và gửi cấp trên")))
                .isVisible();
        threeWidths("monitoring-13-leader-approval");
    }

    /** The drawing of the diagram lies within the element's box (it was fitted to the current width). */
    private static final String DIAGRAM_INSIDE_ITS_BOX = "() => { const host = document.querySelector('process-diagram');"
            + " const box = host.getBoundingClientRect();"
            + " const drawing = host.shadowRoot.querySelector('g.viewport').getBoundingClientRect();"
            + " return drawing.width > 0 && drawing.left >= box.left - 1 && drawing.right <= box.right + 1; }";

    private String diagramScale() {
        return (String) page.evaluate("() => document.querySelector('process-diagram').shadowRoot"
                + ".querySelector('g.viewport').getAttribute('transform')");
    }

    private void threeWidths(String name) {
        page.setViewportSize(1280, 800);
        screenshot(name + "-1280");
        page.setViewportSize(768, 1024);
        screenshot(name + "-768");
        page.setViewportSize(390, 844);
        screenshot(name + "-390");
    }

    private void assertNoSeriousViolations(String screen) {
        AxeResults results = new AxeBuilder(page).exclude("vaadin-connection-indicator").analyze();
        assertThat(results.isErrored()).as("axe ran on %s: %s", screen, results.getErrorMessage()).isFalse();
        assertThat(results.getPasses()).isNotEmpty();
        results.getViolations().forEach(v -> System.out.printf("axe %s: [%s] %s %s%n", screen, v.getImpact(),
                v.getId(), v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).toList()));
        assertThat(results.getViolations()).filteredOn(v -> NOT_ALLOWED.contains(v.getImpact()))
                .as("serious or critical accessibility violations on %s", screen)
                .extracting(Rule::getId).isEmpty();
    }
}
