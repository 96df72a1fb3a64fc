package vn.congtactreem.security;

import java.time.Duration;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import vn.congtactreem.org.UserService;

/** Users sign in with the accounts kept in the application database (BCrypt hashes). */
@Component
class DatabaseUserDetailsService implements UserDetailsService {

    private final UserService users;
    private final SignInThrottle throttle;

    DatabaseUserDetailsService(UserService users, SignInThrottle throttle) {
        this.users = users;
        this.throttle = throttle;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        Duration wait = throttle.waitFor(username, currentAddress());
        if (!wait.isZero()) {
            throw new SignInThrottle.ThrottledException(wait);
        }
        return users.credentials(username)
                .map(c -> new SignedInUser(c.account(), c.passwordHash()))
                .orElseThrow(() -> new UsernameNotFoundException(username));
    }

    /** The address of the request being signed in, if this runs inside one. */
    private static String currentAddress() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
                ? request.getRequest().getRemoteAddr() : null;
    }
}
