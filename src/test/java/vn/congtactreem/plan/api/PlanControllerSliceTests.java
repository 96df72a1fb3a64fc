package vn.congtactreem.plan.api;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
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
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.congtactreem.base.ConflictException;
import vn.congtactreem.base.NotFoundException;
import vn.congtactreem.base.NotVisibleException;
import vn.congtactreem.base.ValidationException;
import vn.congtactreem.plan.Plan;
import vn.congtactreem.plan.PlanDraft;
import vn.congtactreem.plan.PlanService;
import vn.congtactreem.plan.PlanStatus;
import vn.congtactreem.plan.PlanSummary;
import vn.congtactreem.security.CurrentUser;
import vn.congtactreem.support.ApiSlice;

/**
 * /api/v1/plans in a slice: the mapping of each command to the service with the signed-in user, the JSON of a
 * plan, a broken rule as 400 with its field, a plan the caller may not know as 404, a stale save as 409, no
 * credentials as 401.
 */
@WebMvcTest(PlanController.class)
@Import(ApiSlice.class)
class PlanControllerSliceTests {

    @Autowired
    MockMvc mvc;
    @MockitoBean
    PlanService plans;
    @MockitoBean
    CurrentUser currentUser;

    @BeforeEach
    void signedIn() {
        when(currentUser.require()).thenReturn(ApiSlice.ACCOUNT);
    }

    private static RequestPostProcessor officer() {
        return httpBasic(ApiSlice.USER, ApiSlice.PASSWORD);
    }

    private static Plan plan(long id, PlanStatus status) {
        return plan(id, status, 0);
    }

    private static Plan plan(long id, PlanStatus status, long version) {
        return new Plan(id, 42L, "Xã Thử", "Kế hoạch công tác trẻ em năm 2026", 2026, 2026, status, null,
                "Bảo vệ trẻ em.", null, null, null, null, null, "Lục Xuân Đức", "PHÓ CHỦ TỊCH", 12, "KH-UBND",
                LocalDate.of(2026, 3, 4), null, List.of(), List.of(), List.of(), List.of(), List.of(), version);
    }

    @Test
    void theListIsThePlansTheCallerMaySeeAsJson() throws Exception {
        when(plans.visiblePlans(ApiSlice.ACCOUNT)).thenReturn(List.of(new PlanSummary(5L, 42L, "Xã Thử",
                "Kế hoạch năm 2026", 2026, 2026, PlanStatus.ISSUED, "12/KH-UBND", LocalDate.of(2026, 3, 4), 3L)));

        mvc.perform(get("/api/v1/plans").with(officer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].id").value(5))
                .andExpect(jsonPath("$[0].orgUnitName").value("Xã Thử"))
                .andExpect(jsonPath("$[0].status").value("ISSUED"))
                .andExpect(jsonPath("$[0].documentNumber").value("12/KH-UBND"))
                .andExpect(jsonPath("$[0].issuedOn").value("2026-03-04"))
                .andExpect(jsonPath("$[0].upperPlanId").value(3));
    }

    @Test
    void startingWithoutAnEndYearStartsAOneYearCycleAnswers201WithThePlan() throws Exception {
        when(plans.startCycle(ApiSlice.ACCOUNT, 42L, "Kế hoạch năm 2026", 2026, 2026))
                .thenReturn(plan(9L, PlanStatus.DRAFT));

        mvc.perform(post("/api/v1/plans").with(officer()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"orgUnitId\": 42, \"title\": \"Kế hoạch năm 2026\", \"yearFrom\": 2026}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.id").value(9))
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.title").value("Kế hoạch công tác trẻ em năm 2026"))
                .andExpect(jsonPath("$.docNumber").value(12))
                .andExpect(jsonPath("$.docSymbol").value("KH-UBND"))
                .andExpect(jsonPath("$.periods").isArray());
        verify(plans).startCycle(ApiSlice.ACCOUNT, 42L, "Kế hoạch năm 2026", 2026, 2026);
    }

    @Test
    void aStartWithABrokenRuleIs400NamingTheField() throws Exception {
        when(plans.startCycle(eq(ApiSlice.ACCOUNT), eq(42L), eq(" "), anyInt(), anyInt()))
                .thenThrow(new ValidationException("title", "plan.error.titleRequired"));

        mvc.perform(post("/api/v1/plans").with(officer()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"orgUnitId\": 42, \"title\": \" \", \"yearFrom\": 2026, \"yearTo\": 2027}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("title"))
                .andExpect(jsonPath("$.errors[0].message").value("Nhập tên kế hoạch."))
                .andExpect(jsonPath("$.code").value("plan.error.titleRequired"));
    }

    @Test
    void aYearThatIsNoNumberIs400NamingTheFieldAndStartsNothing() throws Exception {
        mvc.perform(post("/api/v1/plans").with(officer()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"orgUnitId\": 42, \"title\": \"Kế hoạch\", \"yearFrom\": \"năm nay\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("yearFrom"));
        verify(plans, never()).startCycle(any(), anyLong(), anyString(), anyInt(), anyInt());
    }

    @Test
    void aPlanTheCallerMayNotKnowIs404AsOneNeverMade() throws Exception {
        when(plans.get(ApiSlice.ACCOUNT, 7L)).thenThrow(new NotVisibleException("plan.error.notFound", 7L));
        when(plans.get(ApiSlice.ACCOUNT, 8L)).thenThrow(new NotFoundException("plan", "plan.error.notFound", 8L));

        mvc.perform(get("/api/v1/plans/7").with(officer()))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.title").value("Không tìm thấy"))
                .andExpect(jsonPath("$.detail").value("Không tìm thấy kế hoạch số 7."));
        mvc.perform(get("/api/v1/plans/8").with(officer()).header("Accept-Language", "en"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("Plan 8 was not found."));
    }

    @Test
    void anIdThatIsNoNumberIs400NamingTheId() throws Exception {
        mvc.perform(get("/api/v1/plans/abc").with(officer()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("id"));
    }

    @Test
    void theDraftReachesTheServiceWithItsIfMatchAndASaveFromAStalePageIs409() throws Exception {
        when(plans.saveDraft(eq(ApiSlice.ACCOUNT), eq(9L), any(PlanDraft.class), eq(3L)))
                .thenThrow(new ConflictException("plan", "concurrency.error.staleVersion"));

        mvc.perform(put("/api/v1/plans/9/draft").with(officer()).contentType(MediaType.APPLICATION_JSON)
                        .header("If-Match", "\"3\"")
                        .content("{\"title\": \"Kế hoạch năm 2026\", \"purpose\": \"Bảo vệ trẻ em.\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("concurrency.error.staleVersion"));
        ArgumentCaptor<PlanDraft> draft = ArgumentCaptor.forClass(PlanDraft.class);
        verify(plans).saveDraft(eq(ApiSlice.ACCOUNT), eq(9L), draft.capture(), eq(3L));
        org.assertj.core.api.Assertions.assertThat(draft.getValue().title()).isEqualTo("Kế hoạch năm 2026");
        org.assertj.core.api.Assertions.assertThat(draft.getValue().purpose()).isEqualTo("Bảo vệ trẻ em.");
    }

    @Test
    void thePlanAndASavedDraftAnswerTheirVersionAsETagAndWithoutIfMatchNothingIsChecked() throws Exception {
        when(plans.get(ApiSlice.ACCOUNT, 9L)).thenReturn(plan(9L, PlanStatus.DRAFT, 4));
        when(plans.saveDraft(eq(ApiSlice.ACCOUNT), eq(9L), any(PlanDraft.class), isNull()))
                .thenReturn(plan(9L, PlanStatus.DRAFT, 5));

        mvc.perform(get("/api/v1/plans/9").with(officer()))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"4\""))
                .andExpect(jsonPath("$.version").value(4));
        mvc.perform(put("/api/v1/plans/9/draft").with(officer()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\": \"Kế hoạch năm 2026\"}"))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"5\""));
        verify(plans).saveDraft(eq(ApiSlice.ACCOUNT), eq(9L), any(PlanDraft.class), isNull());
    }

    @Test
    void returningPassesTheCommentAndAnswersThePlanAsItIsNow() throws Exception {
        when(plans.returnForChanges(ApiSlice.ACCOUNT, 9L, "Sửa mục đích.")).thenReturn(plan(9L, PlanStatus.DRAFT));

        mvc.perform(post("/api/v1/plans/9/return").with(officer()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"comment\": \"Sửa mục đích.\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DRAFT"));
        verify(plans).returnForChanges(ApiSlice.ACCOUNT, 9L, "Sửa mục đích.");
    }

    @Test
    void withoutCredentialsNothingIsApprovedOrListed() throws Exception {
        mvc.perform(post("/api/v1/plans/9/approve")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/plans")).andExpect(status().isUnauthorized());
        mvc.perform(post("/api/v1/plans/9/approve").with(httpBasic(ApiSlice.USER, "wrong")))
                .andExpect(status().isUnauthorized());
        verify(plans, never()).approve(any(), anyLong());
        verify(plans, never()).visiblePlans(any());
    }
}
