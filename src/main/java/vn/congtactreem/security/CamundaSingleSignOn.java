package vn.congtactreem.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.congtactreem.org.Role;

/**
 * Camunda's webapps (cockpit, tasklist, admin) trust the application's sign-in: the Spring Security
 * chain for /camunda/** has already required ADMIN; this hands the same user to Camunda.
 */
public class CamundaSingleSignOn extends ContainerBasedAuthenticationProvider {

    @Override
    public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            return AuthenticationResult.unsuccessful();
        }
        boolean admin = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(Role.ADMIN.authority()::equals);
        if (!admin) {
            return AuthenticationResult.unsuccessful();
        }
        knownToCamunda(engine.getIdentityService(), authentication.getName());
        AuthenticationResult result = new AuthenticationResult(authentication.getName(), true);
        result.setGroups(List.of("camunda-admin"));
        return result;
    }

    /**
     * Camunda builds its session from its own user table and fails (500) for a user it does not know: every
     * administrator the application makes is added there on their first visit, with a password nobody is told
     * (Camunda's login form stays useless; the application's sign-in is the only way in).
     */
    static void knownToCamunda(IdentityService identity, String username) {
        if (identity.createUserQuery().userId(username).count() > 0) {
            return;
        }
        User user = identity.newUser(username);
        user.setFirstName(username);
        user.setLastName("");
        user.setPassword(UUID.randomUUID().toString());
        try {
            identity.saveUser(user);
        } catch (RuntimeException sameUserAddedByAnotherRequest) {
            if (identity.createUserQuery().userId(username).count() == 0) {
                throw sameUserAddedByAnotherRequest;
            }
        }
    }
}
