package vn.congtactreem.reporting.api;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import vn.congtactreem.base.NotAllowedException;
import vn.congtactreem.base.ValidationException;
import vn.congtactreem.plan.PlanService;
import vn.congtactreem.reporting.ConsolidationService;
import vn.congtactreem.reporting.ReportFigures;
import vn.congtactreem.reporting.ReportingService;
import vn.congtactreem.reporting.UnitReportForm;
import vn.congtactreem.security.CurrentUser;
import vn.congtactreem.support.ApiSlice;

/** /api/v1/reports in a slice: a body that is no JSON, a broken rule, a command out of role, no credentials. */
@WebMvcTest(ReportController.class)
@Import(ApiSlice.class)
class ReportControllerSliceTests {

    @Autowired
    MockMvc mvc;
    @MockitoBean
    ReportingService reporting;
    @MockitoBean
    ConsolidationService consolidation;
    @MockitoBean
    PlanService plans;
    @MockitoBean
    ReportFigures figures;
    @MockitoBean
    CurrentUser currentUser;

    @BeforeEach
    void signedIn() {
        when(currentUser.require()).thenReturn(ApiSlice.ACCOUNT);
    }

    @Test
    void aDraftThatIsNoJsonIs400AndSavesNothing() throws Exception {
        mvc.perform(put("/api/v1/reports/3/draft").with(httpBasic(ApiSlice.USER, ApiSlice.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{results:"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Dữ liệu chưa hợp lệ"))
                .andExpect(jsonPath("$.errors[0].field").value("body"))
                .andExpect(jsonPath("$.errors[0].message").value("Nội dung không phải JSON hợp lệ."));
        verify(reporting, never()).saveDraft(any(), anyLong(), any(), any());
    }

    @Test
    void aBrokenRuleOfTheDraftIs400WithItsFieldInEnglishOnRequest() throws Exception {
        when(reporting.saveDraft(eq(ApiSlice.ACCOUNT), eq(3L), any(UnitReportForm.class), isNull()))
                .thenThrow(new ValidationException("title", "plan.error.titleRequired"));
        mvc.perform(put("/api/v1/reports/3/draft").with(httpBasic(ApiSlice.USER, ApiSlice.PASSWORD))
                        .header("Accept-Language", "en")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"results\": \"Đã tổ chức 3 buổi\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Invalid data"))
                .andExpect(jsonPath("$.errors[0].field").value("title"))
                .andExpect(jsonPath("$.code").value("plan.error.titleRequired"));
    }

    @Test
    void acceptingWithoutTheRoleIs403() throws Exception {
        when(reporting.accept(ApiSlice.ACCOUNT, 3L)).thenThrow(new NotAllowedException("officer only"));
        mvc.perform(post("/api/v1/reports/3/accept").with(httpBasic(ApiSlice.USER, ApiSlice.PASSWORD)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.status").value(403));
    }

    @Test
    void withoutCredentialsNothingIsSubmitted() throws Exception {
        mvc.perform(post("/api/v1/reports/3/submit")).andExpect(status().isUnauthorized());
        verify(reporting, never()).submit(any(), anyLong(), any());
    }
}
