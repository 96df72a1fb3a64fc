package vn.congtactreem.inbox.api;

import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import vn.congtactreem.base.NotAllowedException;
import vn.congtactreem.base.ValidationException;
import vn.congtactreem.inbox.WorkItem;
import vn.congtactreem.inbox.WorkItems;
import vn.congtactreem.security.CurrentUser;
import vn.congtactreem.support.ApiSlice;

/** /api/v1/tasks in a slice: paging bounds, 401 without credentials, 403 and 400 as the API's problem body. */
@WebMvcTest(TaskController.class)
@Import(ApiSlice.class)
class TaskControllerSliceTests {

    private static final WorkItem TASK = new WorkItem("t-1", "Duyệt kế hoạch", "plan-cycle", "ApprovePlan", "plan:5",
            null, Instant.parse("2026-01-05T02:00:00Z"), null, Map.of("planId", 5L));

    @Autowired
    MockMvc mvc;
    @MockitoBean
    WorkItems work;
    @MockitoBean
    CurrentUser currentUser;

    @BeforeEach
    void signedIn() {
        when(currentUser.require()).thenReturn(ApiSlice.ACCOUNT);
    }

    @Test
    void withoutCredentialsTheApiAnswers401AndAsksNoService() throws Exception {
        mvc.perform(get("/api/v1/tasks")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/tasks").with(httpBasic(ApiSlice.USER, "wrong"))).andExpect(status().isUnauthorized());
        verify(work, never()).of(org.mockito.ArgumentMatchers.any(), anyInt(), anyInt());
    }

    @Test
    void theListIsPagedWithinBounds() throws Exception {
        when(work.of(ApiSlice.ACCOUNT, 0, 200)).thenReturn(List.of(TASK));
        mvc.perform(get("/api/v1/tasks?offset=-5&limit=5000").with(httpBasic(ApiSlice.USER, ApiSlice.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].id").value("t-1"))
                .andExpect(jsonPath("$[0].ids.planId").value(5));
    }

    @Test
    void claimingATaskOfAnotherUnitIs403WithTheProblemBody() throws Exception {
        when(work.claim(eq(ApiSlice.ACCOUNT), eq("t-1"))).thenThrow(new NotAllowedException("not a candidate"));
        mvc.perform(post("/api/v1/tasks/t-1/claim").with(httpBasic(ApiSlice.USER, ApiSlice.PASSWORD))
                        .header("Accept-Language", "en"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.status").value(403))
                .andExpect(jsonPath("$.title").value("Not allowed"));
    }

    @Test
    void aBrokenRuleIs400WithTheFieldAndTheBundlesMessage() throws Exception {
        when(work.claim(eq(ApiSlice.ACCOUNT), eq("t-1")))
                .thenThrow(new ValidationException("title", "plan.error.titleRequired"));
        mvc.perform(post("/api/v1/tasks/t-1/claim").with(httpBasic(ApiSlice.USER, ApiSlice.PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Dữ liệu chưa hợp lệ"))
                .andExpect(jsonPath("$.code").value("plan.error.titleRequired"))
                .andExpect(jsonPath("$.errors[0].field").value("title"))
                .andExpect(jsonPath("$.errors[0].message").value("Nhập tên kế hoạch."));
    }

    @Test
    void aChangeSentFromAnotherSiteIsRefusedBeforeTheService() throws Exception {
        mvc.perform(post("/api/v1/tasks/t-1/claim").with(httpBasic(ApiSlice.USER, ApiSlice.PASSWORD))
                        .header("Sec-Fetch-Site", "cross-site"))
                .andExpect(status().isForbidden());
        verify(work, never()).claim(org.mockito.ArgumentMatchers.any(), org.mockito.ArgumentMatchers.anyString());
    }
}
