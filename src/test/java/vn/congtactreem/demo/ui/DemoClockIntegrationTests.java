package vn.congtactreem.demo.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.sql.Connection;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.congtactreem.base.CycleClock;
import vn.congtactreem.org.UserAccount;
import vn.congtactreem.org.UserService;
import vn.congtactreem.plan.PeriodKind;
import vn.congtactreem.plan.Plan;
import vn.congtactreem.plan.PlanService;
import vn.congtactreem.plan.ReportingPeriod;
import vn.congtactreem.reporting.ReportingService;
import vn.congtactreem.reporting.UnitReport;
import vn.congtactreem.support.KaribuUiTest;
import vn.congtactreem.support.PostgresTestDatabase;

/**
 * "Đồng hồ demo" in the default run's situation: the demo cycle on its 19/05/2024 clock, the job
 * executor running. The administrator moves the clock over the annual reports' reminder dates and
 * their last day: the timers fire at once and each expected notification is in the outbox once.
 * Its own database (the clock's offset is kept there) and its own JVM (the demo-cycle execution).
 */
@DirtiesContext
class DemoClockIntegrationTests extends KaribuUiTest {

    private static final String DEMO_PLAN = "Kế hoạch triển khai thực hiện công tác trẻ em năm 2024";
    private static final String DATABASE = PostgresTestDatabase.freshDatabase("democlock");

    @DynamicPropertySource
    static void demoCycleWithTheJobExecutor(DynamicPropertyRegistry registry) {
        registry.add("app.demo.cycle", () -> "true");
        registry.add("camunda.bpm.job-execution.enabled", () -> "true");
    }

    /**
     * The class's own database: a DataSource bean (the superclass's dynamic URL would win over one
     * registered here), so the demo's cycle and clock never reach the database other tests share.
     */
    @TestConfiguration
    static class OwnDatabase {
        @Bean
        DataSource dataSource() {
            return DataSourceBuilder.create().url(DATABASE).username(PostgresTestDatabase.username())
                    .password(PostgresTestDatabase.password()).build();
        }
    }

    @Autowired PlanService plans;
    @Autowired ReportingService reporting;
    @Autowired UserService users;
    @Autowired JdbcTemplate jdbc;
    @Autowired CycleClock clock;

    @AfterAll
    static void realTimeAgain() {
        ClockUtil.reset();
    }

    @Test
    void runsOnItsOwnDatabaseWithTheDemoCycle(@Autowired DataSource dataSource,
                                             @Value("${app.demo.cycle}") boolean demoCycle) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            assertThat(connection.getMetaData().getURL()).isEqualTo(DATABASE);
        }
        assertThat(demoCycle).isTrue();
    }

    @Test
    void theAdministratorMovesTheClockOverTheRemindersAndTheLastDayAndEachNotificationIsWrittenOnce() {
        login("admin");
        UI.getCurrent().navigate("admin/demo-clock");
        DemoClockView view = _get(DemoClockView.class);
        assertThat(view.getElement().getAttribute("role")).isEqualTo("main");
        assertThat(view.now.getText()).startsWith("Giờ của hệ thống: 19/05/2024 1");
        List<UnitReport> annual = annualReports();
        assertThat(annual).as("the annual period has not opened yet").isEmpty();

        // backwards: refused, the clock stays
        view.target.setValue(LocalDateTime.of(2024, 5, 1, 8, 0));
        _click(view.go);
        assertThat(view.target.isInvalid()).isTrue();
        assertThat(view.target.getErrorMessage()).startsWith("Không thể lùi đồng hồ: thời điểm đã chọn (01/05/2024 08:00)");
        assertThat(today()).hasToString("2024-05-19");

        // 01/11: the annual period opens, each unit has its report to write
        view.target.setValue(LocalDateTime.of(2024, 11, 1, 9, 0));
        _click(view.go);
        assertThat(view.now.getText()).startsWith("Giờ của hệ thống: 01/11/2024 09:0");
        annual = annualReports();
        assertThat(annual).hasSize(4);
        assertThat(rows("REMINDER_DUE", annual)).isEmpty();

        // 09/11, seven days before the annual reports' last day (16/11): the first reminders
        view.target.setValue(LocalDateTime.of(2024, 11, 9, 9, 0));
        _click(view.go);
        assertThat(view.now.getText()).startsWith("Giờ của hệ thống: 09/11/2024 09:0");
        assertThat(rows("REMINDER_DUE", annual)).containsOnly(
                Map.entry("congan.anduong", List.of("d7")), Map.entry("yte.anduong", List.of("d7")),
                Map.entry("thcs.anduong", List.of("d7")));
        assertThat(rows("REPORT_OVERDUE", annual)).isEmpty();

        // day by day to 15/11, the day before the last day: its reminder
        for (int day = 10; day <= 15; day++) {
            _click(view.plusDay);
        }
        assertThat(today()).hasToString("2024-11-15");
        assertThat(rows("REMINDER_DUE", annual)).containsOnly(
                Map.entry("congan.anduong", List.of("d1", "d7")), Map.entry("yte.anduong", List.of("d1", "d7")),
                Map.entry("thcs.anduong", List.of("d1", "d7")));
        _click(view.plusDay);
        assertThat(rows("REPORT_OVERDUE", annual)).as("16/11 is still the last day").isEmpty();

        // a day on: the last day has passed, every unit's report is overdue (the women's union has no reporter:
        // nothing is written for it); the officer and the leader get one summary of the period naming all four
        _click(view.plusDay);
        assertThat(today()).hasToString("2024-11-17");
        Map<String, List<String>> overdue = rows("REPORT_OVERDUE", annual);
        assertThat(overdue).containsOnlyKeys("congan.anduong", "yte.anduong", "thcs.anduong");
        assertThat(overdue.get("congan.anduong")).hasSize(1);
        assertThat(jdbc.queryForList("select u.username from notification n join app_user u on u.id = n.recipient_id"
                + " where n.kind = 'OVERDUE_SUMMARY' and n.subject_id = ? and n.title like '4 đơn vị quá hạn%'",
                String.class, String.valueOf(annual.get(0).periodId())))
                .containsExactlyInAnyOrder("canbo.anduong", "lanhdao.anduong");

        // an hour, then a week on: nothing more about these reports' deadline
        _click(view.plusHour);
        _click(view.plusWeek);
        assertThat(today()).hasToString("2024-11-24");
        assertThat(rows("REMINDER_DUE", annual).values()).allSatisfy(r -> assertThat(r).hasSize(2));
        assertThat(rows("REPORT_OVERDUE", annual)).isEqualTo(overdue);
    }

    @Test
    void theMenuListsTheDemoClockForTheAdministratorOnly() {
        login("admin");
        UI.getCurrent().navigate("");
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel).contains("Đồng hồ demo");

        login("canbo.anduong");
        UI.getCurrent().navigate("");
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel).doesNotContain("Đồng hồ demo");
        assertThatThrownBy(() -> UI.getCurrent().navigate(DemoClockView.class)).hasMessageContaining("Access is denied");
        assertThat(_find(DemoClockView.class)).isEmpty();
    }

    // ---------------------------------------------------------------- reads

    private java.time.LocalDate today() {
        return clock.today();
    }

    /** The annual reports of An Dương's 2024 plan, once its annual period has opened. */
    private List<UnitReport> annualReports() {
        UserAccount officer = users.findByUsername("canbo.anduong").orElseThrow();
        long planId = plans.visiblePlans(officer).stream()
                .filter(p -> p.title().equals(DEMO_PLAN) && p.orgUnitId() == officer.orgUnitId())
                .findFirst().orElseThrow().id();
        Plan plan = plans.load(planId);
        ReportingPeriod period = plan.periods().stream().filter(p -> p.kind() == PeriodKind.ANNUAL).findFirst()
                .orElseThrow();
        return reporting.ofPeriod(period.id());
    }

    /** Per recipient, the discriminators of the notifications of the kind about these reports, sorted. */
    private Map<String, List<String>> rows(String kind, List<UnitReport> reports) {
        List<String> ids = reports.stream().map(r -> String.valueOf(r.id())).toList();
        if (ids.isEmpty()) {
            return Map.of();
        }
        return jdbc.query("select u.username, n.subject_id, n.discriminator from notification n"
                        + " join app_user u on u.id = n.recipient_id where n.kind = ? order by n.discriminator",
                (rs, i) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)}, kind).stream()
                .filter(row -> ids.contains(row[1]))
                .collect(Collectors.groupingBy(row -> row[0], Collectors.mapping(row -> row[2],
                        Collectors.toList())));
    }
}
