package vn.congtactreem.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * What a refused sign-in is told: the login form goes back to {@code /login?error} (with
 * {@code &wait=N} minutes while {@link SignInThrottle} holds); HTTP Basic answers 401 with
 * {@code WWW-Authenticate}, and while throttled a {@code Retry-After} and the message with the wait.
 */
final class SignInRefusals {

    private SignInRefusals() {
    }

    static AuthenticationFailureHandler loginForm(String loginPath) {
        return (request, response, exception) -> response.sendRedirect(request.getContextPath() + loginPath
                + "?error" + throttled(exception).map(t -> "&wait=" + t.minutes()).orElse(""));
    }

    static AuthenticationEntryPoint basic() {
        return SignInRefusals::commence;
    }

    private static void commence(HttpServletRequest request, HttpServletResponse response,
                                 AuthenticationException exception) throws IOException {
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

    private static Optional<SignInThrottle.ThrottledException> throttled(Throwable exception) {
        for (Throwable t = exception; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SignInThrottle.ThrottledException throttled) {
                return Optional.of(throttled);
            }
        }
        return Optional.empty();
    }
}
