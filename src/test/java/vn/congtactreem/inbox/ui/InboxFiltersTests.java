package vn.congtactreem.inbox.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.congtactreem.inbox.WorkItem;
import vn.congtactreem.org.OrgService;
import vn.congtactreem.org.UserAccount;
import vn.congtactreem.org.UserService;
import vn.congtactreem.plan.Deadlines;
import vn.congtactreem.plan.PlanService;
import vn.congtactreem.reporting.ReportingService;
import vn.congtactreem.support.CycleFixture;
import vn.congtactreem.support.KaribuUiTest;
import vn.congtactreem.support.ProcessJobs;
import vn.congtactreem.support.TestOrgs;

/** The inbox's filters: applied in the engine's query, written to and read from the address. */
class InboxFiltersTests extends KaribuUiTest {

    private static int nextYear = 2101;

    @Autowired
    PlanService plans;
    @Autowired
    ReportingService reporting;
    @Autowired
    UserService users;
    @Autowired
    OrgService orgs;
    @Autowired
    ManagementService management;
    @Autowired
    vn.congtactreem.base.CycleClock clock;

    private CycleFixture fixture;

    /** The district whose officer starts the cycles and reads the inbox. */
    private TestOrgs.Area district;

    @BeforeEach
    void fixture() {
        fixture = new CycleFixture(plans, reporting, users, orgs, management);
        TestOrgs.Area province = testOrgs().area(null, "Tỉnh Lọc Việc", "PROVINCE", "tinhlocviec");
        district = testOrgs().area(province.id(), "Huyện Lọc Việc", "DISTRICT", "locviec");
    }

    @AfterEach
    void realTime() {
        ProcessJobs.resetClock();
    }

    @Test
    void choosingAPlanNarrowsTheGridAndPutsItInTheAddressAndALinkShowsItAgain() {
        int year = nextYear++;
        long drowning = startCycle("Kế hoạch phòng, chống đuối nước năm " + year, year);
        long violence = startCycle("Kế hoạch phòng, chống bạo lực năm " + year, year);

        login(district.officer());
        UI.getCurrent().navigate(HomeView.class);
        InboxPanel inbox = _get(InboxPanel.class);
        assertThat(planIds(inbox)).contains(drowning, violence);

        _setValue(inbox.filters.plan, inbox.filters.plan.getListDataView().getItems()
                .filter(p -> p.id() == drowning).findFirst().orElseThrow());

        assertThat(planIds(inbox)).containsOnly(drowning);
        assertThat(address()).containsEntry("plan", List.of(String.valueOf(drowning)));
        assertThat(_get(com.vaadin.flow.component.html.Span.class, spec -> spec.withClasses("inbox-count")).getText())
                .startsWith("1 việc khớp bộ lọc");

        login(district.officer());
        UI.getCurrent().navigate("", QueryParameters.simple(Map.of("plan", String.valueOf(violence))));
        InboxPanel linked = _get(InboxPanel.class);
        assertThat(planIds(linked)).containsOnly(violence);
        assertThat(linked.filters.plan.getValue().id()).isEqualTo(violence);
        assertThat(linked.filters.clear.isVisible()).isTrue();
        assertThat(linked.filters.toggle.getText()).as("a closed panel on a phone still says a filter is set")
                .isEqualTo("Bộ lọc (1)");
    }

    @Test
    void onAPhoneTheFiltersOpenBehindTheirButton() {
        int year = nextYear++;
        startCycle("Kế hoạch thử bộ lọc " + year, year);
        login(district.officer());
        UI.getCurrent().navigate(HomeView.class);
        InboxFilters filters = _get(InboxPanel.class).filters;
        assertThat(filters.toggle.getText()).isEqualTo("Bộ lọc");
        assertThat(filters.hasClassName(InboxFilters.OPEN)).isFalse();
        assertThat(filters.toggle.getElement().getAttribute("aria-expanded")).isEqualTo("false");

        _click(filters.toggle);
        assertThat(filters.hasClassName(InboxFilters.OPEN)).isTrue();
        assertThat(filters.toggle.getElement().getAttribute("aria-expanded")).isEqualTo("true");
        _setValue(filters.overdue, true);
        assertThat(_get(InboxPanel.class).filters.toggle.getText()).isEqualTo("Bộ lọc (1)");

        _click(_get(InboxPanel.class).filters.toggle);
        assertThat(_get(InboxPanel.class).filters.hasClassName(InboxFilters.OPEN)).isFalse();
    }

    @Test
    void theKindOfTaskIsChosenByItsVietnameseName() {
        int year = nextYear++;
        startCycle("Kế hoạch thử loại việc " + year, year);

        login(district.officer());
        UI.getCurrent().navigate(HomeView.class);
        InboxPanel inbox = _get(InboxPanel.class);
        assertThat(inbox.filters.kinds.getListDataView().getItems().map(k -> k.name()).toList())
                .contains("Đăng ký kế hoạch cấp trên", "Soạn dự thảo kế hoạch", "Xem xét báo cáo của đơn vị")
                .doesNotContain("Lãnh đạo xem xét dự thảo", "Nhập và nộp báo cáo");

        _setValue(inbox.filters.kinds, inbox.filters.kinds.getListDataView().getItems()
                .filter(k -> k.key().equals("DraftPlan")).collect(java.util.stream.Collectors.toSet()));
        assertThat(address()).containsEntry("task", List.of("DraftPlan"));
        assertThat(GridKt._findAll(inbox.grid)).allMatch(item -> item.taskKey().equals("DraftPlan"));
        assertThat(GridKt._findAll(inbox.grid)).noneMatch(item -> item.taskKey().equals("RegisterUpperPlan"));
    }

    @Test
    void inEnglishTheTasksAndTheirKindsReadInEnglish() {
        int year = nextYear++;
        startCycle("Kế hoạch thử tiếng Anh " + year, year);

        login(district.officer());
        UI.getCurrent().setLocale(java.util.Locale.ENGLISH);
        UI.getCurrent().navigate(HomeView.class);
        InboxPanel inbox = _get(InboxPanel.class);
        assertThat(inbox.filters.kinds.getListDataView().getItems()
                .map(k -> inbox.filters.kinds.getItemLabelGenerator().apply(k)).toList())
                .contains("Register the upper-level plan", "Draft the plan", "Review the unit's report");
        assertThat(GridKt._findAll(inbox.grid).stream().filter(item -> item.taskKey().equals("RegisterUpperPlan"))
                .map(item -> GridKt._getFormatted(inbox.grid, GridKt._findAll(inbox.grid).indexOf(item), "task")))
                .isNotEmpty().allMatch("Register the upper-level plan"::equals);
    }

    @Test
    void thePeriodAndOverdueOnlyNarrowTheReportersTasks() {
        TestOrgs.Commune commune = testOrgs().commune("locky");
        CycleFixture.OpenPeriod earlier = fixture.periodOpenFor(commune, nextYear++);
        CycleFixture.OpenPeriod later = fixture.periodOpenFor(commune, nextYear++);
        // once the unit has acknowledged its part, "Nhập và nộp báo cáo" waits with its last day
        reporting.acknowledge(fixture.user(commune.policeReporter()), earlier.policeReportId());
        reporting.acknowledge(fixture.user(commune.policeReporter()), later.policeReportId());
        // 10/05 of the later year: the earlier period's report is long overdue, the later one's is due on 18/05
        ProcessJobs.setClock(LocalDateTime.of(later.year(), 5, 10, 9, 0).atZone(Deadlines.VIETNAM).toInstant());

        login(commune.policeReporter());
        UI.getCurrent().navigate("", QueryParameters.simple(Map.of("period", String.valueOf(earlier.periodId()))));
        InboxPanel inbox = _get(InboxPanel.class);
        assertThat(GridKt._findAll(inbox.grid)).isNotEmpty()
                .allMatch(item -> Long.valueOf(earlier.periodId()).equals(number(item, "periodId")));
        assertThat(inbox.filters.period.getValue().id()).isEqualTo(earlier.periodId());

        login(commune.policeReporter());
        UI.getCurrent().navigate(HomeView.class);
        inbox = _get(InboxPanel.class);
        _setValue(inbox.filters.overdue, true);
        assertThat(address()).containsEntry("overdue", List.of("1"));
        List<WorkItem> overdue = GridKt._findAll(inbox.grid);
        assertThat(overdue).isNotEmpty().allMatch(item -> item.due() != null
                && !item.due().isAfter(clock.now()));
        assertThat(overdue).anyMatch(item -> Long.valueOf(earlier.periodId()).equals(number(item, "periodId")))
                .noneMatch(item -> Long.valueOf(later.periodId()).equals(number(item, "periodId")));
    }

    @Test
    void searchFindsTasksByPlanTitleWithoutDiacriticsByTaskNameAndSaysWhenNothingMatches() {
        int year = nextYear++;
        long drowning = startCycle("Kế hoạch phòng, chống đuối nước trẻ em " + year, year);
        long other = startCycle("Kế hoạch tháng hành động " + year, year);

        login(district.officer());
        UI.getCurrent().navigate(HomeView.class);
        InboxPanel inbox = _get(InboxPanel.class);
        _setValue(inbox.filters.search, "duoi nuoc tre em " + year);
        assertThat(address()).containsEntry("q", List.of("duoi nuoc tre em " + year));
        assertThat(planIds(inbox)).containsOnly(drowning);

        _setValue(inbox.filters.search, "đăng ký kế hoạch");
        assertThat(GridKt._findAll(inbox.grid)).isNotEmpty()
                .allMatch(item -> item.taskKey().equals("RegisterUpperPlan"));
        assertThat(planIds(inbox)).contains(drowning, other);

        _setValue(inbox.filters.search, "không có gì như thế này");
        assertThat(GridKt._size(inbox.grid)).isZero();
        assertThat(inbox.grid.getEmptyStateText()).isEqualTo("Không có việc nào khớp bộ lọc.");
    }

    @Test
    void clearingTheFiltersShowsEverythingAgain() {
        int year = nextYear++;
        long plan = startCycle("Kế hoạch xóa bộ lọc " + year, year);
        startCycle("Kế hoạch khác không lọc " + year, year);

        login(district.officer());
        UI.getCurrent().navigate("", QueryParameters.simple(Map.of("plan", String.valueOf(plan), "overdue", "1")));
        InboxPanel inbox = _get(InboxPanel.class);
        long all = GridKt._size(inbox.grid);
        com.github.mvysny.kaributesting.v10.LocatorJ._click(inbox.filters.clear);

        assertThat(address()).isEmpty();
        assertThat(inbox.filters.overdue.getValue()).isFalse();
        assertThat(inbox.filters.plan.getValue()).isNull();
        assertThat((long) GridKt._size(inbox.grid)).isGreaterThan(all);
    }

    private long startCycle(String title, int year) {
        UserAccount officer = fixture.user(district.officer());
        return plans.startCycle(officer, district.id(), title, year, year).id();
    }

    private static List<Long> planIds(InboxPanel inbox) {
        return GridKt._findAll(inbox.grid).stream().map(item -> number(item, "planId")).distinct().toList();
    }

    private static Long number(WorkItem item, String variable) {
        return item.ids().get(variable) instanceof Number n ? n.longValue() : null;
    }

    private static Map<String, List<String>> address() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getQueryParameters().getParameters();
    }
}
