package vn.congtactreem.base.audit;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Sign-ins in the audit trail: each successful sign-in through the login form, each failed one (form or
 * HTTP Basic) with the name that was tried and why it failed. A script signs in with every HTTP Basic call: its
 * successful sign-ins are recorded as {@code SIGN_IN_API} once per account and address in {@link #API_QUIET}
 * (a row per call would bury everything else); what it changes is recorded as a state change.
 */
@Component
class SignInAudit {

    /** How long a script's further successful calls from the same address add no sign-in row. */
    static final Duration API_QUIET = Duration.ofMinutes(15);
    private static final int REMEMBERED = 10_000;

    private final AuditTrail audit;
    private final Map<String, Instant> lastApiSignIn = new ConcurrentHashMap<>();

    SignInAudit(AuditTrail audit) {
        this.audit = audit;
    }

    @EventListener
    void onApiCall(AuthenticationSuccessEvent event) {
        if (!(event.getAuthentication().getDetails() instanceof ApiCallDetails details)) {
            return;
        }
        String who = event.getAuthentication().getName();
        Instant now = Instant.now();
        Instant last = lastApiSignIn.get(who + "|" + details.getRemoteAddress());
        if (last != null && last.plus(API_QUIET).isAfter(now)) {
            return;
        }
        if (lastApiSignIn.size() >= REMEMBERED) {
            lastApiSignIn.clear();
        }
        lastApiSignIn.put(who + "|" + details.getRemoteAddress(), now);
        audit.record(who, "SIGN_IN_API", AuditTrail.Outcome.OK, null, null, null, details.getRemoteAddress());
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
