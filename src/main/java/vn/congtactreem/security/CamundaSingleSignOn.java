package vn.congtactreem.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
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
        AuthenticationResult result = new AuthenticationResult(authentication.getName(), true);
        result.setGroups(List.of("camunda-admin"));
        return result;
    }
}
