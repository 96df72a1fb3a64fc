package vn.congtactreem.substitute.api;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.congtactreem.org.Role;
import vn.congtactreem.org.UserAccount;
import vn.congtactreem.security.CurrentUser;
import vn.congtactreem.substitute.SubstitutionForm;
import vn.congtactreem.substitute.SubstitutionService;
import vn.congtactreem.support.ApiSlice;

/**
 * /api/v1/admin/…/substitutions in a slice: only an administrator gets in (an officer 403, no credentials 401),
 * and acts for the user named in the path with the same service.
 */
@WebMvcTest(AdminSubstitutionsController.class)
@Import(ApiSlice.class)
class AdminSubstitutionsControllerSliceTests {

    private static final UserAccount ADMIN = new UserAccount(1L, ApiSlice.ADMIN, "Quản trị thử", null, 1L,
            Set.of(Role.ADMIN), true, "vi");

    @Autowired
    MockMvc mvc;
    @MockitoBean
    SubstitutionService substitutions;
    @MockitoBean
    CurrentUser currentUser;

    @BeforeEach
    void signedIn() {
        when(currentUser.require()).thenReturn(ADMIN);
    }

    private static RequestPostProcessor admin() {
        return httpBasic(ApiSlice.ADMIN, ApiSlice.PASSWORD);
    }

    @Test
    void anOfficerIsRefused403AndNothingIsReadOrWritten() throws Exception {
        RequestPostProcessor officer = httpBasic(ApiSlice.USER, ApiSlice.PASSWORD);
        mvc.perform(get("/api/v1/admin/users/7/substitutions").with(officer)).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/admin/substitutions/5/end").with(officer)).andExpect(status().isForbidden());
        verify(substitutions, never()).of(any(), anyLong());
        verify(substitutions, never()).endEarly(any(), anyLong());
    }

    @Test
    void withoutCredentialsIs401() throws Exception {
        mvc.perform(get("/api/v1/admin/users/7/substitutions")).andExpect(status().isUnauthorized());
        verify(substitutions, never()).of(any(), anyLong());
    }

    @Test
    void theAdministratorReadsTheUsersSubstitutions() throws Exception {
        when(substitutions.of(ADMIN, 7L)).thenReturn(List.of(SubstitutionsControllerSliceTests.substitution(5L,
                null)));

        mvc.perform(get("/api/v1/admin/users/7/substitutions").with(admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].personId").value(7))
                .andExpect(jsonPath("$[0].substituteName").value("Trần Thị Lan"));
        verify(substitutions).of(ADMIN, 7L);
    }

    @Test
    void theAdministratorNamesASubstituteForTheUserInThePathAndEndsIt() throws Exception {
        SubstitutionForm form = new SubstitutionForm(8L, LocalDate.of(2024, 5, 19), LocalDate.of(2024, 5, 24));
        when(substitutions.name(eq(ADMIN), eq(7L), eq(form)))
                .thenReturn(SubstitutionsControllerSliceTests.substitution(5L, null));
        when(substitutions.endEarly(ADMIN, 5L)).thenReturn(SubstitutionsControllerSliceTests.substitution(5L,
                java.time.Instant.parse("2024-05-21T03:00:00Z")));

        mvc.perform(post("/api/v1/admin/users/7/substitutions").with(admin()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"substituteId\": 8, \"from\": \"2024-05-19\", \"to\": \"2024-05-24\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.id").value(5));
        mvc.perform(post("/api/v1/admin/substitutions/5/end").with(admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.endedEarlyAt").value("2024-05-21T03:00:00Z"));
        verify(substitutions).name(ADMIN, 7L, form);
        verify(substitutions).endEarly(ADMIN, 5L);
    }
}
