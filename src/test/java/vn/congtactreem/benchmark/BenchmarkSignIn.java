package vn.congtactreem.benchmark;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Signs the benchmark's thread in, as a user of the application would be after the login page. */
final class BenchmarkSignIn {

    private BenchmarkSignIn() {
    }

    /** Signs the current thread in as the administrator {@code admin}. */
    static UsernamePasswordAuthenticationToken asAdmin(UserDetailsService userDetails) {
        return as(userDetails, "admin");
    }

    /** Signs the current thread in as {@code username}; returns the authentication set. */
    static UsernamePasswordAuthenticationToken as(UserDetailsService userDetails, String username) {
        UserDetails user = userDetails.loadUserByUsername(username);
        UsernamePasswordAuthenticationToken auth =
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        SecurityContextHolder.getContext().setAuthentication(auth);
        return auth;
    }
}
