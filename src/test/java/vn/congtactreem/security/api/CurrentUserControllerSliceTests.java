package vn.congtactreem.security.api;

import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import vn.congtactreem.base.NotAllowedException;
import vn.congtactreem.org.OrgService;
import vn.congtactreem.org.Role;
import vn.congtactreem.org.UserAccount;
import vn.congtactreem.security.CurrentUser;
import vn.congtactreem.support.ApiSlice;

/**
 * /api/v1/me in a slice: who the caller is (name, organisation with its path, roles by name), 401 without or with
 * wrong credentials, a refusal of the user's lookup as a 403 problem, and nothing but GET.
 */
@WebMvcTest(CurrentUserController.class)
@Import(ApiSlice.class)
class CurrentUserControllerSliceTests {

    @Autowired
    MockMvc mvc;
    @MockitoBean
    CurrentUser currentUser;
    @MockitoBean
    OrgService orgs;

    @Test
    void withoutOrWithWrongCredentialsIs401AndAsksForBasic() throws Exception {
        mvc.perform(get("/api/v1/me"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", org.hamcrest.Matchers.startsWith("Basic")));
        mvc.perform(get("/api/v1/me").with(httpBasic(ApiSlice.USER, "not-the-password")))
                .andExpect(status().isUnauthorized());
        verifyNoInteractions(currentUser, orgs);
    }

    @Test
    void theCallerComesBackWithTheOrganisationsPathAndTheRolesSorted() throws Exception {
        when(currentUser.require()).thenReturn(new UserAccount(7L, ApiSlice.USER, "Cán bộ thử", "thu@xa.gov.vn", 42L,
                Set.of(Role.REPORTER, Role.ADMIN, Role.OFFICER), true, "vi"));
        when(orgs.path(42L)).thenReturn("Tỉnh Thử › Xã Bến");

        mvc.perform(get("/api/v1/me").with(httpBasic(ApiSlice.USER, ApiSlice.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.username").value(ApiSlice.USER))
                .andExpect(jsonPath("$.fullName").value("Cán bộ thử"))
                .andExpect(jsonPath("$.orgUnitId").value(42))
                .andExpect(jsonPath("$.organisation").value("Tỉnh Thử › Xã Bến"))
                .andExpect(jsonPath("$.roles.length()").value(3))
                .andExpect(jsonPath("$.roles[0]").value("ADMIN"))
                .andExpect(jsonPath("$.roles[1]").value("OFFICER"))
                .andExpect(jsonPath("$.roles[2]").value("REPORTER"))
                .andExpect(jsonPath("$.email").doesNotExist())
                .andExpect(jsonPath("$.id").doesNotExist());
    }

    @Test
    void aRefusedLookupIs403AsAProblemAndNoOrganisationIsRead() throws Exception {
        when(currentUser.require()).thenThrow(new NotAllowedException("deactivated"));

        mvc.perform(get("/api/v1/me").with(httpBasic(ApiSlice.USER, ApiSlice.PASSWORD)))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Không có quyền"));
        verify(orgs, never()).path(anyLong());
    }

    @Test
    void aRefusalIsExplainedInTheCallersLanguage() throws Exception {
        when(currentUser.require()).thenThrow(NotAllowedException.because("access.notAllowed.taskNotYourGroup",
                "Duyệt kế hoạch"));

        mvc.perform(get("/api/v1/me").with(httpBasic(ApiSlice.USER, ApiSlice.PASSWORD)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value("Việc \"Duyệt kế hoạch\" không giao cho nhóm của bạn."));
        mvc.perform(get("/api/v1/me").header("Accept-Language", "en")
                        .with(httpBasic(ApiSlice.USER, ApiSlice.PASSWORD)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value("Task \"Duyệt kế hoạch\" is not offered to your group."));
    }

    @Test
    void onlyGetIsMapped() throws Exception {
        mvc.perform(post("/api/v1/me").with(httpBasic(ApiSlice.USER, ApiSlice.PASSWORD)))
                .andExpect(status().isMethodNotAllowed());
        verifyNoInteractions(currentUser, orgs);
    }
}
