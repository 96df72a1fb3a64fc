package vn.congtactreem.reporting.api;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.congtactreem.base.ConflictException;
import vn.congtactreem.base.NotVisibleException;
import vn.congtactreem.base.ValidationException;
import vn.congtactreem.reporting.ConsolidatedReport;
import vn.congtactreem.reporting.ConsolidatedReportStatus;
import vn.congtactreem.reporting.ConsolidationService;
import vn.congtactreem.reporting.ReportFigures;
import vn.congtactreem.security.CurrentUser;
import vn.congtactreem.support.ApiSlice;

/**
 * /api/v1/consolidated-reports in a slice: the report's JSON, the leader's "seen the stale figures" flag, a
 * submit without a body, the scope check before the figures, 404 for a report the caller may not know, 409
 * when someone else decided first, 401 without credentials.
 */
@WebMvcTest(ConsolidatedReportController.class)
@Import(ApiSlice.class)
class ConsolidatedReportControllerSliceTests {

    @Autowired
    MockMvc mvc;
    @MockitoBean
    ConsolidationService consolidation;
    @MockitoBean
    ReportFigures figures;
    @MockitoBean
    CurrentUser currentUser;

    @BeforeEach
    void signedIn() {
        when(currentUser.require()).thenReturn(ApiSlice.ACCOUNT);
    }

    private static RequestPostProcessor user() {
        return httpBasic(ApiSlice.USER, ApiSlice.PASSWORD);
    }

    private static ConsolidatedReport report(ConsolidatedReportStatus status) {
        return new ConsolidatedReport(4L, 11L, 42L, "Xã Thử", status, "Báo cáo 6 tháng", List.of("Trạm Y tế xã Thử"),
                null, null, null, false, null, null, null, 5, "BC-UBND", LocalDate.of(2026, 5, 24));
    }

    @Test
    void aReportIsReadAsJsonWithItsMissingUnitsAndNumber() throws Exception {
        when(consolidation.get(ApiSlice.ACCOUNT, 4L)).thenReturn(report(ConsolidatedReportStatus.APPROVED));

        mvc.perform(get("/api/v1/consolidated-reports/4").with(user()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(4))
                .andExpect(jsonPath("$.periodId").value(11))
                .andExpect(jsonPath("$.status").value("APPROVED"))
                .andExpect(jsonPath("$.missingUnits[0]").value("Trạm Y tế xã Thử"))
                .andExpect(jsonPath("$.docNumber").value(5))
                .andExpect(jsonPath("$.docSymbol").value("BC-UBND"))
                .andExpect(jsonPath("$.issuedOn").value("2026-05-24"));
    }

    @Test
    void aReportTheCallerMayNotKnowIs404AndItsFiguresAreNotRead() throws Exception {
        when(consolidation.get(ApiSlice.ACCOUNT, 4L)).thenThrow(new NotVisibleException("report.error.notFound", 4L));

        mvc.perform(get("/api/v1/consolidated-reports/4").with(user()))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("Không tìm thấy báo cáo số 4."));
        mvc.perform(get("/api/v1/consolidated-reports/4/figures").with(user()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/consolidated-reports/4/accepted-since").with(user()))
                .andExpect(status().isNotFound());
        verify(figures, never()).ofConsolidatedReport(anyLong());
        verify(figures, never()).acceptedSinceSnapshot(anyLong());
    }

    @Test
    void acceptedSinceCountsTheReportsNotInTheFiguresYet() throws Exception {
        when(consolidation.get(ApiSlice.ACCOUNT, 4L)).thenReturn(report(ConsolidatedReportStatus.DRAFT));
        when(figures.acceptedSinceSnapshot(4L)).thenReturn(List.of(21L, 22L));

        mvc.perform(get("/api/v1/consolidated-reports/4/accepted-since").with(user()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.count").value(2))
                .andExpect(jsonPath("$.reportIds[1]").value(22));
    }

    @Test
    void approvingIsNotStaleSeenUnlessTheLeaderSaysSoAndTheRefusalNamesTheFlag() throws Exception {
        when(consolidation.approve(ApiSlice.ACCOUNT, 4L, false))
                .thenThrow(new ValidationException("staleSeen", "consolidation.error.stale", 2));
        when(consolidation.approve(ApiSlice.ACCOUNT, 4L, true)).thenReturn(report(ConsolidatedReportStatus.APPROVED));

        mvc.perform(post("/api/v1/consolidated-reports/4/approve").with(user()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("staleSeen"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.startsWith("2 báo cáo mới")));
        mvc.perform(post("/api/v1/consolidated-reports/4/approve").param("staleSeen", "true").with(user()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("APPROVED"));
        mvc.perform(post("/api/v1/consolidated-reports/4/approve").param("staleSeen", "có").with(user()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("staleSeen"));
    }

    @Test
    void aSubmitWithoutABodyKeepsTheSavedText() throws Exception {
        when(consolidation.submitForApproval(ApiSlice.ACCOUNT, 4L, null, null, null))
                .thenReturn(report(ConsolidatedReportStatus.IN_REVIEW));

        mvc.perform(post("/api/v1/consolidated-reports/4/submit").with(user()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("IN_REVIEW"));
        verify(consolidation).submitForApproval(ApiSlice.ACCOUNT, 4L, null, null, null);
    }

    @Test
    void theReportCarriesItsVersionAsETagAndASaveFromItReturnsTheNewOne() throws Exception {
        ConsolidatedReport draft = report(ConsolidatedReportStatus.DRAFT);
        when(consolidation.get(ApiSlice.ACCOUNT, 4L)).thenReturn(withVersion(draft, 6));
        mvc.perform(get("/api/v1/consolidated-reports/4").with(user()))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"6\""))
                .andExpect(jsonPath("$.version").value(6));

        when(consolidation.saveDraft(eq(ApiSlice.ACCOUNT), eq(4L), eq("Báo cáo mới"), isNull(), eq(6L)))
                .thenReturn(withVersion(draft, 7));
        mvc.perform(put("/api/v1/consolidated-reports/4/draft").with(user()).header("If-Match", "\"6\"")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"summary\": \"Báo cáo mới\"}"))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"7\""))
                .andExpect(jsonPath("$.version").value(7));
    }

    @Test
    void aSaveFromAStaleVersionIs409WithTheMessageAndNoIfMatchChecksNothing() throws Exception {
        when(consolidation.saveDraft(eq(ApiSlice.ACCOUNT), eq(4L), eq("Báo cáo cũ"), isNull(), eq(5L)))
                .thenThrow(new ConflictException("report", "concurrency.error.staleVersion"));
        mvc.perform(put("/api/v1/consolidated-reports/4/draft").with(user()).header("If-Match", "\"5\"")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"summary\": \"Báo cáo cũ\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("concurrency.error.staleVersion"));

        when(consolidation.saveDraft(eq(ApiSlice.ACCOUNT), eq(4L), eq("Báo cáo cũ"), isNull(), isNull()))
                .thenReturn(report(ConsolidatedReportStatus.DRAFT));
        mvc.perform(put("/api/v1/consolidated-reports/4/draft").with(user())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"summary\": \"Báo cáo cũ\"}"))
                .andExpect(status().isOk());
        verify(consolidation).saveDraft(eq(ApiSlice.ACCOUNT), eq(4L), eq("Báo cáo cũ"), isNull(), isNull());
    }

    private static ConsolidatedReport withVersion(ConsolidatedReport r, long version) {
        return new ConsolidatedReport(r.id(), r.periodId(), r.orgUnitId(), r.orgUnitName(), r.status(), r.summary(),
                r.missingUnits(), r.reviewComment(), r.submittedAt(), r.submittedBy(), r.late(), r.approvedAt(),
                r.approvedBy(), r.upperReportId(), r.docNumber(), r.docSymbol(), r.issuedOn(), version);
    }

    @Test
    void returningAReportSomeoneElseDecidedFirstIs409() throws Exception {
        when(consolidation.returnForChanges(ApiSlice.ACCOUNT, 4L, "Bổ sung số liệu."))
                .thenThrow(new ConflictException("report", "concurrency.error.alreadyReviewed"));

        mvc.perform(post("/api/v1/consolidated-reports/4/return").with(user())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"comment\": \"Bổ sung số liệu.\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.title").value("Đã được xử lý"))
                .andExpect(jsonPath("$.code").value("concurrency.error.alreadyReviewed"));
    }

    @Test
    void withoutCredentialsNothingIsApproved() throws Exception {
        mvc.perform(post("/api/v1/consolidated-reports/4/approve")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/consolidated-reports/4")).andExpect(status().isUnauthorized());
        verify(consolidation, never()).approve(any(), anyLong(), anyBoolean());
        verify(consolidation, never()).get(any(), anyLong());
    }
}
