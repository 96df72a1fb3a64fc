package vn.congtactreem.reporting.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import java.math.BigDecimal;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.congtactreem.indicator.Comparator;
import vn.congtactreem.indicator.IndicatorValues;
import vn.congtactreem.indicator.Reading;
import vn.congtactreem.indicator.TargetForm;
import vn.congtactreem.org.OrgService;
import vn.congtactreem.org.UserService;
import vn.congtactreem.plan.PlanService;
import vn.congtactreem.reporting.ConsolidationService;
import vn.congtactreem.reporting.ReportingService;
import vn.congtactreem.reporting.UnitReportForm;
import vn.congtactreem.reporting.UnitReportStatus;
import vn.congtactreem.support.CycleFixture;
import vn.congtactreem.support.KaribuUiTest;
import vn.congtactreem.support.TestOrgs;
import vn.congtactreem.support.ProcessJobs;
import vn.congtactreem.support.TestIndicators;

/**
 * The value rows of the unit report and the figures of the consolidated report, as the police
 * reporter, the commune officer and its leader use them.
 */
class IndicatorValuesViewTests extends KaribuUiTest {

    /** Years of this class's own. */
    private static int nextYear = 2070;

    @Autowired
    PlanService plans;
    @Autowired
    ReportingService reporting;
    @Autowired
    ConsolidationService consolidation;
    @Autowired
    IndicatorValues values;
    @Autowired
    UserService users;
    @Autowired
    OrgService orgs;
    @Autowired
    ManagementService management;
    @Autowired
    JdbcTemplate jdbc;

    private CycleFixture fixture;
    private CycleFixture.OpenPeriod period;
    private long care;
    private long injuries;
    private long friendly;

    /** This test's commune, its police and health station and their people (made by the fixture). */
    private TestOrgs.Commune place;

    @BeforeEach
    void thePoliceAnswerForTheCareRateAndTheInjuryRateTheCommuneForChildFriendliness() {
        place = testOrgs().commune("solieu");
        TestIndicators indicators = new TestIndicators(jdbc);
        care = indicators.careRate();
        injuries = indicators.injuryRate();
        friendly = indicators.childFriendly();
        fixture = new CycleFixture(plans, reporting, users, orgs, management);
        int year = nextYear++;
        long police = place.police();
        period = fixture.periodOpenFor(place, year, List.of(
                new TargetForm(care, year, Comparator.MORE_THAN, new BigDecimal("95"), null, null, null,
                        List.of(police)),
                new TargetForm(injuries, year, Comparator.AT_MOST, new BigDecimal("300"), null, null, null,
                        List.of(police)),
                new TargetForm(friendly, year, Comparator.EQUAL, BigDecimal.ONE, null, null, null, List.of())));
        reporting.acknowledge(fixture.user(place.policeReporter()), period.policeReportId());
    }

    @AfterEach
    void realTime() {
        ProcessJobs.resetClock();
    }

    @Test
    void theReporterTypesNumeratorsAndDenominatorsSeesTheRateAndWhatIsWrongAndLosesNothing() {
        login(place.policeReporter());
        UI.getCurrent().navigate("reports/" + period.policeReportId());
        UnitReportView view = _get(UnitReportView.class);
        assertThat(view.getElement().getTextRecursively()).contains("Chỉ tiêu đơn vị chủ trì", "> 95 %",
                "≤ 300 /100.000");
        IntegerField cared = box(view, "Số trẻ em có HCĐB được chăm sóc (trẻ em)");
        IntegerField all = box(view, "Tổng số trẻ em có HCĐB");

        // more cared for than there are: said on the numerator at once, and kept all the same
        _setValue(cared, 60);
        _setValue(all, 50);
        assertThat(cared.isInvalid()).isTrue();
        assertThat(cared.getErrorMessage()).isEqualTo(
                "Tử số (Số trẻ em có HCĐB được chăm sóc) không được lớn hơn mẫu số (Tổng số trẻ em có HCĐB).");
        assertThat(values.ofUnitReport(period.policeReportId()).get(care))
                .isEqualTo(new Reading(care, 60L, 50L, false));

        _setValue(cared, 45);
        assertThat(cared.isInvalid()).isFalse();
        assertThat(view.getElement().getTextRecursively()).contains("= 90 %");

        // 600 injured children of 10.000 is 6.000 per 100.000: plausible only once confirmed
        _setValue(box(view, "Số trẻ em bị TNTT (trẻ em)"), 600);
        _setValue(box(view, "Tổng số trẻ em"), 10_000);
        _setValue(view.results, "Đã rà soát trẻ em có hoàn cảnh đặc biệt");
        _click(view.submit);
        IntegerField injured = box(view, "Số trẻ em bị TNTT (trẻ em)");
        assertThat(injured.isInvalid()).isTrue();
        assertThat(injured.getErrorMessage()).contains("6.000 /100.000", "Xác nhận số liệu đúng");
        assertThat(reporting.load(period.policeReportId()).status()).isNotEqualTo(UnitReportStatus.SUBMITTED);
        Checkbox confirm = _find(view, Checkbox.class).stream().filter(Checkbox::isVisible)
                .filter(c -> !c.hasClassName("indicator-not-applicable")).findFirst().orElseThrow();
        _setValue(confirm, true);
        _click(view.submit);

        assertThat(reporting.load(period.policeReportId()).status()).isEqualTo(UnitReportStatus.SUBMITTED);
        assertThat(values.ofUnitReport(period.policeReportId()).get(injuries))
                .isEqualTo(new Reading(injuries, 600L, 10_000L, true));
        assertThat(box(view, "Số trẻ em có HCĐB được chăm sóc (trẻ em)").isReadOnly()).isTrue();
        // 90 % mid-year against "> 95 %" with no baseline: on track; 6.000 against "≤ 300": not yet
        assertThat(_find(view, Span.class, spec -> spec.withClasses("target-status")).stream().map(Span::getText))
                .containsExactly("Đúng tiến độ", "Đúng tiến độ");
    }

    @Test
    void theOfficerSeesTheRolledUpFiguresWithTheirReportsAndGivesTheCommunesOwn() {
        reporting.submit(fixture.user(place.policeReporter()), period.policeReportId(), new UnitReportForm(
                "Đã rà soát", null, null, List.of(new Reading(care, 45L, 50L, false),
                new Reading(injuries, 3L, 1_000L, false))));
        reporting.accept(fixture.user(place.commune().officer()), period.policeReportId());
        ProcessJobs.runDue(management);
        long consolidatedId = consolidation.ofPeriod(period.periodId(), place.commune().id()).orElseThrow()
                .id();

        login(place.commune().officer());
        UI.getCurrent().navigate("consolidated-reports/" + consolidatedId);
        ConsolidatedReportView view = _get(ConsolidatedReportView.class);
        ObjectiveFigures grid = view.figuresGrid;
        assertThat(grid.headings()).as("a plan without objectives: one table, no heading").isEmpty();
        assertThat(grid.items().map(t -> vn.congtactreem.indicator.Figure.cell(t.figure())))
                .containsExactly("90 % (45/50)", "300 /100.000 (3/1.000)", "—");
        assertThat(grid.items().map(t -> t.figure().sources().size()))
                .containsExactly(1, 1, 0);

        // the commune's own figure: required to send it to the leader, said on its box
        _setValue(view.summary, "Báo cáo 6 tháng của xã An Dương");
        _click(view.submit);
        RadioButtonGroup<?> own = _get(view.ownValues, RadioButtonGroup.class);
        assertThat(own.isInvalid()).isTrue();
        assertThat(own.getErrorMessage()).startsWith("Chưa nhập số liệu chỉ tiêu");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Integer> yesNo = (RadioButtonGroup<Integer>) own;
        yesNo.setValue(1);
        _click(view.submit);
        assertThat(consolidation.load(consolidatedId).status().name()).isEqualTo("IN_REVIEW");
        assertThat(values.ofConsolidatedReport(consolidatedId).get(friendly))
                .isEqualTo(new Reading(friendly, 1L, null, false));

        // the leader reads the same figures, with the commune's own now achieved
        login(place.commune().leader());
        UI.getCurrent().navigate("consolidated-reports/" + consolidatedId);
        ConsolidatedReportView leader = _get(ConsolidatedReportView.class);
        assertThat(leader.figuresGrid.items().map(t -> t.status().name()))
                .containsExactly("ON_TRACK", "ACHIEVED", "ACHIEVED");
    }

    @Test
    void nothingToCountIsMarkedNotApplicableWithANoteAndPassesThroughToTheFigures() {
        login(place.policeReporter());
        UI.getCurrent().navigate("reports/" + period.policeReportId());
        UnitReportView view = _get(UnitReportView.class);
        _setValue(box(view, "Số trẻ em có HCĐB được chăm sóc (trẻ em)"), 45);
        _setValue(box(view, "Tổng số trẻ em có HCĐB"), 50);
        // no child injured to count among: leaving the boxes empty is refused on submit, so say so
        _setValue(view.results, "Đã rà soát");
        _click(view.submit);
        assertThat(box(view, "Số trẻ em bị TNTT (trẻ em)").getErrorMessage()).startsWith("Chưa nhập số liệu");
        List<Checkbox> notApplicable = _find(view.valuesPanel, Checkbox.class,
                spec -> spec.withClasses("indicator-not-applicable"));
        assertThat(notApplicable).hasSize(2).allSatisfy(c -> assertThat(c.getLabel()).isEqualTo("Không phát sinh"));
        _setValue(notApplicable.get(1), true);
        // its boxes put away (not visible), the note offered
        assertThat(_find(view.valuesPanel, IntegerField.class, spec -> spec.withLabel("Số trẻ em bị TNTT (trẻ em)")))
                .isEmpty();
        com.vaadin.flow.component.textfield.TextField note = _find(view.valuesPanel,
                com.vaadin.flow.component.textfield.TextField.class, spec -> spec.withLabel("Ghi chú")).stream()
                .filter(com.vaadin.flow.component.textfield.TextField::isVisible).findFirst().orElseThrow();
        _setValue(note, "Không có trẻ em bị tai nạn trong kỳ");
        _click(view.submit);

        assertThat(reporting.load(period.policeReportId()).status()).isEqualTo(UnitReportStatus.SUBMITTED);
        assertThat(values.ofUnitReport(period.policeReportId()).get(injuries))
                .isEqualTo(Reading.notApplicable(injuries, "Không có trẻ em bị tai nạn trong kỳ"));
        reporting.accept(fixture.user(place.commune().officer()), period.policeReportId());
        ProcessJobs.runDue(management);
        long consolidatedId = consolidation.ofPeriod(period.periodId(), place.commune().id()).orElseThrow()
                .id();
        login(place.commune().officer());
        UI.getCurrent().navigate("consolidated-reports/" + consolidatedId);
        ConsolidatedReportView officer = _get(ConsolidatedReportView.class);
        assertThat(officer.figuresGrid.items()
                .map(t -> vn.congtactreem.indicator.Figure.cell(t.figure()) + " " + t.status().name()))
                .containsExactly("90 % (45/50) ON_TRACK", "Không phát sinh NOT_APPLICABLE", "— NO_DATA");
    }

    private static IntegerField box(UnitReportView view, String label) {
        return _get(view.valuesPanel, IntegerField.class, spec -> spec.withLabel(label));
    }
}
