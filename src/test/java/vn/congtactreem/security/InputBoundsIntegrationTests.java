package vn.congtactreem.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.congtactreem.indicator.IndicatorCatalog;
import vn.congtactreem.indicator.IndicatorValues;
import vn.congtactreem.indicator.PlanTargets;
import vn.congtactreem.org.OrgService;
import vn.congtactreem.org.UserService;
import vn.congtactreem.plan.PlanService;
import vn.congtactreem.reporting.ReportingService;
import vn.congtactreem.support.ApiClient;
import vn.congtactreem.support.CycleFixture;
import vn.congtactreem.support.IndicatorFixture;
import vn.congtactreem.support.ProcessJobs;
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

    private ApiClient api;
    private CycleFixture fixture;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
        fixture = new CycleFixture(plans, reporting, users, orgs, management);
    }

    @AfterEach
    void realTime() {
        ProcessJobs.resetClock();
    }

    @Test
    void figuresThroughTheApiAreWholeNumbersBelowTenToTheTwelfthAndNeverNegative() {
        CycleFixture.OpenPeriod cycle = fixture.periodOpenForThePolice(nextYear++);
        IndicatorFixture.Asked asked = new IndicatorFixture(jdbc, catalog, targets).targetsFor(cycle,
                fixture.org("Công an xã An Dương"));
        String draft = "/api/v1/reports/" + cycle.policeReportId() + "/draft";
        long rate = asked.infantDeaths().id();

        ApiClient.Reply decimals = api.put("congan.anduong", draft, form(Map.of("indicatorId", rate,
                "numerator", 1.9, "denominator", 10.7, "confirmed", false))).expect(400);
        assertThat(decimals.body().get("errors").get(0).get("field").asText()).isEqualTo("values[0].numerator");
        assertThat(decimals.body().get("errors").get(0).get("message").asText()).contains("số nguyên");

        ApiClient.Reply huge = api.put("congan.anduong", draft, form(Map.of("indicatorId", rate,
                "numerator", Long.MAX_VALUE, "denominator", Long.MAX_VALUE, "confirmed", false))).expect(400);
        assertThat(huge.body().get("code").asText()).isEqualTo("indicator.error.tooLarge");
        assertThat(huge.body().get("detail").asText()).isEqualTo("Số liệu quá lớn: tối đa 999.999.999.999.");

        ApiClient.Reply negative = api.put("congan.anduong", draft, form(Map.of("indicatorId", rate,
                "numerator", -1, "denominator", 10, "confirmed", false))).expect(400);
        assertThat(negative.body().get("code").asText()).isEqualTo("indicator.error.negative");
        assertThat(values.ofUnitReport(cycle.policeReportId())).isEmpty();

        api.put("congan.anduong", draft, form(Map.of("indicatorId", rate, "numerator", 2, "denominator", 1000,
                "confirmed", false))).expect(200);
        assertThat(values.ofUnitReport(cycle.policeReportId()).get(rate).numerator()).isEqualTo(2L);
    }

    private static Map<String, Object> form(Map<String, Object> value) {
        return Map.of("results", "Kết quả.", "values", List.of(value));
    }
}
