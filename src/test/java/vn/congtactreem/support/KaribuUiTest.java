package vn.congtactreem.support;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Server-side UI tests (Karibu-Testing): the real views and services on this run's PostgreSQL,
 * without a browser. {@link #login(String)} signs in a user as Spring Security would; the users and
 * organisations a test signs in with are its own ({@link #testOrgs()}), never the demo's.
 */
public abstract class KaribuUiTest extends PostgresIntegrationTest {

    private static final Routes ROUTES = new Routes().autoDiscoverViews("vn.congtactreem");

    @Autowired
    protected ApplicationContext context;

    @Autowired
    private UserDetailsService userDetails;

    private TestOrgs testOrgs;

    /** This test's organisations and users (one suffix for the whole test), made through the services. */
    protected TestOrgs testOrgs() {
        if (testOrgs == null) {
            testOrgs = new TestOrgs(context.getBean(vn.congtactreem.org.OrgService.class),
                    context.getBean(vn.congtactreem.org.UserService.class));
        }
        return testOrgs;
    }

    @BeforeEach
    void setUpVaadin() {
        MockVaadin.setup(UI::new, new MockSpringServlet(ROUTES, context, UI::new));
    }

    @AfterEach
    void tearDownVaadin() {
        logout();
        MockVaadin.tearDown();
    }

    /** Signs in an existing user (with their real roles) and opens a fresh UI like a browser would. */
    protected void login(String username) {
        UserDetails user = userDetails.loadUserByUsername(username);
        UsernamePasswordAuthenticationToken auth =
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        SecurityContextHolder.getContext().setAuthentication(auth);
        List<String> roles = user.getAuthorities().stream().map(a -> a.getAuthority().substring("ROLE_".length()))
                .toList();
        // a new UI, as after the redirect that follows a real sign-in (the layout reads the user once)
        MockVaadin.tearDown();
        MockVaadin.setup(UI::new, new MockSpringServlet(ROUTES, context, UI::new));
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(auth);
        request.setUserInRole((principal, role) -> roles.contains(role));
    }

    protected void logout() {
        SecurityContextHolder.clearContext();
        if (VaadinServletRequest.getCurrent() != null) {
            FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
            request.setUserPrincipalInt(null);
            request.setUserInRole((principal, role) -> false);
        }
    }
}
