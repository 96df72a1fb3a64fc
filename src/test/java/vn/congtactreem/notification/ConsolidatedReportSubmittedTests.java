package vn.congtactreem.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import vn.congtactreem.base.CycleClock;
import vn.congtactreem.org.OrgService;
import vn.congtactreem.org.OrgUnit;
import vn.congtactreem.org.OrgUnitKind;
import vn.congtactreem.org.Role;
import vn.congtactreem.plan.CycleTimeline;
import vn.congtactreem.plan.PeriodKind;
import vn.congtactreem.plan.PeriodStatus;
import vn.congtactreem.plan.PlanService;
import vn.congtactreem.plan.PlanStatus;
import vn.congtactreem.plan.PlanSummary;
import vn.congtactreem.plan.ReportingPeriod;
import vn.congtactreem.reporting.ConsolidatedReport;
import vn.congtactreem.reporting.ConsolidatedReportStatus;
import vn.congtactreem.reporting.ConsolidationService;
import vn.congtactreem.reporting.ReportEvents;
import vn.congtactreem.reporting.ReportingService;

/**
 * Who hears of a consolidated report sent upward when no upper report waits for it: the officers of the
 * organisation above; nobody for a top-level organisation (a province), whose submission must not fail.
 */
class ConsolidatedReportSubmittedTests {

    private static final long REPORT = 5;
    private static final long PERIOD = 7;
    private static final long PLAN = 9;

    private final Outbox outbox = mock(Outbox.class);
    private final PlanService plans = mock(PlanService.class);
    private final ConsolidationService consolidation = mock(ConsolidationService.class);
    private final OrgService orgs = mock(OrgService.class);
    private final NotificationEvents events = new NotificationEvents(outbox, plans, mock(ReportingService.class),
            consolidation, orgs, mock(CycleTimeline.class), mock(CycleClock.class));

    @Test
    void aProvinceWithNoOrganisationAboveSubmitsAndNobodyIsNotified() {
        long province = 1;
        givenReportOf(province, null);

        events.on(new ReportEvents.ConsolidatedReportSubmitted(REPORT, province, null));

        verify(outbox, never()).record(any());
    }

    @Test
    void aCommuneWithNoUpperReportNotifiesTheOfficersAboveIt() {
        long district = 2;
        long commune = 3;
        givenReportOf(commune, district);

        events.on(new ReportEvents.ConsolidatedReportSubmitted(REPORT, commune, null));

        ArgumentCaptor<NotificationDraft> sent = ArgumentCaptor.forClass(NotificationDraft.class);
        verify(outbox).record(sent.capture());
        assertThat(sent.getValue().kind()).isEqualTo(NotificationKind.CONSOLIDATED_REPORT_SUBMITTED);
        assertThat(sent.getValue().audiences()).containsExactly(new Audience(district, Role.OFFICER));
    }

    private void givenReportOf(long orgUnitId, Long parentId) {
        when(consolidation.load(REPORT)).thenReturn(new ConsolidatedReport(REPORT, PERIOD, orgUnitId, "Tỉnh Lai Châu",
                ConsolidatedReportStatus.SUBMITTED, "Báo cáo năm", List.of(), null, null, null, false, null,
                "lanhdao", null, null, null, null));
        when(plans.period(PERIOD)).thenReturn(new ReportingPeriod(PERIOD, PLAN, 2026, PeriodKind.ANNUAL,
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), LocalDate.of(2026, 12, 1),
                LocalDate.of(2026, 12, 15), null, List.of(7, 1), PeriodStatus.OPEN, null));
        when(plans.summary(PLAN)).thenReturn(new PlanSummary(PLAN, orgUnitId, "Tỉnh Lai Châu",
                "Kế hoạch công tác trẻ em năm 2026", 2026, 2026, PlanStatus.ISSUED, "12/KH-UBND", null, null));
        when(orgs.find(orgUnitId)).thenReturn(Optional.of(new OrgUnit(orgUnitId, parentId, OrgUnitKind.AREA,
                parentId == null ? "PROVINCE" : "COMMUNE", null, "Tỉnh Lai Châu", true, null, null)));
    }
}
