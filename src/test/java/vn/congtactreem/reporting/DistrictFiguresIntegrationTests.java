package vn.congtactreem.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.congtactreem.support.ApiPlanSteps.draft;
import static vn.congtactreem.support.ApiPlanSteps.reading;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
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
 * A district with its education office and two communes running their own cycles, over the REST API
 * on PostgreSQL (docs/decisions/0001): the care rate is the office's for the whole district, child
 * friendliness is left to the communes, the injury deaths are the district's own figure. Each district
 * figure adds its direct sources exactly once. Own organisations, users and indicators, in years no
 * other test uses.
 */
class DistrictFiguresIntegrationTests extends WebIntegrationTest {

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
    @Autowired
    ConsolidationService consolidation;

    private ApiClient api;
    private ApiPlanSteps steps;
    private TestOrgs test;
    private final List<Long> plans = new ArrayList<>();
    private long care;
    private long deaths;
    private long friendly;
    private long injuries;

    @BeforeEach
    void indicatorsAndMarch() {
        api = new ApiClient(port);
        steps = new ApiPlanSteps(api, management);
        test = new TestOrgs(orgs, users);
        TestIndicators indicators = new TestIndicators(jdbc);
        care = indicators.careRate();
        deaths = indicators.injuryDeaths();
        friendly = indicators.childFriendly();
        injuries = indicators.injuryRate();
    }

    @AfterEach
    void endTheCycles() {
        plans.forEach(planId -> CycleCleanUp.endProcessesOf(runtime, planId));
        ProcessJobs.resetClock();
    }

    @Test
    void eachDistrictFigureAddsItsDirectSourcesOnce() {
        int year = 2041;
        ProcessJobs.setClock(at(year + "-03-01T09:00"));
        TestOrgs.Area province = test.area(null, "Tỉnh Một Nguồn", "PROVINCE", "tinhmn");
        TestOrgs.Area district = test.area(province.id(), "Huyện Một Nguồn", "DISTRICT", "huyenmn");
        TestOrgs.Area communeA = test.area(district.id(), "Xã Một Nguồn A", "COMMUNE", "xamna");
        TestOrgs.Area communeB = test.area(district.id(), "Xã Một Nguồn B", "COMMUNE", "xamnb");
        long education = test.agency(district.id(), "Phòng Giáo dục huyện Một Nguồn", "DEPARTMENT");
        String educationReporter = test.user("pgd", education, Role.REPORTER);
        long policeA = test.agency(communeA.id(), "Công an xã Một Nguồn A", "POLICE");
        long policeB = test.agency(communeB.id(), "Công an xã Một Nguồn B", "POLICE");

        long districtPlan = startWithUpperPlan(district, year);
        List<Long> units = List.of(education, communeA.id(), communeB.id());
        // the education office and a commune for one target: the same children twice, refused on its box
        JsonNode mixed = api.put(district.officer(), "/api/v1/plans/" + districtPlan + "/draft", draft(district, units,
                List.of(target(care, year, "AT_LEAST", "95", education, communeA.id())))).expect(400).body();
        assertThat(mixed.get("errors").get(0).get("field").asText()).isEqualTo("targets[0].responsibleUnitIds");
        assertThat(mixed.get("detail").asText()).contains("không cả hai");
        JsonNode issued = draftAndIssue(district, districtPlan, units, List.of(
                target(care, year, "AT_LEAST", "95", education),
                target(friendly, year, "EQUAL", "1", communeA.id(), communeB.id()),
                target(deaths, year, "AT_MOST", "5"),
                target(injuries, year, "AT_MOST", "300", communeA.id(), communeB.id())));
        assertThat(texts(issued.get("targets"), t -> t.get("source").asText()))
                .containsExactly("UNITS", "AREAS", "OWN", "AREAS");

        // the commune takes from the district only what the district left to its communes
        long communePlan = draftOf(communeA);
        JsonNode taken = api.post(communeA.officer(), "/api/v1/plans/" + communePlan + "/targets-from-upper", null)
                .expect(200).body();
        assertThat(texts(taken.get("targets"), t -> t.get("indicator").get("id").asText()))
                .containsExactly(String.valueOf(friendly), String.valueOf(injuries));
        // the commune still follows the care rate and the deaths for itself, as its own figures
        draftAndIssue(communeA, communePlan, List.of(policeA), List.of(
                target(friendly, year, "EQUAL", "1"),
                target(care, year, "AT_LEAST", "95"),
                target(deaths, year, "AT_MOST", "1"),
                target(injuries, year, "AT_MOST", "300")));
        long communeBPlan = draftOf(communeB);
        draftAndIssue(communeB, communeBPlan, List.of(policeB), List.of(target(friendly, year, "EQUAL", "1"),
                target(injuries, year, "AT_MOST", "300")));

        ProcessJobs.setClock(at(year + "-05-01T07:00"));
        ProcessJobs.runDue(management);
        long officeReport = steps.acknowledge(educationReporter);

        // the communes' cut-off (17 May): each consolidates; A: 60/60 cared for, child-friendly, 2 deaths
        ProcessJobs.setClock(at(year + "-05-18T09:00"));
        ProcessJobs.runDue(management);
        // nobody injured to count in either commune: "Không phát sinh", with a note in A
        approveConsolidated(communeA, communePlan, List.of(reading(friendly, 1L, null), reading(care, 60L, 60L),
                reading(deaths, 2L, null), notApplicable(injuries, "Không có trẻ em bị tai nạn")));
        approveConsolidated(communeB, communeBPlan, List.of(reading(friendly, 1L, null),
                notApplicable(injuries, null)));
        long districtPeriod = issued.get("periods").get(0).get("id").asLong();
        long fromA = reportOf(district, districtPeriod, communeA.name());
        long fromB = reportOf(district, districtPeriod, communeB.name());
        api.post(district.officer(), "/api/v1/reports/" + fromA + "/accept", null).expect(200);

        // the district's cut-off: it consolidates from commune A alone; the office and commune B are missing
        ProcessJobs.setClock(at(year + "-05-21T07:00"));
        ProcessJobs.runDue(management);
        long districtReport = api.get(district.officer(), "/api/v1/periods/" + districtPeriod
                + "/consolidated-report").expect(200).body().get("id").asLong();
        String path = "/api/v1/consolidated-reports/" + districtReport;
        assertThat(texts(api.get(district.officer(), path).expect(200).body().get("missingUnits"), JsonNode::asText))
                .containsExactlyInAnyOrder("Phòng Giáo dục huyện Một Nguồn " + test.suffix(), communeB.name());

        // commune B accepted since: neither in the figures nor off the missing list until the officer refreshes
        api.post(district.officer(), "/api/v1/reports/" + fromB + "/accept", null).expect(200);
        ProcessJobs.runDue(management);
        assertThat(api.get(district.officer(), path + "/accepted-since").expect(200).body().get("count").asInt())
                .isEqualTo(1);
        assertFigure(figures(district, districtReport).get(1), 1, 1, List.of(String.valueOf(
                api.get(district.officer(), "/api/v1/reports/" + fromA).body().get("consolidatedReportId").asLong())));
        assertThat(texts(api.get(district.officer(), path).body().get("missingUnits"), JsonNode::asText))
                .contains(communeB.name());
        assertThat(docx(district, districtReport)).contains("ĐƠN VỊ CHƯA BÁO CÁO", "- " + communeB.name());
        JsonNode refreshed = api.post(district.officer(), path + "/refresh", null).expect(200).body();
        assertThat(texts(refreshed.get("missingUnits"), JsonNode::asText))
                .containsExactly("Phòng Giáo dục huyện Một Nguồn " + test.suffix());
        assertThat(refreshed.get("summary").asText()).contains(communeB.name());
        assertThat(api.get(district.officer(), path + "/accepted-since").body().get("count").asInt()).isZero();
        // both communes' whole figures, each once
        assertFigure(figures(district, districtReport).get(1), 2, 2, null);
        assertThat(texts(figures(district, districtReport).get(1).get("figure").get("sources"),
                s -> s.get("orgUnitName").asText())).containsExactly(communeA.name(), communeB.name());

        // the office reports late, accepted after the officer sent the report: the leader cannot approve unaware
        api.post(educationReporter, "/api/v1/reports/" + officeReport + "/submit", Map.of("results", "Toàn huyện",
                "values", List.of(reading(care, 598L, 600L)))).expect(200);
        Map<String, Object> own = new HashMap<>();
        own.put("summary", "Báo cáo 6 tháng");
        own.put("values", List.of(reading(deaths, 3L, null)));
        api.post(district.officer(), path + "/submit", own).expect(200);
        api.post(district.officer(), "/api/v1/reports/" + officeReport + "/accept", null).expect(200);
        ProcessJobs.runDue(management);
        JsonNode stale = api.post(district.leader(), path + "/approve", null).expect(400).body();
        assertThat(stale.get("errors").get(0).get("field").asText()).isEqualTo("staleSeen");
        assertThat(stale.get("detail").asText()).startsWith("1 báo cáo mới được chấp nhận");
        // returned, the system aggregates again: the office is in the figures and off the missing list
        api.post(district.leader(), path + "/return", Map.of("comment", "Cập nhật số liệu Phòng Giáo dục"))
                .expect(200);
        ProcessJobs.runDue(management);
        assertThat(api.get(district.officer(), path).body().get("missingUnits")).isEmpty();
        assertThat(api.get(district.officer(), path + "/accepted-since").body().get("count").asInt()).isZero();

        JsonNode figures = figures(district, districtReport);
        // the office's 598/600 alone, never 598/600 + 60/60 = 658/660
        assertFigure(figures.get(0), 598, 600, List.of(String.valueOf(officeReport)));
        assertFigure(figures.get(1), 2, 2, null);
        // the district's own 3 deaths, not plus commune A's 2
        assertFigure(figures.get(2), 3, 1, List.of(String.valueOf(districtReport)));
        // nothing to count in any commune: not applicable, not late, through to the document
        assertThat(figures.get(3).get("status").asText()).isEqualTo("NOT_APPLICABLE");
        assertThat(figures.get(3).get("figure").get("sources")).hasSize(2)
                .allSatisfy(source -> assertThat(source.get("notApplicable").asBoolean()).isTrue());
        String document = docx(district, districtReport);
        assertThat(document).contains("Không phát sinh", "Do Phòng Giáo dục huyện Một Nguồn")
                .doesNotContain("ĐƠN VỊ CHƯA BÁO CÁO");
        api.post(district.officer(), path + "/submit", own).expect(200);
        api.post(district.leader(), path + "/approve", null).expect(200);
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

    private long draftOf(TestOrgs.Area area) {
        long planId = steps.onlyTask(area.officer(), "DraftPlan").get("ids").get("planId").asLong();
        plans.add(planId);
        return planId;
    }

    private void approveConsolidated(TestOrgs.Area area, long planId, List<Map<String, Object>> values) {
        long period = api.get(area.officer(), "/api/v1/plans/" + planId).body().get("periods").get(0).get("id")
                .asLong();
        long report = api.get(area.officer(), "/api/v1/periods/" + period + "/consolidated-report").expect(200)
                .body().get("id").asLong();
        Map<String, Object> body = new HashMap<>();
        body.put("summary", "Báo cáo 6 tháng của " + area.name());
        body.put("values", values);
        api.post(area.officer(), "/api/v1/consolidated-reports/" + report + "/submit", body).expect(200);
        api.post(area.leader(), "/api/v1/consolidated-reports/" + report + "/approve", null).expect(200);
        ProcessJobs.runDue(management);
    }

    private long reportOf(TestOrgs.Area area, long periodId, String unitName) {
        return StreamSupport.stream(api.get(area.officer(), "/api/v1/periods/" + periodId + "/reports").expect(200)
                        .body().spliterator(), false)
                .filter(r -> r.get("orgUnitName").asText().equals(unitName)).findFirst().orElseThrow()
                .get("id").asLong();
    }

    private JsonNode figures(TestOrgs.Area area, long consolidatedReportId) {
        return api.get(area.officer(), "/api/v1/consolidated-reports/" + consolidatedReportId + "/figures")
                .expect(200).body();
    }

    /** The consolidated report's DOCX as its officer downloads it, as text. */
    private String docx(TestOrgs.Area area, long consolidatedReportId) {
        byte[] content = consolidation.documentFile(users.findByUsername(area.officer()).orElseThrow(),
                consolidatedReportId).content();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(content));
             XWPFWordExtractor text = new XWPFWordExtractor(document)) {
            return text.getText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void assertFigure(JsonNode row, long numerator, long denominator, List<String> reportIds) {
        JsonNode figure = row.get("figure");
        assertThat(figure.get("numerator").asLong()).as("numerator").isEqualTo(numerator);
        assertThat(figure.get("denominator").asLong()).as("denominator").isEqualTo(denominator);
        if (reportIds != null) {
            assertThat(texts(figure.get("sources"), s -> s.get("reportId").asText())).containsExactlyElementsOf(reportIds);
        }
    }

    // ---------------------------------------------------------------- data

    private static Map<String, Object> target(long indicatorId, int year, String comparator, String value,
                                              long... units) {
        Map<String, Object> target = new HashMap<>();
        target.put("indicatorId", indicatorId);
        target.put("milestoneYear", year);
        target.put("comparator", comparator);
        target.put("targetValue", value);
        List<Long> unitIds = new ArrayList<>();
        for (long unit : units) {
            unitIds.add(unit);
        }
        target.put("responsibleUnitIds", unitIds);
        return target;
    }

    private static Map<String, Object> notApplicable(long indicatorId, String note) {
        Map<String, Object> reading = reading(indicatorId, null, null);
        reading.put("notApplicable", true);
        reading.put("note", note);
        return reading;
    }

    static List<String> texts(JsonNode array, java.util.function.Function<JsonNode, String> text) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(text.apply(node)));
        return texts;
    }

    static Instant at(String localDateTime) {
        return ZonedDateTime.of(LocalDateTime.parse(localDateTime), Deadlines.VIETNAM).toInstant();
    }
}
