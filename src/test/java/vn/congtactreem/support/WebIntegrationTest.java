package vn.congtactreem.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The whole application on a real port and this run's PostgreSQL database, for tests that speak
 * HTTP as a browser, a script or a load balancer would. All such tests (and {@link BrowserTest}s)
 * share one Spring context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        // no dev-tools popup ("Development Mode") over the screens: it hides content and catches clicks
        properties = {"vaadin.devmode.devTools.enabled=false", PostgresIntegrationTest.NO_JOB_EXECUTOR,
                PostgresIntegrationTest.NO_DEMO_CYCLE})
public abstract class WebIntegrationTest extends PostgresIntegrationTest {

    @LocalServerPort
    protected int port;

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** A client that keeps cookies (a browser session) and does not follow redirects. */
    protected static HttpClient browser() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    protected HttpResponse<String> get(HttpClient client, String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path))).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(client, request.build());
    }

    protected HttpResponse<String> getAs(String username, String password, String path) {
        return get(browser(), path, "Authorization", basic(username, password));
    }

    /** Signs in as the login page does: it is opened first and its CSRF token is sent with the form. */
    protected HttpResponse<String> signIn(HttpClient client, String username, String password) {
        String page = get(client, "/login").body();
        Matcher token = CSRF_META.matcher(page);
        if (!token.find()) {
            throw new IllegalStateException("no CSRF token on the login page");
        }
        return postLogin(client, username, password, "&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8));
    }

    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    /** The form post alone, with what else the caller sends (e.g. nothing: a post from another site). */
    protected HttpResponse<String> postLogin(HttpClient client, String username, String password, String extra) {
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8) + extra;
        return send(client, HttpRequest.newBuilder(URI.create(url("/login")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
    }

    protected static HttpResponse<String> send(HttpClient client, HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    protected static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
