package vn.congtactreem;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.congtactreem.base.CycleClock;
import vn.congtactreem.org.OrgService;
import vn.congtactreem.org.UserAccount;
import vn.congtactreem.org.UserService;
import vn.congtactreem.plan.PlanService;
import vn.congtactreem.substitute.SubstitutionService;
import vn.congtactreem.support.BrowserTest;
import vn.congtactreem.support.CycleCleanUp;
import vn.congtactreem.support.ProcessJobs;
import vn.congtactreem.support.TestOrgs;

/**
 * Issue 16's new screens in Chromium, each person in their own browser: a commune officer going on leave names
 * the commune's leader as substitute on "Ủy quyền khi vắng mặt"; the leader finds the officer's open task in
 * their own inbox marked "Thay cho"; the administrator opens "Ngừng hoạt động" on the commune and sees the
 * running cycle it would touch before confirming anything. Screens go to target/screenshots/substitutes-NN-*.png
 * (and docs/screens/).
 */
class SubstitutesJourneyBrowserTests extends BrowserTest {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Autowired OrgService orgs;
    @Autowired UserService users;
    @Autowired PlanService plans;
    @Autowired SubstitutionService substitutions;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;

    private final List<Long> started = new ArrayList<>();
    private int screen;

    @AfterEach
    void endTheCycles() {
        started.forEach(planId -> CycleCleanUp.endProcessesOf(runtime, planId));
    }

    @Test
    void anOfficerOnLeaveNamesTheLeaderWhoThenSeesTheOfficersTaskAndTheAdminSeesWhatADeactivationTouches() {
        ProcessJobs.resetClock();
        TestOrgs test = new TestOrgs(orgs, users);
        TestOrgs.Area province = test.area(null, "Tỉnh Nghỉ Phép", "PROVINCE", "tinhnp");
        TestOrgs.Area commune = test.area(province.id(), "Xã Nghỉ Phép", "COMMUNE", "xanp");
        String admin = test.admin();
        UserAccount officer = user(commune.officer());
        UserAccount leader = user(commune.leader());
        long planId = plans.startCycle(officer, commune.id(), "Kế hoạch công tác trẻ em " + test.suffix(),
                2047, 2047).id();
        started.add(planId);
        String today = DAY.format(new CycleClock().today());
        String lastDay = DAY.format(new CycleClock().today().plusDays(5));

        // ---- the officer, before leaving: names the leader from today to five days on
        signInAs(officer.username());
        page.navigate("/account/substitutes");
        assertThat(page.getByText("Ủy quyền khi vắng mặt").first()).isVisible();
        Locator substitute = page.locator("vaadin-combo-box").filter(new Locator.FilterOptions()
                .setHas(page.getByText("Người thay")));
        substitute.locator("input").fill(leader.fullName());
        page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText(leader.fullName()))
                .first().click();
        assertThat(page.getByLabel("Từ ngày")).hasValue(today);
        page.getByLabel("Đến hết ngày").fill(lastDay);
        page.getByLabel("Đến hết ngày").press("Enter");
        button("Ủy quyền").click();
        Locator row = page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                .setHasText(leader.fullName()));
        assertThat(row.first()).isVisible();
        assertThat(page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                .setHasText("Đang hiệu lực")).first()).isVisible();
        assertThat(page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                .setHasText(lastDay)).first()).isVisible();
        assertThat(page.locator("vaadin-notification-card")).hasCount(0);
        shot("officer-names-the-leader");
        assertThat(substitutions.standInsOf(leader)).as("the leader stands in for the officer").isNotEmpty();

        // ---- the leader: the officer's open task is in the leader's inbox, marked as done for the officer
        signInAs(leader.username());
        Locator onBehalf = page.getByText("Thay cho: " + officer.fullName());
        assertThat(onBehalf.first()).isVisible();
        shot("leader-inbox-thay-cho");

        // ---- the administrator: taking the commune out of use shows the running cycle first
        signInAs(admin);
        page.navigate("/admin/organisations");
        Locator search = page.locator("vaadin-text-field[placeholder='Tìm theo tên hoặc mã'] input");
        search.fill(commune.name());
        // the search is applied once the tree shows nothing else (the admin's own province goes away)
        assertThat(page.locator("vaadin-grid-cell-content:visible").filter(new Locator.FilterOptions()
                .setHasText("Tỉnh Quản Trị " + test.suffix()))).hasCount(0);
        Locator unit = page.locator("vaadin-grid-cell-content:visible").filter(new Locator.FilterOptions()
                .setHasText(commune.name()));
        unit.first().click();
        assertThat(button("Ngừng hoạt động")).isEnabled();
        button("Ngừng hoạt động").click();
        Locator dialog = page.locator("vaadin-dialog-overlay");
        assertThat(dialog.getByText("Ngừng hoạt động " + commune.name()).first()).isVisible();
        assertThat(dialog.getByText("Số chu kỳ đang chạy").first()).isVisible();
        shot("admin-deactivation-impact");
        assertThat(orgs.get(commune.id()).active()).as("nothing changed before the confirmation").isTrue();
    }

    private UserAccount user(String username) {
        return users.findByUsername(username).orElseThrow();
    }

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    /** target/screenshots/substitutes-NN-NAME.png, also kept as docs/screens/substitutes-NN-NAME.png. */
    private void shot(String name) {
        assertThat(keptScreenshot(String.format("substitutes-%02d-%s", ++screen, name))).exists();
    }
}
