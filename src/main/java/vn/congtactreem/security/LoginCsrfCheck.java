package vn.congtactreem.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * CSRF on {@code POST /login}: Vaadin's {@code setLoginView} leaves the login path out of Spring's CSRF
 * check, so a page of another site could sign a browser in with an attacker's account. The login form
 * sends the token itself (vaadin-login-form copies the {@code _csrf} meta tags Vaadin puts in the page);
 * this filter refuses the post without the token of the session that showed the form.
 */
final class LoginCsrfCheck extends OncePerRequestFilter {

    private final String loginPath;
    private final CsrfTokenRepository tokens = new HttpSessionCsrfTokenRepository();
    private final XorCsrfTokenRequestAttributeHandler handler = new XorCsrfTokenRequestAttributeHandler();

    LoginCsrfCheck(String loginPath) {
        this.loginPath = loginPath;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || !loginPath.equals(request.getServletPath());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        CsrfToken expected = tokens.loadToken(request);
        String sent = expected == null ? null : handler.resolveCsrfTokenValue(request, expected);
        if (sent == null || !MessageDigest.isEqual(sent.getBytes(StandardCharsets.UTF_8),
                expected.getToken().getBytes(StandardCharsets.UTF_8))) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write("Yêu cầu đăng nhập không đến từ trang đăng nhập của hệ thống hoặc trang đã "
                    + "mở quá lâu: hãy tải lại trang đăng nhập rồi đăng nhập lại.");
            return;
        }
        chain.doFilter(request, response);
    }
}
