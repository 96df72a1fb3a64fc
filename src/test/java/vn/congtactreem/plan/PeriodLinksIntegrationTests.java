package vn.congtactreem.plan;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinServletRequest;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.congtactreem.org.OrgService;
import vn.congtactreem.org.Role;
import vn.congtactreem.org.UserService;
import vn.congtactreem.plan.ui.DraftPlanView;
import vn.congtactreem.plan.ui.PeriodLinksView;
import vn.congtactreem.support.ApiClient;
import vn.congtactreem.support.ProcessJobs;
import vn.congtactreem.support.TestOrgs;
import vn.congtactreem.support.TestOrgs.Area;
import vn.congtactreem.support.WebIntegrationTest;

/**
 * Issue 11, point 1: a nested plan's periods keep their link to the upper plan's periods whatever
 * the drafting does. A district assigns two communes that run their own cycles; one commune's
 * officer saves the draft through the API with the periods exactly as GET returned them (and again
 * without ids or links), is returned by the leader and saves again; the other edits the title in
 * the draft screen (autosave) and sends it. Both plans are approved, both communes consolidate:
 * both reports arrive in the district's period. On main before the fix the links were lost and the
 * district kept waiting. The invariant check finds nothing for these plans, and finds a link broken
 * by hand.
 */
class PeriodLinksIntegrationTests extends WebIntegrationTest {

    private static final Routes ROUTES = new Routes().autoDiscoverViews("vn.congtactreem");

    @Autowired ManagementService management;
    @Autowired OrgService orgs;
    @Autowired UserService users;
    @Autowired UserDetailsService userDetails;
    @Autowired ApplicationContext context;
    @Autowired PeriodLinksCheck check;
    @Autowired JdbcTemplate jdbc;

    private ApiClient api;
    private TestOrgs test;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        test = new TestOrgs(orgs, users);
        // a year no other test uses: the timers left behind never fire elsewhere
        ProcessJobs.setClock(at("2033-03-01T09:00"));
        MockVaadin.setup(UI::new, new MockSpringServlet(ROUTES, context, UI::new));
    }

    @AfterEach
    void tearDown() {
        SecurityContextHolder.clearContext();
        MockVaadin.tearDown();
        ProcessJobs.resetClock();
    }

    @Test
    void communeReportsReachTheDistrictAfterDraftEditsThroughTheApiAndTheDraftScreen() {
        long province = test.area(null, "Tỉnh Liên Kết", "PROVINCE", "tinh").id();
        Area district = test.area(province, "Huyện Liên Kết", "DISTRICT", "huyen");
        Area viaApi = test.area(district.id(), "Xã Qua API", "COMMUNE", "xaapi");
        Area viaScreen = test.area(district.id(), "Xã Qua Màn Hình", "COMMUNE", "xamh");
        long apiPolice = test.agency(viaApi.id(), "Công an xã Qua API", "POLICE");
        long screenPolice = test.agency(viaScreen.id(), "Công an xã Qua Màn Hình", "POLICE");
        String apiReporter = test.user("congan.api", apiPolice, Role.REPORTER);
        String screenReporter = test.user("congan.mh", screenPolice, Role.REPORTER);

        long districtPlan = startWithUpperPlan(district);
        JsonNode issuedDistrict = draftAndIssue(district, districtPlan, viaApi.id(), viaScreen.id());
        long districtPeriod = issuedDistrict.get("periods").get(0).get("id").asLong();

        // the API: the periods sent back exactly as GET returned them (ids, links, reminder days as a list)
        long apiPlan = receivedPlan(viaApi);
        JsonNode read = plan(viaApi, apiPlan);
        long apiPeriod = read.get("periods").get(0).get("id").asLong();
        assertThat(read.get("periods").get(0).get("upperPeriodId").asLong()).isEqualTo(districtPeriod);
        ObjectNode body = draftBody(viaApi, apiPolice);
        body.set("periods", read.get("periods"));
        api.put(viaApi.officer(), "/api/v1/plans/" + apiPlan + "/draft", body).expect(200);
        assertLinked(viaApi, apiPlan, apiPeriod, districtPeriod);
        // ... with another link, and without id and link: the server keeps its own
        ArrayNode changed = read.get("periods").deepCopy();
        ((ObjectNode) changed.get(0)).put("upperPeriodId", apiPeriod);
        ((ObjectNode) changed.get(0)).put("unitDue", "2033-05-13");
        body.set("periods", changed);
        api.put(viaApi.officer(), "/api/v1/plans/" + apiPlan + "/draft", body).expect(200);
        assertLinked(viaApi, apiPlan, apiPeriod, districtPeriod);
        assertThat(plan(viaApi, apiPlan).get("periods").get(0).get("unitDue").asText()).isEqualTo("2033-05-13");
        ArrayNode bare = read.get("periods").deepCopy();
        ((ObjectNode) bare.get(0)).remove(List.of("id", "upperPeriodId", "planId", "status"));
        body.set("periods", bare);
        api.put(viaApi.officer(), "/api/v1/plans/" + apiPlan + "/draft", body).expect(200);
        assertLinked(viaApi, apiPlan, apiPeriod, districtPeriod);
        // the period the district waits for cannot be removed, nor another plan's period edited here
        body.set("periods", new com.fasterxml.jackson.databind.ObjectMapper().createArrayNode());
        JsonNode refused = api.put(viaApi.officer(), "/api/v1/plans/" + apiPlan + "/draft", body).expect(400).body();
        assertThat(refused.get("code").asText()).isEqualTo("period.error.inUse");
        assertThat(refused.get("errors").get(0).get("field").asText()).isEqualTo("periods");
        assertThat(refused.get("detail").asText()).startsWith("Không thể xoá kỳ báo cáo năm 2033 (số liệu từ 15/12/2032");
        ArrayNode foreign = read.get("periods").deepCopy();
        ((ObjectNode) foreign.get(0)).put("id", districtPeriod);
        body.set("periods", foreign);
        assertThat(api.put(viaApi.officer(), "/api/v1/plans/" + apiPlan + "/draft", body).expect(400).body()
                .get("code").asText()).isEqualTo("period.error.notOfPlan");
        assertLinked(viaApi, apiPlan, apiPeriod, districtPeriod);
        // returned by the leader, saved again, approved: still the same period, still linked
        api.post(viaApi.officer(), "/api/v1/plans/" + apiPlan + "/submit", null).expect(200);
        api.post(viaApi.leader(), "/api/v1/plans/" + apiPlan + "/return", Map.of("comment", "Sửa hạn nộp"))
                .expect(200);
        body.set("periods", plan(viaApi, apiPlan).get("periods"));
        api.put(viaApi.officer(), "/api/v1/plans/" + apiPlan + "/draft", body).expect(200);
        submitAndApprove(viaApi, apiPlan);
        assertLinked(viaApi, apiPlan, apiPeriod, districtPeriod);

        // the screen: assignments through the API, then the title edited in the draft view and sent
        long screenPlan = receivedPlan(viaScreen);
        long screenPeriod = plan(viaScreen, screenPlan).get("periods").get(0).get("id").asLong();
        api.put(viaScreen.officer(), "/api/v1/plans/" + screenPlan + "/draft", draftBody(viaScreen, screenPolice))
                .expect(200);
        login(viaScreen.officer());
        UI.getCurrent().navigate("plans/" + screenPlan + "/draft");
        _get(DraftPlanView.class);
        _setValue(_get(TextField.class, spec -> spec.withLabel("Tên kế hoạch")),
                "Kế hoạch công tác trẻ em năm 2033 của " + viaScreen.name());
        assertThat(plan(viaScreen, screenPlan).get("title").asText()).endsWith(viaScreen.name());
        assertLinked(viaScreen, screenPlan, screenPeriod, districtPeriod);
        _click(_get(Button.class, spec -> spec.withText("Gửi lãnh đạo duyệt")));
        assertThat(plan(viaScreen, screenPlan).get("status").asText()).isEqualTo("IN_REVIEW");
        api.post(viaScreen.leader(), "/api/v1/plans/" + screenPlan + "/approve", null).expect(200);
        ProcessJobs.runDue(management);
        assertLinked(viaScreen, screenPlan, screenPeriod, districtPeriod);
        assertThat(problemsOf(districtPlan, apiPlan, screenPlan)).isEmpty();

        // the period runs: each commune's police report, the commune consolidates, the district receives it
        ProcessJobs.setClock(at("2033-05-02T08:00"));
        ProcessJobs.runDue(management);
        long fromApi = consolidateUpward(viaApi, apiPeriod, apiReporter);
        long fromScreen = consolidateUpward(viaScreen, screenPeriod, screenReporter);
        Map<Long, JsonNode> arrived = new HashMap<>();
        api.get(district.officer(), "/api/v1/periods/" + districtPeriod + "/reports").expect(200).body()
                .forEach(r -> arrived.put(r.get("orgUnitId").asLong(), r));
        assertThat(arrived).containsOnlyKeys(viaApi.id(), viaScreen.id());
        assertThat(arrived.get(viaApi.id()).get("status").asText()).isEqualTo("SUBMITTED");
        assertThat(arrived.get(viaApi.id()).get("consolidatedReportId").asLong()).isEqualTo(fromApi);
        assertThat(arrived.get(viaScreen.id()).get("status").asText()).isEqualTo("SUBMITTED");
        assertThat(arrived.get(viaScreen.id()).get("consolidatedReportId").asLong()).isEqualTo(fromScreen);

        // the invariant check sees a link broken behind the application's back
        jdbc.update("update reporting_period set upper_period_id = null where id = ?", screenPeriod);
        try {
            assertThat(problemsOf(districtPlan, apiPlan, screenPlan)).singleElement().satisfies(problem -> {
                assertThat(problem.kind()).isEqualTo(PeriodLinkProblem.Kind.MISSING_LINK);
                assertThat(problem.planId()).isEqualTo(screenPlan);
                assertThat(problem.periodId()).isEqualTo(districtPeriod);
                assertThat(problem.orgUnitName()).isEqualTo(viaScreen.name());
            });
            // ... and so does the administrator, in a warning panel
            login(test.admin());
            UI.getCurrent().navigate("admin/period-links");
            PeriodLinksView page = _get(PeriodLinksView.class);
            assertThat(page.getElement().getTextRecursively()).contains("chỗ đứt liên kết giữa các cấp")
                    .contains(viaScreen.name() + ": kế hoạch");
        } finally {
            jdbc.update("update reporting_period set upper_period_id = ? where id = ?", districtPeriod, screenPeriod);
        }
    }

    // ---------------------------------------------------------------- steps

    private void assertLinked(Area area, long planId, long periodId, long upperPeriodId) {
        JsonNode periods = plan(area, planId).get("periods");
        assertThat(periods).hasSize(1);
        assertThat(periods.get(0).get("id").asLong()).as("the period edited in place").isEqualTo(periodId);
        assertThat(periods.get(0).get("upperPeriodId").asLong()).as("the link kept").isEqualTo(upperPeriodId);
    }

    private List<PeriodLinkProblem> problemsOf(long... planIds) {
        Set<Long> ours = new java.util.HashSet<>();
        for (long id : planIds) {
            ours.add(id);
        }
        return check.problems().stream().filter(p -> ours.contains(p.planId())).toList();
    }

    private long consolidateUpward(Area commune, long periodId, String reporter) {
        long report = onlyTask(reporter, "AcknowledgeAssignment").get("ids").get("reportId").asLong();
        api.post(reporter, "/api/v1/reports/" + report + "/acknowledge", null).expect(200);
        ProcessJobs.runDue(management);
        api.post(reporter, "/api/v1/reports/" + report + "/submit", Map.of("results", "Không có vụ việc mới"))
                .expect(200);
        // point 5: the review is due three days after the report arrived (2/5), the consolidation by the
        // commune's own last day upward (20/5), both at the end of the day, Vietnam time
        assertThat(onlyTask(commune.officer(), "ReviewReport").get("due").asText()).isEqualTo("2033-05-05T17:00:00Z");
        api.post(commune.officer(), "/api/v1/reports/" + report + "/accept", null).expect(200);
        ProcessJobs.runDue(management);
        JsonNode write = onlyTask(commune.officer(), "WriteConsolidatedReport");
        assertThat(write.get("due").asText()).isEqualTo("2033-05-20T17:00:00Z");
        long id = write.get("ids").get("consolidatedReportId").asLong();
        assertThat(api.get(commune.officer(), "/api/v1/periods/" + periodId + "/consolidated-report").expect(200)
                .body().get("id").asLong()).isEqualTo(id);
        api.post(commune.officer(), "/api/v1/consolidated-reports/" + id + "/submit",
                Map.of("summary", "Báo cáo 6 tháng của " + commune.name())).expect(200);
        api.post(commune.leader(), "/api/v1/consolidated-reports/" + id + "/approve", null).expect(200);
        ProcessJobs.runDue(management);
        return id;
    }

    private long startWithUpperPlan(Area area) {
        long planId = api.post(area.officer(), "/api/v1/plans", Map.of("orgUnitId", area.id(),
                "title", "Kế hoạch công tác trẻ em năm 2033", "yearFrom", 2033)).expect(201).body().get("id").asLong();
        Map<String, Object> period = new HashMap<>();
        period.put("year", 2033);
        period.put("kind", "SIX_MONTHS");
        period.put("dataFrom", "2032-12-15");
        period.put("dataTo", "2033-06-14");
        period.put("opensOn", "2033-05-02");
        period.put("unitDue", "2033-05-20");
        period.put("upperDue", "2033-05-25");
        period.put("reminderDays", "7,1");
        api.post(area.officer(), "/api/v1/plans/" + planId + "/upper-plan", Map.of("number", "12/KH-UBND",
                "issuedOn", "2033-02-10", "issuer", "UBND tỉnh", "title", "Kế hoạch năm 2033",
                "periods", List.of(period))).expect(200);
        return planId;
    }

    private JsonNode draftAndIssue(Area area, long planId, long... units) {
        List<Map<String, Object>> assignments = new ArrayList<>();
        for (long unit : units) {
            assignments.add(Map.of("orgUnitId", unit, "duties", "Triển khai các nhiệm vụ được giao"));
        }
        ObjectNode body = draftBody(area, units[0]);
        body.set("assignments", new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(assignments));
        api.put(area.officer(), "/api/v1/plans/" + planId + "/draft", body).expect(200);
        submitAndApprove(area, planId);
        return plan(area, planId);
    }

    private void submitAndApprove(Area area, long planId) {
        assertThat(api.post(area.officer(), "/api/v1/plans/" + planId + "/submit", null).expect(200).body()
                .get("status").asText()).isEqualTo("IN_REVIEW");
        // the leader's decision is due three days after the draft arrived (1/3)
        assertThat(onlyTask(area.leader(), "ReviewPlan").get("due").asText()).isEqualTo("2033-03-04T17:00:00Z");
        api.post(area.leader(), "/api/v1/plans/" + planId + "/approve", null).expect(200);
        ProcessJobs.runDue(management);
        assertThat(plan(area, planId).get("status").asText()).isEqualTo("ISSUED");
    }

    private long receivedPlan(Area commune) {
        return onlyTask(commune.officer(), "DraftPlan").get("ids").get("planId").asLong();
    }

    private ObjectNode draftBody(Area area, long unit) {
        ObjectNode body = new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode();
        body.put("title", "Kế hoạch công tác trẻ em năm 2033");
        body.put("purpose", "Bảo vệ, chăm sóc trẻ em trên địa bàn.");
        body.put("signerName", "Nguyễn Văn An");
        body.put("signerTitle", "PHÓ CHỦ TỊCH");
        body.put("recipients", "- " + area.name() + ";\n- Lưu: VT.");
        ArrayNode assignments = body.putArray("assignments");
        assignments.addObject().put("orgUnitId", unit).put("duties", "Phòng, chống xâm hại trẻ em");
        return body;
    }

    private JsonNode plan(Area area, long planId) {
        return api.get(area.officer(), "/api/v1/plans/" + planId).expect(200).body();
    }

    private JsonNode onlyTask(String user, String taskKey) {
        List<JsonNode> tasks = StreamSupport.stream(api.get(user, "/api/v1/tasks").expect(200).body().spliterator(),
                false).filter(task -> task.get("taskKey").asText().equals(taskKey)).toList();
        assertThat(tasks).as("%s's %s tasks", user, taskKey).hasSize(1);
        return tasks.get(0);
    }

    // ---------------------------------------------------------------- people and places of this test

    private void login(String username) {
        UserDetails user = userDetails.loadUserByUsername(username);
        UsernamePasswordAuthenticationToken auth =
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        SecurityContextHolder.getContext().setAuthentication(auth);
        List<String> roles = user.getAuthorities().stream().map(a -> a.getAuthority().substring("ROLE_".length()))
                .toList();
        MockVaadin.tearDown();
        MockVaadin.setup(UI::new, new MockSpringServlet(ROUTES, context, UI::new));
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(auth);
        request.setUserInRole((principal, role) -> roles.contains(role));
    }

    private static Instant at(String localDateTime) {
        return ZonedDateTime.of(LocalDateTime.parse(localDateTime), Deadlines.VIETNAM).toInstant();
    }
}
