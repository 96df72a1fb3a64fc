package vn.congtactreem.inbox.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.congtactreem.inbox.BulkWorkAction;
import vn.congtactreem.inbox.WorkItem;
import vn.congtactreem.inbox.WorkItems;
import vn.congtactreem.org.OrgService;
import vn.congtactreem.org.Role;
import vn.congtactreem.org.UserAccount;
import vn.congtactreem.org.UserService;
import vn.congtactreem.plan.Deadlines;
import vn.congtactreem.plan.PlanService;
import vn.congtactreem.reporting.ReportingService;
import vn.congtactreem.reporting.UnitReportForm;
import vn.congtactreem.reporting.UnitReportStatus;
import vn.congtactreem.support.CycleFixture;
import vn.congtactreem.support.KaribuUiTest;
import vn.congtactreem.support.ProcessJobs;
import vn.congtactreem.support.TestOrgs;

/** Working from the inbox: the counts in the menu, claiming and giving back, accepting several reports. */
class InboxWorkTests extends KaribuUiTest {

    private static int nextYear = 2121;

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
    TaskService tasks;
    @Autowired
    WorkItems work;

    private CycleFixture fixture;
    /** The commune whose cycles the tests run, with its police and its officers. */
    private TestOrgs.Commune commune;

    @BeforeEach
    void fixture() {
        fixture = new CycleFixture(plans, reporting, users, orgs, management);
        commune = testOrgs().commune("hopviec");
    }

    @AfterEach
    void realTime() {
        ProcessJobs.resetClock();
    }

    @Test
    void theMenuShowsHowManyTasksWaitAndHowManyAreOverdue() {
        UserAccount police = fixture.user(commune.policeReporter());
        CycleFixture.OpenPeriod earlier = fixture.periodOpenFor(commune, nextYear++);
        reporting.acknowledge(police, earlier.policeReportId());
        CycleFixture.OpenPeriod later = fixture.periodOpenFor(commune, nextYear++);
        reporting.acknowledge(police, later.policeReportId());
        // the earlier report's last day has passed, the later one's (18/05) has not
        ProcessJobs.setClock(LocalDateTime.of(later.year(), 5, 10, 9, 0).atZone(Deadlines.VIETNAM).toInstant());
        long open = work.count(police);
        long overdue = work.countOverdue(police);
        assertThat(overdue).isPositive().isLessThan(open);

        login(commune.policeReporter());
        UI.getCurrent().navigate(HomeView.class);

        SideNavItem home = _find(SideNavItem.class).stream().filter(item -> item.getLabel().equals("Việc cần làm"))
                .findFirst().orElseThrow();
        List<Span> counts = home.getSuffixComponent().getChildren().map(Span.class::cast).toList();
        assertThat(counts).extracting(Span::getText).containsExactly(String.valueOf(open), String.valueOf(overdue));
        assertThat(counts.get(1).getElement().getAttribute("title")).isEqualTo(overdue + " việc quá hạn");
        assertThat(counts.get(1).getElement().getThemeList()).contains("error");
    }

    @Test
    void theOfficerClaimsATaskFromItsRowAndGivesItBackWithTheBulkAction() {
        int year = nextYear++;
        UserAccount officer = fixture.user(commune.district().officer());
        long planId = plans.startCycle(officer, commune.district().id(), "Kế hoạch nhận việc " + year, year, year)
                .id();

        login(officer.username());
        UI.getCurrent().navigate("", QueryParameters.simple(Map.of("plan", String.valueOf(planId))));
        InboxPanel inbox = _get(InboxPanel.class);
        WorkItem task = GridKt._get(inbox.grid, 0);
        assertThat(task.assignee()).isNull();
        Component holder = GridKt._getCellComponent(inbox.grid, 0, InboxGrid.HOLDER_COLUMN);
        _click(_get(holder, Button.class, spec -> spec.withText("Nhận việc")));

        assertThat(tasks.createTaskQuery().taskId(task.id()).singleResult().getAssignee())
                .isEqualTo(officer.username());
        NotificationsKt.expectNotifications("Đã nhận 1 việc.");
        holder = GridKt._getCellComponent(inbox.grid, 0, InboxGrid.HOLDER_COLUMN);
        assertThat(_get(holder, Span.class, spec -> spec.withClasses("holder-name")).getText()).isEqualTo("Bạn");

        inbox.grid.select(GridKt._get(inbox.grid, 0));
        Button giveBack = inbox.actions.get(action(inbox, "inbox.action.giveBack"));
        assertThat(giveBack.getText()).isEqualTo("Trả lại nhóm (1)");
        _click(giveBack);

        assertThat(tasks.createTaskQuery().taskId(task.id()).singleResult().getAssignee()).isNull();
        NotificationsKt.expectNotifications("Đã trả lại nhóm 1 việc.");
        assertThat(inbox.grid.getSelectedItems()).isEmpty();
        assertThat(giveBack.isEnabled()).isFalse();
    }

    @Test
    void acceptingSeveralReportsSaysWhichOneCouldNotBeAcceptedAndWhy() {
        CycleFixture.OpenPeriod first = submittedByThePolice(nextYear++);
        CycleFixture.OpenPeriod second = submittedByThePolice(nextYear++);
        UserAccount colleague = secondOfficer();
        String heldTask = work.require("unit-report", second.policeReportId(), "ReviewReport").id();
        work.claim(colleague, heldTask);

        login(commune.commune().officer());
        UI.getCurrent().navigate("", QueryParameters.simple(Map.of("task", "ReviewReport", "q", "cong an")));
        InboxPanel inbox = _get(InboxPanel.class);
        List<WorkItem> ours = GridKt._findAll(inbox.grid).stream()
                .filter(item -> Set.of(first.policeReportId(), second.policeReportId()).contains(
                        ((Number) item.ids().get("reportId")).longValue()))
                .toList();
        assertThat(ours).hasSize(2);
        ours.forEach(inbox.grid::select);
        Button accept = inbox.actions.get(action(inbox, "report.bulk.accept"));
        assertThat(accept.getText()).isEqualTo("Chấp nhận các báo cáo đã chọn (2)");
        _click(accept);

        assertThat(reporting.load(first.policeReportId()).status()).isEqualTo(UnitReportStatus.ACCEPTED);
        assertThat(reporting.load(second.policeReportId()).status()).isEqualTo(UnitReportStatus.SUBMITTED);
        Dialog summary = _get(Dialog.class, spec -> spec.withClasses("bulk-summary"));
        assertThat(summary.isOpened()).isTrue();
        assertThat(_get(summary, Paragraph.class, spec -> spec.withClasses("bulk-summary-text")).getText())
                .isEqualTo("Đã chấp nhận 1 báo cáo; 1 không thực hiện được:");
        assertThat(_find(summary, ListItem.class)).extracting(ListItem::getText).containsExactly(
                "Xem xét báo cáo của đơn vị – " + commune.policeName() + ": Việc này đang do Nguyễn Văn Ba nhận; "
                        + "chỉ người đó xử lý được, hoặc trả lại nhóm");
        assertThat(GridKt._findAll(inbox.grid)).extracting(WorkItem::id).doesNotContain(
                ours.stream().filter(item -> !item.id().equals(heldTask)).findFirst().orElseThrow().id());
    }

    private CycleFixture.OpenPeriod submittedByThePolice(int year) {
        CycleFixture.OpenPeriod period = fixture.periodOpenFor(commune, year);
        UserAccount police = fixture.user(commune.policeReporter());
        reporting.acknowledge(police, period.policeReportId());
        reporting.submit(police, period.policeReportId(), new UnitReportForm("Đã tuyên truyền tại các thôn", "", ""));
        ProcessJobs.runDue(management);
        return period;
    }

    private UserAccount secondOfficer() {
        return fixture.user(testOrgs().user("canbo3", "Nguyễn Văn Ba", commune.commune().id(), Role.OFFICER));
    }

    private static BulkWorkAction action(InboxPanel inbox, String labelKey) {
        return inbox.actions.keySet().stream().filter(a -> a.labelKey().equals(labelKey)).findFirst().orElseThrow();
    }
}
