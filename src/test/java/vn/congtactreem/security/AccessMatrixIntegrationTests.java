package vn.congtactreem.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.congtactreem.base.CycleClock;
import vn.congtactreem.org.OrgService;
import vn.congtactreem.org.Role;
import vn.congtactreem.org.UserAccount;
import vn.congtactreem.org.UserService;
import vn.congtactreem.plan.PlanService;
import vn.congtactreem.reporting.ConsolidationService;
import vn.congtactreem.reporting.ReportFiles;
import vn.congtactreem.reporting.ReportingService;
import vn.congtactreem.substitute.SubstitutionForm;
import vn.congtactreem.substitute.SubstitutionService;
import vn.congtactreem.reporting.process.UnitReportProcess;
import vn.congtactreem.support.ApiClient;
import vn.congtactreem.support.CycleFixture;
import vn.congtactreem.support.ProcessJobs;
import vn.congtactreem.support.TestOrgs;
import vn.congtactreem.support.WebIntegrationTest;
import vn.congtactreem.token.AccessTokenService;

/**
 * Access control as a matrix: every {@code /api/v1} operation of the OpenAPI document, called by
 * anonymous, by an officer of another commune, by a unit below the owner that the thing does not
 * concern, and by the wrong role, on the ids of one commune's cycle (organisations and people of this
 * class, {@link TestOrgs}). Expected: 401 anonymous; 404 for an id the caller may not know exists, with
 * the very answer an id never used gets (ids cannot be enumerated); 403 for a role the caller lacks;
 * nothing of the cycle in any answer; never a 500. An endpoint added later is in the document and so in
 * the matrix; a path id the matrix cannot fill in fails the test until it is named in {@link #idFor}.
 */
class AccessMatrixIntegrationTests extends WebIntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}]+)}");
    private static final long NEVER_USED = 987_654_321L;
    /** Another commune's officer (a commune of the same district). */
    private static String otherOrganisation;
    /** A unit below the commune that its plan does not assign (its health station's reporter). */
    private static String lowerLevel;
    /** The owner organisation's officer: not an administrator. */
    private static String notAdmin;
    /** The district's manager: sees the commune's cycle, may change nothing in it. */
    private static String manager;
    /** An administrator, who reads the OpenAPI document. */
    private static String admin;
    /** What a manager may do besides reading (docs/reliability.md). */
    private static final Set<String> MANAGER_COMMANDS = Set.of("POST /api/v1/monitoring/periods/{periodId}/reminders");
    private static final Map<String, Integer> TALLY = new LinkedHashMap<>();
    private static World world;

    @Autowired
    PlanService plans;
    @Autowired
    ReportingService reporting;
    @Autowired
    ConsolidationService consolidation;
    @Autowired
    ReportFiles reportFiles;
    @Autowired
    UserService users;
    @Autowired
    OrgService orgs;
    @Autowired
    ManagementService management;
    @Autowired
    TaskService tasks;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SubstitutionService substitutions;
    @Autowired
    CycleClock clock;
    @Autowired
    AccessTokenService accessTokens;

    private final HttpClient http = HttpClient.newHttpClient();

    /** The ids of the commune's cycle the callers try, and a text of it no one else may read. */
    record World(long planId, long periodId, long reportId, long consolidatedId, long attachmentId, String taskId,
                 long userId, long orgId, long indicatorId, long substitutionId, long tokenId, String secret,
                 String planTitle) {
    }

    /** One operation of the document: method, path template, whether it takes a body. */
    record Operation(String method, String path, boolean body, boolean multipart) {

        String key() {
            return method + " " + path;
        }

        boolean admin() {
            return path.startsWith("/api/v1/admin/");
        }

        boolean takesId() {
            return path.contains("{");
        }
    }

    @BeforeEach
    void aCommunesCycle() {
        if (world != null) {
            return;
        }
        CycleFixture fixture = new CycleFixture(plans, reporting, users, orgs, management);
        TestOrgs test = new TestOrgs(orgs, users);
        TestOrgs.Commune place = test.commune("matran");
        otherOrganisation = test.area(place.district().id(), "Xã Cao Xá", "COMMUNE", "caoxa").officer();
        lowerLevel = place.healthReporter();
        notAdmin = place.commune().officer();
        manager = test.user("quanly", place.district().id(), Role.MANAGER);
        admin = test.admin();
        CycleFixture.OpenPeriod cycle = fixture.periodOpenFor(place, 2410);
        ApiClient api = new ApiClient(port);
        String secret = "Bí mật ma trận 2410";
        String report = "/api/v1/reports/" + cycle.policeReportId();
        api.post(place.policeReporter(), report + "/acknowledge", null).expect(200);
        long attachmentId = reportFiles.attach(fixture.user(place.policeReporter()), cycle.policeReportId(),
                "bien-ban.pdf", "%PDF-1.4\n% bien ban\n%%EOF\n".getBytes(StandardCharsets.UTF_8)).id();
        api.post(place.policeReporter(), report + "/submit", Map.of("results", secret)).expect(200);
        long commune = place.commune().id();
        long consolidatedId = SystemAuthentication.runAsSystem(() -> consolidation.aggregate(cycle.periodId(), commune));
        String taskId = tasks.createTaskQuery().processDefinitionKey(UnitReportProcess.KEY)
                .processInstanceBusinessKey(String.valueOf(cycle.policeReportId())).singleResult().getId();
        // the officer's leave next month, with the commune's leader standing in: a substitution no one else may end
        LocalDate leave = clock.today().plusDays(30);
        UserAccount officer = fixture.user(notAdmin);
        long substitutionId = substitutions.name(officer, officer.id(),
                new SubstitutionForm(fixture.user(place.commune().leader()).id(), leave, leave.plusDays(4))).id();
        // the officer's API token: no one else may revoke it
        long tokenId = accessTokens.create(officer, officer.id(), "Ma trận",
                java.time.LocalDate.now(CycleClock.VIETNAM).plusDays(30)).token().id();
        world = new World(cycle.planId(), cycle.periodId(), cycle.policeReportId(), consolidatedId, attachmentId, taskId,
                officer.id(), commune, jdbc.queryForObject("select min(id) from indicator", Long.class),
                substitutionId, tokenId, secret, plans.load(cycle.planId()).title());
        // the cycle stays open for every test of this class (its ids are tried again and again)
        CycleFixture.drainStarted();
    }

    @AfterEach
    void realTime() {
        ProcessJobs.resetClock();
    }

    @AfterAll
    static void printTally() {
        System.out.println("ACCESS MATRIX " + TALLY);
    }

    @Test
    void everyEndpointRefusesAnonymousCallers() {
        List<String> wrong = new ArrayList<>();
        for (Operation operation : operations()) {
            HttpResponse<String> answer = call(null, operation, world);
            count("anonymous", answer.statusCode());
            if (answer.statusCode() != 401 || answer.body().contains(world.secret())) {
                wrong.add(operation.key() + " → " + answer.statusCode());
            }
        }
        assertThat(wrong).as("anonymous must get 401").isEmpty();
    }

    @Test
    void anotherOrganisationAndAUnitBelowFindNothingOfTheCycle() {
        List<String> wrong = new ArrayList<>();
        for (String caller : List.of(otherOrganisation, lowerLevel)) {
            for (Operation operation : operations()) {
                HttpResponse<String> answer = call(caller, operation, world);
                count(caller, answer.statusCode());
                String cell = caller + " " + operation.key() + " → " + answer.statusCode();
                if (answer.statusCode() >= 500 || reveals(answer.body())) {
                    wrong.add(cell + " " + shorten(answer.body()));
                } else if (operation.admin()) {
                    if (answer.statusCode() != 403) {
                        wrong.add(cell + " (admin only: 403 expected)");
                    }
                } else if (operation.takesId()) {
                    // refused exactly as an id never used is: 404, or a 403 of the role that owes nothing to the id
                    HttpResponse<String> neverUsed = call(caller, operation, neverUsedIds());
                    if (answer.statusCode() != 404 && answer.statusCode() != 403) {
                        wrong.add(cell + " (404 expected) " + shorten(answer.body()));
                    } else if (neverUsed.statusCode() != answer.statusCode()
                            || !withoutIds(answer.body()).equals(withoutIds(neverUsed.body()))) {
                        wrong.add(cell + " answers unlike an id never used: " + shorten(answer.body()) + " / "
                                + neverUsed.statusCode() + " " + shorten(neverUsed.body()));
                    }
                } else if (answer.statusCode() / 100 == 2 && operation.method().equals("GET") && reveals(answer.body())) {
                    wrong.add(cell + " lists the cycle");
                }
            }
        }
        assertThat(wrong).as("refusals revealing nothing").isEmpty();
    }

    @Test
    void theWrongRoleIsRefused() {
        List<String> wrong = new ArrayList<>();
        for (Operation operation : operations()) {
            if (operation.admin()) {
                HttpResponse<String> answer = call(notAdmin, operation, world);
                count(notAdmin, answer.statusCode());
                if (answer.statusCode() != 403) {
                    wrong.add(notAdmin + " " + operation.key() + " → " + answer.statusCode());
                }
            } else if (!operation.method().equals("GET") && operation.takesId()
                    && !MANAGER_COMMANDS.contains(operation.key())) {
                HttpResponse<String> answer = call(manager, operation, world);
                count(manager, answer.statusCode());
                // 403; 404 for a task never offered to the manager or another person's substitution (their
                // existence is not the manager's to know)
                if (answer.statusCode() != 403 && !(answer.statusCode() == 404 && personal(operation))) {
                    wrong.add(manager + " " + operation.key() + " → " + answer.statusCode() + " "
                            + shorten(answer.body()));
                }
            }
        }
        assertThat(wrong).as("403 for a role the caller lacks").isEmpty();
        assertThat(jdbc.queryForObject("select status from unit_report where id = ?", String.class, world.reportId()))
                .as("nothing changed").isEqualTo("SUBMITTED");
    }

    /** An operation on a thing of one person (a task offered to them, their substitution, their token), not of a role. */
    private static boolean personal(Operation operation) {
        return operation.path().contains("/tasks/") || operation.path().startsWith("/api/v1/substitutions/")
                || operation.path().startsWith("/api/v1/me/");
    }

    // ---------------------------------------------------------------- the document and the calls

    private List<Operation> operations() {
        HttpResponse<String> document = send(HttpRequest.newBuilder(URI.create(url("/v3/api-docs")))
                .header("Authorization", basic(admin, TestOrgs.PASSWORD)).GET().build());
        assertThat(document.statusCode()).isEqualTo(200);
        List<Operation> operations = new ArrayList<>();
        try {
            JsonNode paths = JSON.readTree(document.body()).get("paths");
            for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> path = it.next();
                if (!path.getKey().startsWith("/api/v1/")) {
                    continue;
                }
                for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                    Map.Entry<String, JsonNode> op = ops.next();
                    JsonNode requestBody = op.getValue().get("requestBody");
                    operations.add(new Operation(op.getKey().toUpperCase(), path.getKey(), requestBody != null,
                            requestBody != null && requestBody.path("content").has("multipart/form-data")));
                }
            }
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        assertThat(operations).as("the API's operations").hasSizeGreaterThan(60);
        TALLY.put("operations", operations.size());
        return operations;
    }

    private HttpResponse<String> call(String user, Operation operation, World ids) {
        Matcher parameter = PATH_PARAMETER.matcher(operation.path());
        StringBuilder path = new StringBuilder();
        while (parameter.find()) {
            parameter.appendReplacement(path, idFor(operation.path(), parameter.start(), ids));
        }
        parameter.appendTail(path);
        HttpRequest.BodyPublisher body = operation.body() ? HttpRequest.BodyPublishers.ofString("{}")
                : HttpRequest.BodyPublishers.noBody();
        String contentType = "application/json";
        if (operation.multipart()) {
            // a small file in the form field "file", as the upload endpoints take it
            String boundary = "matrix-boundary";
            contentType = "multipart/form-data; boundary=" + boundary;
            body = HttpRequest.BodyPublishers.ofString("--" + boundary + "\r\nContent-Disposition: form-data; "
                    + "name=\"file\"; filename=\"tep.xlsx\"\r\nContent-Type: application/octet-stream\r\n\r\n"
                    + "PK-khong-phai-xlsx\r\n--" + boundary + "--\r\n");
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path.toString())))
                .method(operation.method(), body).header("Content-Type", contentType)
                .header("Accept", "application/json");
        if (user != null) {
            request.header("Authorization", basic(user, TestOrgs.PASSWORD));
        }
        return send(request.build());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The id for the path parameter at {@code at}, chosen by the collection named before it. */
    private static String idFor(String template, int at, World ids) {
        String before = template.substring(0, at);
        String collection = before.substring(before.lastIndexOf('/', before.length() - 2) + 1, before.length() - 1);
        Object id = switch (collection) {
            case "plans" -> ids.planId();
            case "periods" -> ids.periodId();
            case "reports" -> ids.reportId();
            case "consolidated-reports" -> ids.consolidatedId();
            case "attachments" -> ids.attachmentId();
            case "tasks" -> ids.taskId();
            case "users" -> ids.userId();
            case "organisations" -> ids.orgId();
            case "indicators" -> ids.indicatorId();
            case "substitutions" -> ids.substitutionId();
            case "tokens" -> ids.tokenId();
            default -> throw new AssertionError("the access matrix knows no id for " + template
                    + ": name its collection in AccessMatrixIntegrationTests.idFor");
        };
        return String.valueOf(id);
    }

    private static World neverUsedIds() {
        return new World(NEVER_USED, NEVER_USED, NEVER_USED, NEVER_USED, NEVER_USED, String.valueOf(NEVER_USED),
                NEVER_USED, NEVER_USED, NEVER_USED, NEVER_USED, NEVER_USED, world.secret(), world.planTitle());
    }

    private boolean reveals(String body) {
        return body.contains(world.secret()) || body.contains(world.planTitle()) || body.contains("bien-ban.pdf");
    }

    /** The answer with ids (and the instance path) taken out, to compare an existing id's 404 with a new one's. */
    private static String withoutIds(String body) {
        return body.replaceAll("\"instance\":\"[^\"]*\"", "").replaceAll("\"timestamp\":\"[^\"]*\"", "")
                .replaceAll("[0-9a-f]{8}-[0-9a-f-]{27}", "#").replaceAll("\\d[\\d.,]*", "#");
    }

    private static String shorten(String body) {
        return body.length() > 200 ? body.substring(0, 200) + "…" : body;
    }

    private static synchronized void count(String caller, int status) {
        TALLY.merge(caller + " tried", 1, Integer::sum);
        TALLY.merge(caller + " " + status, 1, Integer::sum);
    }
}
