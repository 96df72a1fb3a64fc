package vn.congtactreem.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.congtactreem.org.OrgService;
import vn.congtactreem.org.Role;
import vn.congtactreem.org.UserAccount;
import vn.congtactreem.org.UserForm;
import vn.congtactreem.org.UserService;
import vn.congtactreem.security.SystemAuthentication;
import vn.congtactreem.support.PostgresIntegrationTest;
import vn.congtactreem.support.PostgresTestDatabase;
import vn.congtactreem.token.AccessTokenService;

/**
 * A script of {@code -Dbenchmark.calls} (1,000) API calls ({@code GET /api/v1/me}) over one kept-alive HTTP
 * connection, first with HTTP Basic (a BCrypt check per call, at the production strength 10), then with a personal
 * access token ({@code Authorization: Bearer}, one SHA-256 and one indexed read). Real server on a random port,
 * fresh PostgreSQL database. Prints and writes section {@code api-tokens} of {@code docs/benchmarks.md}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        PostgresIntegrationTest.NO_JOB_EXECUTOR, PostgresIntegrationTest.NO_DEMO_CYCLE,
        "vaadin.devmode.devTools.enabled=false", "logging.level.root=WARN", "app.security.bcrypt-strength=10"})
@ActiveProfiles("dev")
class ApiTokenBenchmark {

    private static final int CALLS = Integer.getInteger("benchmark.calls", 1000);
    private static final String PASSWORD = "mat-khau-Benchmark-1";

    @LocalServerPort int port;
    @Autowired UserService users;
    @Autowired OrgService orgs;
    @Autowired AccessTokenService tokens;

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        PostgresTestDatabase.useFresh(registry, "apitoken");
    }

    @Test
    void measure() throws Exception {
        long org = orgs.all().get(0).id();
        UserAccount user = SystemAuthentication.runAsSystem(() -> users.createDemoAccount(new UserForm("kichban.api",
                "Tập lệnh đồng bộ", "kichban.api@congtactreem.local", org, Set.of(Role.OFFICER), PASSWORD)));
        String token = tokens.create(user, user.id(), "Benchmark", LocalDate.now().plusDays(7)).secret();
        String basic = "Basic " + Base64.getEncoder().encodeToString(("kichban.api:" + PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        HttpClient client = HttpClient.newHttpClient();
        script(client, basic, 20);
        script(client, "Bearer " + token, 20);
        Result viaBasic = script(client, basic, CALLS);
        Result viaToken = script(client, "Bearer " + token, CALLS);
        String body = """
                ## API clients: HTTP Basic against a personal access token (issue 17, `ApiTokenBenchmark`)

                **Command.** `./mvnw -Pbenchmark test -Dtest=ApiTokenBenchmark` (`-Dbenchmark.calls=1000`). The running
                application on a random port and a fresh PostgreSQL database; a script of %d `GET /api/v1/me` calls one
                after another over one kept-alive connection (java.net.http), after 20 warm-up calls each way. HTTP Basic
                checks the password's BCrypt hash (strength 10, the production setting) on every call; the token is
                checked by one SHA-256 and one indexed read of `access_token` (V31_1). Client-side wall time; 2-core
                machine shared with two other builds (load: %s).

                | way | calls | total s | calls/s | p50 ms | p95 ms | max ms | refused |
                |---|---|---|---|---|---|---|---|
                %s
                %s
                """.formatted(CALLS, load(), viaBasic.row("HTTP Basic (BCrypt per call)"),
                viaToken.row("Bearer personal access token"));
        System.out.println(body);
        BenchmarkSections.write(Path.of("docs/benchmarks.md"), BenchmarkSections.BENCHMARKS_HEADER, "api-tokens",
                body);
    }

    private record Result(double seconds, ScaleReport.Stats stats, int refused) {
        String row(String way) {
            return String.format(Locale.ROOT, "| %s | %d | %.1f | %.0f | %.1f | %.1f | %.1f | %d |", way, stats.runs(),
                    seconds, stats.runs() / seconds, stats.median(), stats.p95(), stats.max(), refused);
        }
    }

    private Result script(HttpClient client, String authorization, int calls) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/me"))
                .header("Authorization", authorization).GET().build();
        List<Double> millis = new ArrayList<>();
        int refused = 0;
        long start = System.nanoTime();
        for (int i = 0; i < calls; i++) {
            long t = System.nanoTime();
            HttpResponse<String> reply = client.send(request, HttpResponse.BodyHandlers.ofString());
            millis.add((System.nanoTime() - t) / 1e6);
            refused += reply.statusCode() == 200 ? 0 : 1;
        }
        return new Result((System.nanoTime() - start) / 1e9, ScaleReport.Stats.of(millis), refused);
    }

    private static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "unknown";
        }
    }
}
