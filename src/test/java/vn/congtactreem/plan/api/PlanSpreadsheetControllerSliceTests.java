package vn.congtactreem.plan.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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
import vn.congtactreem.base.NotAllowedException;
import vn.congtactreem.base.NotVisibleException;
import vn.congtactreem.document.Texts;
import vn.congtactreem.document.XlsxFile;
import vn.congtactreem.plan.PlanSpreadsheets;
import vn.congtactreem.security.CurrentUser;
import vn.congtactreem.support.ApiSlice;

/**
 * /api/v1/plans/{id}/targets.xlsx in a slice: the workbook for the signed-in user in the caller's language, under
 * its ASCII and its UTF-8 name; a plan the caller may not know is 404, a refusal 403, an id that is no number 400,
 * no credentials 401.
 */
@WebMvcTest(PlanSpreadsheetController.class)
@Import(ApiSlice.class)
class PlanSpreadsheetControllerSliceTests {

    private static final byte[] WORKBOOK = {'P', 'K', 3, 4, 20, 0};

    @Autowired
    MockMvc mvc;
    @MockitoBean
    PlanSpreadsheets spreadsheets;
    @MockitoBean
    CurrentUser currentUser;

    @BeforeEach
    void signedIn() {
        when(currentUser.require()).thenReturn(ApiSlice.ACCOUNT);
    }

    private static RequestPostProcessor officer() {
        return httpBasic(ApiSlice.USER, ApiSlice.PASSWORD);
    }

    @Test
    void withoutCredentialsIs401() throws Exception {
        mvc.perform(get("/api/v1/plans/8/targets.xlsx")).andExpect(status().isUnauthorized());
        verifyNoInteractions(spreadsheets);
    }

    @Test
    void theTargetsAreAnXlsxDownloadUnderBothNames() throws Exception {
        when(spreadsheets.targets(eq(ApiSlice.ACCOUNT), eq(8L), any(Texts.class)))
                .thenReturn(new XlsxFile("Chỉ tiêu - Kế hoạch 8.xlsx", WORKBOOK));

        mvc.perform(get("/api/v1/plans/8/targets.xlsx").with(officer()))
                .andExpect(ApiSlice.xlsxDownload("chi-tieu-ke-hoach-8.xlsx",
                        "Ch%E1%BB%89%20ti%C3%AAu%20-%20K%E1%BA%BF%20ho%E1%BA%A1ch%208.xlsx", WORKBOOK));
    }

    @Test
    void theWorkbooksWordsAreInTheLanguageTheCallerAsksFor() throws Exception {
        when(spreadsheets.targets(eq(ApiSlice.ACCOUNT), eq(8L), any(Texts.class)))
                .thenReturn(new XlsxFile("Targets.xlsx", WORKBOOK));

        mvc.perform(get("/api/v1/plans/8/targets.xlsx").with(officer()).header("Accept-Language", "en"))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/plans/8/targets.xlsx").with(officer()))
                .andExpect(status().isOk());
        ArgumentCaptor<Texts> texts = ArgumentCaptor.forClass(Texts.class);
        verify(spreadsheets, org.mockito.Mockito.times(2)).targets(eq(ApiSlice.ACCOUNT), eq(8L), texts.capture());
        assertThat(texts.getAllValues().get(0).get("lanes.api.notFound.title")).isEqualTo("Not found");
        assertThat(texts.getAllValues().get(1).get("lanes.api.notFound.title")).isEqualTo("Không tìm thấy");
    }

    @Test
    void aPlanTheCallerMayNotKnowIs404LikeOneNeverMade() throws Exception {
        when(spreadsheets.targets(eq(ApiSlice.ACCOUNT), eq(8L), any(Texts.class)))
                .thenThrow(new NotVisibleException("plan.error.notFound", 8L));

        mvc.perform(get("/api/v1/plans/8/targets.xlsx").with(officer()))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("Không tìm thấy kế hoạch số 8."));
    }

    @Test
    void aRefusalIs403AsAProblem() throws Exception {
        when(spreadsheets.targets(eq(ApiSlice.ACCOUNT), eq(8L), any(Texts.class)))
                .thenThrow(new NotAllowedException("not the plan's unit"));

        mvc.perform(get("/api/v1/plans/8/targets.xlsx").with(officer()))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.status").value(403))
                .andExpect(jsonPath("$.title").value("Không có quyền"));
    }

    @Test
    void anIdThatIsNoNumberIs400NamingTheId() throws Exception {
        mvc.perform(get("/api/v1/plans/tam/targets.xlsx").with(officer()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("id"))
                .andExpect(jsonPath("$.errors[0].message").value("Giá trị không đúng kiểu."));
        verifyNoInteractions(spreadsheets);
    }
}
