package vn.congtactreem.reporting.api;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.congtactreem.base.NotAllowedException;
import vn.congtactreem.document.SheetError;
import vn.congtactreem.document.SpreadsheetImportException;
import vn.congtactreem.document.Texts;
import vn.congtactreem.document.XlsxFile;
import vn.congtactreem.reporting.ReportSpreadsheets;
import vn.congtactreem.reporting.ReportingService;
import vn.congtactreem.reporting.UnitReport;
import vn.congtactreem.reporting.UnitReportStatus;
import vn.congtactreem.security.CurrentUser;
import vn.congtactreem.support.ApiSlice;

/**
 * The reports' workbooks in a slice: the three downloads as XLSX under their names for the signed-in user, the
 * upload of a filled template answered with the report as saved, every problem of the file as 400 on its cell,
 * a reporter's refusal as a 403 problem, no credentials as 401.
 */
@WebMvcTest(ReportSpreadsheetController.class)
@Import(ApiSlice.class)
class ReportSpreadsheetControllerSliceTests {

    private static final byte[] WORKBOOK = {'P', 'K', 3, 4, 20, 0, 8};
    private static final UnitReport REPORT = new UnitReport(3L, 21L, 8L, 42L, "Xã Bến", UnitReportStatus.DRAFT,
            "Đã tổ chức 3 buổi", null, null, null, null, false, null, null, null, false, null, 4L);

    @Autowired
    MockMvc mvc;
    @MockitoBean
    ReportSpreadsheets spreadsheets;
    @MockitoBean
    ReportingService reporting;
    @MockitoBean
    CurrentUser currentUser;

    @BeforeEach
    void signedIn() {
        when(currentUser.require()).thenReturn(ApiSlice.ACCOUNT);
    }

    private static RequestPostProcessor officer() {
        return httpBasic(ApiSlice.USER, ApiSlice.PASSWORD);
    }

    private static MockMultipartFile filled() {
        return new MockMultipartFile("file", "Mẫu số liệu.xlsx", XlsxFile.CONTENT_TYPE, WORKBOOK);
    }

    @Test
    void withoutCredentialsIs401AndNothingIsReadOrSaved() throws Exception {
        mvc.perform(get("/api/v1/reports/3/figures.xlsx")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/consolidated-reports/5/figures.xlsx")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/reports/3/template.xlsx")).andExpect(status().isUnauthorized());
        mvc.perform(multipart("/api/v1/reports/3/values.xlsx").file(filled())).andExpect(status().isUnauthorized());
        verifyNoInteractions(spreadsheets, reporting);
    }

    @Test
    void theUnitsFiguresAreAnXlsxDownload() throws Exception {
        when(spreadsheets.unitFigures(eq(ApiSlice.ACCOUNT), eq(3L), any(Texts.class)))
                .thenReturn(new XlsxFile("Số liệu - Xã Bến.xlsx", WORKBOOK));

        mvc.perform(get("/api/v1/reports/3/figures.xlsx").with(officer()))
                .andExpect(ApiSlice.xlsxDownload("so-lieu-xa-ben.xlsx",
                        "S%E1%BB%91%20li%E1%BB%87u%20-%20X%C3%A3%20B%E1%BA%BFn.xlsx", WORKBOOK));
    }

    @Test
    void theConsolidatedFiguresAndTheTemplateAreTheirOwnDownloads() throws Exception {
        when(spreadsheets.consolidatedFigures(eq(ApiSlice.ACCOUNT), eq(5L), any(Texts.class)))
                .thenReturn(new XlsxFile("Tổng hợp.xlsx", WORKBOOK));
        when(spreadsheets.template(eq(ApiSlice.ACCOUNT), eq(3L), any(Texts.class)))
                .thenReturn(new XlsxFile("Mẫu.xlsx", WORKBOOK));

        mvc.perform(get("/api/v1/consolidated-reports/5/figures.xlsx").with(officer()))
                .andExpect(status().isOk())
                .andExpect(content().contentType(XlsxFile.CONTENT_TYPE))
                .andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION,
                        org.hamcrest.Matchers.startsWith("attachment; filename=\"tong-hop.xlsx\"")));
        mvc.perform(get("/api/v1/reports/3/template.xlsx").with(officer()))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION,
                        org.hamcrest.Matchers.startsWith("attachment; filename=\"mau.xlsx\"")));
        verify(spreadsheets, never()).unitFigures(any(), anyLong(), any());
    }

    @Test
    void aFilledTemplateIsSavedForTheCallerAndTheReportComesBackAsJson() throws Exception {
        when(reporting.get(ApiSlice.ACCOUNT, 3L)).thenReturn(REPORT);

        mvc.perform(multipart("/api/v1/reports/3/values.xlsx").file(filled()).with(officer()))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.id").value(3))
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.results").value("Đã tổ chức 3 buổi"))
                .andExpect(jsonPath("$.version").value(4));
        verify(spreadsheets).importValues(ApiSlice.ACCOUNT, 3L, WORKBOOK);
    }

    @Test
    void everyProblemOfTheFileIs400OnItsCellInTheCallersLanguage() throws Exception {
        when(spreadsheets.importValues(ApiSlice.ACCOUNT, 3L, WORKBOOK)).thenThrow(new SpreadsheetImportException(
                List.of(SheetError.at("Số liệu", 5, "E", "xlsx.error.notANumber", "mười"),
                        SheetError.ofFile("", "xlsx.error.tooBig", 5))));

        mvc.perform(multipart("/api/v1/reports/3/values.xlsx").file(filled()).with(officer()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Tệp Excel có lỗi"))
                .andExpect(jsonPath("$.errors.length()").value(2))
                .andExpect(jsonPath("$.errors[0].sheet").value("Số liệu"))
                .andExpect(jsonPath("$.errors[0].row").value(5))
                .andExpect(jsonPath("$.errors[0].column").value("E"))
                .andExpect(jsonPath("$.errors[0].cell").value("E5"))
                .andExpect(jsonPath("$.errors[0].message").value("\"mười\" không phải là số: nhập số nguyên."))
                .andExpect(jsonPath("$.errors[1].row").doesNotExist())
                .andExpect(jsonPath("$.errors[1].message").value("Tệp lớn hơn 5 MB."));
        verify(reporting, never()).get(any(), anyLong());
    }

    @Test
    void anUploadByWhoeverIsNotTheReporterIs403AsAProblem() throws Exception {
        when(spreadsheets.importValues(ApiSlice.ACCOUNT, 3L, WORKBOOK))
                .thenThrow(new NotAllowedException("reporter only"));

        mvc.perform(multipart("/api/v1/reports/3/values.xlsx").file(filled()).with(officer()))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(403))
                .andExpect(jsonPath("$.title").value("Không có quyền"));
        verify(reporting, never()).get(any(), anyLong());
    }

    @Test
    void anUploadWithoutTheFileFieldOrWithAnIdThatIsNoNumberIs400() throws Exception {
        mvc.perform(multipart("/api/v1/reports/3/values.xlsx")
                        .file(new MockMultipartFile("values", "Mẫu.xlsx", XlsxFile.CONTENT_TYPE, WORKBOOK))
                        .with(officer()))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/reports/ba/template.xlsx").with(officer()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("id"));
        verifyNoInteractions(spreadsheets);
    }
}
