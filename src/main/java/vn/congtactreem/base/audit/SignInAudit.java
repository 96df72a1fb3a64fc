package vn.congtactreem.base.audit;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Sign-ins in the audit trail: each successful sign-in through the login form, each failed one (form or
 * HTTP Basic) with the name that was tried and why it failed. A successful HTTP Basic call is not a
 * sign-in of its own (a script signs in on every call); what it changes is recorded as a state change.
 */
@Component
class SignInAudit {

    private final AuditTrail audit;

    SignInAudit(AuditTrail audit) {
        this.audit = audit;
    }

    @EventListener
    void onSuccess(InteractiveAuthenticationSuccessEvent event) {
        audit.record(event.getAuthentication().getName(), "SIGN_IN", AuditTrail.Outcome.OK, null, null, null,
                address(event.getAuthentication()));
    }

    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        audit.record(String.valueOf(event.getAuthentication().getName()), "SIGN_IN_FAILED", AuditTrail.Outcome.FAILED,
                null, null, event.getException().getClass().getSimpleName(), address(event.getAuthentication()));
    }

    /** The sign-in request's address (the security filters run before Spring's request context is set). */
    private static String address(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress()
                : AuditTrail.currentAddress();
    }
}
