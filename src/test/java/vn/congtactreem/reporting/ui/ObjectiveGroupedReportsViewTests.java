package vn.congtactreem.reporting.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H4;
import java.math.BigDecimal;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.congtactreem.indicator.Comparator;
import vn.congtactreem.indicator.Reading;
import vn.congtactreem.indicator.TargetForm;
import vn.congtactreem.org.OrgService;
import vn.congtactreem.org.UserService;
import vn.congtactreem.plan.PlanService;
import vn.congtactreem.reporting.ConsolidationService;
import vn.congtactreem.reporting.ReportingService;
import vn.congtactreem.reporting.UnitReportForm;
import vn.congtactreem.support.CycleFixture;
import vn.congtactreem.support.KaribuUiTest;
import vn.congtactreem.support.ProcessJobs;
import vn.congtactreem.support.TestIndicators;
import vn.congtactreem.support.TestOrgs;

/**
 * A plan written with objectives: the unit report's value rows and the consolidated report's figures sit under
 * "Mục tiêu 1: …" as the plan puts their targets, each target with the plan's number.
 */
class ObjectiveGroupedReportsViewTests extends KaribuUiTest {

    /** Years of this class's own. */
    private static int nextYear = 2470;

    @Autowired PlanService plans;
    @Autowired ReportingService reporting;
    @Autowired ConsolidationService consolidation;
    @Autowired UserService users;
    @Autowired OrgService orgs;
    @Autowired ManagementService management;
    @Autowired JdbcTemplate jdbc;

    private CycleFixture fixture;
    private CycleFixture.OpenPeriod period;
    private TestOrgs.Commune place;
    private long care;
    private long injuries;
    private long friendly;

    @BeforeEach
    void aPlanWithTwoObjectives() {
        place = testOrgs().commune("muctieu");
        TestIndicators indicators = new TestIndicators(jdbc);
        care = indicators.careRate();
        injuries = indicators.injuryRate();
        friendly = indicators.childFriendly();
        fixture = new CycleFixture(plans, reporting, users, orgs, management);
        int year = nextYear++;
        long police = place.police();
        // typed in another order: the plan puts the target without an objective first, then objective by objective
        period = fixture.periodOpenFor(place, year, List.of("Bảo vệ trẻ em", "Giảm tai nạn thương tích"), List.of(
                new TargetForm(injuries, year, Comparator.AT_MOST, new BigDecimal("300"), null, null, null,
                        List.of(police)).placed(2, null),
                new TargetForm(care, year, Comparator.MORE_THAN, new BigDecimal("95"), null, null, null,
                        List.of(police)).placed(1, null),
                new TargetForm(friendly, year, Comparator.EQUAL, BigDecimal.ONE, null, null, null, List.of())));
        reporting.acknowledge(fixture.user(place.policeReporter()), period.policeReportId());
    }

    @AfterEach
    void realTime() {
        ProcessJobs.resetClock();
    }

    @Test
    void theReportersValueRowsSitUnderTheirObjectivesWithThePlansTargetNumbers() {
        login(place.policeReporter());
        UI.getCurrent().navigate("reports/" + period.policeReportId());
        UnitReportView view = _get(UnitReportView.class);

        assertThat(view.valuesPanel.headings())
                .containsExactly("Mục tiêu 1: Bảo vệ trẻ em", "Mục tiêu 2: Giảm tai nạn thương tích");
        String text = view.valuesPanel.getElement().getTextRecursively();
        assertThat(text.indexOf("Mục tiêu 1: Bảo vệ trẻ em")).isLessThan(text.indexOf("Chỉ tiêu 2 (năm "
                + period.year() + ")")).isGreaterThanOrEqualTo(0);
        assertThat(text.indexOf("Mục tiêu 2: Giảm tai nạn thương tích")).isLessThan(text.indexOf("Chỉ tiêu 3 (năm "
                + period.year() + ")")).isGreaterThan(text.indexOf("Chỉ tiêu 2 (năm "));
        // the rows stay bound in the order the report asks for them: what is typed is saved to its indicator
        assertThat(view.valuesPanel.value()).extracting(Reading::indicatorId).containsExactlyInAnyOrder(care, injuries);
    }

    @Test
    void theConsolidatedFiguresAreGroupedByObjectiveAndNumberedAsThePlanNumbersThem() {
        reporting.submit(fixture.user(place.policeReporter()), period.policeReportId(), new UnitReportForm(
                "Đã rà soát", null, null, List.of(new Reading(care, 45L, 50L, false),
                new Reading(injuries, 3L, 1_000L, false))));
        reporting.accept(fixture.user(place.commune().officer()), period.policeReportId());
        ProcessJobs.runDue(management);
        long consolidatedId = consolidation.ofPeriod(period.periodId(), place.commune().id()).orElseThrow().id();

        login(place.commune().officer());
        UI.getCurrent().navigate("consolidated-reports/" + consolidatedId);
        ConsolidatedReportView view = _get(ConsolidatedReportView.class);

        assertThat(view.figuresGrid.headings())
                .containsExactly("Mục tiêu 1: Bảo vệ trẻ em", "Mục tiêu 2: Giảm tai nạn thương tích");
        assertThat(view.figuresGrid.items().map(t -> t.target().number() + " " + t.target().indicator().id()))
                .containsExactly("1 " + friendly, "2 " + care, "3 " + injuries);
        assertThat(_find(view.figuresGrid, H4.class)).hasSize(2);
    }
}
