package vn.congtactreem.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.congtactreem.base.ValidationException;
import vn.congtactreem.indicator.Reading;
import vn.congtactreem.indicator.TargetStatus;
import vn.congtactreem.org.OrgService;
import vn.congtactreem.org.UserAccount;
import vn.congtactreem.org.UserService;
import vn.congtactreem.reporting.ConsolidationService;
import vn.congtactreem.reporting.HistoricalFigures;
import vn.congtactreem.reporting.ReportFigures;
import vn.congtactreem.reporting.TargetFigure;
import vn.congtactreem.support.ApiClient;
import vn.congtactreem.support.CycleCleanUp;
import vn.congtactreem.support.ProcessJobs;
import vn.congtactreem.support.TestIndicators;
import vn.congtactreem.support.TestOrgs;
import vn.congtactreem.support.WebIntegrationTest;

/**
 * A commune adopts the system in March 2026, the sixth year of its 2021–2030 programme, on PostgreSQL:
 * it registers the programme it issued in 2021 with its real number, date and signer; the eleven
 * periods already over (2021–2025 and the 2025 mid-term review) get no task, no report and no notice;
 * the officer enters their figures afterwards, and they serve as last year's figures and as the
 * baseline of 2026; the mid-term review's figures are judged against the 2025 milestone. Own
 * organisations, users and indicators.
 */
class ProgrammeAdoptionIntegrationTests extends WebIntegrationTest {

    @Autowired
    ManagementService management;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    OrgService orgs;
    @Autowired
    UserService users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlanService plans;
    @Autowired
    HistoricalFigures historical;
    @Autowired
    ReportFigures figures;
    @Autowired
    ConsolidationService consolidation;
    @Autowired
    vn.congtactreem.document.AttachmentService attachments;

    private ApiClient api;
    private TestOrgs test;
    private long care;
    private long deaths;
    private Long planId;

    @BeforeEach
    void indicatorsAndMarch2026() {
        api = new ApiClient(port);
        test = new TestOrgs(orgs, users);
        TestIndicators indicators = new TestIndicators(jdbc);
        care = indicators.careRate();
        deaths = indicators.injuryDeaths();
        ProcessJobs.setClock(at("2026-03-02T09:00"));
    }

    @AfterEach
    void endTheCycle() {
        if (planId != null) {
            CycleCleanUp.endProcessesOf(runtime, planId);
        }
        ProcessJobs.resetClock();
    }

    @Test
    void aProgrammeRegisteredInItsSixthYearRunsOnlyThePeriodsAheadAndItsPastFiguresServeAsBaseline() {
        TestOrgs.Area province = test.area(null, "Tỉnh Chương Trình", "PROVINCE", "tinhct");
        TestOrgs.Area commune = test.area(province.id(), "Xã Chương Trình", "COMMUNE", "xact");
        long police = test.agency(commune.id(), "Công an xã Chương Trình", "POLICE");
        String reporter = test.user("congan.xact", police, vn.congtactreem.org.Role.REPORTER);
        UserAccount officer = users.findByUsername(commune.officer()).orElseThrow();

        // a number without its symbol is refused on its box, in Vietnamese
        Map<String, Object> form = adoption(commune.id(), "15");
        JsonNode refused = api.post(commune.officer(), "/api/v1/plans/adopted", form).expect(400).body();
        assertThat(refused.get("errors").get(0).get("field").asText()).isEqualTo("number");
        assertThat(refused.get("detail").asText()).contains("ghi số và ký hiệu như trên văn bản");
        // another commune's officer cannot register it
        api.post(province.officer(), "/api/v1/plans/adopted", adoption(commune.id(), "15/KH-UBND")).expect(403);

        // with its signed file, uploaded by the officer
        byte[] signed = "%PDF-1.4\n% 15/KH-UBND\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        long fileId = attachments.store(officer, "15-KH-UBND.pdf", signed, at("2026-03-02T09:00")).id();
        Map<String, Object> withFile = adoption(commune.id(), "15/KH-UBND");
        withFile.put("signedFileId", fileId);
        JsonNode plan = api.post(commune.officer(), "/api/v1/plans/adopted", withFile).expect(201).body();
        planId = plan.get("id").asLong();
        assertThat(plan.get("status").asText()).isEqualTo("ISSUED");
        assertThat(plan.get("docNumber").asInt()).isEqualTo(15);
        assertThat(plan.get("docSymbol").asText()).isEqualTo("KH-UBND");
        assertThat(plan.get("issuedOn").asText()).isEqualTo("2021-03-15");
        assertThat(plan.get("signerName").asText()).isEqualTo("Nguyễn Văn Hùng");
        ProcessJobs.runDue(management);
        // the signed file: read by whoever may read the plan (the officer, the assigned police), by no one else
        TestOrgs.Area elsewhere = test.area(province.id(), "Xã Khác Chương Trình", "COMMUNE", "khacct");
        assertThat(download(commune.officer(), fileId)).isEqualTo(signed);
        assertThat(download(reporter, fileId)).isEqualTo(signed);
        assertThat(status(elsewhere.officer(), fileId)).isEqualTo(404);
        assertThat(attachments.mayRead(users.findByUsername(reporter).orElseThrow(), fileId)).isTrue();
        assertThat(attachments.mayRead(users.findByUsername(elsewhere.officer()).orElseThrow(), fileId)).isFalse();

        Plan registered = plans.load(planId);
        assertThat(registered.issuedOn()).as("issuing kept the real date").isEqualTo(LocalDate.of(2021, 3, 15));
        assertThat(registered.documentNumber()).isEqualTo("15/KH-UBND");
        assertThat(registered.periods()).hasSize(22);
        List<String> past = registered.periods().stream().filter(p -> p.status() == PeriodStatus.PAST)
                .map(p -> p.kind() + " " + p.year()).toList();
        assertThat(past).hasSize(11).contains("SIX_MONTHS 2021", "ANNUAL 2025", "MID_TERM_REVIEW 2025")
                .doesNotContain("SIX_MONTHS 2026");
        assertThat(plans.timeline(officer, planId)).extracting(e -> e.action().name())
                .contains("PLAN_ADOPTED", "UNITS_ASSIGNED").doesNotContain("PLAN_ISSUED", "PLAN_SUBMITTED");

        // nothing for the past: no task, no report, no notice; one timer per period ahead, the first in May 2026
        ProcessJobs.setClock(at("2026-03-20T09:00"));
        ProcessJobs.runDue(management);
        assertThat(tasksOf(commune.id(), police)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from unit_report r join reporting_period p on p.id = r.period_id"
                + " where p.plan_id = ?", Integer.class, planId)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from notification n join app_user u on u.id = n.recipient_id"
                + " where u.username in (?, ?) and n.kind like '%OVERDUE%'", Integer.class, commune.officer(), reporter))
                .isZero();
        List<Instant> opening = runtime.createProcessInstanceQuery().processInstanceBusinessKey(String.valueOf(planId))
                .list().stream().flatMap(p -> management.createJobQuery().processInstanceId(p.getId()).timers().list()
                        .stream()).map(job -> job.getDuedate().toInstant()).sorted().toList();
        assertThat(opening).hasSize(11);
        assertThat(opening.get(0)).isEqualTo(at("2026-05-01T00:00"));

        // the officer enters the past figures, dated as they were reported then
        ReportingPeriod sixMonths2025 = period(registered, PeriodKind.SIX_MONTHS, 2025);
        ReportingPeriod midTerm2025 = period(registered, PeriodKind.MID_TERM_REVIEW, 2025);
        assertThatThrownBy(() -> historical.enter(officer, period(registered, PeriodKind.SIX_MONTHS, 2026).id(),
                new HistoricalFigures.Form(LocalDate.of(2026, 1, 5), null, List.of())))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("periodId"));
        assertThatThrownBy(() -> historical.enter(officer, sixMonths2025.id(),
                new HistoricalFigures.Form(LocalDate.of(2026, 4, 1), null, List.of())))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("datedOn"));
        historical.enter(officer, sixMonths2025.id(), new HistoricalFigures.Form(LocalDate.of(2025, 5, 20),
                "Báo cáo số 38/BC-UBND", List.of(reading(care, 80, 100L), reading(deaths, 10, null))));
        var review = historical.enter(officer, midTerm2025.id(), new HistoricalFigures.Form(LocalDate.of(2025, 12, 10),
                "Báo cáo sơ kết 5 năm", List.of(reading(care, 91, 100L), reading(deaths, 9, null))));
        assertThat(review.datedOn()).isEqualTo(LocalDate.of(2025, 12, 10));
        assertThat(review.enteredBy()).isEqualTo(commune.officer());
        assertThat(historical.ofPeriod(midTerm2025.id(), commune.id())).isPresent();

        // the 2025 mid-term review: each indicator once, against its 2025 milestone where the plan sets one
        List<TargetFigure> reviewed = figures.ofConsolidatedReport(review.consolidatedReportId());
        assertThat(reviewed).extracting(f -> f.target().indicator().id() + " " + f.target().milestoneYear())
                .containsExactly(care + " 2025", deaths + " 2030");
        assertThat(reviewed.get(0).figure().value()).isEqualByComparingTo("91");
        assertThat(reviewed.get(0).status()).isEqualTo(TargetStatus.ACHIEVED);

        // May 2026: the first period ahead opens for the police; at its cut-off the commune consolidates
        ProcessJobs.setClock(at("2026-05-01T07:00"));
        ProcessJobs.runDue(management);
        assertThat(tasksOf(commune.id(), police)).isOne();
        ProcessJobs.setClock(at("2026-05-19T09:00"));
        ProcessJobs.runDue(management);
        long report2026 = consolidation.ofPeriod(period(registered, PeriodKind.SIX_MONTHS, 2026).id(), commune.id())
                .orElseThrow().id();
        consolidation.saveDraft(officer, report2026, "6 tháng đầu năm 2026", List.of(reading(deaths, 8, null)));

        List<TargetFigure> now = figures.ofConsolidatedReport(report2026);
        TargetFigure careNow = now.stream().filter(f -> f.target().indicator().id() == care).findFirst().orElseThrow();
        assertThat(careNow.lastYear().value()).as("last year's figure: entered later").isEqualByComparingTo("80");
        TargetFigure deathsNow = now.stream().filter(f -> f.target().indicator().id() == deaths).findFirst()
                .orElseThrow();
        assertThat(deathsNow.lastYear().value()).isEqualByComparingTo("10");
        // "giảm ít nhất 10 % so với năm 2025": 8 against the baseline of 10 entered later is a 20 % reduction
        assertThat(deathsNow.status()).isEqualTo(TargetStatus.ACHIEVED);
    }

    private Map<String, Object> adoption(long communeId, String number) {
        Map<String, Object> form = new HashMap<>();
        form.put("orgUnitId", communeId);
        form.put("title", "Chương trình hành động vì trẻ em giai đoạn 2021–2030");
        form.put("yearFrom", 2021);
        form.put("yearTo", 2030);
        form.put("number", number);
        form.put("issuedOn", "2021-03-15");
        form.put("signerName", "Nguyễn Văn Hùng");
        form.put("signerTitle", "CHỦ TỊCH");
        form.put("purpose", "Bảo vệ, chăm sóc trẻ em giai đoạn 2021–2030.");
        List<Map<String, Object>> targets = new ArrayList<>();
        targets.add(target(care, 2025, "AT_LEAST", "90", null, policeOf(communeId)));
        targets.add(target(care, 2030, "AT_LEAST", "95", null, policeOf(communeId)));
        targets.add(target(deaths, 2030, "REDUCE_BY", "10", 2025, null));
        form.put("targets", targets);
        form.put("assignments", List.of(Map.of("orgUnitId", policeOf(communeId), "duties", "Phòng, chống xâm hại")));
        return form;
    }

    private java.net.http.HttpResponse<byte[]> fetch(String user, long fileId) {
        try {
            return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                            java.net.URI.create("http://localhost:" + port + "/api/v1/attachments/" + fileId))
                    .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                            (user + ":demo123").getBytes(java.nio.charset.StandardCharsets.UTF_8))).GET().build(),
                    java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private byte[] download(String user, long fileId) {
        var response = fetch(user, fileId);
        assertThat(response.statusCode()).as("download by %s", user).isEqualTo(200);
        return response.body();
    }

    private int status(String user, long fileId) {
        return fetch(user, fileId).statusCode();
    }

    private long policeOf(long communeId) {
        return orgs.children(communeId).stream().filter(o -> o.name().startsWith("Công an")).findFirst()
                .orElseThrow().id();
    }

    private static Map<String, Object> target(long indicator, int year, String comparator, String value,
                                              Integer baselineYear, Long unit) {
        Map<String, Object> target = new HashMap<>();
        target.put("indicatorId", indicator);
        target.put("milestoneYear", year);
        target.put("comparator", comparator);
        target.put("targetValue", new BigDecimal(value));
        target.put("baselineYear", baselineYear);
        target.put("responsibleUnitIds", unit == null ? List.of() : List.of(unit));
        return target;
    }

    private long tasksOf(long communeId, long policeId) {
        return StreamSupport.stream(List.of("org:" + communeId + ":OFFICER", "org:" + communeId + ":LEADER",
                "org:" + policeId + ":REPORTER").spliterator(), false)
                .mapToLong(group -> tasks.createTaskQuery().taskCandidateGroup(group).count()).sum();
    }

    private static ReportingPeriod period(Plan plan, PeriodKind kind, int year) {
        return plan.periods().stream().filter(p -> p.kind() == kind && p.year() == year).findFirst().orElseThrow();
    }

    private static Reading reading(long indicator, long numerator, Long denominator) {
        return new Reading(indicator, numerator, denominator, false);
    }

    private static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(Deadlines.VIETNAM).toInstant();
    }
}
