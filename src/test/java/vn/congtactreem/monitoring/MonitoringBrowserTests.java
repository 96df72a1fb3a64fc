package vn.congtactreem.monitoring;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.BoundingBox;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.congtactreem.org.OrgService;
import vn.congtactreem.org.UserService;
import vn.congtactreem.support.BrowserTest;

/**
 * "Theo dõi tiến độ" in Chromium: a province manager's page on a desktop, a tablet and a phone
 * (390 × 844: the tiles two by two, the choices stacked); screenshots in target/screenshots.
 */
class MonitoringBrowserTests extends BrowserTest {

    @Autowired
    OrgService orgs;
    @Autowired
    UserService users;
    @Autowired
    JdbcTemplate jdbc;

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
        assertThat(periods.locator("svg path").first()).isVisible();
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
}
