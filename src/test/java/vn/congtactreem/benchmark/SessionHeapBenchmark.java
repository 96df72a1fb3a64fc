package vn.congtactreem.benchmark;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.PlaywrightException;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.catalina.Context;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.embedded.tomcat.TomcatWebServer;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.congtactreem.support.PostgresIntegrationTest;
import vn.congtactreem.support.PostgresTestDatabase;

/**
 * Live heap per open Vaadin session on the inbox (issue 17, "Sessions"): real headless Chromium tabs, each in its
 * own browser context (its own cookie, so its own HTTP and Vaadin session), signed in as the demo users in turn,
 * each left open on the inbox with its first task shown. The application runs in this JVM, so the heap is read
 * directly: used heap after full collections before the sessions and with all of them open; the difference divided
 * by the number of sessions is the figure. Not a test: nothing is asserted; it prints and writes section
 * {@code session-heap} of {@code docs/benchmarks.md}.
 *
 * <pre>./mvnw -Pbenchmark test -Dtest=SessionHeapBenchmark -Dbenchmark.sessions=100</pre>
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        PostgresIntegrationTest.NO_JOB_EXECUTOR, "app.demo.cycle=true", "vaadin.devmode.devTools.enabled=false",
        "logging.level.root=WARN"})
@ActiveProfiles("dev")
class SessionHeapBenchmark {

    private static final List<String> USERS = List.of("canbo.anduong", "lanhdao.anduong", "congan.anduong",
            "yte.anduong");
    // about 140 MB of Chromium per tab: 100 tabs is what a 24 GB machine holds beside the application
    private static final int SESSIONS = Integer.getInteger("benchmark.sessions", 100);
    /**
     * Keep every tab open (true), or end each tab's renderer once its inbox is drawn (false): the page is crashed
     * (chrome://crash), so no unload beacon tells the server, and its session and UI stay on the
     * server as a tab left open does (until the session times out), while Chromium frees the tab's memory:
     * 200 sessions fit where 100 live tabs do not.
     */
    private static final boolean KEEP_TABS = Boolean.parseBoolean(System.getProperty("benchmark.keepTabs", "true"));

    @LocalServerPort
    int port;
    @Value("${vaadin.productionMode:false}")
    boolean productionMode;
    @Autowired
    ServletWebServerApplicationContext server;

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        PostgresTestDatabase.useFresh(registry, "sessions");
    }

    @Test
    void heapPerOpenInboxSession() throws IOException {
        try (Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")))) {
            // a few renderer processes for all the tabs: the server side is measured, not the browser
            Browser browser = BenchmarkBrowser.launch(playwright, "--renderer-process-limit=6");
            List<BrowserContext> open = new ArrayList<>();
            // one session first, so that class loading and the caches are in the baseline, not in the figure
            open.add(openInbox(browser, USERS.get(0)));
            int sessionsBefore = activeSessions();
            long before = usedHeapAfterFullGc();
            long started = System.nanoTime();
            for (int i = 0; i < SESSIONS; i++) {
                open.add(openInbox(browser, USERS.get(i % USERS.size())));
                if ((i + 1) % 25 == 0) {
                    System.out.printf("%d sessions open%n", i + 1);
                }
            }
            double openingSeconds = (System.nanoTime() - started) / 1e9;
            int sessionsAfter = activeSessions();
            long after = usedHeapAfterFullGc();
            double perSessionKb = (after - before) / 1024.0 / SESSIONS;
            String table = String.join("\n",
                    "| Figure | Value |",
                    "|---|---:|",
                    "| tabs opened on the inbox (each its own browser context and session) | " + SESSIONS
                            + (KEEP_TABS ? " (all left open)" : " (each renderer ended once drawn, no unload)") + " |",
                    "| Vaadin mode | " + mode() + " |",
                    "| HTTP sessions on the server before / after | " + sessionsBefore + " / " + sessionsAfter + " |",
                    String.format("| used heap after full GC, before / after (MB) | %.1f / %.1f |", before / 1048576.0,
                            after / 1048576.0),
                    String.format("| **live heap per open session (KB)** | **%.0f** |", perSessionKb),
                    String.format("| time to open them one after another (s) | %.1f |", openingSeconds));
            System.out.println(table);
            write(table);
            for (BrowserContext context : open) {
                context.close();
            }
            browser.close();
        }
    }

    private BrowserContext openInbox(Browser browser, String username) {
        Page page = BenchmarkBrowser.signedInOnInbox(browser, port, username);
        if (!KEEP_TABS) {
            try {
                // a debug URL: the renderer crashes where it stands, without a navigation (no unload)
                page.navigate("chrome://crash", new Page.NavigateOptions().setTimeout(10_000));
            } catch (PlaywrightException crashed) {
                // the renderer is gone, which is what was asked
            }
        }
        return page.context();
    }

    private String mode() {
        return productionMode ? "production (bundle of `-Pproduction`)" : "development";
    }

    private int activeSessions() {
        Context context = (Context) ((TomcatWebServer) server.getWebServer()).getTomcat().getHost().findChildren()[0];
        return context.getManager().getActiveSessions();
    }

    /** Used heap once full collections stop freeing anything (at most five). */
    private static long usedHeapAfterFullGc() {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            long now = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            if (now >= used - 256 * 1024) {
                return Math.min(now, used);
            }
            used = now;
        }
        return used;
    }

    private void write(String table) throws IOException {
        String body = """
                ## Heap per open Vaadin session (`SessionHeapBenchmark`)

                Real headless Chromium tabs, each in its own browser context (own cookie, so own HTTP and Vaadin \
                session), signed in as the four An Dương demo users in turn, each on the inbox with its first task \
                shown; either left open, or (`-Dbenchmark.keepTabs=false`) its renderer crashed (`chrome://crash`) \
                once drawn, without the unload beacon, so that the server keeps its session and UI as for \
                a tab left open. The application runs in the benchmark's JVM (Vaadin %s mode), so the heap is read \
                there: used heap after full collections with one session open, then with all of them; the \
                difference over the number of sessions. Goal (issue 17): ≤ 300 KB per session.

                **Machine.** %d cores, %s, %s. Date: %s. Memory, unlike time, does not depend on the load.

                **Command.** `./mvnw -Pbenchmark%s test -Dtest=SessionHeapBenchmark -Dbenchmark.sessions=%d%s`

                %s
                """.formatted(productionMode ? "production" : "development", Runtime.getRuntime().availableProcessors(),
                "Java " + System.getProperty("java.version"), System.getProperty("os.name"), LocalDate.now(),
                productionMode ? ",production" : "", SESSIONS, (KEEP_TABS ? "" : " -Dbenchmark.keepTabs=false")
                        + (productionMode ? " -Dvaadin.productionMode=true" : ""), table);
        BenchmarkSections.write(Path.of("docs", "benchmarks.md"), BenchmarkSections.BENCHMARKS_HEADER, "session-heap",
                body);
    }
}
