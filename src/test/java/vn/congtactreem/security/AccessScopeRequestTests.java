package vn.congtactreem.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import vn.congtactreem.org.OrgService;
import vn.congtactreem.org.Role;
import vn.congtactreem.org.UserAccount;

/**
 * The user's scope is read once per HTTP request (a dashboard page asks for it about ten times), for that user
 * and roles only, and read again by the next request; outside a request it is read every time.
 */
class AccessScopeRequestTests {

    private static final UserAccount MANAGER = new UserAccount(1L, "quanly", "Quản lý", null, 10L,
            Set.of(Role.MANAGER), true, "vi");
    private static final UserAccount OFFICER = new UserAccount(2L, "canbo", "Cán bộ", null, 20L,
            Set.of(Role.OFFICER), true, "vi");

    private final OrgService orgs = mock(OrgService.class);
    @SuppressWarnings("unchecked")
    private final AccessScope scope = new AccessScope(orgs, mock(ObjectProvider.class));

    @AfterEach
    void noRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void withinOneRequestTheScopeIsReadOncePerUser() {
        when(orgs.find(10L)).thenReturn(java.util.Optional.empty());
        when(orgs.selfAndDescendants(10L)).thenReturn(Set.of(10L, 11L, 12L));
        when(orgs.selfAndDescendants(20L)).thenReturn(Set.of(20L));

        inANewRequest();
        assertThat(scope.visibleOrgIds(MANAGER)).containsExactlyInAnyOrder(10L, 11L, 12L);
        assertThat(scope.canSee(MANAGER, 11L)).isTrue();
        assertThat(scope.canSee(MANAGER, 20L)).isFalse();
        assertThat(scope.visibleOrgIds(OFFICER)).containsExactly(20L);
        verify(orgs, times(1)).selfAndDescendants(10L);
        verify(orgs, times(1)).selfAndDescendants(20L);
        assertThat(scope.visibleOrgIds(MANAGER)).as("shared by the request: nobody may change it").isUnmodifiable();

        inANewRequest();
        when(orgs.selfAndDescendants(10L)).thenReturn(Set.of(10L, 11L, 12L, 13L));
        assertThat(scope.canSee(MANAGER, 13L)).as("the next request sees a unit added meanwhile").isTrue();
        verify(orgs, times(2)).selfAndDescendants(10L);
    }

    @Test
    void outsideARequestItIsReadEachTime() {
        when(orgs.selfAndDescendants(20L)).thenReturn(Set.of(20L));

        scope.visibleOrgIds(OFFICER);
        scope.visibleOrgIds(OFFICER);

        verify(orgs, times(2)).selfAndDescendants(20L);
    }

    private static void inANewRequest() {
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
    }
}
