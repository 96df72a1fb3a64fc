package vn.congtactreem.org.api;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.congtactreem.base.ValidationException;
import vn.congtactreem.org.OfficialCodes;
import vn.congtactreem.org.OrgService;
import vn.congtactreem.org.OrgUnit;
import vn.congtactreem.org.OrgUnitKind;
import vn.congtactreem.support.ApiSlice;

/**
 * /api/v1/admin/organisations in a slice: only an administrator gets in, the tree puts areas before agencies by
 * name, an agency and an area go to their own command (an official code to the codes), refusals come back by field.
 */
@WebMvcTest(AdminOrganisationsController.class)
@Import(ApiSlice.class)
class AdminOrganisationsControllerSliceTests {

    private static final OrgUnit PROVINCE = new OrgUnit(1L, null, OrgUnitKind.AREA, "PROVINCE", null, "Tỉnh Thử",
            true, "99", "TINH");
    private static final OrgUnit COMMUNE = new OrgUnit(2L, 1L, OrgUnitKind.AREA, "COMMUNE", null, "Xã Bến",
            true, "99001", "XA");
    private static final OrgUnit OFFICE = new OrgUnit(3L, 1L, OrgUnitKind.AGENCY, null, "DEPARTMENT",
            "An Sở Y tế", true, null, null);
    private static final OrgUnit OTHER_COMMUNE = new OrgUnit(4L, 1L, OrgUnitKind.AREA, "COMMUNE", null, "Xã An",
            false, null, null);

    @Autowired
    MockMvc mvc;
    @MockitoBean
    OrgService orgs;
    @MockitoBean
    OfficialCodes codes;

    private static RequestPostProcessor admin() {
        return httpBasic(ApiSlice.ADMIN, ApiSlice.PASSWORD);
    }

    @Test
    void withoutCredentialsIs401() throws Exception {
        mvc.perform(get("/api/v1/admin/organisations/tree")).andExpect(status().isUnauthorized());
        verifyNoInteractions(orgs, codes);
    }

    @Test
    void anOfficerIsRefused403AndNothingIsRenamed() throws Exception {
        mvc.perform(get("/api/v1/admin/organisations").with(httpBasic(ApiSlice.USER, ApiSlice.PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/admin/organisations/2/name").with(httpBasic(ApiSlice.USER, ApiSlice.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"Xã Khác\"}"))
                .andExpect(status().isForbidden());
        verifyNoInteractions(orgs, codes);
    }

    @Test
    void theTreeHasTheRootsWithAreasBeforeAgenciesEachByName() throws Exception {
        when(orgs.all()).thenReturn(List.of(OFFICE, COMMUNE, PROVINCE, OTHER_COMMUNE));
        when(orgs.paths()).thenReturn(Map.of(1L, "Tỉnh Thử", 2L, "Tỉnh Thử › Xã Bến", 3L, "Tỉnh Thử › An Sở Y tế",
                4L, "Tỉnh Thử › Xã An"));

        mvc.perform(get("/api/v1/admin/organisations/tree").with(admin()))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].unit.name").value("Tỉnh Thử"))
                .andExpect(jsonPath("$[0].unit.officialCode").value("99"))
                .andExpect(jsonPath("$[0].children.length()").value(3))
                .andExpect(jsonPath("$[0].children[0].unit.name").value("Xã An"))
                .andExpect(jsonPath("$[0].children[0].unit.active").value(false))
                .andExpect(jsonPath("$[0].children[1].unit.name").value("Xã Bến"))
                .andExpect(jsonPath("$[0].children[1].unit.path").value("Tỉnh Thử › Xã Bến"))
                .andExpect(jsonPath("$[0].children[2].unit.kind").value("AGENCY"))
                .andExpect(jsonPath("$[0].children[2].children.length()").value(0));
    }

    @Test
    void anAgencyIsCreatedAsAnAgencyAndAnAreasCodeGoesToTheCodes() throws Exception {
        when(orgs.createAgency(1L, "An Sở Y tế", "DEPARTMENT")).thenReturn(OFFICE);
        when(orgs.get(3L)).thenReturn(OFFICE);
        when(orgs.path(3L)).thenReturn("Tỉnh Thử › An Sở Y tế");

        mvc.perform(post("/api/v1/admin/organisations").with(admin()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"parentId\": 1, \"kind\": \"AGENCY\", \"name\": \"An Sở Y tế\","
                                + " \"agencyTypeCode\": \"DEPARTMENT\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(3))
                .andExpect(jsonPath("$.path").value("Tỉnh Thử › An Sở Y tế"));
        verify(orgs, never()).createArea(any(), anyString(), any());
        verifyNoInteractions(codes);

        when(orgs.createArea(1L, "Xã Bến", "COMMUNE")).thenReturn(new OrgUnit(2L, 1L, OrgUnitKind.AREA, "COMMUNE",
                null, "Xã Bến", true, null, null));
        when(codes.identify(2L, "99001", "XA")).thenReturn(COMMUNE);
        when(orgs.get(2L)).thenReturn(COMMUNE);
        mvc.perform(post("/api/v1/admin/organisations").with(admin()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"parentId\": 1, \"kind\": \"AREA\", \"name\": \"Xã Bến\","
                                + " \"levelCode\": \"COMMUNE\", \"officialCode\": \"99001\","
                                + " \"adminKindCode\": \"XA\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.officialCode").value("99001"))
                .andExpect(jsonPath("$.adminKindCode").value("XA"));
        verify(codes).identify(2L, "99001", "XA");
    }

    @Test
    void anUnknownKindIs400NamingTheFieldAndCreatesNothing() throws Exception {
        mvc.perform(post("/api/v1/admin/organisations").with(admin()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"parentId\": 1, \"kind\": \"VILLAGE\", \"name\": \"Thôn 1\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("kind"))
                .andExpect(jsonPath("$.errors[0].message").value("Giá trị không đúng kiểu."));
        verify(orgs, never()).createArea(any(), any(), any());
        verify(orgs, never()).createAgency(any(), any(), any());
    }

    @Test
    void aTakenNameIs400OnTheNameWithTheBundlesMessage() throws Exception {
        when(orgs.rename(eq(2L), eq("Xã An"), isNull())).thenThrow(new ValidationException(OrgService.FIELD_NAME, "org.error.nameTaken",
                "Xã An"));

        mvc.perform(put("/api/v1/admin/organisations/2/name").with(admin()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"Xã An\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("name"))
                .andExpect(jsonPath("$.errors[0].message").value("Đã có đơn vị tên \"Xã An\" ở cùng cấp trên."));
        verify(orgs, never()).get(anyLong());
    }

    @Test
    void anOrganisationCarriesItsVersionAsETagAndARenameHonoursIfMatch() throws Exception {
        OrgUnit atSeven = new OrgUnit(2L, 1L, OrgUnitKind.AREA, "COMMUNE", null, "Xã Bến", true, null, null, 7);
        when(orgs.get(2L)).thenReturn(atSeven);
        when(orgs.path(2L)).thenReturn("Tỉnh Thử › Xã Bến");
        mvc.perform(get("/api/v1/admin/organisations/2").with(admin()))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"7\""))
                .andExpect(jsonPath("$.version").value(7));

        when(orgs.rename(2L, "Xã Bến Mới", 6L))
                .thenThrow(new vn.congtactreem.base.ConflictException("version", "concurrency.error.staleVersion"));
        mvc.perform(put("/api/v1/admin/organisations/2/name").with(admin()).header("If-Match", "\"6\"")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"Xã Bến Mới\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("concurrency.error.staleVersion"));

        OrgUnit renamed = new OrgUnit(2L, 1L, OrgUnitKind.AREA, "COMMUNE", null, "Xã Bến Mới", true, null, null, 8);
        when(orgs.rename(2L, "Xã Bến Mới", 7L)).thenReturn(renamed);
        when(orgs.get(2L)).thenReturn(renamed);
        mvc.perform(put("/api/v1/admin/organisations/2/name").with(admin()).header("If-Match", "\"7\"")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"Xã Bến Mới\"}"))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"8\""))
                .andExpect(jsonPath("$.version").value(8));
        verify(orgs).rename(2L, "Xã Bến Mới", 7L);
    }

    @Test
    void theOfficialCodeAndReactivationHonourIfMatch() throws Exception {
        when(codes.identify(2L, "99001", "XA", 6L))
                .thenThrow(new vn.congtactreem.base.ConflictException("version", "concurrency.error.staleVersion"));
        mvc.perform(put("/api/v1/admin/organisations/2/official-code").with(admin()).header("If-Match", "\"6\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"officialCode\": \"99001\", \"adminKindCode\": \"XA\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("concurrency.error.staleVersion"));

        OrgUnit atNine = new OrgUnit(2L, 1L, OrgUnitKind.AREA, "COMMUNE", null, "Xã Bến", true, null, null, 9);
        when(orgs.reactivate(2L, 8L)).thenReturn(atNine);
        when(orgs.get(2L)).thenReturn(atNine);
        when(orgs.path(2L)).thenReturn("Tỉnh Thử › Xã Bến");
        mvc.perform(post("/api/v1/admin/organisations/2/reactivate").with(admin()).header("If-Match", "\"8\""))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"9\""));
        verify(orgs).reactivate(2L, 8L);
    }
}
