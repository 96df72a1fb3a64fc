package vn.congtactreem.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.congtactreem.org.OrgService;
import vn.congtactreem.org.Role;
import vn.congtactreem.org.UserForm;
import vn.congtactreem.org.UserService;
import vn.congtactreem.security.SystemAuthentication;
import vn.congtactreem.support.ApiClient;
import vn.congtactreem.support.ProcessJobs;
import vn.congtactreem.support.WebIntegrationTest;

/**
 * Nested cycles through the REST API on PostgreSQL: an area assigned by a plan that has its own
 * officer in the system runs its own cycle (its plan starts at drafting with the upper plan and its
 * deadlines) and its approved consolidated report arrives upstairs as its unit report. Every test
 * builds its own organisations and users (random suffix: the database is shared by the whole run
 * and never rolled back) and works in its own year, so timers one test leaves behind never fire in
 * another.
 */
class NestedCyclesIntegrationTests extends WebIntegrationTest {

    private static final String PASSWORD = "demo123";

    @Autowired
    ManagementService management;

    @Autowired
    OrgService orgs;

    @Autowired
    UserService users;

    private ApiClient api;
    private String suffix;

    /** An area of one test with the usernames of its officer and its leader. */
    private record Area(long id, String name, String officer, String leader) {
    }

    @BeforeEach
    void startOfMarch() {
        api = new ApiClient(port);
        // six base-36 characters: usernames stay lower case, names unique in the shared database
        suffix = Long.toString(ThreadLocalRandom.current().nextLong(60_466_176L, 2_176_782_336L), 36);
        // the first test's year; the others move the clock to their own year first
        ProcessJobs.setClock(at("2025-03-03T09:00"));
    }

    @AfterEach
    void realTimeAgain() {
        ProcessJobs.resetClock();
    }

    @Test
    void threeLevelsProvinceDistrictCommuneEachReportUpward() {
        Instant started = Instant.now();
        Area province = area(null, "Tỉnh Thử Nghiệm " + suffix, "PROVINCE", "tinh");
        Area district = area(province.id(), "Huyện Một " + suffix, "DISTRICT", "huyen");
        Area commune = area(district.id(), "Xã Một " + suffix, "COMMUNE", "xa");
        long police = agency(commune.id(), "Công an xã Một " + suffix, "POLICE");
        String policeReporter = user("congan", police, Role.REPORTER);

        // the province registers the ministry's plan: its own report by 25/5, its units' (the district's) by 20/5
        long provincePlan = startWithUpperPlan(province, 2025, "2025-05-01", "2025-05-20", "2025-05-25");
        JsonNode issuedProvince = draftAndIssue(province, provincePlan, district.id());
        assertIssuedAsFirstPlanOfTheYear(issuedProvince, "2025-03-03");
        long provincePeriod = periodId(issuedProvince);

        // the district's cycle starts at drafting, the province's plan as upper plan, deadlines taken over
        long districtPlan = receivedPlan(district, issuedProvince, "2025-05-17", "2025-05-20");
        JsonNode issuedDistrict = draftAndIssue(district, districtPlan, commune.id());
        assertIssuedAsFirstPlanOfTheYear(issuedDistrict, "2025-03-03");
        long districtPeriod = periodId(issuedDistrict);

        // and the commune's from the district's, three days earlier again
        long communePlan = receivedPlan(commune, issuedDistrict, "2025-05-14", "2025-05-17");
        JsonNode issuedCommune = draftAndIssue(commune, communePlan, police);
        assertIssuedAsFirstPlanOfTheYear(issuedCommune, "2025-03-03");
        long communePeriod = periodId(issuedCommune);
        assertThat(issuedCommune.get("assignments").get(0).get("subArea").asBoolean()).isFalse();
        assertThat(issuedDistrict.get("assignments").get(0).get("subArea").asBoolean()).isTrue();

        // 1 May: the period opens at all three levels; the sub-areas' reports wait for their consolidations
        ProcessJobs.setClock(at("2025-05-01T07:00"));
        ProcessJobs.runDue(management);
        for (JsonNode plan : List.of(issuedProvince, issuedDistrict, issuedCommune)) {
            assertThat(api.get(province.officer(), "/api/v1/plans/" + plan.get("id").asLong()).expect(200).body()
                    .get("periods").get(0).get("status").asText()).isEqualTo("OPEN");
        }
        JsonNode districtAwaited = onlyReport(province.officer(), provincePeriod);
        assertThat(districtAwaited.get("orgUnitId").asLong()).isEqualTo(district.id());
        assertThat(districtAwaited.get("subArea").asBoolean()).isTrue();
        assertThat(districtAwaited.get("status").asText()).isEqualTo("OPEN");
        assertThat(onlyReport(district.officer(), districtPeriod).get("orgUnitId").asLong()).isEqualTo(commune.id());
        assertThat(tasksOf(district.officer())).as("a sub-area acknowledges nothing, fills no form").isEmpty();

        // the police acknowledge, report on time, the commune accepts
        long policeReport = onlyTask(policeReporter, "AcknowledgeAssignment").get("ids").get("reportId").asLong();
        api.post(policeReporter, "/api/v1/reports/" + policeReport + "/acknowledge", null).expect(200);
        ProcessJobs.runDue(management);
        ProcessJobs.setClock(at("2025-05-05T10:00"));
        JsonNode policeSubmitted = api.post(policeReporter, "/api/v1/reports/" + policeReport + "/submit",
                Map.of("results", "Không có vụ xâm hại trẻ em mới")).expect(200).body();
        assertThat(policeSubmitted.get("status").asText()).isEqualTo("SUBMITTED");
        assertThat(policeSubmitted.get("late").asBoolean()).isFalse();
        assertThat(onlyTask(commune.officer(), "ReviewReport").get("ids").get("reportId").asLong())
                .isEqualTo(policeReport);
        assertThat(api.post(commune.officer(), "/api/v1/reports/" + policeReport + "/accept", null).expect(200)
                .body().get("status").asText()).isEqualTo("ACCEPTED");
        ProcessJobs.runDue(management);

        // every report accepted: the commune consolidates at once and its leader approves
        long communeConsolidated = consolidateAndApprove(commune, communePeriod,
                "Báo cáo 6 tháng đầu năm 2025 của " + commune.name());

        // the district sees it as the commune's unit report and accepts it
        long fromCommune = assertArrivedAsUnitReport(district, districtPeriod, commune, communeConsolidated);
        api.post(district.officer(), "/api/v1/reports/" + fromCommune + "/accept", null).expect(200);
        ProcessJobs.runDue(management);
        assertThat(consolidatedStatus(commune, communeConsolidated)).isEqualTo("ACCEPTED_BY_UPPER");
        assertThat(onlyReport(district.officer(), districtPeriod).get("status").asText()).isEqualTo("ACCEPTED");

        // ... which was the district's last report: its consolidation starts without waiting for the cut-off
        long districtConsolidated = consolidateAndApprove(district, districtPeriod,
                "Báo cáo 6 tháng đầu năm 2025 của " + district.name());
        long fromDistrict = assertArrivedAsUnitReport(province, provincePeriod, district, districtConsolidated);
        api.post(province.officer(), "/api/v1/reports/" + fromDistrict + "/accept", null).expect(200);
        ProcessJobs.runDue(management);
        assertThat(consolidatedStatus(district, districtConsolidated)).isEqualTo("ACCEPTED_BY_UPPER");
        assertThat(consolidatedStatus(commune, communeConsolidated)).isEqualTo("ACCEPTED_BY_UPPER");
        assertThat(onlyTask(province.officer(), "WriteConsolidatedReport").get("ids").get("periodId").asLong())
                .isEqualTo(provincePeriod);

        // scoping: the province's officer may read everything below the province ...
        assertThat(api.get(province.officer(), "/api/v1/reports/" + policeReport).expect(200).body()
                .get("orgUnitId").asLong()).isEqualTo(police);
        Map<Long, JsonNode> visible = new HashMap<>();
        api.get(province.officer(), "/api/v1/plans").expect(200).body()
                .forEach(plan -> visible.put(plan.get("id").asLong(), plan));
        assertThat(visible).containsOnlyKeys(provincePlan, districtPlan, communePlan);
        assertThat(visible.values()).allSatisfy(plan -> assertThat(plan.get("documentNumber").asText())
                .isEqualTo("1/KH-UBND"));
        // the sub-areas' only period is over: their cycles closed; the province still consolidates
        assertThat(visible.get(provincePlan).get("status").asText()).isEqualTo("ISSUED");
        assertThat(visible.get(districtPlan).get("status").asText()).isEqualTo("CLOSED");
        assertThat(visible.get(communePlan).get("status").asText()).isEqualTo("CLOSED");
        assertThat(visible.get(provincePlan).get("upperPlanId").isNull()).isTrue();
        assertThat(visible.get(districtPlan).get("upperPlanId").asLong()).isEqualTo(provincePlan);
        assertThat(visible.get(communePlan).get("upperPlanId").asLong()).isEqualTo(districtPlan);
        // ... but the province's own period and timeline hold the district's report only
        assertThat(reports(province.officer(), provincePeriod)).extracting(r -> r.get("id").asLong())
                .containsExactly(fromDistrict);
        JsonNode provinceTimeline = api.get(province.officer(), "/api/v1/plans/" + provincePlan + "/timeline")
                .expect(200).body();
        assertThat(provinceTimeline).allSatisfy(event -> {
            assertThat(event.get("planId").asLong()).isEqualTo(provincePlan);
            assertThat(event.get("unitReportId").isNull() || event.get("unitReportId").asLong() == fromDistrict)
                    .as("event %s", event).isTrue();
        });
        assertThat(texts(provinceTimeline, "action")).contains("UPPER_PLAN_REGISTERED", "PLAN_ISSUED",
                "UNITS_ASSIGNED", "PERIOD_OPENED", "REPORT_SUBMITTED", "REPORT_ACCEPTED");
        // the police see the commune's plan that assigns them, nothing above it
        assertThat(planIds(policeReporter)).containsExactly(communePlan);
        api.get(policeReporter, "/api/v1/plans/" + communePlan).expect(200);
        api.get(policeReporter, "/api/v1/plans/" + provincePlan).expect(404);
        api.get(policeReporter, "/api/v1/plans/" + provincePlan + "/timeline").expect(404);
        api.get(policeReporter, "/api/v1/plans/" + districtPlan).expect(404);
        api.get(policeReporter, "/api/v1/reports/" + fromDistrict).expect(404);
        api.get(policeReporter, "/api/v1/consolidated-reports/" + districtConsolidated).expect(404);
        api.get(policeReporter, "/api/v1/consolidated-reports/" + communeConsolidated).expect(404);
        api.get(policeReporter, "/api/v1/periods/" + provincePeriod + "/reports").expect(404);
        // the district reads the province's plan it carries out; the commune, two levels down, does not
        api.get(district.officer(), "/api/v1/plans/" + provincePlan).expect(200);
        api.get(commune.officer(), "/api/v1/plans/" + provincePlan).expect(404);
        api.get(commune.officer(), "/api/v1/plans/" + districtPlan).expect(200);
        report("three levels", started);
    }

    @Test
    void twoTiersAfterThe2025ReformProvinceAndCommune() {
        Instant started = Instant.now();
        ProcessJobs.setClock(at("2026-03-02T09:00"));
        Area province = area(null, "Tỉnh Sau Sáp Nhập " + suffix, "PROVINCE", "tinh");
        // since 1 July 2025 communes sit directly under the province
        Area commune = area(province.id(), "Xã Hai " + suffix, "COMMUNE", "xa");
        long police = agency(commune.id(), "Công an xã Hai " + suffix, "POLICE");
        String policeReporter = user("congan", police, Role.REPORTER);

        long provincePlan = startWithUpperPlan(province, 2026, "2026-05-01", "2026-05-20", "2026-05-25");
        JsonNode issuedProvince = draftAndIssue(province, provincePlan, commune.id());
        assertIssuedAsFirstPlanOfTheYear(issuedProvince, "2026-03-02");
        long provincePeriod = periodId(issuedProvince);

        long communePlan = receivedPlan(commune, issuedProvince, "2026-05-17", "2026-05-20");
        JsonNode issuedCommune = draftAndIssue(commune, communePlan, police);
        assertIssuedAsFirstPlanOfTheYear(issuedCommune, "2026-03-02");
        long communePeriod = periodId(issuedCommune);

        ProcessJobs.setClock(at("2026-05-01T07:00"));
        ProcessJobs.runDue(management);
        long policeReport = onlyTask(policeReporter, "AcknowledgeAssignment").get("ids").get("reportId").asLong();
        api.post(policeReporter, "/api/v1/reports/" + policeReport + "/acknowledge", null).expect(200);
        ProcessJobs.runDue(management);
        ProcessJobs.setClock(at("2026-05-06T15:00"));
        api.post(policeReporter, "/api/v1/reports/" + policeReport + "/submit",
                Map.of("results", "Tổ chức 2 buổi tuyên truyền phòng, chống xâm hại trẻ em")).expect(200);
        api.post(commune.officer(), "/api/v1/reports/" + policeReport + "/accept", null).expect(200);
        ProcessJobs.runDue(management);

        long communeConsolidated = consolidateAndApprove(commune, communePeriod,
                "Báo cáo 6 tháng đầu năm 2026 của " + commune.name());
        long fromCommune = assertArrivedAsUnitReport(province, provincePeriod, commune, communeConsolidated);
        api.post(province.officer(), "/api/v1/reports/" + fromCommune + "/accept", null).expect(200);
        ProcessJobs.runDue(management);

        assertThat(consolidatedStatus(commune, communeConsolidated)).isEqualTo("ACCEPTED_BY_UPPER");
        assertThat(onlyReport(province.officer(), provincePeriod).get("status").asText()).isEqualTo("ACCEPTED");
        assertThat(onlyTask(province.officer(), "WriteConsolidatedReport").get("ids").get("periodId").asLong())
                .isEqualTo(provincePeriod);
        assertThat(planStatus(commune, communePlan)).isEqualTo("CLOSED");
        assertThat(texts(timeline(commune.officer(), communePlan), "action")).contains("UPPER_PLAN_RECEIVED",
                "PLAN_ISSUED", "REPORT_ACCEPTED", "CONSOLIDATION_SUBMITTED", "CONSOLIDATION_ACCEPTED_BY_UPPER",
                "CYCLE_CLOSED");
        api.get(policeReporter, "/api/v1/plans/" + provincePlan).expect(404);
        report("two tiers", started);
    }

    @Test
    void aSubAreaWithoutAnOfficerIsAnOrdinaryUnit() {
        Instant started = Instant.now();
        // a year no other test reaches: the timers this test leaves behind never fire elsewhere
        ProcessJobs.setClock(at("2029-03-05T09:00"));
        long province = orgUnit(() -> orgs.createArea(null, "Tỉnh Thôn Xóm " + suffix, "PROVINCE").id());
        Area commune = area(province, "Xã Ba " + suffix, "COMMUNE", "xa");
        long village = orgUnit(() -> orgs.createArea(commune.id(), "Thôn Không Cán Bộ " + suffix, "VILLAGE").id());
        String villageHead = user("truongthon", village, Role.REPORTER);
        long retiredVillage = orgUnit(() -> orgs.createArea(commune.id(), "Thôn Cán Bộ Nghỉ " + suffix, "VILLAGE")
                .id());
        String retiredHead = user("truongthon2", retiredVillage, Role.REPORTER);
        String retiredOfficer = user("canbo.nghi", retiredVillage, Role.OFFICER);
        SystemAuthentication.runAsSystem(() -> users.deactivate(
                users.findByUsername(retiredOfficer).orElseThrow().id()));
        Area ownCycleVillage = area(commune.id(), "Thôn Có Cán Bộ " + suffix, "VILLAGE", "thon");

        long communePlan = startWithUpperPlan(commune, 2029, "2029-05-02", "2029-05-15", "2029-05-20");
        JsonNode issued = draftAndIssue(commune, communePlan, village, retiredVillage, ownCycleVillage.id());
        assertThat(issued.get("status").asText()).isEqualTo("ISSUED");
        Map<Long, Boolean> subArea = new HashMap<>();
        issued.get("assignments").forEach(a -> subArea.put(a.get("orgUnitId").asLong(), a.get("subArea").asBoolean()));
        assertThat(subArea).containsExactlyInAnyOrderEntriesOf(Map.of(village, false, retiredVillage, false,
                ownCycleVillage.id(), true));

        // only the village with an active officer runs its own cycle
        long nestedPlan = receivedPlan(ownCycleVillage, issued, "2029-05-12", "2029-05-15");
        assertThat(planIds(commune.officer())).containsExactlyInAnyOrder(communePlan, nestedPlan);
        assertThat(texts(timeline(commune.officer(), communePlan), "action")).contains("UNITS_ASSIGNED");

        // when the period opens, the officerless villages get ordinary unit reports to acknowledge
        ProcessJobs.setClock(at("2029-05-02T07:00"));
        ProcessJobs.runDue(management);
        long periodId = periodId(issued);
        Map<Long, JsonNode> byUnit = new HashMap<>();
        reports(commune.officer(), periodId).forEach(r -> byUnit.put(r.get("orgUnitId").asLong(), r));
        assertThat(byUnit).containsOnlyKeys(village, retiredVillage, ownCycleVillage.id());
        assertThat(byUnit.get(village).get("subArea").asBoolean()).isFalse();
        assertThat(byUnit.get(retiredVillage).get("subArea").asBoolean()).isFalse();
        assertThat(byUnit.get(ownCycleVillage.id()).get("subArea").asBoolean()).isTrue();

        JsonNode acknowledge = onlyTask(villageHead, "AcknowledgeAssignment");
        long villageReport = acknowledge.get("ids").get("reportId").asLong();
        assertThat(villageReport).isEqualTo(byUnit.get(village).get("id").asLong());
        assertThat(acknowledge.get("ids").get("unitOrgId").asLong()).isEqualTo(village);
        assertThat(onlyTask(retiredHead, "AcknowledgeAssignment").get("ids").get("reportId").asLong())
                .isEqualTo(byUnit.get(retiredVillage).get("id").asLong());
        assertThat(tasksOf(ownCycleVillage.officer())).extracting(t -> t.get("taskKey").asText())
                .containsExactly("DraftPlan");
        assertThat(planIds(villageHead)).containsExactly(communePlan);

        // and report like any unit: acknowledge, fill in the form, submit
        api.post(villageHead, "/api/v1/reports/" + villageReport + "/acknowledge", null).expect(200);
        ProcessJobs.runDue(management);
        JsonNode submitted = api.post(villageHead, "/api/v1/reports/" + villageReport + "/submit",
                Map.of("results", "Thôn tổ chức Tháng hành động vì trẻ em")).expect(200).body();
        assertThat(submitted.get("status").asText()).isEqualTo("SUBMITTED");
        assertThat(submitted.get("consolidatedReportId").isNull()).isTrue();
        assertThat(onlyTask(commune.officer(), "ReviewReport").get("ids").get("reportId").asLong())
                .isEqualTo(villageReport);
        report("sub-area without an officer", started);
    }

    @Test
    void upperLevelReturnsASubAreasReportAndTheSubAreaResubmits() {
        Instant started = Instant.now();
        ProcessJobs.setClock(at("2027-03-01T09:00"));
        long province = orgUnit(() -> orgs.createArea(null, "Tỉnh Trả Lại " + suffix, "PROVINCE").id());
        Area district = area(province, "Huyện Bốn " + suffix, "DISTRICT", "huyen");
        Area commune = area(district.id(), "Xã Bốn " + suffix, "COMMUNE", "xa");
        long police = agency(commune.id(), "Công an xã Bốn " + suffix, "POLICE");
        String policeReporter = user("congan", police, Role.REPORTER);

        long districtPlan = startWithUpperPlan(district, 2027, "2027-05-03", "2027-05-20", "2027-05-25");
        JsonNode issuedDistrict = draftAndIssue(district, districtPlan, commune.id());
        long districtPeriod = periodId(issuedDistrict);
        long communePlan = receivedPlan(commune, issuedDistrict, "2027-05-17", "2027-05-20");
        JsonNode issuedCommune = draftAndIssue(commune, communePlan, police);
        long communePeriod = periodId(issuedCommune);

        ProcessJobs.setClock(at("2027-05-03T07:00"));
        ProcessJobs.runDue(management);
        long policeReport = onlyTask(policeReporter, "AcknowledgeAssignment").get("ids").get("reportId").asLong();
        api.post(policeReporter, "/api/v1/reports/" + policeReport + "/acknowledge", null).expect(200);
        ProcessJobs.runDue(management);
        ProcessJobs.setClock(at("2027-05-04T09:00"));
        api.post(policeReporter, "/api/v1/reports/" + policeReport + "/submit",
                Map.of("results", "Không có vụ việc")).expect(200);
        api.post(commune.officer(), "/api/v1/reports/" + policeReport + "/accept", null).expect(200);
        ProcessJobs.runDue(management);
        long communeConsolidated = consolidateAndApprove(commune, communePeriod, "Báo cáo 6 tháng của xã Bốn");
        long fromCommune = assertArrivedAsUnitReport(district, districtPeriod, commune, communeConsolidated);

        // the district returns it with a comment: the commune's consolidation goes back to its officer
        String comment = "Bổ sung số liệu trẻ em có hoàn cảnh đặc biệt";
        JsonNode returned = api.post(district.officer(), "/api/v1/reports/" + fromCommune + "/return",
                Map.of("comment", comment)).expect(200).body();
        assertThat(returned.get("status").asText()).isEqualTo("RETURNED");
        ProcessJobs.runDue(management);
        JsonNode returnedByUpper = api.get(commune.officer(), "/api/v1/consolidated-reports/" + communeConsolidated)
                .expect(200).body();
        assertThat(returnedByUpper.get("status").asText()).isEqualTo("RETURNED_BY_UPPER");
        assertThat(returnedByUpper.get("reviewComment").asText()).isEqualTo(comment);
        assertThat(onlyTask(commune.officer(), "WriteConsolidatedReport").get("ids").get("consolidatedReportId")
                .asLong()).isEqualTo(communeConsolidated);
        assertThat(tasksOf(district.officer())).as("the district waits for the commune").isEmpty();
        assertThat(planStatus(commune, communePlan)).isEqualTo("ISSUED");
        JsonNode communeTimeline = timeline(commune.officer(), communePlan);
        assertThat(StreamSupport.stream(communeTimeline.spliterator(), false)
                .filter(e -> e.get("action").asText().equals("CONSOLIDATION_RETURNED_BY_UPPER"))
                .map(e -> e.get("comment").asText()).toList()).containsExactly(comment);

        // the commune completes its report, its leader approves again: the district's report is submitted again
        ProcessJobs.setClock(at("2027-05-06T14:00"));
        api.post(commune.officer(), "/api/v1/consolidated-reports/" + communeConsolidated + "/submit",
                Map.of("summary", "Báo cáo 6 tháng của xã Bốn; 12 trẻ em có hoàn cảnh đặc biệt")).expect(200);
        api.post(commune.leader(), "/api/v1/consolidated-reports/" + communeConsolidated + "/approve", null)
                .expect(200);
        ProcessJobs.runDue(management);
        assertThat(consolidatedStatus(commune, communeConsolidated)).isEqualTo("SUBMITTED");
        JsonNode resubmitted = onlyReport(district.officer(), districtPeriod);
        assertThat(resubmitted.get("id").asLong()).isEqualTo(fromCommune);
        assertThat(resubmitted.get("status").asText()).isEqualTo("SUBMITTED");
        assertThat(resubmitted.get("consolidatedReportId").asLong()).isEqualTo(communeConsolidated);
        assertThat(resubmitted.get("late").asBoolean()).isFalse();
        assertThat(onlyTask(district.officer(), "ReviewReport").get("ids").get("reportId").asLong())
                .isEqualTo(fromCommune);

        api.post(district.officer(), "/api/v1/reports/" + fromCommune + "/accept", null).expect(200);
        ProcessJobs.runDue(management);
        assertThat(consolidatedStatus(commune, communeConsolidated)).isEqualTo("ACCEPTED_BY_UPPER");
        assertThat(onlyReport(district.officer(), districtPeriod).get("status").asText()).isEqualTo("ACCEPTED");
        assertThat(onlyTask(district.officer(), "WriteConsolidatedReport").get("ids").get("periodId").asLong())
                .isEqualTo(districtPeriod);
        assertThat(planStatus(commune, communePlan)).isEqualTo("CLOSED");
        assertThat(texts(timeline(district.officer(), districtPlan), "action")).containsSubsequence(
                "REPORT_SUBMITTED", "REPORT_RETURNED", "REPORT_SUBMITTED", "REPORT_ACCEPTED");
        report("return to a sub-area", started);
    }

    // ---------------------------------------------------------------- the cycle's steps

    /** A top-level cycle: started, the upper plan registered by hand with one 6-month period. */
    private long startWithUpperPlan(Area area, int year, String opensOn, String unitDue, String upperDue) {
        long planId = api.post(area.officer(), "/api/v1/plans", Map.of("orgUnitId", area.id(),
                "title", "Kế hoạch thực hiện công tác trẻ em năm " + year, "yearFrom", year)).expect(201)
                .body().get("id").asLong();
        assertThat(onlyTask(area.officer(), "RegisterUpperPlan").get("ids").get("planId").asLong()).isEqualTo(planId);
        api.post(area.officer(), "/api/v1/plans/" + planId + "/upper-plan", Map.of(
                "number", "12/KH-BYT", "issuedOn", year + "-02-10", "issuer", "Bộ Y tế",
                "title", "Kế hoạch thực hiện Chương trình bảo vệ trẻ em năm " + year,
                "periods", List.of(period(year, opensOn, unitDue, upperDue)))).expect(200);
        return planId;
    }

    /** Drafts assigning the units, submits; the leader approves; the jobs issue and assign. */
    private JsonNode draftAndIssue(Area area, long planId, long... units) {
        List<Map<String, Object>> assignments = new ArrayList<>();
        for (long unit : units) {
            assignments.add(Map.of("orgUnitId", unit, "duties", "Triển khai các nhiệm vụ được giao"));
        }
        api.put(area.officer(), "/api/v1/plans/" + planId + "/draft", draft(area.name(), assignments)).expect(200);
        assertThat(api.post(area.officer(), "/api/v1/plans/" + planId + "/submit", null).expect(200).body()
                .get("status").asText()).isEqualTo("IN_REVIEW");
        assertThat(onlyTask(area.leader(), "ReviewPlan").get("ids").get("planId").asLong()).isEqualTo(planId);
        api.post(area.leader(), "/api/v1/plans/" + planId + "/approve", null).expect(200);
        ProcessJobs.runDue(management);
        JsonNode issued = api.get(area.officer(), "/api/v1/plans/" + planId).expect(200).body();
        assertThat(issued.get("status").asText()).isEqualTo("ISSUED");
        assertThat(issued.get("periods").get(0).get("status").asText()).isEqualTo("PLANNED");
        return issued;
    }

    /** The sub-area's cycle started at drafting with the upper plan and its deadlines; returns its plan. */
    private long receivedPlan(Area subArea, JsonNode upper, String unitDue, String upperDue) {
        JsonNode draftTask = onlyTask(subArea.officer(), "DraftPlan");
        assertThat(tasksOf(subArea.officer())).as("no upper plan to register").hasSize(1);
        long planId = draftTask.get("ids").get("planId").asLong();
        JsonNode received = api.get(subArea.officer(), "/api/v1/plans/" + planId).expect(200).body();
        assertThat(received.get("orgUnitId").asLong()).isEqualTo(subArea.id());
        assertThat(received.get("status").asText()).isEqualTo("DRAFT");
        assertThat(received.get("upper").get("planId").asLong()).isEqualTo(upper.get("id").asLong());
        assertThat(received.get("upper").get("number").asText())
                .isEqualTo(upper.get("docNumber").asInt() + "/" + upper.get("docSymbol").asText());
        assertThat(received.get("upper").get("issuedOn").asText()).isEqualTo(upper.get("issuedOn").asText());
        assertThat(received.get("upper").get("issuer").asText()).isEqualTo(upper.get("orgUnitName").asText());
        JsonNode upperPeriod = upper.get("periods").get(0);
        assertThat(received.get("periods")).hasSize(1);
        JsonNode period = received.get("periods").get(0);
        assertThat(period.get("upperPeriodId").asLong()).isEqualTo(upperPeriod.get("id").asLong());
        assertThat(period.get("opensOn").asText()).isEqualTo(upperPeriod.get("opensOn").asText());
        assertThat(period.get("unitDue").asText()).isEqualTo(unitDue);
        assertThat(period.get("upperDue").asText()).isEqualTo(upperDue);
        return planId;
    }

    /** The consolidation started when every report was accepted: the officer writes, the leader approves. */
    private long consolidateAndApprove(Area area, long periodId, String summary) {
        long id = onlyTask(area.officer(), "WriteConsolidatedReport").get("ids").get("consolidatedReportId").asLong();
        JsonNode aggregated = api.get(area.officer(), "/api/v1/periods/" + periodId + "/consolidated-report")
                .expect(200).body();
        assertThat(aggregated.get("id").asLong()).isEqualTo(id);
        assertThat(aggregated.get("status").asText()).isEqualTo("DRAFT");
        assertThat(aggregated.get("missingUnits")).isEmpty();
        api.post(area.officer(), "/api/v1/consolidated-reports/" + id + "/submit", Map.of("summary", summary))
                .expect(200);
        assertThat(onlyTask(area.leader(), "ApproveConsolidatedReport").get("ids").get("consolidatedReportId")
                .asLong()).isEqualTo(id);
        api.post(area.leader(), "/api/v1/consolidated-reports/" + id + "/approve", null).expect(200);
        ProcessJobs.runDue(management);
        JsonNode submitted = api.get(area.officer(), "/api/v1/consolidated-reports/" + id).expect(200).body();
        assertThat(submitted.get("status").asText()).isEqualTo("SUBMITTED");
        assertThat(submitted.get("late").asBoolean()).isFalse();
        return id;
    }

    /** The sub-area's consolidated report is its unit report in the upper period, waiting for review. */
    private long assertArrivedAsUnitReport(Area upper, long upperPeriodId, Area subArea, long consolidatedId) {
        JsonNode report = onlyReport(upper.officer(), upperPeriodId);
        assertThat(report.get("orgUnitId").asLong()).isEqualTo(subArea.id());
        assertThat(report.get("orgUnitName").asText()).isEqualTo(subArea.name());
        assertThat(report.get("subArea").asBoolean()).isTrue();
        assertThat(report.get("status").asText()).isEqualTo("SUBMITTED");
        assertThat(report.get("consolidatedReportId").asLong()).isEqualTo(consolidatedId);
        assertThat(report.get("late").asBoolean()).isFalse();
        assertThat(api.get(subArea.officer(), "/api/v1/consolidated-reports/" + consolidatedId).body()
                .get("upperReportId").asLong()).isEqualTo(report.get("id").asLong());
        // the upper officer reads the sub-area's report itself
        assertThat(api.get(upper.officer(), "/api/v1/consolidated-reports/" + consolidatedId).expect(200).body()
                .get("orgUnitId").asLong()).isEqualTo(subArea.id());
        assertThat(onlyTask(upper.officer(), "ReviewReport").get("ids").get("reportId").asLong())
                .isEqualTo(report.get("id").asLong());
        return report.get("id").asLong();
    }

    private static void assertIssuedAsFirstPlanOfTheYear(JsonNode plan, String issuedOn) {
        assertThat(plan.get("status").asText()).isEqualTo("ISSUED");
        // every organisation here is new: its first plan of the year is number 1
        assertThat(plan.get("docNumber").asInt()).isEqualTo(1);
        assertThat(plan.get("docSymbol").asText()).isEqualTo(PlanService.PLAN_SYMBOL);
        assertThat(plan.get("issuedOn").asText()).isEqualTo(issuedOn);
    }

    // ---------------------------------------------------------------- reads

    private String planStatus(Area area, long planId) {
        return api.get(area.officer(), "/api/v1/plans/" + planId).expect(200).body().get("status").asText();
    }

    private String consolidatedStatus(Area area, long id) {
        return api.get(area.officer(), "/api/v1/consolidated-reports/" + id).expect(200).body().get("status").asText();
    }

    private List<JsonNode> reports(String user, long periodId) {
        return StreamSupport.stream(api.get(user, "/api/v1/periods/" + periodId + "/reports").expect(200).body()
                .spliterator(), false).toList();
    }

    private JsonNode onlyReport(String user, long periodId) {
        List<JsonNode> reports = reports(user, periodId);
        assertThat(reports).as("reports of period %s", periodId).hasSize(1);
        return reports.get(0);
    }

    private List<Long> planIds(String user) {
        return StreamSupport.stream(api.get(user, "/api/v1/plans").expect(200).body().spliterator(), false)
                .map(p -> p.get("id").asLong()).toList();
    }

    private JsonNode timeline(String user, long planId) {
        return api.get(user, "/api/v1/plans/" + planId + "/timeline").expect(200).body();
    }

    private List<JsonNode> tasksOf(String user) {
        return StreamSupport.stream(api.get(user, "/api/v1/tasks").expect(200).body().spliterator(), false).toList();
    }

    private JsonNode onlyTask(String user, String taskKey) {
        List<JsonNode> tasks = tasksOf(user);
        List<JsonNode> matching = tasks.stream().filter(task -> task.get("taskKey").asText().equals(taskKey)).toList();
        assertThat(matching).as("%s's %s tasks in %s", user, taskKey, tasks).hasSize(1);
        return matching.get(0);
    }

    private static long periodId(JsonNode plan) {
        return plan.get("periods").get(0).get("id").asLong();
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.get(field).asText()));
        return texts;
    }

    // ---------------------------------------------------------------- organisations and people of one test

    /** An area with an officer and a leader, all named with this test's suffix. */
    private Area area(Long parentId, String name, String level, String people) {
        long id = orgUnit(() -> orgs.createArea(parentId, name, level).id());
        return new Area(id, name, user("canbo." + people, id, Role.OFFICER),
                user("lanhdao." + people, id, Role.LEADER));
    }

    private long agency(long parentId, String name, String type) {
        return orgUnit(() -> orgs.createAgency(parentId, name, type).id());
    }

    private long orgUnit(Supplier<Long> create) {
        return SystemAuthentication.runAsSystem(create);
    }

    private String user(String prefix, long orgUnitId, Role role) {
        String username = prefix + "." + suffix;
        SystemAuthentication.runAsSystem(() -> users.createDemoAccount(new UserForm(username, "Người dùng " + username, null,
                orgUnitId, Set.of(role), PASSWORD)));
        return username;
    }

    private void report(String what, Instant started) {
        System.out.printf("Nested cycles, %s (suffix %s): %d ms%n", what, suffix,
                Duration.between(started, Instant.now()).toMillis());
    }

    private static Map<String, Object> period(int year, String opensOn, String unitDue, String upperDue) {
        Map<String, Object> period = new HashMap<>();
        period.put("year", year);
        period.put("kind", "SIX_MONTHS");
        period.put("dataFrom", (year - 1) + "-12-15");
        period.put("dataTo", year + "-06-14");
        period.put("opensOn", opensOn);
        period.put("unitDue", unitDue);
        period.put("upperDue", upperDue);
        period.put("reminderDays", "7,1");
        return period;
    }

    private static Map<String, Object> draft(String issuer, List<Map<String, Object>> assignments) {
        Map<String, Object> draft = new HashMap<>();
        draft.put("title", "Kế hoạch triển khai thực hiện công tác trẻ em");
        draft.put("purpose", "Đẩy mạnh các hoạt động bảo vệ, chăm sóc trẻ em trên địa bàn.");
        draft.put("requirements", "Triển khai kịp thời, đúng quy định.");
        draft.put("budget", "Theo phân cấp ngân sách.");
        draft.put("implementation", "Các ngành, đoàn thể và các địa bàn phối hợp thực hiện.");
        draft.put("reportingRegime", "Báo cáo 6 tháng và năm.");
        draft.put("recipients", "- UBND " + issuer + ";\n- Lưu: VT.");
        draft.put("signerName", "Nguyễn Văn An");
        draft.put("signerTitle", "PHÓ CHỦ TỊCH");
        draft.put("assignments", assignments);
        return draft;
    }

    private static Instant at(String localDateTime) {
        return ZonedDateTime.of(LocalDateTime.parse(localDateTime), Deadlines.VIETNAM).toInstant();
    }
}
