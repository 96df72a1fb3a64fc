package vn.congtactreem.reporting.api;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import vn.congtactreem.appendix.AppendixForm;
import vn.congtactreem.appendix.CellError;
import vn.congtactreem.appendix.CellErrors;
import vn.congtactreem.appendix.CellInput;
import vn.congtactreem.appendix.CellRef;
import vn.congtactreem.appendix.CellValue;
import vn.congtactreem.appendix.ColumnKind;
import vn.congtactreem.appendix.FormColumn;
import vn.congtactreem.appendix.FormRow;
import vn.congtactreem.appendix.RowMode;
import vn.congtactreem.reporting.ConsolidationService;
import vn.congtactreem.reporting.FormSheet;
import vn.congtactreem.reporting.ReportForms;
import vn.congtactreem.security.CurrentUser;
import vn.congtactreem.support.ApiSlice;

/** /api/v1/reports/{id}/forms in a slice: the cells read, a refused save naming every wrong cell, no credentials. */
@WebMvcTest(ReportFormsController.class)
@Import(ApiSlice.class)
class ReportFormsControllerSliceTests {

    private static final AppendixForm FORM = new AppendixForm(7, 10, "k", 1, "Trẻ em được hỗ trợ", RowMode.FIXED,
            List.of(new FormRow("r1", "Trẻ em mồ côi")), List.of(new FormColumn("c1", "Số trẻ em", ColumnKind.NUMBER,
            true), new FormColumn("c2", "Có sổ", ColumnKind.YES_NO, false)));

    @Autowired
    MockMvc mvc;
    @MockitoBean
    ReportForms forms;
    @MockitoBean
    ConsolidationService consolidation;
    @MockitoBean
    CurrentUser currentUser;

    @BeforeEach
    void signedIn() {
        when(currentUser.require()).thenReturn(ApiSlice.ACCOUNT);
    }

    @Test
    void theCellsComeAsTheFormShowsThem() throws Exception {
        when(forms.ofUnitReport(ApiSlice.ACCOUNT, 3L)).thenReturn(List.of(new FormSheet(FORM, FORM.rows(),
                Map.of(new CellRef(7, "r1", "c1"), CellValue.of(new BigDecimal("1234.50"))))));
        mvc.perform(get("/api/v1/reports/3/forms").with(httpBasic(ApiSlice.USER, ApiSlice.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].form.title").value("Trẻ em được hỗ trợ"))
                .andExpect(jsonPath("$[0].rows[0].key").value("r1"))
                .andExpect(jsonPath("$[0].cells[0].value").value("1.234,50"));
    }

    @Test
    void aRefusedSaveIs400WithEveryWrongCell() throws Exception {
        doThrow(new CellErrors(List.of(new CellError(new CellRef(7, "r1", "c1"), "appendix.error.notNumber", "ba"),
                new CellError(new CellRef(7, "r1", "c2"), "appendix.error.notYesNo", "có lẽ"))))
                .when(forms).saveCells(eq(ApiSlice.ACCOUNT), eq(3L), any());
        mvc.perform(put("/api/v1/reports/3/forms/cells").with(httpBasic(ApiSlice.USER, ApiSlice.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"cells\": [{\"formId\":7,\"rowKey\":\"r1\",\"columnKey\":\"c1\",\"value\":\"ba\"},"
                                + "{\"formId\":7,\"rowKey\":\"r1\",\"columnKey\":\"c2\",\"value\":\"có lẽ\"}]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("forms[7].cells[r1][c1]"))
                .andExpect(jsonPath("$.errors[0].message").value("\"ba\" không phải là số"))
                .andExpect(jsonPath("$.errors[1].field").value("forms[7].cells[r1][c2]"));
    }

    @Test
    void aGoodSaveIs204() throws Exception {
        mvc.perform(put("/api/v1/reports/3/forms/cells").with(httpBasic(ApiSlice.USER, ApiSlice.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"cells\": [{\"formId\":7,\"rowKey\":\"r1\",\"columnKey\":\"c1\",\"value\":\"12\"}]}"))
                .andExpect(status().isNoContent());
        verify(forms).saveCells(ApiSlice.ACCOUNT, 3L, List.of(new CellInput(7, "r1", "c1", "12")));
    }

    @Test
    void withoutCredentialsNothingIsSaved() throws Exception {
        mvc.perform(put("/api/v1/reports/3/forms/cells").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isUnauthorized());
        verify(forms, never()).saveCells(any(), anyLong(), any());
    }
}
