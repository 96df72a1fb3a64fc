package vn.congtactreem.support;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Real-browser tests: the whole application on a random port ({@link WebIntegrationTest}: same
 * PostgreSQL test database and demo data as {@link PostgresIntegrationTest}), driven by Debian's Chromium through Playwright.
 * One Playwright and browser per test class, a fresh browser context (no cookies, 1366x768,
 * vi-VN) per test. Playwright never downloads a browser. Name subclasses *BrowserTests so that
 * failsafe runs them in {@code ./mvnw verify}.
 *
 * <p>Vaadin runs in dev mode from its pre-compiled dev bundle: the first page of a fresh context
 * can take 20-30 s, hence the generous timeouts. Use Playwright's auto-waiting assertions, not sleeps.
 */
public abstract class BrowserTest extends WebIntegrationTest {

    /** Password of every demo account (see DemoData). */
    protected static final String DEMO_PASSWORD = "demo123";
    /** Timeout of navigations, actions and assertions. */
    protected static final double TIMEOUT_MS = 60_000;

    private static final Path CHROMIUM = Paths.get(System.getProperty("browser.chromium", "/usr/bin/chromium"));
    private static final Path SCREENSHOTS = Paths.get("target", "screenshots");

    private static Playwright playwright;
    private static Browser browser;

    protected BrowserContext browserContext;
    protected Page page;

    /** Takes a screenshot of the page of a failed test: target/screenshots/FAILED-Class-method.png. */
    @RegisterExtension
    final AfterTestExecutionCallback screenshotOnFailure = extension -> {
        if (extension.getExecutionException().isPresent() && page != null && !page.isClosed()) {
            screenshot("FAILED-" + extension.getRequiredTestClass().getSimpleName() + "-"
                    + extension.getRequiredTestMethod().getName());
        }
    };

    @BeforeAll
    static void launchBrowser() {
        PlaywrightAssertions.setDefaultAssertionTimeout(TIMEOUT_MS);
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run")));
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
        if (playwright != null) {
            playwright.close();
            playwright = null;
        }
    }

    @BeforeEach
    void openBrowserContext() {
        browserContext = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(1366, 768)
                .setLocale("vi-VN")
                .setBaseURL(baseUrl()));
        browserContext.setDefaultTimeout(TIMEOUT_MS);
        browserContext.setDefaultNavigationTimeout(TIMEOUT_MS);
        page = browserContext.newPage();
    }

    @AfterEach
    void closeBrowserContext() {
        if (browserContext != null) {
            browserContext.close();
            browserContext = null;
            page = null;
        }
    }

    /**
     * Closes this test's browser context and opens a fresh one (no cookies, no cache): another person
     * at another computer, e.g. the next role of a journey.
     */
    protected void newBrowserContext() {
        closeBrowserContext();
        openBrowserContext();
    }

    /** {@link #login(String) Signs in} a demo user in a {@link #newBrowserContext() fresh browser context}. */
    protected void signInAs(String username) {
        newBrowserContext();
        login(username);
    }

    /** http://localhost:PORT, without a trailing slash; {@code page.navigate("/login")} also works. */
    protected String baseUrl() {
        return "http://localhost:" + port;
    }

    /** Opens the login page and submits it; does not wait for the result. */
    protected void submitLogin(String username, String password) {
        page.navigate("/login");
        page.locator("input[name=username]").fill(username);
        page.locator("input[name=password]").fill(password);
        page.locator("vaadin-button[slot=submit]").click();
    }

    /** Signs in a demo user (password {@value #DEMO_PASSWORD}) and waits for the application frame. */
    protected void login(String username) {
        submitLogin(username, DEMO_PASSWORD);
        page.waitForURL(url -> !url.contains("/login"));
        assertThat(menu()).isVisible();
    }

    /** The side menu of the application frame. */
    protected Locator menu() {
        return page.locator("vaadin-side-nav.main-menu");
    }

    /** A side-menu entry by its i18n key, e.g. {@code menuItem("menu.home")}. */
    protected Locator menuItem(String key) {
        return page.locator("vaadin-side-nav-item[data-menu='" + key + "']");
    }

    /**
     * A screenshot worth keeping: {@link #screenshot(String) taken}, and copied to docs/screens/NAME.png when the
     * run is in the project's folder (after the notifications of the last step have closed).
     */
    protected Path keptScreenshot(String name) {
        assertThat(page.locator("vaadin-notification-card[opening]")).hasCount(0);
        Path taken = screenshot(name);
        Path docs = Paths.get("docs", "screens");
        if (java.nio.file.Files.isDirectory(docs)) {
            try {
                java.nio.file.Files.copy(taken, docs.resolve(name + ".png"),
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return taken;
    }

    /** Writes the whole page to target/screenshots/NAME.png and returns the file. */
    protected Path screenshot(String name) {
        Path file = SCREENSHOTS.resolve(name + ".png");
        // without Vaadin's loading bar, a line at the top while a request is under way: not the screen's content
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true)
                .setStyle(".v-loading-indicator { visibility: hidden !important; }"));
        return file;
    }
}
