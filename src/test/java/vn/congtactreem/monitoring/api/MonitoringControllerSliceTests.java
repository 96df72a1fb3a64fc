package vn.congtactreem.monitoring.api;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import vn.congtactreem.base.NotAllowedException;
import vn.congtactreem.monitoring.MonitoringReminders;
import vn.congtactreem.monitoring.MonitoringService;
import vn.congtactreem.monitoring.MonitoringWorkbook;
import vn.congtactreem.monitoring.PlanChoice;
import vn.congtactreem.security.CurrentUser;
import vn.congtactreem.support.ApiSlice;

/** /api/v1/monitoring in a slice: the default year, 403 out of scope, 400 for an id that is no number, 401. */
@WebMvcTest(MonitoringController.class)
@Import(ApiSlice.class)
class MonitoringControllerSliceTests {

    @Autowired
    MockMvc mvc;
    @MockitoBean
    MonitoringService monitoring;
    @MockitoBean
    MonitoringReminders reminders;
    @MockitoBean
    MonitoringWorkbook workbook;
    @MockitoBean
    CurrentUser currentUser;

    @BeforeEach
    void signedIn() {
        when(currentUser.require()).thenReturn(ApiSlice.ACCOUNT);
    }

    @Test
    void withoutAYearThePlansAreThoseOfTheCycleClocksYear() throws Exception {
        when(monitoring.currentYear()).thenReturn(2025);
        when(monitoring.plans(ApiSlice.ACCOUNT, 2025))
                .thenReturn(List.of(new PlanChoice(5L, "Kế hoạch 2025", 42L, "Xã An Dương", 2025, 2025)));
        mvc.perform(get("/api/v1/monitoring/plans").with(httpBasic(ApiSlice.USER, ApiSlice.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].planId").value(5))
                .andExpect(jsonPath("$[0].yearFrom").value(2025));
    }

    @Test
    void aPeriodOutOfTheCallersScopeIs403() throws Exception {
        when(monitoring.overview(ApiSlice.ACCOUNT, 9L)).thenThrow(new NotAllowedException("out of scope"));
        mvc.perform(get("/api/v1/monitoring/periods/9/tiles").with(httpBasic(ApiSlice.USER, ApiSlice.PASSWORD)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.title").value("Không có quyền"));
    }

    @Test
    void anIdThatIsNoNumberIs400NamingTheField() throws Exception {
        mvc.perform(get("/api/v1/monitoring/plans/abc/periods").with(httpBasic(ApiSlice.USER, ApiSlice.PASSWORD))
                        .header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Invalid data"))
                .andExpect(jsonPath("$.errors[0].field").value("planId"))
                .andExpect(jsonPath("$.errors[0].message").value("Wrong type."));
        verify(monitoring, never()).periods(any(), anyLong());
    }

    @Test
    void remindersWithoutCredentialsAre401AndRemindNobody() throws Exception {
        mvc.perform(post("/api/v1/monitoring/periods/9/reminders")).andExpect(status().isUnauthorized());
        verify(reminders, never()).remindAwaited(any(), anyLong());
    }
}
