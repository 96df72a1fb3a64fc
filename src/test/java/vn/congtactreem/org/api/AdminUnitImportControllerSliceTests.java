package vn.congtactreem.org.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
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
import vn.congtactreem.org.AdminUnitCatalogue;
import vn.congtactreem.org.AdminUnitImport;
import vn.congtactreem.org.AdminUnitImportPlan;
import vn.congtactreem.org.AdminUnitImportPlan.Action;
import vn.congtactreem.org.AdminUnitImportPlan.Line;
import vn.congtactreem.org.AgencyTemplateEntry;
import vn.congtactreem.org.AgencyTemplates;
import vn.congtactreem.support.ApiSlice;

/**
 * /api/v1/admin/admin-units and /agency-template in a slice: only an administrator gets in, "all" means every
 * province of the list, the preview counts and lists only what changes, the template's refusals come back by line.
 */
@WebMvcTest(AdminUnitImportController.class)
@Import(ApiSlice.class)
class AdminUnitImportControllerSliceTests {

    private static final AdminUnitCatalogue.Province NORTH = new AdminUnitCatalogue.Province("91", "Tỉnh Bắc Thử",
            "TINH", List.of(new AdminUnitCatalogue.Commune("91001", "Xã Một", "XA"),
            new AdminUnitCatalogue.Commune("91002", "Phường Hai", "PHUONG")));
    private static final AdminUnitCatalogue.Province SOUTH = new AdminUnitCatalogue.Province("92", "Tỉnh Nam Thử",
            "TINH", List.of(new AdminUnitCatalogue.Commune("92001", "Xã Ba", "XA")));

    @Autowired
    MockMvc mvc;
    @MockitoBean
    AdminUnitCatalogue catalogue;
    @MockitoBean
    AdminUnitImport importer;
    @MockitoBean
    AgencyTemplates templates;

    private static RequestPostProcessor admin() {
        return httpBasic(ApiSlice.ADMIN, ApiSlice.PASSWORD);
    }

    @Test
    void withoutCredentialsIs401() throws Exception {
        mvc.perform(get("/api/v1/admin/admin-units")).andExpect(status().isUnauthorized());
        mvc.perform(post("/api/v1/admin/admin-units/import").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"all\": true}"))
                .andExpect(status().isUnauthorized());
        verifyNoInteractions(catalogue, importer, templates);
    }

    @Test
    void anOfficerIsRefused403AndNothingIsLoaded() throws Exception {
        mvc.perform(post("/api/v1/admin/admin-units/import").with(httpBasic(ApiSlice.USER, ApiSlice.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"all\": true}"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/admin/agency-template").with(httpBasic(ApiSlice.USER, ApiSlice.PASSWORD)))
                .andExpect(status().isForbidden());
        verifyNoInteractions(catalogue, importer, templates);
    }

    @Test
    void theProvincesComeWithTheirCommuneCounts() throws Exception {
        when(catalogue.provinces()).thenReturn(List.of(NORTH, SOUTH));

        mvc.perform(get("/api/v1/admin/admin-units").with(admin()))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].code").value("91"))
                .andExpect(jsonPath("$[0].name").value("Tỉnh Bắc Thử"))
                .andExpect(jsonPath("$[0].communes").value(2))
                .andExpect(jsonPath("$[1].communes").value(1));
    }

    @Test
    void thePreviewOfAllCountsEveryProvinceAndListsOnlyWhatChanges() throws Exception {
        when(catalogue.provinces()).thenReturn(List.of(NORTH, SOUTH));
        AdminUnitImportPlan plan = new AdminUnitImportPlan(List.of(
                new Line(Action.CREATE, AdminUnitImport.PROVINCE, "92", "Tỉnh Nam Thử", "TINH", null, null, null, null),
                new Line(Action.CREATE, AdminUnitImport.COMMUNE, "92001", "Xã Ba", "XA", "92", null, null, null),
                new Line(Action.UNCHANGED, AdminUnitImport.PROVINCE, "91", "Tỉnh Bắc Thử", "TINH", null, null, 5L,
                        new AdminUnitImportPlan.Current("Tỉnh Bắc Thử", "91", "TINH")),
                new Line(Action.UPDATE, AdminUnitImport.COMMUNE, "91001", "Xã Một", "XA", "91", 5L, 6L,
                        new AdminUnitImportPlan.Current("Xã Mot", "91001", "XA"))),
                List.of(new AdminUnitImportPlan.NewAgency(null, "92001", "COMMITTEE", "Ủy ban nhân dân xã Ba")));
        when(importer.preview(List.of("91", "92"), true)).thenReturn(plan);

        mvc.perform(post("/api/v1/admin/admin-units/preview").with(admin()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"provinces\": [\"01\"], \"all\": true, \"withAgencies\": true}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.provincesToCreate").value(1))
                .andExpect(jsonPath("$.communesToCreate").value(1))
                .andExpect(jsonPath("$.agenciesToCreate").value(1))
                .andExpect(jsonPath("$.unchanged").value(1))
                .andExpect(jsonPath("$.toUpdate").value(1))
                .andExpect(jsonPath("$.changes.length()").value(3))
                .andExpect(jsonPath("$.changes[2].action").value("UPDATE"))
                .andExpect(jsonPath("$.changes[2].current.name").value("Xã Mot"));
        verify(importer).preview(List.of("91", "92"), true);
    }

    @Test
    void loadingTheChosenProvincesPassesThemAsTheyCame() throws Exception {
        when(importer.apply(anyList(), anyBoolean(), isNull()))
                .thenReturn(new AdminUnitImport.Result(1, 2, 0, 0, 0, Duration.ofMillis(40)));

        mvc.perform(post("/api/v1/admin/admin-units/import").with(admin()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"provinces\": [\"91\"]}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.provincesCreated").value(1))
                .andExpect(jsonPath("$.communesCreated").value(2));
        @SuppressWarnings("unchecked")
        ArgumentCaptor<List<String>> codes = ArgumentCaptor.forClass(List.class);
        verify(importer).apply(codes.capture(), eq(false), isNull());
        assertThat(codes.getValue()).containsExactly("91");
        verifyNoInteractions(catalogue);
    }

    @Test
    void aSelectionThatIsNoJsonIs400AndLoadsNothing() throws Exception {
        mvc.perform(post("/api/v1/admin/admin-units/import").with(admin()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"provinces\": "))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("body"))
                .andExpect(jsonPath("$.errors[0].message").value("Nội dung không phải JSON hợp lệ."));
        verify(importer, never()).apply(any(), anyBoolean(), any());
    }

    @Test
    void theTemplateIsReplacedWholeAndAnswersAsSaved() throws Exception {
        List<AgencyTemplateEntry> saved = List.of(new AgencyTemplateEntry("COMMITTEE", "Ủy ban nhân dân {xa}"),
                new AgencyTemplateEntry("POLICE", "Công an {xa}"));
        when(templates.replace(saved)).thenReturn(saved);

        mvc.perform(put("/api/v1/admin/agency-template").with(admin()).contentType(MediaType.APPLICATION_JSON)
                        .content("[{\"agencyTypeCode\": \"COMMITTEE\", \"namePattern\": \"Ủy ban nhân dân {xa}\"},"
                                + " {\"agencyTypeCode\": \"POLICE\", \"namePattern\": \"Công an {xa}\"}]"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[1].agencyTypeCode").value("POLICE"))
                .andExpect(jsonPath("$[1].namePattern").value("Công an {xa}"));
        verify(templates).replace(saved);
    }

    @Test
    void aTemplateLineWithoutNameIs400NamingTheLineInEnglishOnRequest() throws Exception {
        when(templates.replace(anyList())).thenThrow(
                new ValidationException("entries[1].name", "org.template.error.nameRequired", 2));

        mvc.perform(put("/api/v1/admin/agency-template").with(admin()).header("Accept-Language", "en")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("[{\"agencyTypeCode\": \"COMMITTEE\", \"namePattern\": \"UBND {xa}\"},"
                                + " {\"agencyTypeCode\": \"POLICE\", \"namePattern\": \" \"}]"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("entries[1].name"))
                .andExpect(jsonPath("$.errors[0].message").value("Line 2: enter the name."));
    }
}
