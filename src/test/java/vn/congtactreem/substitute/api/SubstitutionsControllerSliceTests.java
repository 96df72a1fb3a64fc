package vn.congtactreem.substitute.api;

import static org.assertj.core.api.Assertions.assertThat;
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

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.congtactreem.base.NotFoundException;
import vn.congtactreem.base.ValidationException;
import vn.congtactreem.org.Role;
import vn.congtactreem.org.UserAccount;
import vn.congtactreem.security.CurrentUser;
import vn.congtactreem.substitute.Substitution;
import vn.congtactreem.substitute.SubstitutionForm;
import vn.congtactreem.substitute.SubstitutionService;
import vn.congtactreem.support.ApiSlice;

/**
 * /api/v1/substitutions in a slice: the caller's own substitutions through the service with the signed-in user,
 * the JSON of a substitution, a broken rule or an unreadable day as 400 with its field, another person's
 * substitution as 404, no credentials as 401.
 */
@WebMvcTest(SubstitutionsController.class)
@Import(ApiSlice.class)
class SubstitutionsControllerSliceTests {

    static final UserAccount LAN = new UserAccount(8L, "canbo2.thu", "Trần Thị Lan", null, 42L,
            Set.of(Role.OFFICER), true, "vi");

    @Autowired
    MockMvc mvc;
    @MockitoBean
    SubstitutionService substitutions;
    @MockitoBean
    CurrentUser currentUser;

    @BeforeEach
    void signedIn() {
        when(currentUser.require()).thenReturn(ApiSlice.ACCOUNT);
    }

    private static RequestPostProcessor officer() {
        return httpBasic(ApiSlice.USER, ApiSlice.PASSWORD);
    }

    static Substitution substitution(long id, Instant endedEarlyAt) {
        return new Substitution(id, 7L, ApiSlice.USER, "Cán bộ thử", 8L, "canbo2.thu", "Trần Thị Lan",
                LocalDate.of(2024, 5, 19), LocalDate.of(2024, 5, 24), ApiSlice.USER,
                Instant.parse("2024-05-18T02:00:00Z"), endedEarlyAt);
    }

    @Test
    void theListIsTheCallersOwnSubstitutionsAsJson() throws Exception {
        when(substitutions.of(ApiSlice.ACCOUNT, 7L)).thenReturn(List.of(substitution(5L, null)));

        mvc.perform(get("/api/v1/substitutions").with(officer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].id").value(5))
                .andExpect(jsonPath("$[0].substituteName").value("Trần Thị Lan"))
                .andExpect(jsonPath("$[0].from").value("2024-05-19"))
                .andExpect(jsonPath("$[0].to").value("2024-05-24"))
                .andExpect(jsonPath("$[0].endedEarlyAt").isEmpty());
        verify(substitutions).of(ApiSlice.ACCOUNT, 7L);
    }

    @Test
    void theCandidatesAreTheColleaguesByIdAndName() throws Exception {
        when(substitutions.candidates(ApiSlice.ACCOUNT, 7L)).thenReturn(List.of(LAN));

        mvc.perform(get("/api/v1/substitutions/candidates").with(officer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].id").value(8))
                .andExpect(jsonPath("$[0].username").value("canbo2.thu"))
                .andExpect(jsonPath("$[0].fullName").value("Trần Thị Lan"))
                .andExpect(jsonPath("$[0].email").doesNotExist());
    }

    @Test
    void namingASubstituteIs201ForTheCallerWithTheTypedDays() throws Exception {
        when(substitutions.name(eq(ApiSlice.ACCOUNT), eq(7L), any(SubstitutionForm.class)))
                .thenReturn(substitution(5L, null));

        mvc.perform(post("/api/v1/substitutions").with(officer()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"substituteId\": 8, \"from\": \"2024-05-19\", \"to\": \"2024-05-24\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.id").value(5))
                .andExpect(jsonPath("$.substituteUsername").value("canbo2.thu"));
        ArgumentCaptor<SubstitutionForm> form = ArgumentCaptor.forClass(SubstitutionForm.class);
        verify(substitutions).name(eq(ApiSlice.ACCOUNT), eq(7L), form.capture());
        assertThat(form.getValue()).isEqualTo(new SubstitutionForm(8L, LocalDate.of(2024, 5, 19),
                LocalDate.of(2024, 5, 24)));
    }

    @Test
    void daysInTheWrongOrderAre400WithTheFieldAndTheMessage() throws Exception {
        when(substitutions.name(eq(ApiSlice.ACCOUNT), eq(7L), any(SubstitutionForm.class)))
                .thenThrow(new ValidationException("to", "substitute.error.toBeforeFrom"));

        mvc.perform(post("/api/v1/substitutions").with(officer()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"substituteId\": 8, \"from\": \"2024-05-24\", \"to\": \"2024-05-19\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("to"))
                .andExpect(jsonPath("$.errors[0].message").value("Ngày kết thúc phải từ ngày bắt đầu trở đi"))
                .andExpect(jsonPath("$.code").value("substitute.error.toBeforeFrom"));
    }

    @Test
    void aDayThatDoesNotExistIs400AndNamesNoOne() throws Exception {
        mvc.perform(post("/api/v1/substitutions").with(officer()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"substituteId\": 8, \"from\": \"2024-02-30\", \"to\": \"2024-05-19\"}"))
                .andExpect(status().isBadRequest());
        verify(substitutions, never()).name(any(), anyLong(), any());
    }

    @Test
    void endingEarlyAnswersTheEndedSubstitution() throws Exception {
        Instant ended = Instant.parse("2024-05-21T03:00:00Z");
        when(substitutions.endEarly(ApiSlice.ACCOUNT, 5L)).thenReturn(substitution(5L, ended));

        mvc.perform(post("/api/v1/substitutions/5/end").with(officer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(5))
                .andExpect(jsonPath("$.endedEarlyAt").value("2024-05-21T03:00:00Z"));
        verify(substitutions).endEarly(ApiSlice.ACCOUNT, 5L);
    }

    @Test
    void anotherPersonsSubstitutionIs404LikeOneNeverMade() throws Exception {
        when(substitutions.endEarly(ApiSlice.ACCOUNT, 6L))
                .thenThrow(new NotFoundException("substitution", "substitute.error.notFound", 6L));

        mvc.perform(post("/api/v1/substitutions/6/end").with(officer()))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("Không tìm thấy ủy quyền 6"));
    }

    @Test
    void withoutCredentialsIs401AndNothingIsReadOrWritten() throws Exception {
        mvc.perform(get("/api/v1/substitutions")).andExpect(status().isUnauthorized());
        mvc.perform(post("/api/v1/substitutions/5/end")).andExpect(status().isUnauthorized());
        verify(substitutions, never()).of(any(), anyLong());
        verify(substitutions, never()).endEarly(any(), anyLong());
    }
}
