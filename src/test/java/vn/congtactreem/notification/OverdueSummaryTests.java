package vn.congtactreem.notification;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.congtactreem.plan.PlanService;
import vn.congtactreem.plan.ReportingPeriod;
import vn.congtactreem.reporting.ReportEvents;
import vn.congtactreem.reporting.ReportingService;

/**
 * A period's overdue summary is built once: every later escalation of the period (at country size, tens of
 * thousands in the same minute) finds it written and reads nothing else.
 */
class OverdueSummaryTests {

    private final Outbox outbox = mock(Outbox.class);
    private final Recipients recipients = mock(Recipients.class);
    private final PlanService plans = mock(PlanService.class);
    private final ReportingService reporting = mock(ReportingService.class);
    private final OverdueSummary summary = new OverdueSummary(outbox, recipients, plans, reporting);

    @Test
    void aLaterEscalationOfThePeriodFindsTheSummaryWrittenAndReadsNoReports() {
        when(outbox.alreadyWritten(NotificationKind.OVERDUE_SUMMARY, 7L, "")).thenReturn(true);

        summary.on(new ReportEvents.ReportOverdue(1, 2, 3, 7));

        verifyNoInteractions(reporting, recipients, plans);
        verify(outbox, never()).record(any());
    }

    @Test
    void theFirstEscalationReadsThePeriodsReports() {
        when(outbox.alreadyWritten(NotificationKind.OVERDUE_SUMMARY, 7L, "")).thenReturn(false);
        ReportingPeriod period = mock(ReportingPeriod.class);
        when(period.id()).thenReturn(7L);
        when(plans.period(7L)).thenReturn(period);
        when(reporting.ofPeriod(7L)).thenReturn(List.of());

        summary.on(new ReportEvents.ReportOverdue(1, 2, 3, 7));

        verify(reporting).ofPeriod(7L);
        // nothing owed any more (all submitted meanwhile): nothing written
        verify(outbox, never()).record(any());
    }
}
