package vn.congtactreem.base.audit;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.authentication.AuthenticationDetailsSource;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * The details of a sign-in made by an HTTP Basic call (a script or an integration signing in with each request),
 * so that the audit trail can tell it from a person's sign-in through the login form.
 */
public final class ApiCallDetails extends WebAuthenticationDetails {

    /** Gives HTTP Basic sign-ins these details: {@code httpBasic(b -> b.authenticationDetailsSource(SOURCE))}. */
    public static final AuthenticationDetailsSource<HttpServletRequest, ApiCallDetails> SOURCE = ApiCallDetails::new;

    private ApiCallDetails(HttpServletRequest request) {
        super(request);
    }
}
