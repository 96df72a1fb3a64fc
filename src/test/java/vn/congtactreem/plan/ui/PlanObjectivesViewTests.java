package vn.congtactreem.plan.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.congtactreem.indicator.Comparator;
import vn.congtactreem.indicator.Objective;
import vn.congtactreem.indicator.Target;
import vn.congtactreem.org.OrgService;
import vn.congtactreem.org.UserAccount;
import vn.congtactreem.org.UserService;
import vn.congtactreem.plan.Deadlines;
import vn.congtactreem.plan.PeriodForm;
import vn.congtactreem.plan.PeriodKind;
import vn.congtactreem.plan.Plan;
import vn.congtactreem.plan.PlanService;
import vn.congtactreem.plan.UpperPlanForm;
import vn.congtactreem.reporting.ReportingService;
import vn.congtactreem.support.CycleFixture;
import vn.congtactreem.support.KaribuUiTest;
import vn.congtactreem.support.ProcessJobs;
import vn.congtactreem.support.TestIndicators;
import vn.congtactreem.support.TestOrgs;

/** The officer writes the plan's targets under its objectives, as the plan does, and moves them with arrows. */
class PlanObjectivesViewTests extends KaribuUiTest {

    private static final int YEAR = 2075;

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
    JdbcTemplate jdbc;

    @AfterEach
    void realTime() {
        ProcessJobs.resetClock();
    }

    /** The commune's plan at drafting, started by its officer (this test's own organisations and users). */
    private long planAtDrafting(TestOrgs.Commune place) {
        CycleFixture fixture = new CycleFixture(plans, reporting, users, orgs, management);
        ProcessJobs.setClock(LocalDateTime.of(YEAR, 3, 1, 9, 0).atZone(Deadlines.VIETNAM).toInstant());
        UserAccount officer = fixture.user(place.commune().officer());
        long planId = plans.startCycle(officer, place.commune().id(), "Thực hiện công tác trẻ em năm " + YEAR,
                YEAR, YEAR).id();
        plans.registerUpperPlan(officer, planId, new UpperPlanForm("9/KH-UBND", LocalDate.of(YEAR, 2, 1),
                "UBND huyện Tân Yên", "Kế hoạch năm " + YEAR, null, List.of(new PeriodForm(YEAR,
                PeriodKind.SIX_MONTHS, LocalDate.of(YEAR - 1, 12, 15), LocalDate.of(YEAR, 6, 14),
                LocalDate.of(YEAR, 5, 1), LocalDate.of(YEAR, 5, 18), LocalDate.of(YEAR, 5, 24), "7,1"))));
        return planId;
    }

    /** Adds a target (it goes under the last objective) and fills it with a valid requirement. */
    private static void addTarget(DraftPlanView view, long indicatorId, Comparator comparator, String value) {
        _click(view.targets.add);
        TargetRow row = view.targets.rows().get(view.targets.rows().size() - 1);
        row.targetValue.setValue(new BigDecimal(value));
        row.comparator.setValue(comparator);
        row.indicator.setValue(row.indicator.getListDataView().getItems().filter(i -> i.id() == indicatorId)
                .findFirst().orElseThrow());
    }

    private List<String> saved(long planId) {
        Plan plan = plans.load(planId);
        return plan.targets().stream().map(t -> t.number() + "@" + t.objective() + " " + t.indicator().code())
                .toList();
    }

    private static List<String> headings(DraftPlanView view) {
        return view.targets.rows().stream().map(r -> r.placement.heading.getText()).toList();
    }

    @Test
    void theOfficerGroupsTargetsUnderObjectivesMovesThemWithArrowsAndFindsThemSoWhenReopening() {
        TestOrgs.Commune place = new TestOrgs(orgs, users).commune("muctieu");
        long planId = planAtDrafting(place);
        TestIndicators indicators = new TestIndicators(jdbc);
        long care = indicators.careRate();
        long deaths = indicators.injuryDeaths();
        long friendly = indicators.childFriendly();
        String careCode = indicators.code("CS");
        String deathsCode = indicators.code("TV");
        String friendlyCode = indicators.code("PH");
        login(place.commune().officer());
        UI.getCurrent().navigate("plans/" + planId + "/draft");
        DraftPlanView view = _get(DraftPlanView.class);
        ObjectivesEditor objectives = view.targets.objectives;

        // two objectives, titled as the plan titles them
        _click(objectives.add);
        _setValue(objectives.rows().get(0).title(), "Bảo vệ trẻ em");
        _click(objectives.add);
        assertThat(objectives.rows().get(1).title().getLabel()).isEqualTo("Tên Mục tiêu 2");
        _setValue(objectives.rows().get(1).title(), "Phòng, chống tai nạn, thương tích");
        assertThat(plans.load(planId).objectives()).extracting(Objective::heading)
                .containsExactly("Mục tiêu 1: Bảo vệ trẻ em", "Mục tiêu 2: Phòng, chống tai nạn, thương tích");

        // targets go under the last objective; one is moved to the first objective and stands first
        addTarget(view, deaths, Comparator.AT_MOST, "2");
        addTarget(view, friendly, Comparator.EQUAL, "1");
        addTarget(view, care, Comparator.MORE_THAN, "95");
        assertThat(view.targets.rows().get(2).placement.objective.getValue()).isEqualTo(2);
        _setValue(view.targets.rows().get(2).placement.objective, 1);
        assertThat(headings(view)).containsExactly("Chỉ tiêu 1 · Mục tiêu 1", "Chỉ tiêu 2 · Mục tiêu 2",
                "Chỉ tiêu 3 · Mục tiêu 2");
        assertThat(saved(planId)).containsExactly("1@1 " + careCode, "2@2 " + deathsCode, "3@2 " + friendlyCode);

        // arrows: a target moves within its objective only
        _click(view.targets.rows().get(1).placement.up);
        assertThat(saved(planId)).containsExactly("1@1 " + careCode, "2@2 " + deathsCode, "3@2 " + friendlyCode);
        _click(view.targets.rows().get(2).placement.up);
        assertThat(saved(planId)).containsExactly("1@1 " + careCode, "2@2 " + friendlyCode, "3@2 " + deathsCode);

        // an objective moved up takes its targets with it; the numbers follow the new order
        _click(objectives.rows().get(1).up());
        assertThat(objectives.getValue()).containsExactly("Phòng, chống tai nạn, thương tích", "Bảo vệ trẻ em");
        assertThat(saved(planId)).containsExactly("1@1 " + friendlyCode, "2@1 " + deathsCode, "3@2 " + careCode);

        // the plan numbers its last target 5: typed, kept, and shown
        _setValue(view.targets.rows().get(2).placement.number, "5");
        assertThat(view.targets.rows().get(2).placement.heading.getText()).isEqualTo("Chỉ tiêu 5 · Mục tiêu 2");
        assertThat(saved(planId)).containsExactly("1@1 " + friendlyCode, "2@1 " + deathsCode, "5@2 " + careCode);
        // a number already used is refused on its box
        _setValue(view.targets.rows().get(2).placement.number, "2");
        assertThat(view.targets.rows().get(2).placement.number.isInvalid()).isTrue();
        assertThat(view.targets.rows().get(2).placement.number.getErrorMessage()).isEqualTo("Hai chỉ tiêu cùng số 2");
        _setValue(view.targets.rows().get(2).placement.number, "5");

        // opened again: the same objectives, targets, numbers
        UI.getCurrent().navigate("plans/" + planId + "/draft");
        DraftPlanView again = _get(DraftPlanView.class);
        assertThat(again.targets.objectives.getValue())
                .containsExactly("Phòng, chống tai nạn, thương tích", "Bảo vệ trẻ em");
        assertThat(headings(again)).containsExactly("Chỉ tiêu 1 · Mục tiêu 1", "Chỉ tiêu 2 · Mục tiêu 1",
                "Chỉ tiêu 5 · Mục tiêu 2");
        assertThat(again.targets.rows().get(2).placement.number.getValue()).isEqualTo("5");
        assertThat(again.targets.rows().get(0).placement.objective.getItemLabelGenerator().apply(1))
                .isEqualTo("Mục tiêu 1: Phòng, chống tai nạn, thương tích");

        // an objective removed leaves its targets without one, first in the plan
        _click(again.targets.objectives.rows().get(0).remove());
        assertThat(plans.load(planId).objectives()).extracting(Objective::title).containsExactly("Bảo vệ trẻ em");
        assertThat(plans.load(planId).targets()).extracting(Target::objective).containsExactly(null, null, 1);
    }
}
