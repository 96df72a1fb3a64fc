package vn.congtactreem.notification.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.congtactreem.inbox.ui.HomeView;
import vn.congtactreem.notification.Notification;
import vn.congtactreem.notification.NotificationKind;
import vn.congtactreem.notification.internal.NotificationStore;
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
import vn.congtactreem.plan.UpperPlanForm;
import vn.congtactreem.support.CycleCleanUp;
import vn.congtactreem.support.KaribuUiTest;
import vn.congtactreem.support.ProcessJobs;
import vn.congtactreem.support.TestOrgs;

/**
 * Issue 11, "notices people can act on" and "times on the cycle's clock": the notices of a commune's
 * cycle are dated on the cycle's clock (the engine's, which the demo and the tests move), in the bell
 * and in the administrator's outbox; a task of no period (the leader's review of the plan) and the
 * plan's own notices (returned, issued) are grouped under their plan, a period's task under its period;
 * a unit with nobody in the system is written nothing.
 */
class CycleNoticesIntegrationTests extends KaribuUiTest {

    private static final int YEAR = 2047;

    @Autowired PlanService plans;
    @Autowired OrgService orgs;
    @Autowired UserService users;
    @Autowired NotificationStore store;
    @Autowired ManagementService management;
    @Autowired RuntimeService runtime;
    @Autowired JdbcTemplate jdbc;

    private Long planId;

    @AfterEach
    void endTheCycle() {
        if (planId != null) {
            CycleCleanUp.endProcessesOf(runtime, planId);
        }
        ProcessJobs.resetClock();
    }

    @Test
    void noticesAreDatedOnTheCyclesClockAndGroupedByPeriodOrElseByTheirPlan() {
        at(3, 1, 9, 0);
        TestOrgs test = new TestOrgs(orgs, users);
        TestOrgs.Area district = test.area(null, "Huyện Thông Báo", "DISTRICT", "huyentb");
        TestOrgs.Area commune = test.area(district.id(), "Xã Thông Báo", "COMMUNE", "xatb");
        long police = test.agency(commune.id(), "Công an xã Thông Báo", "POLICE");
        long health = test.agency(commune.id(), "Trạm Y tế xã Thông Báo", "HEALTH");
        String reporter = test.user("congan.tb", police, Role.REPORTER);
        UserAccount officer = user(commune.officer());
        UserAccount leader = user(commune.leader());
        String title = "Kế hoạch công tác trẻ em năm " + YEAR;
        String planTopic = title + " (" + commune.name() + ")";

        planId = plans.startCycle(officer, commune.id(), title, YEAR, YEAR).id();
        plans.registerUpperPlan(officer, planId, new UpperPlanForm("9/KH-UBND", LocalDate.of(YEAR, 2, 1),
                "UBND huyện", "Kế hoạch năm " + YEAR, null, List.of(new PeriodForm(YEAR, PeriodKind.SIX_MONTHS,
                LocalDate.of(YEAR - 1, 12, 15), LocalDate.of(YEAR, 6, 14), LocalDate.of(YEAR, 5, 1),
                LocalDate.of(YEAR, 5, 18), LocalDate.of(YEAR, 5, 24), "7,1"))));
        plans.saveDraft(officer, planId, new PlanDraft(title, "Bảo vệ trẻ em.", null, null, null, null, null,
                "Lục Xuân Đức", "PHÓ CHỦ TỊCH", null, List.of(new AssignmentForm(police, "Phòng, chống xâm hại"),
                new AssignmentForm(health, "Chăm sóc sức khỏe"))));
        // 02/03 14:30 on the cycle's clock: the leader's review, a task of no period
        at(3, 2, 14, 30);
        plans.submitForApproval(officer, planId);
        at(3, 3, 8, 15);
        plans.returnForChanges(leader, planId, "Bổ sung nhiệm vụ của Trạm Y tế");
        at(3, 4, 10, 0);
        plans.submitForApproval(officer, planId);
        plans.approve(leader, planId);
        ProcessJobs.runDue(management);
        at(5, 1, 7, 0);
        ProcessJobs.runDue(management);

        List<Notification> toLeader = store.ofRecipient(leader.id(), 20);
        assertThat(toLeader).extracting(Notification::kind, Notification::topic, Notification::createdAt)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(NotificationKind.TASK_ASSIGNED, planTopic, time(3, 4, 10, 0)),
                        org.assertj.core.groups.Tuple.tuple(NotificationKind.TASK_ASSIGNED, planTopic, time(3, 2, 14, 30)));
        assertThat(store.ofRecipient(officer.id(), 20)).extracting(Notification::kind, Notification::topic)
                .contains(org.assertj.core.groups.Tuple.tuple(NotificationKind.PLAN_RETURNED, planTopic));
        List<Notification> toReporter = store.ofRecipient(user(reporter).id(), 20);
        assertThat(toReporter).extracting(Notification::kind, Notification::topic, Notification::createdAt)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(NotificationKind.TASK_ASSIGNED, "6 tháng " + YEAR,
                                time(5, 1, 7, 0)),
                        org.assertj.core.groups.Tuple.tuple(NotificationKind.PLAN_ISSUED, planTopic, time(3, 4, 10, 0)));
        // the health station has nobody: nothing is written for it
        assertThat(jdbc.queryForObject("select count(*) from notification n join app_user u on u.id = n.recipient_id"
                + " where u.org_unit_id = ?", Long.class, health)).isZero();

        // the bell: the period's group first (newest), then the plan's; times as the cycle knows them
        login(reporter);
        UI.getCurrent().navigate(HomeView.class);
        _click(_get(NotificationBell.class).button);
        List<String> lines = _find(Div.class).stream()
                .filter(div -> div.hasClassName("bell-group") || div.hasClassName("bell-item"))
                .map(div -> div.hasClassName("bell-group") ? "# " + div.getElement().getTextRecursively()
                        : div.getElement().getAttribute("aria-label").replaceAll("^.*, ", ""))
                .toList();
        assertThat(lines).containsExactly("# 6 tháng " + YEAR + "1 thông báo, 1 chưa đọc", "01/05/" + YEAR + " 07:00",
                "# " + planTopic + "1 thông báo, 1 chưa đọc", "04/03/" + YEAR + " 10:00");

        // the administrator's outbox: the leader's first notice, written on 02/03 14:30 of the cycle
        long first = toLeader.get(1).id();
        login(test.admin());
        UI.getCurrent().navigate(OutboxView.class);
        OutboxView outbox = _get(OutboxView.class);
        int row = IntStream.range(0, Math.min(GridKt._size(outbox.grid), 500))
                .filter(i -> GridKt._get(outbox.grid, i).id() == first).findFirst().orElseThrow();
        assertThat(GridKt._getFormattedRow(outbox.grid, row).get(0)).isEqualTo("02/03/" + YEAR + " 14:30");
    }

    private UserAccount user(String username) {
        return users.findByUsername(username).orElseThrow();
    }

    /** Moves the engine clock (the cycle's "now") to that moment of {@link #YEAR}, Vietnam time. */
    private static void at(int month, int day, int hour, int minute) {
        ProcessJobs.setClock(time(month, day, hour, minute));
    }

    private static Instant time(int month, int day, int hour, int minute) {
        return LocalDateTime.of(YEAR, month, day, hour, minute).atZone(Deadlines.VIETNAM).toInstant();
    }
}
