package vn.congtactreem.document.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyList;
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

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.congtactreem.document.UsersWorkbook;
import vn.congtactreem.document.XlsxFile;
import vn.congtactreem.org.ImportedUser;
import vn.congtactreem.org.UserImport;
import vn.congtactreem.org.UserImportError;
import vn.congtactreem.org.UserImportException;
import vn.congtactreem.org.UserImportRow;
import vn.congtactreem.support.ApiSlice;

/**
 * /api/v1/admin/users/template.xlsx and /import.xlsx in a slice: only an administrator gets in, the template is
 * a workbook under its name in the caller's language, a filled one reaches the import row by row, and every refusal
 * (a file that is no workbook, a row the import refuses) is 400 on its sheet, row and cell.
 */
@WebMvcTest(AdminUserWorkbookController.class)
@Import(ApiSlice.class)
class AdminUserWorkbookControllerSliceTests {

    @Autowired
    MockMvc mvc;
    @MockitoBean
    UserImport userImport;

    private static RequestPostProcessor admin() {
        return httpBasic(ApiSlice.ADMIN, ApiSlice.PASSWORD);
    }

    /** A filled template: the header and one user on Excel row 2. */
    private static MockMultipartFile filled() throws IOException {
        try (Workbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(UsersWorkbook.SHEET);
            Row header = sheet.createRow(0);
            for (int c = 0; c < UserImport.COLUMNS.size(); c++) {
                header.createCell(c).setCellValue(UserImport.COLUMNS.get(c));
            }
            Row row = sheet.createRow(1);
            List<String> values = List.of("canbo.lan", "Trần Thị Lan", "lan@xa.gov.vn", "OFFICER", "91001", "vi");
            for (int c = 0; c < values.size(); c++) {
                row.createCell(c).setCellValue(values.get(c));
            }
            workbook.write(out);
            return new MockMultipartFile("file", "nguoi-dung.xlsx", XlsxFile.CONTENT_TYPE, out.toByteArray());
        }
    }

    @Test
    void withoutCredentialsIs401() throws Exception {
        mvc.perform(get("/api/v1/admin/users/template.xlsx")).andExpect(status().isUnauthorized());
        mvc.perform(multipart("/api/v1/admin/users/import.xlsx").file(filled()))
                .andExpect(status().isUnauthorized());
        verifyNoInteractions(userImport);
    }

    @Test
    void anOfficerIsRefused403AndNoUserIsCreated() throws Exception {
        mvc.perform(get("/api/v1/admin/users/template.xlsx").with(httpBasic(ApiSlice.USER, ApiSlice.PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(multipart("/api/v1/admin/users/import.xlsx").file(filled())
                        .with(httpBasic(ApiSlice.USER, ApiSlice.PASSWORD)))
                .andExpect(status().isForbidden());
        verifyNoInteractions(userImport);
    }

    @Test
    void theTemplateIsAWorkbookNamedInTheCallersLanguage() throws Exception {
        byte[] body = mvc.perform(get("/api/v1/admin/users/template.xlsx").with(admin()))
                .andExpect(status().isOk())
                .andExpect(content().contentType(XlsxFile.CONTENT_TYPE))
                .andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION,
                        org.hamcrest.Matchers.startsWith("attachment; filename=\"mau-nhap-nguoi-dung.xlsx\"")))
                .andReturn().getResponse().getContentAsByteArray();
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(body))) {
            assertThat(workbook.getSheet(UsersWorkbook.SHEET)).isNotNull();
        }

        mvc.perform(get("/api/v1/admin/users/template.xlsx").with(admin()).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION,
                        org.hamcrest.Matchers.startsWith("attachment; filename=\"user-import-template.xlsx\"")));
    }

    @Test
    void aFilledTemplateReachesTheImportAndTheNewUsersComeBackOnce() throws Exception {
        when(userImport.importUsers(anyList())).thenReturn(List.of(new ImportedUser(31L, "canbo.lan",
                "Trần Thị Lan", "Tỉnh Thử › Xã Một", "OFFICER", "Ab3-initial")));

        mvc.perform(multipart("/api/v1/admin/users/import.xlsx").file(filled()).with(admin()))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].username").value("canbo.lan"))
                .andExpect(jsonPath("$[0].organisation").value("Tỉnh Thử › Xã Một"))
                .andExpect(jsonPath("$[0].initialPassword").value("Ab3-initial"));
        @SuppressWarnings("unchecked")
        ArgumentCaptor<List<UserImportRow>> rows = ArgumentCaptor.forClass(List.class);
        verify(userImport).importUsers(rows.capture());
        assertThat(rows.getValue()).containsExactly(new UserImportRow(2, "canbo.lan", "Trần Thị Lan",
                "lan@xa.gov.vn", "OFFICER", "91001", "vi"));
    }

    @Test
    void aFileThatIsNoWorkbookIs400WithTheBundlesMessageAndCreatesNoOne() throws Exception {
        mvc.perform(multipart("/api/v1/admin/users/import.xlsx")
                        .file(new MockMultipartFile("file", "nguoi-dung.csv", "text/csv", "a,b\n".getBytes()))
                        .with(admin()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Tệp Excel có lỗi"))
                .andExpect(jsonPath("$.errors.length()").value(1))
                .andExpect(jsonPath("$.errors[0].message").value(
                        "Không đọc được tệp: hãy tải lên tệp Excel (.xlsx) lập từ mẫu của báo cáo."));
        verify(userImport, never()).importUsers(anyList());
    }

    @Test
    void aRowTheImportRefusesIs400OnItsCell() throws Exception {
        when(userImport.importUsers(anyList())).thenThrow(new UserImportException(List.of(
                new UserImportError(2, UserImport.ROLE, "userImport.error.roleUnknown", List.of("THU_KY")))));

        mvc.perform(multipart("/api/v1/admin/users/import.xlsx").file(filled()).with(admin()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].sheet").value(UsersWorkbook.SHEET))
                .andExpect(jsonPath("$.errors[0].row").value(2))
                .andExpect(jsonPath("$.errors[0].column").value("D"))
                .andExpect(jsonPath("$.errors[0].cell").value("D2"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.startsWith(
                        "Không có vai trò \"THU_KY\"")));
    }

    @Test
    void anUploadWithoutTheFileFieldIs400() throws Exception {
        mvc.perform(multipart("/api/v1/admin/users/import.xlsx")
                        .file(new MockMultipartFile("workbook", "nguoi-dung.xlsx", XlsxFile.CONTENT_TYPE,
                                new byte[] {1}))
                        .with(admin()))
                .andExpect(status().isBadRequest());
        verifyNoInteractions(userImport);
    }
}
