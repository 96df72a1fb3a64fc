package vn.congtactreem.document.api;

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

import java.nio.charset.StandardCharsets;
import java.time.Instant;
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
import vn.congtactreem.base.CycleClock;
import vn.congtactreem.base.NotAllowedException;
import vn.congtactreem.base.NotFoundException;
import vn.congtactreem.base.ValidationException;
import vn.congtactreem.document.Attachment;
import vn.congtactreem.document.AttachmentService;
import vn.congtactreem.security.CurrentUser;
import vn.congtactreem.support.ApiSlice;

/**
 * /api/v1/attachments in a slice: an upload is stored for the signed-in user at the clock's time and answered
 * 201 with its description, a download carries the file's type and UTF-8 name, a file the caller may not read is
 * 404 like one never uploaded, a refused file is 400 on the field "file", no credentials is 401.
 */
@WebMvcTest(AttachmentController.class)
@Import(ApiSlice.class)
class AttachmentControllerSliceTests {

    private static final Instant NOW = Instant.parse("2026-03-04T02:00:00Z");
    private static final byte[] PDF = "%PDF-1.7 kế hoạch".getBytes(StandardCharsets.UTF_8);
    private static final Attachment PLAN_FILE = new Attachment(9L, "Kế hoạch 12.pdf", "application/pdf",
            PDF.length, ApiSlice.USER, NOW);

    @Autowired
    MockMvc mvc;
    @MockitoBean
    AttachmentService attachments;
    @MockitoBean
    CurrentUser currentUser;
    @MockitoBean
    CycleClock clock;

    @BeforeEach
    void signedIn() {
        when(currentUser.require()).thenReturn(ApiSlice.ACCOUNT);
        when(clock.now()).thenReturn(NOW);
    }

    private static RequestPostProcessor officer() {
        return httpBasic(ApiSlice.USER, ApiSlice.PASSWORD);
    }

    private static MockMultipartFile pdf() {
        return new MockMultipartFile("file", "Kế hoạch 12.pdf", "application/pdf", PDF);
    }

    @Test
    void withoutCredentialsIs401AndNothingIsStoredOrRead() throws Exception {
        mvc.perform(multipart("/api/v1/attachments").file(pdf())).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/attachments/9")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/attachments/9").with(httpBasic(ApiSlice.USER, "wrong")))
                .andExpect(status().isUnauthorized());
        verifyNoInteractions(attachments);
    }

    @Test
    void anUploadIsStoredForTheCallerAtTheClocksTimeAnd201WithItsDescription() throws Exception {
        when(attachments.store(ApiSlice.ACCOUNT, "Kế hoạch 12.pdf", PDF, NOW)).thenReturn(PLAN_FILE);

        mvc.perform(multipart("/api/v1/attachments").file(pdf()).with(officer()))
                .andExpect(status().isCreated())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.id").value(9))
                .andExpect(jsonPath("$.fileName").value("Kế hoạch 12.pdf"))
                .andExpect(jsonPath("$.contentType").value("application/pdf"))
                .andExpect(jsonPath("$.sizeBytes").value(PDF.length))
                .andExpect(jsonPath("$.uploadedBy").value(ApiSlice.USER));
        verify(attachments).store(ApiSlice.ACCOUNT, "Kế hoạch 12.pdf", PDF, NOW);
    }

    @Test
    void aFileOfTheWrongTypeIs400OnTheFileWithTheBundlesMessage() throws Exception {
        when(attachments.store(eq(ApiSlice.ACCOUNT), eq("danh-sach.exe"), any(), eq(NOW)))
                .thenThrow(new ValidationException("file", "attachment.error.type", "danh-sach.exe"));

        mvc.perform(multipart("/api/v1/attachments")
                        .file(new MockMultipartFile("file", "danh-sach.exe", "application/octet-stream", PDF))
                        .with(officer()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("file"))
                .andExpect(jsonPath("$.errors[0].message").value("Tệp \"danh-sach.exe\" không phải PDF, Word, "
                        + "Excel hoặc ảnh (.pdf, .docx, .doc, .xlsx, .xls, .jpg, .png)."));
    }

    @Test
    void anUploadWithoutTheFileFieldIs400AndStoresNothing() throws Exception {
        mvc.perform(multipart("/api/v1/attachments")
                        .file(new MockMultipartFile("document", "Kế hoạch 12.pdf", "application/pdf", PDF))
                        .with(officer()))
                .andExpect(status().isBadRequest());
        verify(attachments, never()).store(any(), any(), any(), any());
    }

    @Test
    void aDownloadCarriesTheFilesTypeNameAndBytes() throws Exception {
        when(attachments.readable(ApiSlice.ACCOUNT, 9L)).thenReturn(PLAN_FILE);
        when(attachments.content(9L)).thenReturn(PDF);

        mvc.perform(get("/api/v1/attachments/9").with(officer()))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf"))
                .andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION,
                        org.hamcrest.Matchers.allOf(org.hamcrest.Matchers.startsWith("attachment;"),
                                org.hamcrest.Matchers.containsString(
                                        "filename*=UTF-8''K%E1%BA%BF%20ho%E1%BA%A1ch%2012.pdf"))))
                .andExpect(content().bytes(PDF));
    }

    @Test
    void aFileTheCallerMayNotReadIs404AndItsBytesAreNeverRead() throws Exception {
        when(attachments.readable(ApiSlice.ACCOUNT, 9L))
                .thenThrow(new NotFoundException("file", "attachment.error.notFound", 9L));

        mvc.perform(get("/api/v1/attachments/9").with(officer()))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("Không tìm thấy tệp số 9: tải tệp lên lại."));
        verify(attachments, never()).content(anyLong());
    }

    @Test
    void aRefusalOfTheServiceIs403AsAProblem() throws Exception {
        when(attachments.store(any(), any(), any(), any())).thenThrow(new NotAllowedException("inactive"));

        mvc.perform(multipart("/api/v1/attachments").file(pdf()).with(officer()))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(403))
                .andExpect(jsonPath("$.title").value("Không có quyền"));
    }

    @Test
    void anIdThatIsNoNumberIs400() throws Exception {
        mvc.perform(get("/api/v1/attachments/ke-hoach").with(officer()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("id"))
                .andExpect(jsonPath("$.errors[0].message").value("Giá trị không đúng kiểu."));
        verifyNoInteractions(attachments);
    }
}
