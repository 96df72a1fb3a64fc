package vn.congtactreem.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import vn.congtactreem.base.DatabaseOutage;
import vn.congtactreem.base.i18n.TranslationProvider;

/**
 * What a refused sign-in is told: the login form goes back to {@code /login?error} (with
 * {@code &wait=N} minutes while {@link SignInThrottle} holds); HTTP Basic answers 401 with
 * {@code WWW-Authenticate}, and while throttled a {@code Retry-After} and the message with the wait. When the
 * password could not be checked because the database is down, the form shows "try again later"
 * ({@code /login?unavailable}) and HTTP Basic answers 503.
 */
final class SignInRefusals {

    private SignInRefusals() {
    }

    static AuthenticationFailureHandler loginForm(String loginPath) {
        return (request, response, exception) -> response.sendRedirect(request.getContextPath() + loginPath
                + (DatabaseOutage.causedBy(exception) ? "?unavailable"
                : "?error" + throttled(exception).map(t -> "&wait=" + t.minutes()).orElse("")));
    }

    static AuthenticationEntryPoint basic() {
        return SignInRefusals::commence;
    }

    private static void commence(HttpServletRequest request, HttpServletResponse response,
                                 AuthenticationException exception) throws IOException {
        if (DatabaseOutage.causedBy(exception)) {
            unavailable(request, response);
            return;
        }
        response.setHeader("WWW-Authenticate", "Basic realm=\"Realm\"");
        Optional<SignInThrottle.ThrottledException> throttled = throttled(exception);
        if (throttled.isEmpty()) {
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader("Retry-After", String.valueOf(throttled.get().minutes() * 60));
        response.setContentType("application/problem+json;charset=UTF-8");
        response.getOutputStream().write(("{\"status\":401,\"title\":\"Đăng nhập bị tạm khóa\",\"detail\":\""
                + throttled.get().getMessage() + "\"}").getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The password could not be checked because the database cannot be reached: 503 and "try again", not a
     * 401 that would tell the caller the password was wrong.
     */
    private static void unavailable(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ResourceBundle texts = ResourceBundle.getBundle("i18n/reliability",
                request.getHeader("Accept-Language") == null ? TranslationProvider.supported(null)
                        : TranslationProvider.supported(request.getLocale()),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", String.valueOf(DatabaseOutage.RETRY_AFTER_SECONDS));
        response.setContentType("application/problem+json;charset=UTF-8");
        response.getOutputStream().write(new ObjectMapper().writeValueAsBytes(Map.of("status", 503,
                "title", texts.getString("reliability.outage.title"),
                "detail", texts.getString("reliability.outage.signIn"),
                "code", "reliability.outage")));
    }

    private static Optional<SignInThrottle.ThrottledException> throttled(Throwable exception) {
        for (Throwable t = exception; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SignInThrottle.ThrottledException throttled) {
                return Optional.of(throttled);
            }
        }
        return Optional.empty();
    }
}
