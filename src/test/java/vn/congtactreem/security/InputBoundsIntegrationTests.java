package vn.congtactreem.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.congtactreem.base.ValidationException;
import vn.congtactreem.indicator.IndicatorCatalog;
import vn.congtactreem.indicator.IndicatorValues;
import vn.congtactreem.indicator.PlanTargets;
import vn.congtactreem.org.OrgService;
import vn.congtactreem.org.UserService;
import vn.congtactreem.plan.PlanService;
import vn.congtactreem.plan.UpperPlanForm;
import vn.congtactreem.reporting.ReportingService;
import vn.congtactreem.reporting.UnitReportForm;
import vn.congtactreem.support.ApiClient;
import vn.congtactreem.support.CycleCleanUp;
import vn.congtactreem.support.CycleFixture;
import vn.congtactreem.support.IndicatorFixture;
import vn.congtactreem.support.ProcessJobs;
import vn.congtactreem.support.TestOrgs;
import vn.congtactreem.support.WebIntegrationTest;

/** What the API takes is bounded by the same rules as the form and the import: nothing impossible is saved. */
class InputBoundsIntegrationTests extends WebIntegrationTest {

    private static int nextYear = 2280;

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
    @Autowired
    IndicatorCatalog catalog;
    @Autowired
    PlanTargets targets;
    @Autowired
    IndicatorValues values;
    @Autowired
    RuntimeService runtime;

    private ApiClient api;
    private CycleFixture fixture;
    private TestOrgs.Commune place;
    private String reporter;
    private String officer;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
        fixture = new CycleFixture(plans, reporting, users, orgs, management);
        place = new TestOrgs(orgs, users).commune("gioihan");
        reporter = place.policeReporter();
        officer = place.commune().officer();
    }

    @AfterEach
    void realTime() {
        ProcessJobs.resetClock();
    }

    @Test
    void figuresThroughTheApiAreWholeNumbersBelowTenToTheTwelfthAndNeverNegative() {
        CycleFixture.OpenPeriod cycle = fixture.periodOpenFor(place, nextYear++);
        IndicatorFixture.Asked asked = new IndicatorFixture(jdbc, catalog, targets).targetsFor(cycle,
                place.police());
        String draft = "/api/v1/reports/" + cycle.policeReportId() + "/draft";
        long rate = asked.infantDeaths().id();

        ApiClient.Reply decimals = api.put(reporter, draft, form(value(rate, 1.9, 10.7))).expect(400);
        assertThat(decimals.body().get("errors").get(0).get("field").asText()).isEqualTo("values[0].numerator");
        assertThat(decimals.body().get("errors").get(0).get("message").asText()).contains("số nguyên");

        ApiClient.Reply huge = api.put(reporter, draft, form(value(rate, Long.MAX_VALUE, Long.MAX_VALUE))).expect(400);
        assertThat(huge.body().get("code").asText()).isEqualTo("indicator.error.tooLarge");
        assertThat(huge.body().get("detail").asText()).isEqualTo("Số liệu quá lớn: tối đa 999.999.999.999.");

        ApiClient.Reply negative = api.put(reporter, draft, form(value(rate, -1, 10))).expect(400);
        assertThat(negative.body().get("code").asText()).isEqualTo("indicator.error.negative");
        assertThat(values.ofUnitReport(cycle.policeReportId())).isEmpty();

        api.put(reporter, draft, form(value(rate, 2, 1000))).expect(200);
        assertThat(values.ofUnitReport(cycle.policeReportId()).get(rate).numerator()).isEqualTo(2L);
    }

    @Test
    void controlCharactersAreRefusedWithAMessageOnTheApiAndOnTheServicesTheScreensUse() {
        CycleFixture.OpenPeriod cycle = fixture.periodOpenFor(place, nextYear++);
        String draft = "/api/v1/reports/" + cycle.policeReportId() + "/draft";

        ApiClient.Reply nul = api.put(reporter, draft, Map.of("results", "Kết quả\u0000 tốt")).expect(400);
        assertThat(nul.body().get("errors").get(0).get("field").asText()).isEqualTo("results");
        assertThat(nul.body().get("errors").get(0).get("message").asText()).contains("ký tự điều khiển");

        assertThatThrownBy(() -> reporting.saveDraft(fixture.user(reporter), cycle.policeReportId(),
                new UnitReportForm("Kết quả", "Khó khăn\u0000", null)))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.field()).isEqualTo("difficulties");
                    assertThat(e.messageKey()).isEqualTo("text.error.control");
                });
        String huge = "x".repeat(5_000_000);
        ApiClient.Reply tooLong = api.put(reporter, draft, Map.of("results", huge)).expect(400);
        assertThat(tooLong.body().get("detail").asText()).isEqualTo("Tối đa 50.000 ký tự (đang có 5.000.000).");
        assertThat(reporting.get(fixture.user(reporter), cycle.policeReportId()).results())
                .isNotEqualTo(huge);
        api.put(reporter, draft, Map.of("results", "Đã làm:\n\t- tuyên truyền")).expect(200);
    }

    @Test
    void planYearsAndTheUpperPlansDateStayWithinTheRange() {
        long communeId = place.commune().id();
        ApiClient.Reply year = api.post(officer, "/api/v1/plans", Map.of("orgUnitId", communeId,
                "title", "Kế hoạch năm 99999", "yearFrom", 99999)).expect(400);
        assertThat(year.body().get("errors").get(0).get("field").asText()).isEqualTo("yearFrom");
        assertThat(year.body().get("detail").asText()).isEqualTo("Năm phải trong khoảng 2000 – 2999.");

        int planYear = nextYear++;
        long planId = plans.startCycle(fixture.user(officer), communeId, "Kế hoạch năm " + planYear,
                planYear, planYear).id();
        try {
            assertThatThrownBy(() -> plans.registerUpperPlan(fixture.user(officer), planId,
                    new UpperPlanForm("9/KH-UBND", LocalDate.of(10000, 1, 1), "UBND huyện", "Kế hoạch", null,
                            List.of()))).isInstanceOfSatisfying(ValidationException.class,
                    e -> assertThat(e.field()).isEqualTo("issuedOn"));
            assertThat(java.util.Optional.ofNullable(plans.load(planId).upper()).map(u -> u.number())).isEmpty();
        } finally {
            CycleCleanUp.endProcessesOf(runtime, planId);
        }
    }

    /** One indicator's value, its keys in the order a client writes them. */
    private static Map<String, Object> value(long indicatorId, Object numerator, Object denominator) {
        Map<String, Object> value = new java.util.LinkedHashMap<>();
        value.put("indicatorId", indicatorId);
        value.put("numerator", numerator);
        value.put("denominator", denominator);
        value.put("confirmed", false);
        return value;
    }

    private static Map<String, Object> form(Map<String, Object> value) {
        return Map.of("results", "Kết quả.", "values", List.of(value));
    }
}
