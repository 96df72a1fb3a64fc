package vn.congtactreem.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.congtactreem.org.OrgService;
import vn.congtactreem.org.UserService;
import vn.congtactreem.support.ApiClient;
import vn.congtactreem.support.ProcessJobs;
import vn.congtactreem.support.TestOrgs;
import vn.congtactreem.support.WebIntegrationTest;

/**
 * One whole cycle through the REST API as the people of a province, district and commune made for it
 * ({@link TestOrgs#commune}), on PostgreSQL: the district issues its
 * plan, the commune receives it, drafts and issues its own, two units report (one late), the
 * commune consolidates (the leader returns it once) and submits, and the district sees and accepts it.
 */
class FullCycleIntegrationTests extends WebIntegrationTest {

    @Autowired
    ManagementService management;

    @Autowired
    OrgService orgs;

    @Autowired
    UserService users;

    private ApiClient api;
    private TestOrgs.Commune place;

    @BeforeEach
    void startOfMarch2024() {
        api = new ApiClient(port);
        place = new TestOrgs(orgs, users).commune("chutrinh");
        ProcessJobs.setClock(at("2024-03-01T09:00"));
    }

    @AfterEach
    void realTimeAgain() {
        ProcessJobs.resetClock();
    }

    @Test
    void districtIssuesCommuneReportsUpwardAndTheDistrictAcceptsIt() {
        Instant started = Instant.now();
        long district = place.district().id();
        long commune = place.commune().id();
        long police = place.police();
        long health = place.health();
        String districtOfficer = place.district().officer();
        String districtLeader = place.district().leader();
        String officer = place.commune().officer();
        String leader = place.commune().leader();
        String policeReporter = place.policeReporter();
        String healthReporter = place.healthReporter();

        // the district registers the province's plan and drafts its own: communes report by 13/5
        long districtPlan = api.post(districtOfficer, "/api/v1/plans", Map.of("orgUnitId", district,
                "title", "Kế hoạch triển khai công tác trẻ em năm 2024", "yearFrom", 2024)).expect(201)
                .body().get("id").asLong();
        api.post(districtOfficer, "/api/v1/plans/" + districtPlan + "/upper-plan", Map.of(
                "number", "35/KH-UBND", "issuedOn", "2024-02-15", "issuer", "UBND " + place.province().name(),
                "title", "Kế hoạch thực hiện công tác trẻ em năm 2024",
                "periods", List.of(period("SIX_MONTHS", "2024-05-01", "2024-05-13", "2024-05-20")))).expect(200);
        api.put(districtOfficer, "/api/v1/plans/" + districtPlan + "/draft", draft(
                "UBND " + place.district().name(), List.of(Map.of("orgUnitId", commune, "duties", "Triển khai tại xã")), null))
                .expect(200);
        api.post(districtOfficer, "/api/v1/plans/" + districtPlan + "/submit", null).expect(200);
        JsonNode issuedDistrict = api.post(districtLeader, "/api/v1/plans/" + districtPlan + "/approve", null)
                .expect(200).body();
        ProcessJobs.runDue(management);
        assertThat(api.get(districtOfficer, "/api/v1/plans/" + districtPlan).body().get("status").asText())
                .isEqualTo("ISSUED");
        assertThat(issuedDistrict.get("id").asLong()).isEqualTo(districtPlan);

        // the commune received the district's plan: its cycle starts at drafting, deadlines taken over
        JsonNode draftTask = onlyTask(officer, "DraftPlan");
        long communePlan = draftTask.get("ids").get("planId").asLong();
        JsonNode received = api.get(officer, "/api/v1/plans/" + communePlan).expect(200).body();
        assertThat(received.get("upper").get("planId").asLong()).isEqualTo(districtPlan);
        assertThat(received.get("upper").get("number").asText()).endsWith("/KH-UBND");
        assertThat(received.get("periods").get(0).get("upperDue").asText()).isEqualTo("2024-05-13");
        assertThat(received.get("periods").get(0).get("unitDue").asText()).isEqualTo("2024-05-10");

        // a unit deadline after the district's is refused with the dates in the message
        JsonNode refused = api.put(officer, "/api/v1/plans/" + communePlan + "/draft", draft("UBND " + place.commune().name(),
                List.of(), List.of(period("SIX_MONTHS", "2024-05-01", "2024-05-18", "2024-05-13")))).expect(400).body();
        assertThat(refused.get("errors").get(0).get("field").asText()).isEqualTo("periods[0].unitDue");
        assertThat(refused.get("detail").asText()).contains("18/05/2024").contains("13/05/2024")
                .contains("12/05/2024");

        // the commune's first plan in the system: nothing from last year to copy, and it says so
        JsonNode noPrevious = api.post(officer, "/api/v1/plans/" + communePlan + "/copy-previous", null)
                .expect(400).body();
        assertThat(noPrevious.get("detail").asText()).isEqualTo(
                "Chưa có kế hoạch năm trước của đơn vị trong hệ thống để sao chép.");

        api.put(officer, "/api/v1/plans/" + communePlan + "/draft", draft("UBND " + place.commune().name(), List.of(
                Map.of("orgUnitId", police, "duties", "Phòng, chống xâm hại trẻ em"),
                Map.of("orgUnitId", health, "duties", "Chủ trì các chỉ tiêu 3, 4, 5, 6")), null)).expect(200);
        api.post(officer, "/api/v1/plans/" + communePlan + "/submit", null).expect(200);
        api.post(leader, "/api/v1/plans/" + communePlan + "/return",
                Map.of("comment", "Bổ sung nhiệm vụ của Trạm Y tế")).expect(200);
        assertThat(onlyTask(officer, "DraftPlan").get("ids").get("planId").asLong()).isEqualTo(communePlan);
        api.post(officer, "/api/v1/plans/" + communePlan + "/submit", null).expect(200);
        api.post(leader, "/api/v1/plans/" + communePlan + "/approve", null).expect(200);
        ProcessJobs.runDue(management);
        JsonNode issuedCommune = api.get(officer, "/api/v1/plans/" + communePlan).body();
        assertThat(issuedCommune.get("status").asText()).isEqualTo("ISSUED");
        assertThat(issuedCommune.get("docNumber").asInt()).isPositive();

        // 1 May: both periods open; the units acknowledge their part
        ProcessJobs.setClock(at("2024-05-01T07:00"));
        ProcessJobs.runDue(management);
        long policeReport = onlyTask(policeReporter, "AcknowledgeAssignment").get("ids").get("reportId").asLong();
        long healthReport = onlyTask(healthReporter, "AcknowledgeAssignment").get("ids").get("reportId").asLong();
        api.post(policeReporter, "/api/v1/reports/" + policeReport + "/acknowledge", null).expect(200);
        api.post(healthReporter, "/api/v1/reports/" + healthReport + "/acknowledge", null).expect(200);
        ProcessJobs.runDue(management); // reminders are scheduled

        // the police report on time; the health station is late (last day 10/5)
        ProcessJobs.setClock(at("2024-05-06T10:00"));
        JsonNode policeSubmitted = api.post(policeReporter, "/api/v1/reports/" + policeReport + "/submit",
                Map.of("results", "Không có vụ xâm hại trẻ em mới", "difficulties", "", "proposals", "")).expect(200)
                .body();
        assertThat(policeSubmitted.get("late").asBoolean()).isFalse();
        api.post(officer, "/api/v1/reports/" + policeReport + "/accept", null).expect(200);

        ProcessJobs.setClock(at("2024-05-11T09:00"));
        ProcessJobs.runDue(management); // reminders, escalation, and the cut-off starts the consolidation
        JsonNode healthSubmitted = api.post(healthReporter, "/api/v1/reports/" + healthReport + "/submit",
                Map.of("results", "98% trẻ dưới 1 tuổi tiêm chủng đầy đủ")).expect(200).body();
        assertThat(healthSubmitted.get("late").asBoolean()).isTrue();
        api.post(officer, "/api/v1/reports/" + healthReport + "/return",
                Map.of("comment", "Bổ sung số trẻ được khám sàng lọc")).expect(200);
        ProcessJobs.runDue(management); // the return notice; the report is open again
        api.post(healthReporter, "/api/v1/reports/" + healthReport + "/submit",
                Map.of("results", "98% trẻ dưới 1 tuổi tiêm chủng đầy đủ; 420 trẻ được khám sàng lọc")).expect(200);
        api.post(officer, "/api/v1/reports/" + healthReport + "/accept", null).expect(200);
        ProcessJobs.runDue(management);

        // the commune consolidates: the cut-off listed the health station as missing
        long communePeriod = issuedCommune.get("periods").get(0).get("id").asLong();
        JsonNode consolidated = api.get(officer, "/api/v1/periods/" + communePeriod + "/consolidated-report")
                .expect(200).body();
        long consolidatedId = consolidated.get("id").asLong();
        assertThat(texts(consolidated.get("missingUnits"))).containsExactly(place.healthName());
        api.post(officer, "/api/v1/consolidated-reports/" + consolidatedId + "/submit",
                Map.of("summary", "Báo cáo 6 tháng đầu năm 2024 của " + place.commune().name())).expect(200);
        api.post(leader, "/api/v1/consolidated-reports/" + consolidatedId + "/return",
                Map.of("comment", "Cập nhật số liệu của Trạm Y tế")).expect(200);
        ProcessJobs.runDue(management);
        JsonNode reaggregated = api.get(officer, "/api/v1/consolidated-reports/" + consolidatedId).body();
        assertThat(reaggregated.get("missingUnits")).isEmpty();
        assertThat(reaggregated.get("reviewComment").asText()).isEqualTo("Cập nhật số liệu của Trạm Y tế");
        api.post(officer, "/api/v1/consolidated-reports/" + consolidatedId + "/submit",
                Map.of("summary", "Báo cáo 6 tháng đầu năm 2024 của " + place.commune().name() + " (đã cập nhật Trạm Y tế)")).expect(200);
        api.post(leader, "/api/v1/consolidated-reports/" + consolidatedId + "/approve", null).expect(200);
        ProcessJobs.runDue(management);

        // the district sees the commune's consolidated report as the commune's unit report, and accepts it
        long districtPeriod = issuedDistrict.get("periods").get(0).get("id").asLong();
        JsonNode districtReports = api.get(districtOfficer, "/api/v1/periods/" + districtPeriod + "/reports")
                .expect(200).body();
        assertThat(districtReports).hasSize(1);
        JsonNode fromCommune = districtReports.get(0);
        assertThat(fromCommune.get("orgUnitName").asText()).isEqualTo(place.commune().name());
        assertThat(fromCommune.get("status").asText()).isEqualTo("SUBMITTED");
        assertThat(fromCommune.get("consolidatedReportId").asLong()).isEqualTo(consolidatedId);
        assertThat(fromCommune.get("late").asBoolean()).isFalse();
        JsonNode review = onlyTask(districtOfficer, "ReviewReport");
        assertThat(review.get("ids").get("reportId").asLong()).isEqualTo(fromCommune.get("id").asLong());
        api.post(districtOfficer, "/api/v1/reports/" + fromCommune.get("id").asLong() + "/accept", null).expect(200);
        ProcessJobs.runDue(management);

        assertThat(api.get(officer, "/api/v1/consolidated-reports/" + consolidatedId).body()
                .get("status").asText()).isEqualTo("ACCEPTED_BY_UPPER");
        // all of the district's units have reported: its own consolidation is waiting for its officer
        assertThat(onlyTask(districtOfficer, "WriteConsolidatedReport")).isNotNull();
        // a unit never sees the district's plan
        api.get(policeReporter, "/api/v1/plans/" + districtPlan).expect(404);
        assertThat(texts(timelineActions(communePlan))).contains("UPPER_PLAN_RECEIVED", "PLAN_RETURNED",
                "PLAN_ISSUED", "REPORT_SUBMITTED", "REPORT_SUBMITTED_LATE", "REPORT_OVERDUE", "REPORT_RETURNED",
                "CONSOLIDATION_RETURNED", "CONSOLIDATION_SUBMITTED", "CONSOLIDATION_ACCEPTED_BY_UPPER");
        System.out.printf("Full cycle through the REST API on PostgreSQL: %d ms%n",
                Duration.between(started, Instant.now()).toMillis());
    }

    private JsonNode timelineActions(long planId) {
        List<String> actions = new ArrayList<>();
        api.get(place.commune().officer(), "/api/v1/plans/" + planId + "/timeline").expect(200).body()
                .forEach(event -> actions.add(event.get("action").asText()));
        return new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(actions);
    }

    private JsonNode onlyTask(String user, String taskKey) {
        JsonNode tasks = api.get(user, "/api/v1/tasks").expect(200).body();
        List<JsonNode> matching = StreamSupport.stream(tasks.spliterator(), false)
                .filter(task -> task.get("taskKey").asText().equals(taskKey)).toList();
        assertThat(matching).as("%s's %s tasks in %s", user, taskKey, tasks).hasSize(1);
        return matching.get(0);
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }

    private static Map<String, Object> period(String kind, String opensOn, String unitDue, String upperDue) {
        Map<String, Object> period = new java.util.HashMap<>();
        period.put("year", 2024);
        period.put("kind", kind);
        period.put("dataFrom", "2023-12-15");
        period.put("dataTo", "2024-06-14");
        period.put("opensOn", opensOn);
        period.put("unitDue", unitDue);
        period.put("upperDue", upperDue);
        period.put("reminderDays", "7,1");
        return period;
    }

    private static Map<String, Object> draft(String issuer, List<Map<String, Object>> assignments,
                                             List<Map<String, Object>> periods) {
        Map<String, Object> draft = new java.util.HashMap<>();
        draft.put("title", "Kế hoạch triển khai thực hiện công tác trẻ em năm 2024");
        draft.put("purpose", "Đẩy mạnh các hoạt động bảo vệ, chăm sóc trẻ em trên địa bàn.");
        draft.put("requirements", "Triển khai kịp thời, đúng quy định.");
        draft.put("budget", "Theo phân cấp ngân sách.");
        draft.put("implementation", "Các ngành, đoàn thể và các thôn phối hợp thực hiện.");
        draft.put("reportingRegime", "Báo cáo 6 tháng và năm.");
        draft.put("recipients", "- " + issuer + ";\n- Lưu: VT.");
        draft.put("signerName", "Lục Xuân Đức");
        draft.put("signerTitle", "PHÓ CHỦ TỊCH");
        draft.put("periods", periods);
        draft.put("assignments", assignments.isEmpty() ? null : assignments);
        return draft;
    }

    private static Instant at(String localDateTime) {
        return ZonedDateTime.of(java.time.LocalDateTime.parse(localDateTime), Deadlines.VIETNAM).toInstant();
    }
}
