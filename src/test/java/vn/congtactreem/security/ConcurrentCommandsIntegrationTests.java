package vn.congtactreem.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.congtactreem.org.OrgService;
import vn.congtactreem.org.UserService;
import vn.congtactreem.plan.PlanService;
import vn.congtactreem.reporting.ReportingService;
import vn.congtactreem.support.ApiClient;
import vn.congtactreem.support.CycleFixture;
import vn.congtactreem.support.ProcessJobs;
import vn.congtactreem.support.WebIntegrationTest;

/** The same command twice at once ends with one effect and a clear answer for the other, never a 500. */
class ConcurrentCommandsIntegrationTests extends WebIntegrationTest {

    private static int nextYear = 2300;

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

    @AfterEach
    void realTime() {
        ProcessJobs.resetClock();
    }

    @Test
    void aReportSubmittedTwiceAtOnceIsSubmittedOnceAndTheOtherRequestIsToldClearly() {
        CycleFixture fixture = new CycleFixture(plans, reporting, users, orgs, management);
        ApiClient api = new ApiClient(port);
        List<Integer> answers = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            CycleFixture.OpenPeriod cycle = fixture.periodOpenForThePolice(nextYear++);
            String report = "/api/v1/reports/" + cycle.policeReportId();
            api.post("congan.anduong", report + "/acknowledge", null).expect(200);

            CountDownLatch start = new CountDownLatch(1);
            List<CompletableFuture<ApiClient.Reply>> both = List.of(1, 2).stream()
                    .map(i -> CompletableFuture.supplyAsync(() -> {
                        await(start);
                        return api.post("congan.anduong", report + "/submit",
                                Map.of("results", "Đã tuyên truyền tại 6 thôn."));
                    })).toList();
            start.countDown();
            List<ApiClient.Reply> replies = both.stream().map(CompletableFuture::join).toList();

            List<Integer> statuses = replies.stream().map(ApiClient.Reply::status).sorted().toList();
            answers.addAll(statuses);
            assertThat(statuses).as("round %d: %s", round, replies).containsAnyOf(200).doesNotContain(500);
            assertThat(statuses.get(1)).as("the other: refused cleanly").isIn(200, 400, 409);
            assertThat(jdbc.queryForObject("select count(*) from cycle_event where unit_report_id = ? and action in "
                    + "('REPORT_SUBMITTED', 'REPORT_SUBMITTED_LATE')", Long.class, cycle.policeReportId()))
                    .as("submitted once on the timeline").isEqualTo(1L);
        }
        assertThat(answers).filteredOn(s -> s == 200).hasSize(3);
    }

    @Test
    void anAssignmentAcknowledgedTwiceAtOnceAndAgainLaterIsAcknowledgedOnce() {
        CycleFixture fixture = new CycleFixture(plans, reporting, users, orgs, management);
        ApiClient api = new ApiClient(port);
        CycleFixture.OpenPeriod cycle = fixture.periodOpenForThePolice(nextYear++);
        String acknowledge = "/api/v1/reports/" + cycle.policeReportId() + "/acknowledge";

        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<ApiClient.Reply>> both = List.of(1, 2).stream()
                .map(i -> CompletableFuture.supplyAsync(() -> {
                    await(start);
                    return api.post("congan.anduong", acknowledge, null);
                })).toList();
        start.countDown();
        List<ApiClient.Reply> replies = both.stream().map(CompletableFuture::join).toList();
        assertThat(replies).extracting(ApiClient.Reply::status).as("%s", replies).contains(200)
                .allMatch(s -> s == 200 || s == 400 || s == 409);
        api.post("congan.anduong", acknowledge, null).expect(200);

        assertThat(jdbc.queryForObject("select count(*) from cycle_event where plan_id = ? and action = "
                + "'ASSIGNMENT_ACKNOWLEDGED'", Long.class, cycle.planId())).isEqualTo(1L);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
