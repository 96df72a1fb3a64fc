package vn.congtactreem.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.ManagementService;

/**
 * A plan's cycle driven through the domain API as its people drive it (the officer starts the plan and registers
 * the upper plan, drafts and submits, the leader approves, a reporter acknowledges the assignment), the engine's
 * due jobs run between the steps. What the tests of plans, figures and roll-ups share.
 */
public record ApiPlanSteps(ApiClient api, ManagementService management) {

    /**
     * The officer starts the area's plan of the year and registers the upper plan with one 6-month period (data
     * 15/12 to 14/6, opens 1/5, units' reports due 20/5, upward 25/5); answers the plan's id.
     */
    public long startWithUpperPlan(TestOrgs.Area area, int year) {
        long planId = api.post(area.officer(), "/api/v1/plans", Map.of("orgUnitId", area.id(),
                "title", "Kế hoạch công tác trẻ em năm " + year, "yearFrom", year)).expect(201).body()
                .get("id").asLong();
        Map<String, Object> period = new HashMap<>();
        period.put("year", year);
        period.put("kind", "SIX_MONTHS");
        period.put("dataFrom", (year - 1) + "-12-15");
        period.put("dataTo", year + "-06-14");
        period.put("opensOn", year + "-05-01");
        period.put("unitDue", year + "-05-20");
        period.put("upperDue", year + "-05-25");
        period.put("reminderDays", "7,1");
        api.post(area.officer(), "/api/v1/plans/" + planId + "/upper-plan", Map.of("number", "12/KH-UBND",
                "issuedOn", year + "-02-10", "issuer", "UBND tỉnh", "title", "Kế hoạch năm " + year,
                "periods", List.of(period))).expect(200);
        return planId;
    }

    /** Saves the draft (unless null), submits it, the leader approves; answers the plan, checked ISSUED. */
    public JsonNode issue(TestOrgs.Area area, long planId, Map<String, Object> draft) {
        if (draft != null) {
            api.put(area.officer(), "/api/v1/plans/" + planId + "/draft", draft).expect(200);
        }
        api.post(area.officer(), "/api/v1/plans/" + planId + "/submit", null).expect(200);
        api.post(area.leader(), "/api/v1/plans/" + planId + "/approve", null).expect(200);
        ProcessJobs.runDue(management);
        JsonNode issued = api.get(area.officer(), "/api/v1/plans/" + planId).expect(200).body();
        assertThat(issued.get("status").asText()).isEqualTo("ISSUED");
        return issued;
    }

    /** The reporter acknowledges their only assignment; answers the report's id. */
    public long acknowledge(String reporter) {
        long reportId = onlyTask(reporter, "AcknowledgeAssignment").get("ids").get("reportId").asLong();
        api.post(reporter, "/api/v1/reports/" + reportId + "/acknowledge", null).expect(200);
        ProcessJobs.runDue(management);
        return reportId;
    }

    /** The user's one task of this kind in their inbox (fails if there is none or more than one). */
    public JsonNode onlyTask(String user, String taskKey) {
        List<JsonNode> matching = StreamSupport.stream(api.get(user, "/api/v1/tasks").expect(200).body()
                .spliterator(), false).filter(task -> task.get("taskKey").asText().equals(taskKey)).toList();
        assertThat(matching).as("%s's %s tasks", user, taskKey).hasSize(1);
        return matching.get(0);
    }

    /** A draft assigning the units their duties and setting the targets, signed by a vice-chairman. */
    public static Map<String, Object> draft(TestOrgs.Area area, List<Long> units, List<Map<String, Object>> targets) {
        Map<String, Object> draft = new HashMap<>();
        draft.put("title", "Kế hoạch thực hiện công tác trẻ em");
        draft.put("purpose", "Bảo vệ, chăm sóc trẻ em.");
        draft.put("signerName", "Nguyễn Văn An");
        draft.put("signerTitle", "PHÓ CHỦ TỊCH");
        draft.put("recipients", "- " + area.name() + ";\n- Lưu: VT.");
        draft.put("assignments", units.stream().map(u -> Map.<String, Object>of("orgUnitId", u,
                "duties", "Thực hiện các chỉ tiêu được giao")).toList());
        draft.put("targets", targets);
        return draft;
    }

    /** A reported value of an indicator, not confirmed as out of range. */
    public static Map<String, Object> reading(long indicatorId, Long numerator, Long denominator) {
        Map<String, Object> reading = new HashMap<>();
        reading.put("indicatorId", indicatorId);
        reading.put("numerator", numerator);
        reading.put("denominator", denominator);
        reading.put("confirmed", false);
        return reading;
    }
}
