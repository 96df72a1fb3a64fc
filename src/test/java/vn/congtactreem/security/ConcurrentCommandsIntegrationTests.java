package vn.congtactreem.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import vn.congtactreem.org.OrgService;
import vn.congtactreem.org.UserService;
import vn.congtactreem.plan.AssignmentForm;
import vn.congtactreem.plan.PlanService;
import vn.congtactreem.plan.process.PlanCycleProcess;
import vn.congtactreem.reporting.ReportingService;
import vn.congtactreem.support.ApiClient;
import vn.congtactreem.support.CycleCleanUp;
import vn.congtactreem.support.CycleFixture;
import vn.congtactreem.support.ProcessJobs;
import vn.congtactreem.support.TestOrgs;
import vn.congtactreem.support.WebIntegrationTest;

/**
 * The same command twice at once, or two commands that exclude each other, end with exactly one effect
 * and a clear 409 for the other (its Vietnamese message and code), never a 500 and never a duplicate row.
 * The figures of docs/reliability.md come from the summary this class prints.
 */
class ConcurrentCommandsIntegrationTests extends WebIntegrationTest {

    private static int nextYear = 2300;
    private static final List<String> TALLY = new ArrayList<>();

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
    RuntimeService runtime;
    @Autowired
    TransactionTemplate transactions;

    /** This test's commune ({@link TestOrgs#commune}): its police reporter and its officer race. */
    private TestOrgs.Commune place;
    private String police;
    private String officer;

    @BeforeEach
    void aCommune() {
        place = new TestOrgs(orgs, users).commune("dua");
        police = place.policeReporter();
        officer = place.commune().officer();
    }

    @AfterEach
    void realTime() {
        ProcessJobs.resetClock();
    }

    @AfterAll
    static void printTally() {
        System.out.println("RACES " + TALLY);
    }

    @Test
    void aReportSubmittedTwiceAtOnceIsSubmittedOnceAndTheOtherRequestIsToldClearly() {
        ApiClient api = new ApiClient(port);
        for (int round = 0; round < 3; round++) {
            CycleFixture.OpenPeriod cycle = fixture().periodOpenFor(place, nextYear++);
            String report = "/api/v1/reports/" + cycle.policeReportId();
            api.post(police, report + "/acknowledge", null).expect(200);

            List<ApiClient.Reply> replies = race(
                    () -> api.post(police, report + "/submit", Map.of("results", "Đã tuyên truyền tại 6 thôn.")),
                    () -> api.post(police, report + "/submit", Map.of("results", "Đã tuyên truyền tại 6 thôn.")));

            oneWinnerOneConflict("submit twice", replies, "concurrency.error.alreadySubmitted");
            assertThat(events(cycle.policeReportId(), "'REPORT_SUBMITTED', 'REPORT_SUBMITTED_LATE'"))
                    .as("submitted once on the timeline").isEqualTo(1L);
        }
    }

    @Test
    void theSameOfficerAcceptingTwiceAtOnceAcceptsOnce() {
        ApiClient api = new ApiClient(port);
        for (int round = 0; round < 2; round++) {
            CycleFixture.OpenPeriod cycle = submitted(api);
            String report = "/api/v1/reports/" + cycle.policeReportId();

            List<ApiClient.Reply> replies = race(() -> api.post(officer, report + "/accept", null),
                    () -> api.post(officer, report + "/accept", null));

            oneWinnerOneConflict("accept twice", replies, "concurrency.error.alreadyReviewed");
            assertThat(events(cycle.policeReportId(), "'REPORT_ACCEPTED'")).isEqualTo(1L);
            assertThat(status(cycle.policeReportId())).isEqualTo("ACCEPTED");
        }
    }

    /**
     * "Is every report of the period accepted?" is asked in each acceptance's own transaction, holding the period's
     * row: of two acceptances of its last reports, the second waits for the first and sees it. (On PostgreSQL the
     * dashboard's counts, kept by a trigger per period, also make a second status change of the period wait; the
     * check holds the period itself, so it does not depend on them: the last part shows it alone.)
     */
    @Test
    void ofThePeriodsLastTwoAcceptancesTheSecondWaitsForTheFirstAndEndsThePeriodsWait() {
        CycleFixture fixture = fixture();
        CycleFixture.OpenPeriod cycle = fixture.periodOpenFor(place, nextYear++, List.of(), place.health());
        long healthReportId = reporting.reportOf(cycle.periodId(), place.health()).orElseThrow().id();
        ApiClient api = new ApiClient(port);
        submit(api, police, cycle.policeReportId());
        submit(api, place.healthReporter(), healthReportId);
        var officerAccount = fixture.user(officer);

        List<String> order = new java.util.concurrent.CopyOnWriteArrayList<>();
        heldWhile(() -> reporting.accept(officerAccount, cycle.policeReportId()), order,
                () -> reporting.accept(officerAccount, healthReportId));
        ProcessJobs.runDue(management);

        assertThat(order).as("the second acceptance ended after the first").containsExactly("first", "second");
        assertThat(jdbc.queryForObject("select count(*) from ACT_HI_ACTINST A join ACT_HI_PROCINST P"
                + " on P.ID_ = A.PROC_INST_ID_ where P.PROC_DEF_KEY_ = ? and P.BUSINESS_KEY_ = ? and A.ACT_ID_ = ?"
                + " and A.END_TIME_ is not null", Long.class, PlanCycleProcess.KEY, String.valueOf(cycle.planId()),
                PlanCycleProcess.Element.ALL_REPORTS_ACCEPTED))
                .as("the period's wait ended by its reports, once").isEqualTo(1L);

        // the check itself waits for a transaction holding the period
        order.clear();
        heldWhile(() -> plans.lockPeriod(cycle.periodId()), order,
                () -> reporting.periodCompleteAfter(cycle.policeReportId()));
        assertThat(order).containsExactly("first", "second");
        TALLY.add("the period's last two reports accepted, the first held open: the second waited, the wait ended once");
    }

    @Test
    void acceptAgainstReturnEndsWithTheWinnersDecisionAlone() {
        ApiClient api = new ApiClient(port);
        for (int round = 0; round < 3; round++) {
            CycleFixture.OpenPeriod cycle = submitted(api);
            String report = "/api/v1/reports/" + cycle.policeReportId();

            List<ApiClient.Reply> replies = race(() -> api.post(officer, report + "/accept", null),
                    () -> api.post(officer, report + "/return", Map.of("comment", "Thiếu số liệu.")));

            oneWinnerOneConflict("accept vs return", replies, "concurrency.error.alreadyReviewed");
            boolean acceptWon = replies.get(0).status() == 200;
            assertThat(status(cycle.policeReportId())).isEqualTo(acceptWon ? "ACCEPTED" : "RETURNED");
            assertThat(events(cycle.policeReportId(), "'REPORT_ACCEPTED', 'REPORT_RETURNED'"))
                    .as("one decision on the timeline").isEqualTo(1L);
            assertThat(events(cycle.policeReportId(), acceptWon ? "'REPORT_ACCEPTED'" : "'REPORT_RETURNED'"))
                    .isEqualTo(1L);
        }
    }

    @Test
    void twoDraftSavesFromTheSameVersionSaveOneAndRefuseTheOtherWithoutTouchingIt() {
        ApiClient api = new ApiClient(port);
        CycleFixture.OpenPeriod cycle = fixture().periodOpenFor(place, nextYear++);
        String report = "/api/v1/reports/" + cycle.policeReportId();
        api.post(police, report + "/acknowledge", null).expect(200);
        for (int round = 0; round < 3; round++) {
            long version = api.get(police, report).expect(200).body().get("version").asLong();

            List<ApiClient.Reply> replies = race(
                    () -> api.putIfMatch(police, report + "/draft", Map.of("results", "Bản A " + version),
                            version),
                    () -> api.putIfMatch(police, report + "/draft", Map.of("results", "Bản B " + version),
                            version));

            oneWinnerOneConflict("two draft saves, same version", replies, "concurrency.error.staleVersion");
            String winner = replies.get(0).status() == 200 ? "Bản A " : "Bản B ";
            ApiClient.Reply now = api.get(police, report).expect(200);
            assertThat(now.body().get("results").asText()).isEqualTo(winner + version);
            assertThat(now.body().get("version").asLong()).as("one update").isEqualTo(version + 1);
        }
        // a save from a page read before those is refused and changes nothing
        api.putIfMatch(police, report + "/draft", Map.of("results", "Cũ"), 0).expect(409);
        assertThat(api.get(police, report).body().get("results").asText()).doesNotContain("Cũ");
    }

    @Test
    void twoDraftSavesWithoutAVersionRunOneAfterTheOtherAndLeaveNoDuplicateRows() {
        ApiClient api = new ApiClient(port);
        CycleFixture.OpenPeriod cycle = fixture().periodOpenFor(place, nextYear++);
        String report = "/api/v1/reports/" + cycle.policeReportId();
        api.post(police, report + "/acknowledge", null).expect(200);
        long before = api.get(police, report).body().get("version").asLong();

        List<ApiClient.Reply> replies = race(
                () -> api.put(police, report + "/draft", Map.of("results", "Bản A")),
                () -> api.put(police, report + "/draft", Map.of("results", "Bản B")));

        assertThat(replies).extracting(ApiClient.Reply::status).containsExactly(200, 200);
        TALLY.add("two draft saves without version: [200, 200]");
        ApiClient.Reply now = api.get(police, report).expect(200);
        assertThat(now.body().get("results").asText()).isIn("Bản A", "Bản B");
        assertThat(now.body().get("version").asLong()).as("two updates, one after the other").isEqualTo(before + 2);
        assertThat(jdbc.queryForObject("select count(*) from unit_report where period_id = ? and org_unit_id = ?",
                Long.class, cycle.periodId(), place.police())).isEqualTo(1L);
    }

    @Test
    void aPlanDraftSavedTwiceAtOnceKeepsOneSetOfUnits() {
        ApiClient api = new ApiClient(port);
        CycleFixture fixture = fixture();
        var officerAccount = fixture.user(officer);
        int year = nextYear++;
        long planId = plans.startCycle(officerAccount, place.commune().id(), "Kế hoạch đua " + year, year, year).id();
        long police = place.police();
        long health = place.health();
        for (int round = 0; round < 3; round++) {
            List<ApiClient.Reply> replies = race(
                    () -> api.put(officer, "/api/v1/plans/" + planId + "/draft", Map.of("title", "Bản A",
                            "assignments", List.of(new AssignmentForm(police, "A")))),
                    () -> api.put(officer, "/api/v1/plans/" + planId + "/draft", Map.of("title", "Bản B",
                            "assignments", List.of(new AssignmentForm(police, "B"), new AssignmentForm(health, "B")))));
            assertThat(replies).extracting(ApiClient.Reply::status).as("%s", replies).containsExactly(200, 200);
            String title = jdbc.queryForObject("select title from plan where id = ?", String.class, planId);
            List<String> duties = jdbc.queryForList("select duties from assignment where plan_id = ?", String.class,
                    planId);
            assertThat(duties).as("the units of the last save only: %s", duties)
                    .isEqualTo("Bản A".equals(title) ? List.of("A") : List.of("B", "B"));
        }
        TALLY.add("plan draft saved twice x3: [200, 200] each, one set of units");
        CycleCleanUp.endProcessesOf(runtime, planId);
    }

    @Test
    void anAssignmentAcknowledgedTwiceAtOnceAndAgainLaterIsAcknowledgedOnce() {
        ApiClient api = new ApiClient(port);
        CycleFixture.OpenPeriod cycle = fixture().periodOpenFor(place, nextYear++);
        String acknowledge = "/api/v1/reports/" + cycle.policeReportId() + "/acknowledge";

        List<ApiClient.Reply> replies = race(() -> api.post(police, acknowledge, null),
                () -> api.post(police, acknowledge, null));
        TALLY.add("acknowledge twice: " + replies.stream().map(ApiClient.Reply::status).toList());
        assertThat(replies).extracting(ApiClient.Reply::status).as("%s", replies).contains(200)
                .allMatch(s -> s == 200 || s == 409);
        api.post(police, acknowledge, null).expect(200);

        assertThat(jdbc.queryForObject("select count(*) from cycle_event where plan_id = ? and action = "
                + "'ASSIGNMENT_ACKNOWLEDGED'", Long.class, cycle.planId())).isEqualTo(1L);
    }

    // ---------------------------------------------------------------- helpers

    private CycleFixture fixture() {
        return new CycleFixture(plans, reporting, users, orgs, management);
    }

    private static void submit(ApiClient api, String reporter, long reportId) {
        String report = "/api/v1/reports/" + reportId;
        api.post(reporter, report + "/acknowledge", null).expect(200);
        api.post(reporter, report + "/submit", Map.of("results", "Đã tuyên truyền.")).expect(200);
    }

    private CycleFixture.OpenPeriod submitted(ApiClient api) {
        CycleFixture.OpenPeriod cycle = fixture().periodOpenFor(place, nextYear++);
        String report = "/api/v1/reports/" + cycle.policeReportId();
        api.post(police, report + "/acknowledge", null).expect(200);
        api.post(police, report + "/submit", Map.of("results", "Đã tuyên truyền.")).expect(200);
        return cycle;
    }

    /** Exactly one 200; the other a 409 with the code and a Vietnamese message; no 500. */
    private static void oneWinnerOneConflict(String race, List<ApiClient.Reply> replies, String code) {
        List<Integer> statuses = replies.stream().map(ApiClient.Reply::status).toList();
        TALLY.add(race + ": " + statuses);
        assertThat(statuses).as("%s: %s", race, replies).containsExactlyInAnyOrder(200, 409);
        ApiClient.Reply loser = replies.stream().filter(r -> r.status() == 409).findFirst().orElseThrow();
        assertThat(loser.body().get("code").asText()).isEqualTo(code);
        assertThat(loser.body().get("detail").asText()).as("said in Vietnamese").containsPattern("[ạảãáàâấầẩẫậăắằẳẵặđđệểễếềộổỗốồơớờởỡợưứừửữựị]");
    }

    /**
     * {@code first} in a transaction held open for a second after it ran, {@code second} started meanwhile in its
     * own; each writes its name to {@code order} when it is done (the first just before its commit).
     */
    private void heldWhile(Runnable first, List<String> order, Runnable second) {
        CountDownLatch ran = new CountDownLatch(1);
        CompletableFuture<Void> holding = CompletableFuture.runAsync(() -> transactions.executeWithoutResult(tx -> {
            first.run();
            ran.countDown();
            sleep(1000);
            order.add("first");
        }));
        await(ran);
        CompletableFuture<Void> waiting = CompletableFuture.runAsync(() -> {
            second.run();
            order.add("second");
        });
        holding.join();
        waiting.join();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Both at once: two threads released by one latch. */
    private static List<ApiClient.Reply> race(Supplier<ApiClient.Reply> first, Supplier<ApiClient.Reply> second) {
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<ApiClient.Reply>> both = List.of(first, second).stream()
                .map(call -> CompletableFuture.supplyAsync(() -> {
                    await(start);
                    return call.get();
                })).toList();
        start.countDown();
        return both.stream().map(CompletableFuture::join).toList();
    }

    private long events(long reportId, String actions) {
        return jdbc.queryForObject("select count(*) from cycle_event where unit_report_id = ? and action in ("
                + actions + ")", Long.class, reportId);
    }

    private String status(long reportId) {
        return jdbc.queryForObject("select status from unit_report where id = ?", String.class, reportId);
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
