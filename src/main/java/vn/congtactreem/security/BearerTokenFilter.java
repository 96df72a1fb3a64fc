package vn.congtactreem.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.congtactreem.base.audit.ApiCallDetails;
import vn.congtactreem.org.UserService;

/**
 * {@code Authorization: Bearer <token>} on the domain API and the engine REST API: the token's user signed in for
 * this request only (stateless), with their current roles — a token never grants more than its user, and nothing once the user
 * is deactivated. A token that does not answer is refused (401) without trying anything else.
 */
class BearerTokenFilter extends OncePerRequestFilter {

    private static final String PREFIX = "Bearer ";

    private final Supplier<BearerTokens> tokens;
    private final Supplier<UserService> users;

    BearerTokenFilter(Supplier<BearerTokens> tokens, Supplier<UserService> users) {
        this.tokens = tokens;
        this.users = users;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            chain.doFilter(request, response);
            return;
        }
        BearerTokens known = tokens.get();
        Optional<UserService.Credentials> user = known == null ? Optional.empty()
                : known.usernameFor(header.substring(PREFIX.length()).strip(), request.getRemoteAddr())
                        .flatMap(name -> users.get().credentials(name))
                        .filter(c -> c.account().active());
        if (user.isEmpty()) {
            SecurityContextHolder.clearContext();
            response.setHeader("WWW-Authenticate", "Bearer");
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        SignedInUser principal = new SignedInUser(user.get().account(), null);
        UsernamePasswordAuthenticationToken auth = UsernamePasswordAuthenticationToken.authenticated(principal, null,
                principal.getAuthorities());
        auth.setDetails(ApiCallDetails.SOURCE.buildDetails(request));
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(auth);
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
