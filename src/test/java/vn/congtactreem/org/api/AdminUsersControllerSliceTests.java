package vn.congtactreem.org.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.congtactreem.base.ValidationException;
import vn.congtactreem.org.Role;
import vn.congtactreem.org.UserAccount;
import vn.congtactreem.org.UserForm;
import vn.congtactreem.org.UserImport;
import vn.congtactreem.org.UserService;
import vn.congtactreem.support.ApiSlice;

/**
 * /api/v1/admin/users in a slice: only an administrator gets in, the page size is bounded, a password is generated
 * when none is given, the username never changes, refusals come back by field, an unknown user is 404.
 */
@WebMvcTest(AdminUsersController.class)
@Import(ApiSlice.class)
class AdminUsersControllerSliceTests {

    private static final UserAccount HOA = new UserAccount(31L, "canbo.hoa", "Nguyễn Thị Hoa", "hoa@xa.gov.vn", 42L,
            Set.of(Role.OFFICER), true, "vi");

    @Autowired
    MockMvc mvc;
    @MockitoBean
    UserService users;
    @MockitoBean
    UserImport userImport;

    private static RequestPostProcessor admin() {
        return httpBasic(ApiSlice.ADMIN, ApiSlice.PASSWORD);
    }

    @Test
    void anOfficerIsRefused403AndNothingIsRead() throws Exception {
        mvc.perform(get("/api/v1/admin/users").with(httpBasic(ApiSlice.USER, ApiSlice.PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/admin/users/31/deactivate").with(httpBasic(ApiSlice.USER, ApiSlice.PASSWORD)))
                .andExpect(status().isForbidden());
        verify(users, never()).search(anyString(), anyInt(), anyInt());
        verify(users, never()).deactivate(anyLong(), any());
    }

    @Test
    void withoutCredentialsIs401() throws Exception {
        mvc.perform(get("/api/v1/admin/users")).andExpect(status().isUnauthorized());
        verify(users, never()).search(anyString(), anyInt(), anyInt());
    }

    @Test
    void theListIsAPageOfAtMost500FromOffsetZeroAtLeastAsJson() throws Exception {
        when(users.search("hoa", 0, 500)).thenReturn(List.of(HOA));

        mvc.perform(get("/api/v1/admin/users").param("q", "hoa").param("offset", "-5").param("limit", "100000")
                        .with(admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].id").value(31))
                .andExpect(jsonPath("$[0].username").value("canbo.hoa"))
                .andExpect(jsonPath("$[0].roles[0]").value("OFFICER"))
                .andExpect(jsonPath("$[0].active").value(true));
        verify(users).search("hoa", 0, 500);
    }

    @Test
    void anUnknownUserIs404WithTheMessage() throws Exception {
        when(users.find(99L)).thenReturn(Optional.empty());

        mvc.perform(get("/api/v1/admin/users/99").with(admin()))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("Không tìm thấy người dùng số 99."));
        mvc.perform(post("/api/v1/admin/users/99/reset-password").with(admin()))
                .andExpect(status().isNotFound());
        verify(users, never()).resetToGenerated(anyLong());
    }

    @Test
    void withoutAPasswordOneIsGeneratedAndReturnedOnce() throws Exception {
        when(users.createWithGeneratedPassword(any(UserForm.class)))
                .thenReturn(new UserService.InitialAccount(HOA, "Xy7-generated"));

        mvc.perform(post("/api/v1/admin/users").with(admin()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\": \"canbo.hoa\", \"fullName\": \"Nguyễn Thị Hoa\", \"orgUnitId\": 42,"
                                + " \"roles\": [\"OFFICER\"]}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.user.username").value("canbo.hoa"))
                .andExpect(jsonPath("$.initialPassword").value("Xy7-generated"));
        verify(users, never()).create(any());
    }

    @Test
    void withAPasswordTheUserKeepsItAndNoneIsReturned() throws Exception {
        when(users.create(any(UserForm.class))).thenReturn(HOA);

        mvc.perform(post("/api/v1/admin/users").with(admin()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\": \"canbo.hoa\", \"fullName\": \"Nguyễn Thị Hoa\", \"orgUnitId\": 42,"
                                + " \"roles\": [\"OFFICER\"], \"password\": \"Sen-hong-2026\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.initialPassword").doesNotExist());
        ArgumentCaptor<UserForm> form = ArgumentCaptor.forClass(UserForm.class);
        verify(users).create(form.capture());
        assertThat(form.getValue().password()).isEqualTo("Sen-hong-2026");
        assertThat(form.getValue().roles()).containsExactly(Role.OFFICER);
        verify(users, never()).createWithGeneratedPassword(any());
    }

    @Test
    void aTakenUsernameIs400NamingTheUsername() throws Exception {
        when(users.createWithGeneratedPassword(any(UserForm.class)))
                .thenThrow(new ValidationException(UserService.FIELD_USERNAME, "user.error.usernameTaken",
                        "canbo.hoa"));

        mvc.perform(post("/api/v1/admin/users").with(admin()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\": \"canbo.hoa\", \"fullName\": \"Trùng\", \"orgUnitId\": 42,"
                                + " \"roles\": [\"OFFICER\"]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("username"))
                .andExpect(jsonPath("$.errors[0].message").value("Tên đăng nhập \"canbo.hoa\" đã có người dùng."));
    }

    @Test
    void anUnknownRoleIs400NamingTheRolesAndCreatesNoOne() throws Exception {
        mvc.perform(post("/api/v1/admin/users").with(admin()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\": \"canbo.hoa\", \"fullName\": \"Hoa\", \"orgUnitId\": 42,"
                                + " \"roles\": [\"THU_KY\"]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value(org.hamcrest.Matchers.startsWith("roles")));
        verify(users, never()).createWithGeneratedPassword(any());
        verify(users, never()).create(any());
    }

    @Test
    void aChangeKeepsTheUsername() throws Exception {
        when(users.find(31L)).thenReturn(Optional.of(HOA));
        when(users.update(eq(31L), any(UserForm.class), org.mockito.ArgumentMatchers.isNull())).thenReturn(HOA);

        mvc.perform(put("/api/v1/admin/users/31").with(admin()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\": \"doi.ten\", \"fullName\": \"Nguyễn Thị Hoa\", \"orgUnitId\": 43,"
                                + " \"roles\": [\"LEADER\"]}"))
                .andExpect(status().isOk());
        ArgumentCaptor<UserForm> form = ArgumentCaptor.forClass(UserForm.class);
        verify(users).update(eq(31L), form.capture(), org.mockito.ArgumentMatchers.isNull());
        assertThat(form.getValue().username()).isEqualTo("canbo.hoa");
        assertThat(form.getValue().orgUnitId()).isEqualTo(43L);
        assertThat(form.getValue().roles()).containsExactly(Role.LEADER);
    }

    @Test
    void lockingFromAnOlderVersionIs409AndNothingElseIsCalled() throws Exception {
        when(users.deactivate(31L, 3L))
                .thenThrow(new vn.congtactreem.base.ConflictException("version", "concurrency.error.staleVersion"));
        mvc.perform(post("/api/v1/admin/users/31/deactivate").with(admin()).header("If-Match", "\"3\""))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("concurrency.error.staleVersion"));
        verify(users).deactivate(31L, 3L);
        verify(users, never()).reactivate(anyLong(), any());
    }

    @Test
    void theLastAdministratorCannotBeLockedAndTheRefusalNamesTheRoles() throws Exception {
        when(users.deactivate(1L, null)).thenThrow(new ValidationException(UserService.FIELD_ROLES, "user.error.lastAdmin"));

        mvc.perform(post("/api/v1/admin/users/1/deactivate").with(admin()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("roles"))
                .andExpect(jsonPath("$.code").value("user.error.lastAdmin"));
    }
}
