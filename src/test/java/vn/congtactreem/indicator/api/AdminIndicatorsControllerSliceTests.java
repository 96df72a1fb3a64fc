package vn.congtactreem.indicator.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
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

import java.math.BigDecimal;
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
import vn.congtactreem.indicator.Direction;
import vn.congtactreem.indicator.Indicator;
import vn.congtactreem.indicator.IndicatorCatalog;
import vn.congtactreem.indicator.IndicatorForm;
import vn.congtactreem.indicator.IndicatorGroup;
import vn.congtactreem.indicator.IndicatorUsage;
import vn.congtactreem.indicator.Measure;
import vn.congtactreem.support.ApiSlice;

/**
 * /api/v1/admin/indicators in a slice: only an administrator gets in, the filters reach the catalogue, a body or
 * parameter of the wrong type is 400 by field, the catalogue's refusals come back by field, an indicator as JSON.
 */
@WebMvcTest(AdminIndicatorsController.class)
@Import(ApiSlice.class)
class AdminIndicatorsControllerSliceTests {

    private static final Indicator BV01 = new Indicator(11L, "BV-01", "Tỷ lệ trẻ em bị xâm hại được hỗ trợ",
            Measure.PERCENT, "Số trẻ em được hỗ trợ", "Số trẻ em bị xâm hại", "trẻ em", Direction.HIGHER_IS_BETTER,
            IndicatorGroup.PROTECTION, "Thông tư 13/2021", new BigDecimal("50"), null, true, 3);

    @Autowired
    MockMvc mvc;
    @MockitoBean
    IndicatorCatalog catalog;

    private static RequestPostProcessor admin() {
        return httpBasic(ApiSlice.ADMIN, ApiSlice.PASSWORD);
    }

    @Test
    void withoutCredentialsIs401() throws Exception {
        mvc.perform(get("/api/v1/admin/indicators")).andExpect(status().isUnauthorized());
        mvc.perform(post("/api/v1/admin/indicators/11/deactivate")).andExpect(status().isUnauthorized());
        verifyNoInteractions(catalog);
    }

    @Test
    void anOfficerIsRefused403BeforeTheCatalogueIsTouched() throws Exception {
        mvc.perform(get("/api/v1/admin/indicators").with(httpBasic(ApiSlice.USER, ApiSlice.PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/admin/indicators").with(httpBasic(ApiSlice.USER, ApiSlice.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"code\": \"BV-09\"}"))
                .andExpect(status().isForbidden());
        verifyNoInteractions(catalog);
    }

    @Test
    void theListPassesTextAndGroupAndAnswersIndicatorsAsJson() throws Exception {
        when(catalog.search("bv", IndicatorGroup.PROTECTION)).thenReturn(List.of(BV01));

        mvc.perform(get("/api/v1/admin/indicators").param("q", "bv").param("group", "PROTECTION").with(admin()))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].id").value(11))
                .andExpect(jsonPath("$[0].code").value("BV-01"))
                .andExpect(jsonPath("$[0].measure").value("PERCENT"))
                .andExpect(jsonPath("$[0].group").value("PROTECTION"))
                .andExpect(jsonPath("$[0].plausibleMin").value(50))
                .andExpect(jsonPath("$[0].active").value(true));
    }

    @Test
    void withoutFiltersTheWholeCatalogueIsAskedFor() throws Exception {
        when(catalog.search("", null)).thenReturn(List.of());

        mvc.perform(get("/api/v1/admin/indicators").with(admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(0));
        verify(catalog).search("", null);
    }

    @Test
    void anUnknownGroupIs400NamingTheParameter() throws Exception {
        mvc.perform(get("/api/v1/admin/indicators").param("group", "SPORT").with(admin()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Dữ liệu chưa hợp lệ"))
                .andExpect(jsonPath("$.errors[0].field").value("group"))
                .andExpect(jsonPath("$.errors[0].message").value("Giá trị không đúng kiểu."));
        verify(catalog, never()).search(any(), any());
    }

    @Test
    void anUnknownMeasureInTheBodyIs400NamingTheFieldAndCreatesNothing() throws Exception {
        mvc.perform(post("/api/v1/admin/indicators").with(admin()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\": \"BV-09\", \"name\": \"Thử\", \"measure\": \"PERCENTAGE\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("measure"))
                .andExpect(jsonPath("$.errors[0].message").value("Giá trị không đúng kiểu."));
        verify(catalog, never()).create(any());
    }

    @Test
    void aTakenCodeIs400WithTheBundlesMessageOnTheCode() throws Exception {
        when(catalog.create(any(IndicatorForm.class)))
                .thenThrow(new ValidationException(IndicatorCatalog.FIELD_CODE, "indicator.error.codeTaken", "BV-01"));

        mvc.perform(post("/api/v1/admin/indicators").with(admin()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\": \"BV-01\", \"name\": \"Trùng\", \"measure\": \"COUNT\","
                                + " \"direction\": \"LOWER_IS_BETTER\", \"group\": \"PROTECTION\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("code"))
                .andExpect(jsonPath("$.errors[0].message").value("Mã \"BV-01\" đã có trong danh mục."))
                .andExpect(jsonPath("$.code").value("indicator.error.codeTaken"));
    }

    @Test
    void aChangeReachesTheCatalogueWithTheIdAndTheTypedForm() throws Exception {
        when(catalog.update(eq(11L), any(IndicatorForm.class), eq(3L))).thenReturn(BV01);

        mvc.perform(put("/api/v1/admin/indicators/11").with(admin()).header("If-Match", "\"3\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\": \"BV-01\", \"name\": \"Tỷ lệ mới\", \"measure\": \"PER_THOUSAND\","
                                + " \"direction\": \"HIGHER_IS_BETTER\", \"group\": \"PROTECTION\","
                                + " \"plausibleMax\": 12.5, \"position\": 4}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.code").value("BV-01"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                        .string("ETag", "\"0\""));
        ArgumentCaptor<IndicatorForm> form = ArgumentCaptor.forClass(IndicatorForm.class);
        verify(catalog).update(eq(11L), form.capture(), eq(3L));
        assertThat(form.getValue().name()).isEqualTo("Tỷ lệ mới");
        assertThat(form.getValue().measure()).isEqualTo(Measure.PER_THOUSAND);
        assertThat(form.getValue().plausibleMax()).isEqualByComparingTo("12.5");
        assertThat(form.getValue().position()).isEqualTo(4);
    }

    @Test
    void aMeasureInUseIs400OnTheMeasureInEnglishOnRequest() throws Exception {
        when(catalog.update(eq(11L), any(IndicatorForm.class), org.mockito.ArgumentMatchers.isNull())).thenThrow(new ValidationException(
                IndicatorCatalog.FIELD_MEASURE, "indicator.error.measureInUse", "BV-01", 2, 5));

        mvc.perform(put("/api/v1/admin/indicators/11").with(admin()).header("Accept-Language", "en")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"measure\": \"COUNT\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Invalid data"))
                .andExpect(jsonPath("$.errors[0].field").value("measure"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.startsWith(
                        "Indicator BV-01 is in use (2 plan targets, 5 reported figures)")));
    }

    @Test
    void anIdThatIsNoNumberIs400AndTheUsageIsJson() throws Exception {
        mvc.perform(get("/api/v1/admin/indicators/abc/usage").with(admin()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("id"));
        verify(catalog, never()).usage(anyLong());

        when(catalog.usage(11L)).thenReturn(new IndicatorUsage(2, 0));
        mvc.perform(get("/api/v1/admin/indicators/11/usage").with(admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.targets").value(2))
                .andExpect(jsonPath("$.values").value(0));
    }

    @Test
    void deactivateAndReactivateReachTheirOwnCommands() throws Exception {
        Indicator off = new Indicator(11L, "BV-01", BV01.name(), Measure.PERCENT, null, null, null,
                Direction.HIGHER_IS_BETTER, IndicatorGroup.PROTECTION, null, null, null, false, 3);
        when(catalog.deactivate(11L)).thenReturn(off);
        when(catalog.reactivate(11L)).thenReturn(BV01);

        mvc.perform(post("/api/v1/admin/indicators/11/deactivate").with(admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.active").value(false));
        mvc.perform(post("/api/v1/admin/indicators/11/reactivate").with(admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.active").value(true));
        verify(catalog).deactivate(11L);
        verify(catalog).reactivate(11L);
    }
}
