package vn.congtactreem.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.congtactreem.support.ApiPlanSteps.draft;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.congtactreem.org.OrgService;
import vn.congtactreem.org.Role;
import vn.congtactreem.org.UserService;
import vn.congtactreem.support.ApiClient;
import vn.congtactreem.support.ApiPlanSteps;
import vn.congtactreem.support.CycleCleanUp;
import vn.congtactreem.support.ProcessJobs;
import vn.congtactreem.support.TestIndicators;
import vn.congtactreem.support.TestOrgs;
import vn.congtactreem.support.WebIntegrationTest;

/**
 * Objectives and the plan's own numbers through the REST API on PostgreSQL: the district writes two objectives
 * with its numbered targets, the API, the DOCX and the XLSX keep them; the commune takes the targets left to it
 * from the district's plan and gets the same objectives and numbers; next year's plan copied from it keeps them.
 * Own organisations, users and indicators, in years no other test uses.
 */
class PlanObjectivesIntegrationTests extends WebIntegrationTest {

    private static final int YEAR = 2061;

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

    private final List<Long> plans = new ArrayList<>();

    @AfterEach
    void endTheCycles() {
        plans.forEach(planId -> CycleCleanUp.endProcessesOf(runtime, planId));
        ProcessJobs.resetClock();
    }

    @Test
    void objectivesAndNumbersSurviveTheApiTheDocumentsTheUpperPlanAndLastYearsCopy() throws Exception {
        ApiClient api = new ApiClient(port);
        ApiPlanSteps steps = new ApiPlanSteps(api, management);
        TestOrgs test = new TestOrgs(orgs, users);
        TestIndicators indicators = new TestIndicators(jdbc);
        long care = indicators.careRate();
        long rate = indicators.injuryRate();
        long deaths = indicators.injuryDeaths();
        long friendly = indicators.childFriendly();
        ProcessJobs.setClock(at(YEAR + "-03-01T09:00"));
        TestOrgs.Area province = test.area(null, "Tỉnh Mục Tiêu", "PROVINCE", "tinhmt");
        TestOrgs.Area district = test.area(province.id(), "Huyện Mục Tiêu", "DISTRICT", "huyenmt");
        TestOrgs.Area commune = test.area(district.id(), "Xã Mục Tiêu", "COMMUNE", "xamt");
        long police = test.agency(commune.id(), "Công an xã Mục Tiêu", "POLICE");
        test.user("congan", police, Role.REPORTER);

        // the district: Mục tiêu 1 holds targets 1 and 2, Mục tiêu 2 holds 3 (typed) and 4 (the next)
        long districtPlan = start(steps, district, YEAR);
        Map<String, Object> districtDraft = draft(district, List.of(commune.id()), List.of(
                target(deaths, "AT_MOST", "2", "Không quá 2 trẻ em tử vong do TNTT", 2, "3", commune.id()),
                target(care, "MORE_THAN", "95", "Duy trì trên 95% trẻ em có HCĐB được chăm sóc", 1, null,
                        commune.id()),
                target(friendly, "EQUAL", "1", null, 2, null, commune.id()),
                target(rate, "AT_MOST", "300", "Giảm tỷ suất TNTT xuống 300/100.000 trẻ em", 1, null)));
        districtDraft.put("objectives", List.of("Bảo vệ trẻ em", "Phòng, chống tai nạn, thương tích"));
        JsonNode drafted = api.put(district.officer(), "/api/v1/plans/" + districtPlan + "/draft", districtDraft)
                .expect(200).body();
        // the API answers in plan order: objective 1's targets first, each with its number
        assertThat(objectives(drafted)).containsExactly("1 Bảo vệ trẻ em", "2 Phòng, chống tai nạn, thương tích");
        assertThat(numbers(drafted, indicators)).containsExactly("1@1 CS", "2@1 TN", "3@2 TV", "4@2 PH");
        // an objective that does not exist, or a number given twice, is refused on its box
        Map<String, Object> wrong = new HashMap<>(districtDraft);
        wrong.put("targets", List.of(target(care, "MORE_THAN", "95", null, 3, null)));
        assertThat(api.put(district.officer(), "/api/v1/plans/" + districtPlan + "/draft", wrong).expect(400).body()
                .get("errors").get(0).get("field").asText()).isEqualTo("targets[0].objective");
        wrong.put("targets", List.of(target(care, "MORE_THAN", "95", null, 1, null),
                target(rate, "AT_MOST", "300", null, 1, "1")));
        JsonNode twice = api.put(district.officer(), "/api/v1/plans/" + districtPlan + "/draft", wrong).expect(400)
                .body();
        assertThat(twice.get("errors").get(0).get("field").asText()).isEqualTo("targets[1].number");
        assertThat(twice.get("detail").asText()).isEqualTo("Hai chỉ tiêu cùng số 1");
        JsonNode issued = steps.issue(district, districtPlan, null);
        assertThat(numbers(issued, indicators)).containsExactly("1@1 CS", "2@1 TN", "3@2 TV", "4@2 PH");

        // the DOCX: "Mục tiêu 1 … Chỉ tiêu 1 …", and the commune told its targets by number
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(download(district.officer(),
                "/api/v1/plans/" + districtPlan + "/document.docx")));
             XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            String text = extractor.getText();
            assertThat(text).contains("Mục tiêu 1: Bảo vệ trẻ em", "Chỉ tiêu 1: Duy trì trên 95% trẻ em",
                    "Chỉ tiêu 2: Giảm tỷ suất TNTT", "Mục tiêu 2: Phòng, chống tai nạn, thương tích",
                    "Chỉ tiêu 3: Không quá 2 trẻ em", "Chỉ tiêu 4: Xã, phường phù hợp với trẻ em",
                    "Chủ trì các chỉ tiêu 1, 3, 4.");
            assertThat(text.indexOf("Chỉ tiêu 2:")).isLessThan(text.indexOf("Mục tiêu 2:"));
        }
        // the XLSX: the objective beside each target's own number
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(download(district.officer(),
                "/api/v1/plans/" + districtPlan + "/targets.xlsx")))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(3).getCell(0).getStringCellValue()).isEqualTo("Mục tiêu");
            assertThat(sheet.getRow(6).getCell(0).getStringCellValue())
                    .isEqualTo("Mục tiêu 2: Phòng, chống tai nạn, thương tích");
            assertThat(sheet.getRow(6).getCell(1).getNumericCellValue()).isEqualTo(3);
        }

        // the commune takes the targets left to it: same objectives, same numbers (1, 3, 4)
        long communePlan = steps.onlyTask(commune.officer(), "DraftPlan").get("ids").get("planId").asLong();
        plans.add(communePlan);
        JsonNode taken = api.post(commune.officer(), "/api/v1/plans/" + communePlan + "/targets-from-upper", null)
                .expect(200).body();
        assertThat(objectives(taken)).containsExactly("1 Bảo vệ trẻ em", "2 Phòng, chống tai nạn, thương tích");
        assertThat(numbers(taken, indicators)).containsExactly("1@1 CS", "3@2 TV", "4@2 PH");
        // a client that sends targets without the objectives keeps the objectives saved
        List<Map<String, Object>> communeTargets = new ArrayList<>();
        taken.get("targets").forEach(t -> communeTargets.add(target(t.get("indicator").get("id").asLong(),
                t.get("comparator").asText(), t.get("targetValue").asText(), t.get("wording").asText(null),
                t.get("objective").asInt(), t.get("numberLabel").asText(null))));
        Map<String, Object> communeDraft = draft(commune, List.of(police), communeTargets);
        JsonNode communeIssued = steps.issue(commune, communePlan, communeDraft);
        assertThat(objectives(communeIssued)).hasSize(2);
        assertThat(numbers(communeIssued, indicators)).containsExactly("1@1 CS", "3@2 TV", "4@2 PH");

        // next year: the commune's plan copied from this one keeps objectives and numbers
        ProcessJobs.setClock(at((YEAR + 1) + "-03-01T09:00"));
        long nextPlan = start(steps, commune, YEAR + 1);
        JsonNode copied = api.post(commune.officer(), "/api/v1/plans/" + nextPlan + "/copy-previous", null)
                .expect(200).body();
        assertThat(objectives(copied)).containsExactly("1 Bảo vệ trẻ em", "2 Phòng, chống tai nạn, thương tích");
        assertThat(numbers(copied, indicators)).containsExactly("1@1 CS", "3@2 TV", "4@2 PH");
        assertThat(copied.get("targets").get(0).get("milestoneYear").asInt()).isEqualTo(YEAR + 1);
    }

    // ---------------------------------------------------------------- steps

    private long start(ApiPlanSteps steps, TestOrgs.Area area, int year) {
        long planId = steps.startWithUpperPlan(area, year);
        plans.add(planId);
        return planId;
    }

    private byte[] download(String user, String path) throws Exception {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url(path)))
                .header("Authorization", basic(user, "demo123")).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    // ---------------------------------------------------------------- data

    private static Map<String, Object> target(long indicatorId, String comparator, String value, String wording,
                                              Integer objective, String number, long... units) {
        Map<String, Object> target = new HashMap<>();
        target.put("indicatorId", indicatorId);
        target.put("milestoneYear", YEAR);
        target.put("comparator", comparator);
        target.put("targetValue", value);
        target.put("wording", wording);
        target.put("objective", objective);
        target.put("number", number);
        List<Long> unitIds = new ArrayList<>();
        for (long unit : units) {
            unitIds.add(unit);
        }
        target.put("responsibleUnitIds", unitIds);
        return target;
    }

    private static List<String> objectives(JsonNode plan) {
        List<String> texts = new ArrayList<>();
        plan.get("objectives").forEach(o -> texts.add(o.get("number").asInt() + " " + o.get("title").asText()));
        return texts;
    }

    /** "3@2 TV": the target's number, its objective and its indicator's short code. */
    private static List<String> numbers(JsonNode plan, TestIndicators indicators) {
        List<String> texts = new ArrayList<>();
        plan.get("targets").forEach(t -> texts.add(t.get("number").asText() + "@" + t.get("objective").asText() + " "
                + t.get("indicator").get("code").asText().substring(indicators.code("").length())));
        return texts;
    }

    private static java.time.Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(Deadlines.VIETNAM).toInstant();
    }
}
