package vn.congtactreem.benchmark;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

/** Debian's headless Chromium for the benchmarks, and a demo user signed in on the inbox in a context of its own. */
final class BenchmarkBrowser {

    private BenchmarkBrowser() {
    }

    static Browser launch(Playwright playwright, String... extraArgs) {
        List<String> args = new ArrayList<>(List.of("--no-sandbox", "--disable-gpu"));
        args.addAll(List.of(extraArgs));
        return playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Paths.get(System.getProperty("browser.chromium", "/usr/bin/chromium")))
                .setHeadless(true).setArgs(args));
    }

    /** A new browser context (own cookie, so own session) signed in as a demo user, its inbox's first row drawn. */
    static Page signedInOnInbox(Browser browser, int port, String username) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 768)
                .setLocale("vi-VN"));
        context.setDefaultTimeout(120_000);
        Page page = context.newPage();
        page.navigate("http://localhost:" + port + "/login");
        page.locator("input[name=username]").fill(username);
        page.locator("input[name=password]").fill("demo123");
        page.locator("vaadin-button[slot=submit]").click();
        page.waitForURL(url -> !url.contains("/login"));
        page.locator("vaadin-grid.inbox-grid vaadin-grid-cell-content").first()
                .waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.ATTACHED));
        return page;
    }
}
