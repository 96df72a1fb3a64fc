package vn.congtactreem.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.congtactreem.support.ApiPlanSteps.draft;
import static vn.congtactreem.support.ApiPlanSteps.reading;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.congtactreem.org.OrgService;
import vn.congtactreem.org.Role;
import vn.congtactreem.org.UserService;
import vn.congtactreem.plan.Deadlines;
import vn.congtactreem.support.ApiClient;
import vn.congtactreem.support.ApiPlanSteps;
import vn.congtactreem.support.CycleCleanUp;
import vn.congtactreem.support.ProcessJobs;
import vn.congtactreem.support.TestIndicators;
import vn.congtactreem.support.TestOrgs;
import vn.congtactreem.support.WebIntegrationTest;

/**
 * Targets and figures through a nested cycle over the REST API on PostgreSQL: the district sets its
 * targets and gives them to the commune, the commune takes them from the district's plan and gives
 * them to its police and health station, the units report numerators and denominators (the rules
 * refuse what cannot be), the commune's figures roll up from its units and the district's from the
 * commune's sums; next year's plan starts from this year's targets and its reports show last year's
 * figures. Own organisations, users and indicators, in years no other test uses.
 */
class IndicatorRollUpIntegrationTests extends WebIntegrationTest {

    @Autowired
    ManagementService management;
    @Autowired
    RuntimeService runtime;
    @Autowired
    OrgService orgs;
    @Autowired
    UserService users;
    @Autowired
    JdbcTemplate jdbc;

    private ApiClient api;
    private ApiPlanSteps steps;
    private TestOrgs test;
    private final List<Long> plans = new ArrayList<>();
    private long care;
    private long deaths;
    private long friendly;

    @BeforeEach
    void indicatorsAndMarch2035() {
        api = new ApiClient(port);
        steps = new ApiPlanSteps(api, management);
        test = new TestOrgs(orgs, users);
        TestIndicators indicators = new TestIndicators(jdbc);
        care = indicators.careRate();
        deaths = indicators.injuryDeaths();
        friendly = indicators.childFriendly();
        ProcessJobs.setClock(at("2035-03-01T09:00"));
    }

    @AfterEach
    void endTheCycles() {
        plans.forEach(planId -> CycleCleanUp.endProcessesOf(runtime, planId));
        ProcessJobs.resetClock();
    }

    @Test
    void unitsReportFiguresThatRollUpToTheCommuneAndTheDistrictAndShowNextYear() {
        TestOrgs.Area province = test.area(null, "Tỉnh Chỉ Tiêu", "PROVINCE", "tinhct");
        TestOrgs.Area district = test.area(province.id(), "Huyện Chỉ Tiêu", "DISTRICT", "huyenct");
        TestOrgs.Area commune = test.area(district.id(), "Xã Chỉ Tiêu", "COMMUNE", "xact");
        long police = test.agency(commune.id(), "Công an xã Chỉ Tiêu", "POLICE");
        long health = test.agency(commune.id(), "Trạm Y tế xã Chỉ Tiêu", "HEALTH");
        String policeReporter = test.user("congan", police, Role.REPORTER);
        String healthReporter = test.user("yte", health, Role.REPORTER);

        // the district's targets, all given to the commune; a percentage above 100 is refused on its box
        long districtPlan = startWithUpperPlan(district, 2035);
        List<Map<String, Object>> districtTargets = List.of(
                target(care, 2035, "AT_LEAST", "95", null, null, "Duy trì trên 95% trẻ em có HCĐB được chăm sóc",
                        commune.id()),
                target(deaths, 2035, "REDUCE_BY", "10", 2034, "10", "Giảm ít nhất 10% so với năm 2034", commune.id()),
                target(friendly, 2035, "EQUAL", "1", null, null, "Giữ vững xã phù hợp với trẻ em", commune.id()));
        List<Map<String, Object>> tooHigh = new ArrayList<>(districtTargets);
        tooHigh.set(0, target(care, 2035, "AT_LEAST", "120", null, null, null, commune.id()));
        JsonNode refused = api.put(district.officer(), "/api/v1/plans/" + districtPlan + "/draft",
                draft(district, List.of(commune.id()), tooHigh)).expect(400).body();
        assertThat(refused.get("errors").get(0).get("field").asText()).isEqualTo("targets[0].targetValue");
        assertThat(refused.get("detail").asText()).isEqualTo("Tỷ lệ phần trăm không quá 100.");
        JsonNode issuedDistrict = draftAndIssue(district, districtPlan, List.of(commune.id()), districtTargets);
        assertThat(issuedDistrict.get("targets")).hasSize(3);

        // the commune takes the district's targets (values kept, no units: its units are not the district's)
        long communePlan = steps.onlyTask(commune.officer(), "DraftPlan").get("ids").get("planId").asLong();
        plans.add(communePlan);
        JsonNode taken = api.post(commune.officer(), "/api/v1/plans/" + communePlan + "/targets-from-upper", null)
                .expect(200).body();
        assertThat(texts(taken.get("targets"), t -> t.get("indicator").get("id").asText() + " "
                + t.get("comparator").asText() + " " + t.get("targetValue").decimalValue().stripTrailingZeros()
                .toPlainString() + " " + t.get("responsibleUnitIds").size()))
                .containsExactly(care + " AT_LEAST 95 0", deaths + " REDUCE_BY 10 0", friendly + " EQUAL 1 0");
        assertThat(api.post(commune.officer(), "/api/v1/plans/" + communePlan + "/targets-from-upper", null)
                .expect(400).body().get("detail").asText())
                .isEqualTo("Kế hoạch cấp trên không có chỉ tiêu nào mà kế hoạch này chưa có.");
        // the police and the health station share the care rate, the health station counts the deaths,
        // child-friendliness is the commune's own (no unit)
        List<Map<String, Object>> communeTargets = List.of(
                target(care, 2035, "AT_LEAST", "95", null, null, null, police, health),
                target(deaths, 2035, "REDUCE_BY", "10", 2034, "10", null, health),
                target(friendly, 2035, "EQUAL", "1", null, null, null));
        draftAndIssue(commune, communePlan, List.of(police, health), communeTargets);

        // 1 May: the period opens; the units see their targets and acknowledge
        ProcessJobs.setClock(at("2035-05-01T07:00"));
        ProcessJobs.runDue(management);
        long policeReport = steps.acknowledge(policeReporter);
        long healthReport = steps.acknowledge(healthReporter);

        // the police forget their figures, then give 45 of 50
        JsonNode missing = api.post(policeReporter, "/api/v1/reports/" + policeReport + "/submit",
                report("Không có vụ xâm hại trẻ em mới", List.of())).expect(400).body();
        assertThat(missing.get("errors").get(0).get("field").asText()).isEqualTo("values[0].numerator");
        assertThat(missing.get("detail").asText()).contains("Chưa nhập số liệu chỉ tiêu");
        api.post(policeReporter, "/api/v1/reports/" + policeReport + "/submit", report("Không có vụ xâm hại mới",
                List.of(reading(care, 45L, 50L)))).expect(200);
        JsonNode policeFigures = api.get(policeReporter, "/api/v1/reports/" + policeReport + "/figures")
                .expect(200).body();
        assertThat(policeFigures).hasSize(1);
        assertThat(policeFigures.get(0).get("figure").get("value").decimalValue()).isEqualByComparingTo("90");
        assertThat(policeFigures.get(0).get("status").asText()).isEqualTo("ON_TRACK");

        // the health station: more cared for than there are children, then a zero denominator, both refused
        JsonNode above = api.post(healthReporter, "/api/v1/reports/" + healthReport + "/submit", report("Khám sàng lọc",
                List.of(reading(care, 60L, 50L), reading(deaths, 1L, null)))).expect(400).body();
        assertThat(above.get("errors").get(0).get("field").asText()).isEqualTo("values[0].numerator");
        assertThat(above.get("detail").asText()).contains("không được lớn hơn mẫu số");
        JsonNode zero = api.post(healthReporter, "/api/v1/reports/" + healthReport + "/submit", report("Khám sàng lọc",
                List.of(reading(care, 0L, 0L), reading(deaths, 1L, null)))).expect(400).body();
        assertThat(zero.get("errors").get(0).get("field").asText()).isEqualTo("values[0].denominator");
        assertThat(zero.get("detail").asText()).startsWith("Mẫu số bằng 0");
        api.post(healthReporter, "/api/v1/reports/" + healthReport + "/submit", report("Khám sàng lọc",
                List.of(reading(care, 9L, 10L), reading(deaths, 1L, null)))).expect(200);
        api.post(commune.officer(), "/api/v1/reports/" + policeReport + "/accept", null).expect(200);
        api.post(commune.officer(), "/api/v1/reports/" + healthReport + "/accept", null).expect(200);
        ProcessJobs.runDue(management);

        // the commune: 45/50 and 9/10 are 54/60 = 90 %, never the average 90 % by chance: see the district
        long communePeriod = periodId(api.get(commune.officer(), "/api/v1/plans/" + communePlan).body());
        long communeReport = api.get(commune.officer(), "/api/v1/periods/" + communePeriod + "/consolidated-report")
                .expect(200).body().get("id").asLong();
        JsonNode communeFigures = figures(commune.officer(), communeReport);
        assertFigure(communeFigures.get(0), 54, 60, "90", "ON_TRACK");
        assertThat(texts(communeFigures.get(0).get("figure").get("sources"), s -> s.get("reportId").asText()))
                .containsExactly(String.valueOf(policeReport), String.valueOf(healthReport));
        assertFigure(communeFigures.get(1), 1, 1, "1", "ACHIEVED");
        assertThat(communeFigures.get(2).get("status").asText()).isEqualTo("NO_DATA");
        // the commune's own figure is required before it goes to the leader
        JsonNode ownMissing = api.post(commune.officer(), "/api/v1/consolidated-reports/" + communeReport + "/submit",
                Map.of("summary", "Báo cáo 6 tháng")).expect(400).body();
        assertThat(ownMissing.get("errors").get(0).get("field").asText()).isEqualTo("values[0].numerator");
        Map<String, Object> withOwn = new HashMap<>();
        withOwn.put("summary", "Báo cáo 6 tháng năm 2035");
        withOwn.put("values", List.of(reading(friendly, 1L, null)));
        api.post(commune.officer(), "/api/v1/consolidated-reports/" + communeReport + "/submit", withOwn).expect(200);
        api.post(commune.leader(), "/api/v1/consolidated-reports/" + communeReport + "/approve", null).expect(200);
        ProcessJobs.runDue(management);

        // the district: the commune's report arrives with its figures; accepted, they roll up as sums
        long districtPeriod = periodId(issuedDistrict);
        JsonNode fromCommune = StreamSupport.stream(api.get(district.officer(), "/api/v1/periods/" + districtPeriod
                + "/reports").expect(200).body().spliterator(), false).findFirst().orElseThrow();
        assertFigure(api.get(district.officer(), "/api/v1/reports/" + fromCommune.get("id").asLong() + "/figures")
                .expect(200).body().get(0), 54, 60, "90", "ON_TRACK");
        api.post(district.officer(), "/api/v1/reports/" + fromCommune.get("id").asLong() + "/accept", null)
                .expect(200);
        ProcessJobs.runDue(management);
        long districtReport = api.get(district.officer(), "/api/v1/periods/" + districtPeriod
                + "/consolidated-report").expect(200).body().get("id").asLong();
        JsonNode districtFigures = figures(district.officer(), districtReport);
        assertFigure(districtFigures.get(0), 54, 60, "90", "ON_TRACK");
        assertThat(districtFigures.get(0).get("figure").get("sources").get(0).get("consolidated").asBoolean())
                .isTrue();
        // 1 death against 10 in 2034 is a reduction of 90 %; the commune is child-friendly
        assertFigure(districtFigures.get(1), 1, 1, "1", "ACHIEVED");
        assertFigure(districtFigures.get(2), 1, 1, "1", "ACHIEVED");
        // a unit never reads the district's figures
        api.get(policeReporter, "/api/v1/consolidated-reports/" + districtReport + "/figures").expect(404);

        // 2036: the commune's next plan starts from this one; its reports show 2035's figures
        ProcessJobs.setClock(at("2036-03-01T09:00"));
        long nextPlan = startWithUpperPlan(commune, 2036);
        JsonNode copied = api.post(commune.officer(), "/api/v1/plans/" + nextPlan + "/copy-previous", null)
                .expect(200).body();
        assertThat(texts(copied.get("targets"), t -> t.get("milestoneYear").asText() + " "
                + t.get("baselineYear").asText() + " " + t.get("responsibleUnitIds").size()))
                .containsExactly("2036 null 2", "2036 2035 1", "2036 null 0");
        draftAndIssue(commune, nextPlan, List.of(police, health), null);
        ProcessJobs.setClock(at("2036-05-01T07:00"));
        ProcessJobs.runDue(management);
        long nextPoliceReport = steps.acknowledge(policeReporter);
        JsonNode lastYear = api.get(policeReporter, "/api/v1/reports/" + nextPoliceReport + "/figures").expect(200)
                .body().get(0).get("lastYear");
        assertThat(lastYear.get("numerator").asLong()).isEqualTo(45);
        assertThat(lastYear.get("denominator").asLong()).isEqualTo(50);
    }

    // ---------------------------------------------------------------- steps

    private long startWithUpperPlan(TestOrgs.Area area, int year) {
        long planId = steps.startWithUpperPlan(area, year);
        plans.add(planId);
        return planId;
    }

    private JsonNode draftAndIssue(TestOrgs.Area area, long planId, List<Long> units,
                                   List<Map<String, Object>> targets) {
        return steps.issue(area, planId, draft(area, units, targets));
    }

    private JsonNode figures(String user, long consolidatedReportId) {
        return api.get(user, "/api/v1/consolidated-reports/" + consolidatedReportId + "/figures").expect(200).body();
    }

    private static void assertFigure(JsonNode row, long numerator, long denominator, String value, String status) {
        JsonNode figure = row.get("figure");
        assertThat(figure.get("numerator").asLong()).as("numerator").isEqualTo(numerator);
        assertThat(figure.get("denominator").asLong()).as("denominator").isEqualTo(denominator);
        assertThat(figure.get("value").decimalValue()).as("value").isEqualByComparingTo(value);
        assertThat(row.get("status").asText()).as("status").isEqualTo(status);
    }

    // ---------------------------------------------------------------- data

    private static Map<String, Object> target(long indicatorId, int year, String comparator, String value,
                                              Integer baselineYear, String baselineValue, String wording,
                                              long... units) {
        Map<String, Object> target = new HashMap<>();
        target.put("indicatorId", indicatorId);
        target.put("milestoneYear", year);
        target.put("comparator", comparator);
        target.put("targetValue", value);
        target.put("baselineYear", baselineYear);
        target.put("baselineValue", baselineValue);
        target.put("wording", wording);
        List<Long> unitIds = new ArrayList<>();
        for (long unit : units) {
            unitIds.add(unit);
        }
        target.put("responsibleUnitIds", unitIds);
        return target;
    }

    private static Map<String, Object> report(String results, List<Map<String, Object>> values) {
        Map<String, Object> report = new HashMap<>();
        report.put("results", results);
        report.put("values", values);
        return report;
    }

    private static long periodId(JsonNode plan) {
        return plan.get("periods").get(0).get("id").asLong();
    }

    private static List<String> texts(JsonNode array, java.util.function.Function<JsonNode, String> text) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(text.apply(node)));
        return texts;
    }

    private static Instant at(String localDateTime) {
        return ZonedDateTime.of(LocalDateTime.parse(localDateTime), Deadlines.VIETNAM).toInstant();
    }
}
