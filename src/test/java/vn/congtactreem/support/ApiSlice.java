package vn.congtactreem.support;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.ResultMatcher;
import vn.congtactreem.document.XlsxFile;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.context.SecurityContextImpl;
import java.util.Set;
import org.mockito.Mockito;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import vn.congtactreem.base.audit.AuditTrail;
import vn.congtactreem.org.Role;
import vn.congtactreem.org.UserAccount;
import vn.congtactreem.security.SecurityConfig;

/**
 * What a controller slice ({@code @WebMvcTest(XController.class)} + {@code @Import(ApiSlice.class)}) runs behind:
 * the application's own API filter chain ({@link SecurityConfig#domainApi}: HTTP Basic, stateless, cross-site
 * check) over two users kept in memory (an officer and an administrator), no database, no engine, no Vaadin.
 * The controller's services are mocks; the API's error advice ({@code ApiErrors}) and the bundles are the real ones.
 */
@TestConfiguration
@EnableWebSecurity
@EnableMethodSecurity
public class ApiSlice {

    public static final String USER = "slice.officer";
    public static final String PASSWORD = "slice-secret";
    /** The signed-in user as {@code CurrentUser} returns it. */
    public static final UserAccount ACCOUNT = new UserAccount(7L, USER, "Cán bộ thử", null, 42L,
            Set.of(Role.OFFICER), true, "vi");
    /** An administrator, for the admin controllers' slices (the same password). */
    public static final String ADMIN = "slice.admin";

    /**
     * A workbook download: 200, the XLSX content type, both names in {@code Content-Disposition} (the ASCII one,
     * and the UTF-8 one percent-encoded as RFC 5987 wants it) and exactly these bytes.
     */
    public static ResultMatcher xlsxDownload(String asciiName, String encodedName, byte[] body) {
        return ResultMatcher.matchAll(status().isOk(), content().contentType(XlsxFile.CONTENT_TYPE),
                header().string(HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"" + asciiName + "\"; filename*=UTF-8''" + encodedName),
                content().bytes(body));
    }

    @Bean
    SecurityFilterChain api(HttpSecurity http) throws Exception {
        return SecurityConfig.domainApi(http);
    }

    /**
     * The slice's own holder of the signed-in user, which its filters use: without it they would take the static
     * holder as it was when the slice started, in a JVM where a screen test may have left Vaadin's holder there
     * (an anonymous call was then answered as that test's user).
     */
    @Bean
    SecurityContextHolderStrategy securityContextHolderStrategy() {
        return new SecurityContextHolderStrategy() {
            private final ThreadLocal<SecurityContext> current = new ThreadLocal<>();

            @Override
            public void clearContext() {
                current.remove();
            }

            @Override
            public SecurityContext getContext() {
                if (current.get() == null) {
                    current.set(createEmptyContext());
                }
                return current.get();
            }

            @Override
            public void setContext(SecurityContext context) {
                current.set(context);
            }

            @Override
            public SecurityContext createEmptyContext() {
                return new SecurityContextImpl();
            }
        };
    }

    /** The audit trail the error advice writes refused access to (a mock: no database in a slice). */
    @Bean
    AuditTrail auditTrail() {
        return Mockito.mock(AuditTrail.class);
    }

    @Bean
    UserDetailsService users() {
        return new InMemoryUserDetailsManager(
                User.withUsername(USER).password("{noop}" + PASSWORD).roles(Role.OFFICER.name()).build(),
                User.withUsername(ADMIN).password("{noop}" + PASSWORD).roles(Role.ADMIN.name()).build());
    }
}
