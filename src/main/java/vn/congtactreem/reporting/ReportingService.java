package vn.congtactreem.reporting;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.congtactreem.base.ConflictException;
import vn.congtactreem.org.UserAccount;
import vn.congtactreem.reporting.internal.UnitReportEntity;

/**
 * Unit reports: opened for every assigned unit when a period opens, written and submitted by the
 * unit (late ones accepted and marked late), accepted or returned by the officer. An accepted
 * report is locked. The reporting feature's API for unit reports; the work is done by its parts along
 * these seams: {@link UnitReportReads} (queries and visibility), {@link UnitReportWriting} (the unit's
 * commands), {@link UnitReportReview} (the officer's) and {@link UnitReportSteps} (what the processes run).
 */
@Service
@Transactional
public class ReportingService {

    private final UnitReportReads reads;
    private final UnitReportWriting writing;
    private final UnitReportReview review;
    private final UnitReportSteps steps;

    ReportingService(UnitReportReads reads, UnitReportWriting writing, UnitReportReview review,
                     UnitReportSteps steps) {
        this.reads = reads;
        this.writing = writing;
        this.review = review;
        this.steps = steps;
    }

    // ---------------------------------------------------------------- reads

    /** A report the user may see: their unit's, or one of a plan of their organisation. */
    @Transactional(readOnly = true)
    public UnitReport get(UserAccount user, long reportId) {
        return reads.get(user, reportId);
    }

    /** The reports of a period the user may see: all of them for the plan's organisation, else their own. */
    @Transactional(readOnly = true)
    public List<UnitReport> ofPeriod(UserAccount user, long periodId) {
        return reads.ofPeriod(user, periodId);
    }

    @Transactional(readOnly = true)
    public List<UnitReport> ofPeriod(long periodId) {
        return reads.ofPeriod(periodId);
    }

    @Transactional(readOnly = true)
    public UnitReport load(long reportId) {
        return reads.load(reportId);
    }

    /** The unit report of {@code orgUnitId} in the period, if that unit was assigned. */
    @Transactional(readOnly = true)
    public Optional<UnitReport> reportOf(long periodId, long orgUnitId) {
        return reads.reportOf(periodId, orgUnitId);
    }

    // ---------------------------------------------------------------- the unit's commands

    /** The unit confirms it has read its part of the plan (once for all periods). */
    public void acknowledge(UserAccount reporter, long reportId) {
        writing.acknowledge(reporter, reportId);
    }

    /** Saves what the unit wrote; any time before the report is accepted. */
    public UnitReport saveDraft(UserAccount reporter, long reportId, UnitReportForm form) {
        return saveDraft(reporter, reportId, form, null);
    }

    /**
     * The same, refused ({@link ConflictException}) if the report changed since the person read it at
     * {@code expectedVersion} (null: no check): a save from a stale page never overwrites a newer one.
     */
    public UnitReport saveDraft(UserAccount reporter, long reportId, UnitReportForm form, Long expectedVersion) {
        writing.saveDraft(reporter, reportId, form, expectedVersion);
        return reads.load(reportId);
    }

    /** Submits the report; after the last day it is accepted and marked late. */
    public UnitReport submit(UserAccount reporter, long reportId, UnitReportForm form) {
        return submit(reporter, reportId, form, null);
    }

    /** The same, refused if the report changed since {@code expectedVersion} (null: no check). */
    public UnitReport submit(UserAccount reporter, long reportId, UnitReportForm form, Long expectedVersion) {
        writing.submit(reporter, reportId, form, expectedVersion);
        return reads.load(reportId);
    }

    /** The report, if the reporter's unit may still change it (its texts and its files). */
    UnitReportEntity requireEditable(UserAccount reporter, long reportId) {
        return writing.requireEditable(reporter, reportId);
    }

    // ---------------------------------------------------------------- the officer's review

    public UnitReport accept(UserAccount officer, long reportId) {
        review.accept(officer, reportId);
        return reads.load(reportId);
    }

    public UnitReport returnForChanges(UserAccount officer, long reportId, String comment) {
        review.returnForChanges(officer, reportId, comment);
        return reads.load(reportId);
    }

    // ---------------------------------------------------------------- system steps

    /** Opens a period: one report and one unit-report process per assigned unit. */
    public void openPeriod(long periodId) {
        steps.openPeriod(periodId);
    }

    @Transactional(readOnly = true)
    public Date dueAt(long reportId) {
        return steps.dueAt(reportId);
    }

    /**
     * When the officer's review of the report is due: {@code reviewDays} after it arrived (now, if it has not),
     * never after the plan's own last day upward. Reads the report's row and its period only (every submission asks).
     */
    @Transactional(readOnly = true)
    public Date reviewDueAt(long reportId, int reviewDays) {
        return steps.reviewDueAt(reportId, reviewDays);
    }

    /** A reminder date of the period: one reminder to every unit whose report is still awaited. */
    public void remindAwaitedUnits(long periodId) {
        steps.remindAwaitedUnits(periodId);
    }

    /**
     * The period's cut-off (the end of the units' last day): every report still missing is escalated, once. A
     * report first submitted on time and returned after the last day is not overdue: nothing is escalated for it.
     */
    public void escalateOverdueReports(long periodId) {
        steps.escalateOverdueReports(periodId);
    }

    /**
     * After the officer's decision: a sub-area hears whether the upper level accepted or returned its
     * consolidated report; once every report of the period is accepted, the period stops waiting.
     */
    public void afterReview(long reportId) {
        steps.afterReview(reportId);
    }

    /**
     * Whether the acceptance of this report, in the caller's transaction, leaves no report of its period unaccepted.
     * Holds the period's row until the transaction ends, so two acceptances of the period's last reports answer one
     * after the other and the second sees the first. False for a report not accepted.
     */
    public boolean periodCompleteAfter(long reportId) {
        return steps.periodCompleteAfter(reportId);
    }

    /** A sub-area's approved consolidated report arrives as its unit report in the upper level. */
    public void receiveFromSubArea(long upperReportId, long consolidatedReportId, String by) {
        steps.receiveFromSubArea(upperReportId, consolidatedReportId, by);
    }
}
