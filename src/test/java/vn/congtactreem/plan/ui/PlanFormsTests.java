package vn.congtactreem.plan.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.congtactreem.org.OrgService;
import vn.congtactreem.org.UserAccount;
import vn.congtactreem.org.UserService;
import vn.congtactreem.plan.AssignmentForm;
import vn.congtactreem.plan.CycleEvent;
import vn.congtactreem.plan.Deadlines;
import vn.congtactreem.plan.PeriodForm;
import vn.congtactreem.plan.PeriodKind;
import vn.congtactreem.plan.Plan;
import vn.congtactreem.plan.PlanDraft;
import vn.congtactreem.plan.PlanService;
import vn.congtactreem.plan.PlanStatus;
import vn.congtactreem.plan.UpperPlanForm;
import vn.congtactreem.reporting.ReportingService;
import vn.congtactreem.support.CycleFixture;
import vn.congtactreem.support.KaribuUiTest;
import vn.congtactreem.support.TestOrgs;
import vn.congtactreem.support.ProcessJobs;
import vn.congtactreem.support.TestIndicators;

/** The plan forms as the commune officer and leader use them: start, upper plan, draft, review, read. */
class PlanFormsTests extends KaribuUiTest {

    /** Years of their own, later than other classes' cycles, so "last year's plan" is this class's. */
    private static int nextYear = 2090;

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
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    /** This test's commune, its police and health station and their people (made by the fixture). */
    private TestOrgs.Commune place;

    @org.junit.jupiter.api.BeforeEach
    void aCommuneOfItsOwn() {
        place = testOrgs().commune("kehoach");
    }

    @AfterEach
    void realTime() {
        ProcessJobs.resetClock();
    }

    private CycleFixture fixture() {
        return new CycleFixture(plans, reporting, users, orgs, management);
    }

    private long planAtDrafting(int year) {
        ProcessJobs.setClock(LocalDateTime.of(year, 3, 1, 9, 0).atZone(Deadlines.VIETNAM).toInstant());
        UserAccount officer = fixture().user(place.commune().officer());
        long planId = plans.startCycle(officer, place.commune().id(), "Thực hiện công tác trẻ em năm " + year,
                year, year).id();
        plans.registerUpperPlan(officer, planId, new UpperPlanForm("9/KH-UBND", LocalDate.of(year, 2, 1),
                "UBND huyện Tân Yên", "Kế hoạch năm " + year, null, List.of(new PeriodForm(year,
                PeriodKind.SIX_MONTHS, LocalDate.of(year - 1, 12, 15), LocalDate.of(year, 6, 14),
                LocalDate.of(year, 5, 1), LocalDate.of(year, 5, 18), LocalDate.of(year, 5, 24), "7,1"))));
        return planId;
    }

    private long planInReview(int year) {
        long planId = planAtDrafting(year);
        UserAccount officer = fixture().user(place.commune().officer());
        plans.saveDraft(officer, planId, new PlanDraft("Thực hiện công tác trẻ em năm " + year, "Bảo vệ trẻ em.",
                null, null, null, null, "- Lưu: VT.", "Lục Xuân Đức", "PHÓ CHỦ TỊCH", null,
                List.of(new AssignmentForm(place.police(), "Phòng, chống xâm hại trẻ em"))));
        plans.submitForApproval(officer, planId);
        return planId;
    }

    @Test
    void theOfficerStartsAPlanAndYearsOutOfOrderAreRefusedNextToTheField() {
        login(place.commune().officer());
        UI.getCurrent().navigate("plans");
        PlansView view = _get(PlansView.class);
        assertThat(view.startPlan.isVisible()).isTrue();
        _click(view.startPlan);
        TextField title = _get(TextField.class, spec -> spec.withLabel("Tên kế hoạch"));
        IntegerField yearFrom = _get(IntegerField.class, spec -> spec.withLabel("Từ năm"));
        IntegerField yearTo = _get(IntegerField.class, spec -> spec.withLabel("Đến năm"));
        assertThat(title.getValue()).startsWith("Thực hiện công tác trẻ em năm ");
        int year = nextYear++;
        _setValue(title, "Thực hiện công tác trẻ em năm " + year);
        _setValue(yearFrom, year);
        _setValue(yearTo, year - 1);
        _click(_get(com.vaadin.flow.component.button.Button.class, spec -> spec.withText("Bắt đầu")));
        assertThat(yearTo.isInvalid()).isTrue();
        assertThat(yearTo.getErrorMessage()).contains("Năm kết thúc");
        assertThat(title.getValue()).isEqualTo("Thực hiện công tác trẻ em năm " + year);

        _setValue(yearTo, year);
        _click(_get(com.vaadin.flow.component.button.Button.class, spec -> spec.withText("Bắt đầu")));
        UpperPlanView upper = _get(UpperPlanView.class);
        assertThat(upper.number.isAttached()).isTrue();
    }

    @Test
    void theNewPlanFormProposesNextYearInDecemberOrOnceThisYearsPlanExists() {
        int year = nextYear;
        nextYear += 2;
        login(place.commune().officer());
        ProcessJobs.setClock(LocalDateTime.of(year, 11, 30, 9, 0).atZone(Deadlines.VIETNAM).toInstant());
        assertThat(proposedYear()).isEqualTo(year);
        // December: next year's plan is being drafted
        ProcessJobs.setClock(LocalDateTime.of(year, 12, 1, 9, 0).atZone(Deadlines.VIETNAM).toInstant());
        assertThat(proposedYear()).isEqualTo(year + 1);
        assertThat(_get(TextField.class, spec -> spec.withLabel("Tên kế hoạch")).getValue())
                .isEqualTo("Thực hiện công tác trẻ em năm " + (year + 1));
        // back in March, once this year's plan exists
        planAtDrafting(year);
        assertThat(proposedYear()).isEqualTo(year + 1);
    }

    /** Opens "Lập kế hoạch mới" afresh and reads the year it proposes. */
    private int proposedYear() {
        _find(com.vaadin.flow.component.dialog.Dialog.class).forEach(com.vaadin.flow.component.dialog.Dialog::close);
        com.github.mvysny.kaributesting.v10.MockVaadin.clientRoundtrip();
        UI.getCurrent().navigate("plans");
        _click(_get(PlansView.class).startPlan);
        IntegerField yearFrom = _get(IntegerField.class, spec -> spec.withLabel("Từ năm"));
        assertThat(_get(IntegerField.class, spec -> spec.withLabel("Đến năm")).getValue()).isEqualTo(yearFrom.getValue());
        return yearFrom.getValue();
    }

    @Test
    void theUpperPlanIsRegisteredWithItsFileAndBadInputIsShownWhereItWasTyped() {
        int year = nextYear++;
        login(place.commune().officer());
        long planId = plans.startCycle(fixture().user(place.commune().officer()), place.commune().id(),
                "Thực hiện công tác trẻ em năm " + year, year, year).id();
        UI.getCurrent().navigate("plans/" + planId + "/upper-plan");
        UpperPlanView view = _get(UpperPlanView.class);
        assertThat(view.blanksWarning.isVisible()).as("no warning on a form nobody has filled yet").isFalse();

        view.receiveFile("chuong-trinh.exe", new byte[] {1, 2, 3});
        assertThat(view.fileError.isVisible()).isTrue();
        assertThat(view.fileError.getText()).contains("chuong-trinh.exe");
        view.receiveFile("KH-50-TanYen.pdf", "%PDF-1.4 kế hoạch".getBytes());
        assertThat(view.fileError.isVisible()).isFalse();
        assertThat(view.fileName.getText()).contains("KH-50-TanYen.pdf");

        _setValue(view.issuer, "UBND huyện Tân Yên");
        // a blank number is only warned about; a date (or its month and year) is needed
        assertThat(view.blanksWarning.isVisible()).isTrue();
        _click(view.register);
        assertThat(view.number.isInvalid()).isFalse();
        assertThat(view.issuedOn.isInvalid()).isTrue();
        assertThat(view.issuedOn.getErrorMessage()).contains("để trống ngày");
        assertThat(view.issuer.getValue()).isEqualTo("UBND huyện Tân Yên");

        _setValue(view.number, "50/KH-UBND");
        view.issuedOn.setValue(LocalDate.of(year, 2, 29 - (year % 4 == 0 ? 0 : 1)));
        assertThat(view.blanksWarning.isVisible()).isFalse();
        PeriodsEditor.Row sixMonths = view.periods.rows().get(0);
        sixMonths.upperDue.setValue(LocalDate.of(year, 5, 18));
        _click(view.register);
        assertThat(sixMonths.unitDue.isInvalid()).isTrue();
        assertThat(sixMonths.unitDue.getErrorMessage()).contains("không để kịp");

        sixMonths.upperDue.setValue(LocalDate.of(year, 5, 24));
        _click(view.register);
        Plan plan = plans.load(planId);
        assertThat(plan.upper().number()).isEqualTo("50/KH-UBND");
        assertThat(plan.upper().fileId()).isNotNull();
        assertThat(plan.periods().get(0).upperDue()).isEqualTo(LocalDate.of(year, 5, 24));
        assertThat(_get(DraftPlanView.class).purpose.isAttached()).isTrue();
    }

    @Test
    void anUpperPlanWithABlankNumberAndDayIsRegisteredWithAWarningAndNothingInvented() {
        int year = nextYear++;
        login(place.commune().officer());
        long planId = plans.startCycle(fixture().user(place.commune().officer()), place.commune().id(),
                "Thực hiện công tác trẻ em năm " + year, year, year).id();
        UI.getCurrent().navigate("plans/" + planId + "/upper-plan");
        UpperPlanView view = _get(UpperPlanView.class);

        // "Kế hoạch số   /KH-UBND ngày   /3/<year>"
        _setValue(view.number, "/KH-UBND");
        _setValue(view.issuer, "UBND huyện Tân Yên");
        assertThat(view.issuedMonth.isVisible()).isFalse();
        _setValue(view.dayBlank, true);
        assertThat(view.issuedOn.isVisible()).isFalse();
        assertThat(view.issuedMonth.isVisible()).isTrue();
        assertThat(view.blanksWarning.isVisible()).isTrue();
        assertThat(view.blanksWarning.getText()).startsWith("Lưu ý");
        _setValue(view.issuedMonth, 13);
        _setValue(view.issuedYear, year);
        view.periods.rows().get(0).upperDue.setValue(LocalDate.of(year, 5, 24));
        _click(view.register);
        assertThat(view.issuedMonth.isInvalid()).isTrue();
        assertThat(view.issuedMonth.getErrorMessage()).isEqualTo("Tháng từ 1 đến 12.");

        _setValue(view.issuedMonth, 3);
        _click(view.register);
        Plan.UpperPlanReference upper = plans.load(planId).upper();
        assertThat(upper.number()).isEqualTo("/KH-UBND");
        assertThat(upper.issuedOn()).isNull();
        assertThat(upper.issuedMonth()).isEqualTo(3);
        assertThat(upper.issuedYear()).isEqualTo(year);
        assertThat(upper.citation()).isEqualTo("số       /KH-UBND ngày       /3/" + year);
    }

    @Test
    void theDraftSavesItselfAndAListErrorKeepsTheTextsSaved() {
        int year = nextYear++;
        long planId = planAtDrafting(year);
        login(place.commune().officer());
        UI.getCurrent().navigate("plans/" + planId + "/draft");
        DraftPlanView view = _get(DraftPlanView.class);

        _setValue(view.purpose, "Giảm tình trạng trẻ em bị đuối nước.");
        assertThat(plans.load(planId).purpose()).isEqualTo("Giảm tình trạng trẻ em bị đuối nước.");
        // on the cycle's clock (09:00 on 1 March of the test's year), not the wall clock
        assertThat(view.autosaveStatus.getText()).isEqualTo("Đã tự động lưu lúc 09:00");

        _click(view.activities.add);
        ActivitiesEditor.Row activity = view.activities.rows().get(0);
        _setValue(activity.title, "Tuyên truyền phòng, chống đuối nước");
        activity.monthFrom.setValue(9);
        activity.monthTo.setValue(6);
        assertThat(activity.monthTo.isInvalid()).isTrue();
        assertThat(activity.monthTo.getErrorMessage()).contains("tháng kết thúc không trước tháng bắt đầu");
        _setValue(view.requirements, "Thiết thực, hiệu quả.");
        assertThat(plans.load(planId).requirements()).isEqualTo("Thiết thực, hiệu quả.");
        // the activity as it was before the error; the wrong months are only on the screen
        assertThat(plans.load(planId).activities()).singleElement()
                .satisfies(a -> assertThat(a.timeframe().isEmpty()).isTrue());
        assertThat(activity.monthFrom.getValue()).isEqualTo(9);
        assertThat(view.autosaveStatus.getText()).contains("sửa lỗi");

        activity.monthFrom.setValue(null);
        activity.monthTo.setValue(null);
        activity.quarters.setValue(java.util.Set.of(2, 3));
        assertThat(plans.load(planId).activities()).singleElement()
                .satisfies(a -> assertThat(a.timeframe().label(year)).isEqualTo("Quý II và quý III/" + year));
        assertThat(activity.monthTo.isInvalid()).isFalse();
    }

    @Test
    void aDraftPageReadBeforeAnotherSaveIsRefusedWithANotificationAndKeepsWhatWasTyped() {
        int year = nextYear++;
        long planId = planAtDrafting(year);
        login(place.commune().officer());
        UI.getCurrent().navigate("plans/" + planId + "/draft");
        DraftPlanView view = _get(DraftPlanView.class);
        _setValue(view.purpose, "Bản đầu của trang này.");
        // another tab (or the other officer of the commune) saves first
        UserAccount officer = fixture().user(place.commune().officer());
        Plan other = plans.load(planId);
        plans.saveDraft(officer, planId, new PlanDraft(other.title(), "Bản của cửa sổ khác.", null, null, null, null,
                null, null, null, null, null), other.version());

        _setValue(view.purpose, "Bản của trang mở trước.");

        assertThat(plans.load(planId).purpose()).as("the newer save stays").isEqualTo("Bản của cửa sổ khác.");
        assertThat(view.purpose.getValue()).as("what was typed stays").isEqualTo("Bản của trang mở trước.");
        assertThat(_find(com.vaadin.flow.component.notification.Notification.class))
                .filteredOn(n -> n.hasClassName("conflict-notification") && n.isOpened()).isNotEmpty();

        UI.getCurrent().navigate("plans/" + planId + "/draft");
        DraftPlanView reloaded = _get(DraftPlanView.class);
        assertThat(reloaded.purpose.getValue()).isEqualTo("Bản của cửa sổ khác.");
        _setValue(reloaded.purpose, "Bản sau khi tải lại.");
        _setValue(reloaded.requirements, "Thiết thực.");
        assertThat(plans.load(planId).purpose()).as("saved again and again once reloaded")
                .isEqualTo("Bản sau khi tải lại.");
        assertThat(plans.load(planId).requirements()).isEqualTo("Thiết thực.");
    }

    @Test
    void thePlansUnitPickersListTheCommuneFirstThenItsAgenciesWithTheirPaths() {
        long planId = planAtDrafting(nextYear++);
        login(place.commune().officer());
        UI.getCurrent().navigate("plans/" + planId + "/draft");
        DraftPlanView view = _get(DraftPlanView.class);
        String commune = place.commune().name();

        _click(view.activities.add);
        ActivitiesEditor.Row activity = view.activities.rows().get(0);
        assertThat(com.github.mvysny.kaributesting.v10.ComboBoxKt.getSuggestions(activity.lead)).containsExactly(
                place.district().name() + " › " + commune,
                commune + " › " + place.policeName(),
                commune + " › " + place.healthName());
        com.github.mvysny.kaributesting.v10.ComboBoxKt.setUserInput(activity.lead, "tram y te");
        assertThat(com.github.mvysny.kaributesting.v10.ComboBoxKt.getSuggestions(activity.lead))
                .containsExactly(commune + " › " + place.healthName());

        _click(view.assignments.add);
        AssignmentsEditor.Row assignment = view.assignments.rows().get(0);
        assertThat(com.github.mvysny.kaributesting.v10.ComboBoxKt.getSuggestions(assignment.unit))
                .as("the units below the commune, not the commune itself")
                .containsExactly(commune + " › " + place.policeName(), commune + " › " + place.healthName());

        _click(view.targets.add);
        TargetRow target = view.targets.rows().get(0);
        _setValue(target.source, vn.congtactreem.indicator.FigureSource.UNITS);
        assertThat(target.responsible.getListDataView().getItems().map(target.responsible.getItemLabelGenerator()))
                .containsExactly(commune + " › " + place.policeName(), commune + " › " + place.healthName());
    }

    @Test
    void theOfficerSetsTargetsFromTheCatalogueAndAWrongValueIsShownOnItsBox() {
        int year = nextYear++;
        long planId = planAtDrafting(year);
        long care = new TestIndicators(jdbc).careRate();
        login(place.commune().officer());
        UI.getCurrent().navigate("plans/" + planId + "/draft");
        DraftPlanView view = _get(DraftPlanView.class);
        // the upper plan was registered by hand: nothing to take targets from in the system
        assertThat(view.targets.takeFromUpper.isVisible()).isFalse();

        _click(view.targets.add);
        TargetRow target = view.targets.rows().get(0);
        assertThat(target.milestoneYear.getValue()).isEqualTo(year);
        target.indicator.setValue(target.indicator.getListDataView().getItems()
                .filter(i -> i.id() == care).findFirst().orElseThrow());
        assertThat(target.measure.getText()).isEqualTo("%");
        target.comparator.setValue(vn.congtactreem.indicator.Comparator.MORE_THAN);
        target.targetValue.setValue(new java.math.BigDecimal("120"));
        assertThat(target.targetValue.isInvalid()).isTrue();
        assertThat(target.targetValue.getErrorMessage()).isEqualTo("Tỷ lệ phần trăm không quá 100.");
        assertThat(plans.load(planId).targets()).isEmpty();

        target.targetValue.setValue(new java.math.BigDecimal("95"));
        // a new target is the commune's own figure until the officer says who reports it
        assertThat(target.source.getValue()).isEqualTo(vn.congtactreem.indicator.FigureSource.OWN);
        assertThat(target.responsible.isVisible()).isFalse();
        _setValue(target.source, vn.congtactreem.indicator.FigureSource.UNITS);
        assertThat(target.responsible.isVisible()).isTrue();
        assertThat(target.responsible.getListDataView().getItems()).isNotEmpty()
                .noneMatch(vn.congtactreem.org.OrgUnit::isArea);
        assertThat(target.source.getHelperText()).contains("toàn địa bàn");
        target.responsible.setValue(target.responsible.getListDataView().getItems()
                .filter(u -> u.name().equals(place.healthName())).toList());
        _setValue(target.wording, "Duy trì trên 95% trẻ em có hoàn cảnh đặc biệt được chăm sóc");
        assertThat(target.targetValue.isInvalid()).isFalse();
        assertThat(plans.load(planId).targets()).singleElement().satisfies(t -> {
            assertThat(t.indicator().id()).isEqualTo(care);
            assertThat(t.requirement()).isEqualTo("> 95 %");
            assertThat(t.responsibleUnitNames()).containsExactly(place.healthName());
            assertThat(t.source()).isEqualTo(vn.congtactreem.indicator.FigureSource.UNITS);
            assertThat(t.wording()).startsWith("Duy trì trên 95%");
        });

        // a change needs its baseline year, said on that box
        _setValue(target.shape, vn.congtactreem.indicator.TargetShape.CHANGE);
        target.comparator.setValue(vn.congtactreem.indicator.Comparator.INCREASE_BY);
        assertThat(target.measure.getText()).isEqualTo("% so với năm gốc");
        assertThat(target.baselineYear.isInvalid()).isTrue();
        assertThat(target.baselineYear.getErrorMessage()).isEqualTo("Năm gốc để so sánh phải trước năm mốc " + year + ".");
        target.baselineYear.setValue(year - 1);
        assertThat(plans.load(planId).targets()).singleElement()
                .satisfies(t -> assertThat(t.requirement()).isEqualTo("tăng ≥ 95 % so với năm " + (year - 1)));
    }

    @Test
    void theOfficerEntersABandAndAYearlyRangeAndEachWrongPartIsShownOnItsBox() {
        int year = nextYear++;
        long planId = planAtDrafting(year);
        long care = new TestIndicators(jdbc).careRate();
        login(place.commune().officer());
        UI.getCurrent().navigate("plans/" + planId + "/draft");
        DraftPlanView view = _get(DraftPlanView.class);

        _click(view.targets.add);
        TargetRow target = view.targets.rows().get(0);
        target.indicator.setValue(target.indicator.getListDataView().getItems()
                .filter(i -> i.id() == care).findFirst().orElseThrow());
        _setValue(target.shape, vn.congtactreem.indicator.TargetShape.BAND);
        // a band has a start and an end, no comparator and no baseline year
        assertThat(target.valueFrom.isVisible()).isTrue();
        assertThat(target.comparator.isVisible()).isFalse();
        assertThat(target.baselineYear.isVisible()).isFalse();
        assertThat(target.targetValue.getLabel()).isEqualTo("Xuống/lên mức");
        target.targetValue.setValue(new java.math.BigDecimal("1.5"));
        assertThat(target.valueFrom.isInvalid()).isTrue();
        assertThat(target.valueFrom.getErrorMessage()).isEqualTo("Nhập giá trị chỉ tiêu.");
        target.valueFrom.setValue(new java.math.BigDecimal("1.5"));
        assertThat(target.targetValue.isInvalid()).isTrue();
        assertThat(target.targetValue.getErrorMessage()).isEqualTo("Mức cuối phải khác mức đầu.");
        target.valueFrom.setValue(new java.math.BigDecimal("2"));
        _setValue(target.wording, "Giảm tỷ lệ từ 2 % xuống 1,5 % hằng năm");
        assertThat(target.targetValue.isInvalid()).isFalse();
        assertThat(plans.load(planId).targets()).singleElement().satisfies(t -> {
            assertThat(t.shape()).isEqualTo(vn.congtactreem.indicator.TargetShape.BAND);
            assertThat(t.requirement()).isEqualTo("giảm từ 2 % xuống 1,5 %");
        });

        // "giảm 1 đến 2 % mỗi năm": the range's end must be above its start
        _setValue(target.shape, vn.congtactreem.indicator.TargetShape.YEARLY_CHANGE);
        assertThat(target.comparator.getValue()).isEqualTo(vn.congtactreem.indicator.Comparator.REDUCE_BY);
        assertThat(target.measure.getText()).isEqualTo("% mỗi năm so với năm trước");
        target.targetValue.setValue(new java.math.BigDecimal("2"));
        target.valueTo.setValue(new java.math.BigDecimal("1"));
        assertThat(target.valueTo.isInvalid()).isTrue();
        assertThat(target.valueTo.getErrorMessage()).isEqualTo("Mức \"đến\" phải lớn hơn mức đầu của khoảng.");
        target.targetValue.setValue(new java.math.BigDecimal("1"));
        target.valueTo.setValue(new java.math.BigDecimal("2"));
        assertThat(plans.load(planId).targets()).singleElement()
                .satisfies(t -> assertThat(t.requirement()).isEqualTo("giảm 1 đến 2 % mỗi năm"));

        // the draft opened again shows the shape and its parts as typed
        UI.getCurrent().navigate("plans/" + planId + "/draft");
        TargetRow again = _get(DraftPlanView.class).targets.rows().get(0);
        assertThat(again.shape.getValue()).isEqualTo(vn.congtactreem.indicator.TargetShape.YEARLY_CHANGE);
        assertThat(again.valueTo.getValue()).isEqualByComparingTo("2");
        assertThat(again.valueTo.isVisible()).isTrue();
        assertThat(again.valueFrom.isVisible()).isFalse();
    }

    @Test
    void theOfficerEntersGiuVungOnAYesNoIndicatorWithoutValueOrComparator() {
        int year = nextYear++;
        long planId = planAtDrafting(year);
        long friendly = new TestIndicators(jdbc).childFriendly();
        login(place.commune().officer());
        UI.getCurrent().navigate("plans/" + planId + "/draft");
        DraftPlanView view = _get(DraftPlanView.class);

        _click(view.targets.add);
        TargetRow target = view.targets.rows().get(0);
        target.indicator.setValue(target.indicator.getListDataView().getItems()
                .filter(i -> i.id() == friendly).findFirst().orElseThrow());
        assertThat(target.shape.getListDataView().getItems()).contains(vn.congtactreem.indicator.TargetShape.MAINTAIN);
        _setValue(target.shape, vn.congtactreem.indicator.TargetShape.MAINTAIN);
        // "giữ vững": held against last year, so no value, no comparator, no baseline year
        assertThat(target.targetValue.isVisible()).isFalse();
        assertThat(target.comparator.isVisible()).isFalse();
        assertThat(target.baselineYear.isVisible()).isFalse();
        _setValue(target.wording, "Giữ vững phường đạt tiêu chí phường phù hợp trẻ em");
        assertThat(plans.load(planId).targets()).singleElement().satisfies(t -> {
            assertThat(t.shape()).isEqualTo(vn.congtactreem.indicator.TargetShape.MAINTAIN);
            assertThat(t.requirement()).isEqualTo("giữ vững Có");
            assertThat(t.targetValue()).isNull();
        });

        UI.getCurrent().navigate("plans/" + planId + "/draft");
        TargetRow again = _get(DraftPlanView.class).targets.rows().get(0);
        assertThat(again.shape.getValue()).isEqualTo(vn.congtactreem.indicator.TargetShape.MAINTAIN);
        assertThat(again.targetValue.isVisible()).isFalse();
    }

    @Test
    void theSignatureIsTheOriginalsUnlessTheOfficerTicksSigningForTheCommittee() {
        long planId = planAtDrafting(nextYear++);
        login(place.commune().officer());
        UI.getCurrent().navigate("plans/" + planId + "/draft");
        DraftPlanView view = _get(DraftPlanView.class);
        _setValue(view.signerName, "Lục Xuân Đức");
        _setValue(view.signerTitle, "PHÓ CHỦ TỊCH");
        com.vaadin.flow.component.checkbox.Checkbox committee = _get(com.vaadin.flow.component.checkbox.Checkbox.class,
                spec -> spec.withLabel("Ký thay mặt tập thể (TM. Ủy ban nhân dân)"));
        assertThat(committee.getValue()).isFalse();
        assertThat(plans.document(plans.load(planId)).signature()).containsExactly("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH");

        // ticked: saved at once, like the rest of the draft, and the document signs for the committee
        _setValue(committee, true);
        assertThat(plans.load(planId).signedForCommittee()).isTrue();
        assertThat(view.autosaveStatus.getText()).startsWith("Đã tự động lưu");
        assertThat(plans.document(plans.load(planId)).signature())
                .containsExactly("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH");
        // a text saved alone (an autosave sending only the texts) keeps it
        plans.saveDraft(fixture().user(place.commune().officer()), planId, view.draft().textsOnly(),
                plans.load(planId).version());
        assertThat(plans.load(planId).signedForCommittee()).isTrue();

        // the page opened again shows it ticked; unticked, the originals' block comes back
        UI.getCurrent().navigate("plans/" + planId + "/draft");
        DraftPlanView again = _get(DraftPlanView.class);
        assertThat(again.signedForCommittee.getValue()).isTrue();
        _setValue(again.signedForCommittee, false);
        assertThat(plans.load(planId).signedForCommittee()).isFalse();
        assertThat(plans.document(plans.load(planId)).signature()).containsExactly("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH");
    }

    @Test
    void submittingAsksForWhatIsMissingThenSendsThePlanToTheLeader() {
        long planId = planAtDrafting(nextYear++);
        login(place.commune().officer());
        UI.getCurrent().navigate("plans/" + planId + "/draft");
        DraftPlanView view = _get(DraftPlanView.class);
        _setValue(view.purpose, "Bảo vệ trẻ em.");
        _click(view.submit);
        assertThat(view.signerName.isInvalid()).isTrue();
        assertThat(view.signerName.getErrorMessage()).isEqualTo("Nhập họ tên người ký.");

        _setValue(view.signerName, "Lục Xuân Đức");
        _setValue(view.signerTitle, "PHÓ CHỦ TỊCH");
        _click(view.submit);
        assertThat(view.getElement().getTextRecursively()).contains("Giao nhiệm vụ cho ít nhất một đơn vị.");

        _click(view.assignments.add);
        AssignmentsEditor.Row police = view.assignments.rows().get(0);
        police.unit.setValue(orgs.get(place.police()));
        _setValue(police.duties, "Phòng, chống xâm hại trẻ em");
        _click(view.submit);
        assertThat(plans.load(planId).status()).isEqualTo(PlanStatus.IN_REVIEW);
        assertThat(_get(PlanView.class).tabs.isAttached()).isTrue();
    }

    @Test
    void theLeaderReturnsWithAReasonTheOfficerSeesItThenTheLeaderApproves() throws IOException {
        long planId = planInReview(nextYear++);
        login(place.commune().leader());
        UI.getCurrent().navigate("plans/" + planId + "/review");
        PlanReviewView review = _get(PlanReviewView.class);
        assertThat(_find(PlanDocumentView.class)).hasSize(1);
        assertThat(_get(PlanDocumentView.class).getElement().getTextRecursively())
                .contains("ỦY BAN NHÂN DÂN", "KẾ HOẠCH", place.policeName(), "Lục Xuân Đức", "KT. CHỦ TỊCH");
        assertThat(review.download.getText()).isEqualTo("Tải văn bản (DOCX)");
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(DownloadKt._download(review.download)))) {
            assertThat(docx.getTables().get(0).getRow(1).getCell(0).getText()).as("not numbered before it is issued")
                    .isEqualTo("Số:        /KH-UBND");
            assertThat(docx.getParagraphs()).extracting(XWPFParagraph::getText).contains("KẾ HOẠCH");
        }
        _click(review.returnPlan);
        assertThat(review.comment.isInvalid()).isTrue();
        assertThat(plans.load(planId).status()).isEqualTo(PlanStatus.IN_REVIEW);
        _setValue(review.comment, "Bổ sung nhiệm vụ của Trạm Y tế.");
        _click(review.returnPlan);
        assertThat(plans.load(planId).status()).isEqualTo(PlanStatus.DRAFT);

        login(place.commune().officer());
        UI.getCurrent().navigate("plans/" + planId + "/draft");
        DraftPlanView draft = _get(DraftPlanView.class);
        assertThat(draft.getElement().getTextRecursively()).contains("Bổ sung nhiệm vụ của Trạm Y tế.");
        assertThat(draft.purpose.getValue()).isEqualTo("Bảo vệ trẻ em.");
        _click(draft.submit);

        login(place.commune().leader());
        UI.getCurrent().navigate("plans/" + planId + "/review");
        _click(_get(PlanReviewView.class).approve);
        // the plan page says it is being issued, and shows it issued with its number once the process has
        // done so, without a reload (it polls)
        assertThat(_get(PlanView.class).getElement().getTextRecursively())
                .contains("Đã duyệt: đang ban hành kế hoạch và cấp số");
        ProcessJobs.runDue(management);
        Plan issued = plans.load(planId);
        assertThat(issued.status()).isEqualTo(PlanStatus.ISSUED);
        assertThat(issued.documentNumber()).endsWith("/KH-UBND");
        UI ui = UI.getCurrent();
        ComponentUtil.fireEvent(ui, new PollEvent(ui, true));
        assertThat(_get(PlanView.class).getElement().getTextRecursively())
                .contains("Đã ban hành · " + issued.documentNumber())
                .doesNotContain("đang ban hành");
        assertThat(ui.getPollInterval()).as("the page stops polling once issued").isNotEqualTo(1000);
    }

    @Test
    void thePlanPageShowsTheDocumentAndTheTimelineAndIsHiddenFromUnitsWhileDrafting() {
        long planId = planInReview(nextYear++);
        login(place.commune().leader());
        plans.returnForChanges(fixture().user(place.commune().leader()), planId, "Sửa mục đích.");
        UI.getCurrent().navigate("plans/" + planId);
        PlanView view = _get(PlanView.class);
        assertThat(_find(PlanDocumentView.class)).hasSize(1);
        assertThat(view.download.getText()).isEqualTo("Tải văn bản (DOCX)");
        assertThat(view.download.getElement().hasAttribute("download")).isTrue();
        @SuppressWarnings("unchecked")
        Grid<CycleEvent> timeline = view.timeline;
        List<String> actions = timeline.getGenericDataView().getItems().map(e -> e.action().name()).toList();
        assertThat(actions).containsSubsequence("PLAN_STARTED", "UPPER_PLAN_REGISTERED", "PLAN_SUBMITTED",
                "PLAN_RETURNED");

        login(place.policeReporter());
        UI.getCurrent().navigate("plans/" + planId);
        assertThat(_get(H2.class).getText()).isEqualTo("Không tìm thấy kế hoạch này hoặc bạn không có quyền xem.");
    }

    @Test
    void lastYearsPlanIsCopiedMovedToThisYear() {
        int lastYear = nextYear++;
        int year = nextYear++;
        long previous = planInReview(lastYear);
        plans.approve(fixture().user(place.commune().leader()), previous);
        ProcessJobs.runDue(management);
        long planId = planAtDrafting(year);
        login(place.commune().officer());
        UI.getCurrent().navigate("plans/" + planId + "/draft");
        DraftPlanView view = _get(DraftPlanView.class);
        assertThat(view.copyFromPrevious.isVisible()).isTrue();
        assertThat(view.copyFromPrevious.getText()).contains(String.valueOf(lastYear));
        view.copyFromPrevious();
        DraftPlanView copied = _get(DraftPlanView.class);
        assertThat(copied.purpose.getValue()).isEqualTo("Bảo vệ trẻ em.");
        assertThat(copied.assignments.rows()).singleElement()
                .satisfies(row -> assertThat(row.unit.getValue().name()).isEqualTo(place.policeName()));
        assertThat(plans.load(planId).periods()).singleElement()
                .satisfies(p -> assertThat(p.year()).isEqualTo(year));
    }
}
