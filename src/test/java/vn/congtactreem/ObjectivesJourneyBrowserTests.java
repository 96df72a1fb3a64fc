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
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.congtactreem.org.OrgService;
import vn.congtactreem.org.UserAccount;
import vn.congtactreem.org.UserService;
import vn.congtactreem.plan.Deadlines;
import vn.congtactreem.plan.PeriodForm;
import vn.congtactreem.plan.PeriodKind;
import vn.congtactreem.plan.PlanService;
import vn.congtactreem.plan.UpperPlanForm;
import vn.congtactreem.support.BrowserTest;
import vn.congtactreem.support.CycleCleanUp;
import vn.congtactreem.support.ProcessJobs;
import vn.congtactreem.support.TestIndicators;
import vn.congtactreem.support.TestOrgs;

/**
 * Issue 14 in Chromium: a commune officer writes an objective and, under it, a target "giảm từ 2 % xuống 1,5 %"
 * on the plan's draft; the plan's document page then reads "Mục tiêu 1" and "Chỉ tiêu 1". Screens go to
 * target/screenshots/objectives-NN-*.png (and docs/screens/).
 */
class ObjectivesJourneyBrowserTests extends BrowserTest {

    private static final int YEAR = 2451;

    @Autowired OrgService orgs;
    @Autowired UserService users;
    @Autowired PlanService plans;
    @Autowired RuntimeService runtime;
    @Autowired JdbcTemplate jdbc;

    private final List<Long> started = new ArrayList<>();
    private int screen;

    @AfterEach
    void endTheCycle() {
        started.forEach(planId -> CycleCleanUp.endProcessesOf(runtime, planId));
        ProcessJobs.resetClock();
    }

    @Test
    void anOfficerPutsABandTargetUnderAnObjectiveAndThePlanDocumentNumbersBoth() {
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

        signInAs(officer.username());
        page.navigate("/plans/" + planId + "/draft");
        // an objective, titled as the plan titles it
        button("Thêm mục tiêu").click();
        Locator objectiveTitle = page.getByLabel("Tên Mục tiêu 1");
        objectiveTitle.fill("Giảm tỷ lệ trẻ em bị tai nạn, thương tích");
        objectiveTitle.press("Tab");
        // a target under it: the care rate, from 2 % down to 1.5 %
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
        assertThat(plans.load(planId).targets()).singleElement().satisfies(t -> {
            assertThat(t.objective()).isEqualTo(1);
            assertThat(t.requirement()).isEqualTo("giảm từ 2 % xuống 1,5 %");
        });
        shot("draft-objective-and-band-target");

        // the plan's document page: the objective and the target under it, each numbered
        page.navigate("/plans/" + planId);
        assertThat(page.getByText("Mục tiêu 1: Giảm tỷ lệ trẻ em bị tai nạn, thương tích").first()).isVisible();
        assertThat(page.getByText("Chỉ tiêu 1").first()).isVisible();
        Locator target = page.getByText("giảm từ 2 % xuống 1,5 %").first();
        assertThat(target).isVisible();
        assertThat(target).containsText("Chỉ tiêu 1");
        target.scrollIntoViewIfNeeded();
        shot("plan-document-objective-and-target");
    }

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    /** target/screenshots/objectives-NN-NAME.png, also kept as docs/screens/objectives-NN-NAME.png. */
    private void shot(String name) {
        assertThat(keptScreenshot(String.format("objectives-%02d-%s", ++screen, name))).exists();
    }
}
