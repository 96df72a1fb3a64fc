package vn.congtactreem.security;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import vn.congtactreem.org.UserService;

/** Users sign in with the accounts kept in the application database (BCrypt hashes). */
@Component
class DatabaseUserDetailsService implements UserDetailsService {

    private final UserService users;

    DatabaseUserDetailsService(UserService users) {
        this.users = users;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return users.credentials(username)
                .map(c -> new SignedInUser(c.account(), c.passwordHash()))
                .orElseThrow(() -> new UsernameNotFoundException(username));
    }
}
