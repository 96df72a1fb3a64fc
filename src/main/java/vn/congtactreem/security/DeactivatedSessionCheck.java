package vn.congtactreem.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.congtactreem.base.DatabaseOutage;
import vn.congtactreem.org.UserAccount;
import vn.congtactreem.org.UserService;

/**
 * A browser session of an account that was deactivated (or removed) since it signed in ends at its next
 * request: the session is invalidated and a page is sent to the login page, which says why; Vaadin's own
 * requests find their session gone and the client reloads into the same login page. No exception page.
 */
final class DeactivatedSessionCheck extends OncePerRequestFilter {

    static final String DEACTIVATED_PARAMETER = "deactivated";

    private final ObjectProvider<UserService> users;
    private final String loginPath;

    DeactivatedSessionCheck(ObjectProvider<UserService> users, String loginPath) {
        this.users = users;
        this.loginPath = loginPath;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getServletPath();
        return request.getSession(false) == null || path.startsWith("/VAADIN/") || path.startsWith("/images/")
                || path.startsWith("/icons/") || path.equals(loginPath);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken)
                && !stillActive(authentication.getName())) {
            SecurityContextHolder.clearContext();
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            if ("GET".equals(request.getMethod()) && request.getParameter("v-r") == null) {
                response.sendRedirect(request.getContextPath() + loginPath + "?" + DEACTIVATED_PARAMETER);
                return;
            }
            // Vaadin's own request goes on without a session: Vaadin answers "session expired" and the
            // client reloads into the login page
        }
        chain.doFilter(request, response);
    }

    /**
     * Whether the account may still use its session; while the database cannot be reached the answer is yes: the
     * request goes on and what it needs from the database fails as such ("not saved"), instead of the check turning
     * every request of every open screen into an error page. The check runs again on the next request.
     */
    private boolean stillActive(String username) {
        return DatabaseOutage.orElse(
                () -> users.getObject().findByUsername(username).map(UserAccount::active).orElse(false), true);
    }
}