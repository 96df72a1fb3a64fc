package vn.congtactreem;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.congtactreem.org.OrgService;
import vn.congtactreem.org.UserService;
import vn.congtactreem.plan.PlanService;
import vn.congtactreem.reporting.ReportingService;
import vn.congtactreem.support.BrowserTest;
import vn.congtactreem.support.CycleFixture;
import vn.congtactreem.support.PostgresIntegrationTest;
import vn.congtactreem.support.PostgresTestDatabase;
import vn.congtactreem.support.TcpRelay;
import vn.congtactreem.support.TestOrgs;

/**
 * PostgreSQL lost while a reporter is typing, in a real browser: the application reaches its database through a
 * TCP relay that the test cuts (every connection reset, new ones closed at once, as when PostgreSQL stops). The
 * reporter's "Lưu nháp" answers "Chưa lưu được …" next to the form within the pool's wait, the text typed stays on
 * the screen, no error page and no "Internal error" appear, and the same click saves it once the database is back.
 * Its own Spring context (the relay's address), sharing this run's database.
 */
class OutageBrowserTests extends BrowserTest {

    private static final int YEAR = 2451;
    private static final String TYPED = "Đã tuyên truyền tại 6 thôn (gõ trong lúc mất kết nối)";
    private static final TcpRelay RELAY = relayToTheTestDatabase();

    @Autowired OrgService orgs;
    @Autowired UserService users;
    @Autowired PlanService plans;
    @Autowired ReportingService reporting;
    @Autowired ManagementService management;
    @Autowired JdbcTemplate jdbc;
    @Autowired javax.sql.DataSource dataSource;

    @DynamicPropertySource
    static void throughTheRelay(DynamicPropertyRegistry registry) {
        registry.add(PostgresIntegrationTest.RELAYED_URL, () -> RELAY.relayed(PostgresTestDatabase.url()));
    }

    @AfterAll
    static void closeTheRelay() {
        RELAY.close();
    }

    @Test
    void aSaveDuringTheOutageSaysNotSavedKeepsTheTextAndTheSameClickSavesWhenTheDatabaseIsBack() throws Exception {
        assertThat(dataSource.unwrap(com.zaxxer.hikari.HikariDataSource.class).getJdbcUrl())
                .as("the application reaches the database through the relay").contains(":" + RELAY.port() + "/");
        TestOrgs.Commune place = new TestOrgs(orgs, users).commune("matketnoi");
        CycleFixture fixture = new CycleFixture(plans, reporting, users, orgs, management);
        CycleFixture.OpenPeriod cycle = fixture.periodOpenFor(place, YEAR);
        reporting.acknowledge(fixture.user(place.policeReporter()), cycle.policeReportId());

        newBrowserContext();
        submitLogin(place.policeReporter(), TestOrgs.PASSWORD);
        page.waitForURL(url -> !url.contains("/login"));
        page.navigate("/reports/" + cycle.policeReportId());
        Locator results = page.getByLabel("Kết quả đạt được");
        results.fill(TYPED);
        Locator save = page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions()
                .setName("Lưu nháp"));

        RELAY.cut();
        try {
            save.click();
            assertThat(page.locator("vaadin-notification-card").filter(new Locator.FilterOptions()
                    .setHasText("Chưa lưu được")).first()).isVisible();
            assertThat(results).hasValue(TYPED);
            assertThat(page.getByText("Internal error")).hasCount(0);
            screenshot("outage-not-saved");
        } finally {
            RELAY.restore();
        }
        assertThat(jdbc.queryForObject("select coalesce(results, '') from unit_report where id = ?", String.class,
                cycle.policeReportId())).as("nothing was written while the database was away").isNotEqualTo(TYPED);

        save.click();
        assertThat(page.locator("vaadin-notification-card").filter(new Locator.FilterOptions()
                .setHasText("Đã lưu nháp.")).first()).isVisible();
        assertThat(jdbc.queryForObject("select results from unit_report where id = ?", String.class,
                cycle.policeReportId())).isEqualTo(TYPED);
    }

    private static TcpRelay relayToTheTestDatabase() {
        Matcher at = Pattern.compile("//([^:/]+):(\\d+)/").matcher(PostgresTestDatabase.url());
        if (!at.find()) {
            throw new IllegalStateException("no host:port in " + PostgresTestDatabase.url());
        }
        return TcpRelay.to(at.group(1), Integer.parseInt(at.group(2)));
    }
}
