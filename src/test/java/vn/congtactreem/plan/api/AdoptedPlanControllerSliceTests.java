package vn.congtactreem.plan.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import vn.congtactreem.base.ValidationException;
import vn.congtactreem.plan.AdoptedPlanForm;
import vn.congtactreem.plan.Plan;
import vn.congtactreem.plan.PlanStatus;
import vn.congtactreem.plan.ProgrammeAdoption;
import vn.congtactreem.security.CurrentUser;
import vn.congtactreem.support.ApiSlice;

/** POST /api/v1/plans/adopted in a slice: the form as typed reaches the service, its refusals come back by field. */
@WebMvcTest(AdoptedPlanController.class)
@Import(ApiSlice.class)
class AdoptedPlanControllerSliceTests {

    private static final String FORM = "{\"orgUnitId\": 42, \"title\": \"Chương trình 2021–2030\", \"yearFrom\": 2021,"
            + " \"yearTo\": 2030, \"number\": \"15/KH-UBND\", \"issuedOn\": \"2021-03-02\","
            + " \"signerName\": \"Lục Xuân Đức\","
            + " \"signerTitle\": \"CHỦ TỊCH\", \"signedFileId\": 77}";

    @Autowired
    MockMvc mvc;
    @MockitoBean
    ProgrammeAdoption adoption;
    @MockitoBean
    CurrentUser currentUser;

    @BeforeEach
    void signedIn() {
        when(currentUser.require()).thenReturn(ApiSlice.ACCOUNT);
    }

    @Test
    void theFormReachesTheServiceAndTheIssuedPlanComesBackWith201() throws Exception {
        when(adoption.adopt(eq(ApiSlice.ACCOUNT), any(AdoptedPlanForm.class))).thenReturn(new Plan(9L, 42L, "Xã Thử",
                "Chương trình 2021–2030", 2021, 2030, PlanStatus.ISSUED, null, null, null, null, null, null, null,
                "Lục Xuân Đức", "CHỦ TỊCH", 15, "KH-UBND", LocalDate.of(2021, 3, 2), null, List.of(), List.of(),
                List.of(), List.of()));

        mvc.perform(post("/api/v1/plans/adopted").with(httpBasic(ApiSlice.USER, ApiSlice.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(FORM))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.id").value(9))
                .andExpect(jsonPath("$.status").value("ISSUED"))
                .andExpect(jsonPath("$.docNumber").value(15))
                .andExpect(jsonPath("$.docSymbol").value("KH-UBND"))
                .andExpect(jsonPath("$.issuedOn").value("2021-03-02"));
        ArgumentCaptor<AdoptedPlanForm> form = ArgumentCaptor.forClass(AdoptedPlanForm.class);
        verify(adoption).adopt(eq(ApiSlice.ACCOUNT), form.capture());
        assertThat(form.getValue().number()).isEqualTo("15/KH-UBND");
        assertThat(form.getValue().issuedOn()).isEqualTo(LocalDate.of(2021, 3, 2));
        assertThat(form.getValue().signedFileId()).isEqualTo(77L);
        assertThat(form.getValue().yearTo()).isEqualTo(2030);
    }

    @Test
    void aNumberNotWrittenAsOnTheDocumentIs400NamingTheField() throws Exception {
        when(adoption.adopt(eq(ApiSlice.ACCOUNT), any(AdoptedPlanForm.class)))
                .thenThrow(new ValidationException("number", "programme.error.numberFormat", "15"));

        mvc.perform(post("/api/v1/plans/adopted").with(httpBasic(ApiSlice.USER, ApiSlice.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(FORM.replace("15/KH-UBND", "15")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("number"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.startsWith("Số \"15\" chưa đúng")));
    }

    @Test
    void aDateNotInIsoFormIs400NamingTheDateAndAdoptsNothing() throws Exception {
        mvc.perform(post("/api/v1/plans/adopted").with(httpBasic(ApiSlice.USER, ApiSlice.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(FORM.replace("2021-03-02", "02/03/2021")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("issuedOn"));
        verify(adoption, never()).adopt(any(), any());
    }

    @Test
    void aSignedFileThatIsGoneIs400NamingTheFileField() throws Exception {
        when(adoption.adopt(eq(ApiSlice.ACCOUNT), any(AdoptedPlanForm.class)))
                .thenThrow(new ValidationException("signedFileId", "attachment.error.notFound", 77L));

        mvc.perform(post("/api/v1/plans/adopted").with(httpBasic(ApiSlice.USER, ApiSlice.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(FORM))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("signedFileId"))
                .andExpect(jsonPath("$.errors[0].message").value("Không tìm thấy tệp số 77: tải tệp lên lại."));
    }

    @Test
    void withoutCredentialsNothingIsAdopted() throws Exception {
        mvc.perform(post("/api/v1/plans/adopted").contentType(MediaType.APPLICATION_JSON).content(FORM))
                .andExpect(status().isUnauthorized());
        verify(adoption, never()).adopt(any(), any());
    }
}
