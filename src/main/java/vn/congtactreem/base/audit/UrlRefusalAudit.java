package vn.congtactreem.base.audit;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Requests the security filters refuse by their address alone (e.g. {@code /engine-rest} or the administration API
 * for a signed-in user who is not an administrator) go to the audit trail as {@code ACCESS_REFUSED}, like the
 * refusals of the services. Anonymous requests are left out: they are sent to the login page, not refused.
 * Refusals of the services' own checks are recorded where they are answered (ApiErrors, the detail pages).
 */
@Component
class UrlRefusalAudit {

    private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();

    private final AuditTrail audit;

    UrlRefusalAudit(AuditTrail audit) {
        this.audit = audit;
    }

    @EventListener
    void onDenied(AuthorizationDeniedEvent<?> event) {
        if (!(event.getObject() instanceof HttpServletRequest request)) {
            return;
        }
        Authentication who = event.getAuthentication().get();
        if (who == null || !who.isAuthenticated() || TRUST.isAnonymous(who)) {
            return;
        }
        audit.record(who.getName(), "ACCESS_REFUSED", AuditTrail.Outcome.REFUSED, "REQUEST",
                request.getMethod() + " " + request.getRequestURI(), "role", request.getRemoteAddr());
    }
}
