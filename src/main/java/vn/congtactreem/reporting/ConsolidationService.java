package vn.congtactreem.reporting;

import java.util.List;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.congtactreem.document.DocxFile;
import vn.congtactreem.document.OfficialDocument;
import vn.congtactreem.indicator.Reading;
import vn.congtactreem.org.UserAccount;

/**
 * An organisation's consolidated report for a period: aggregated by the system from the unit
 * reports (missing ones listed, not waited for), written by the officer, approved by the leader and
 * submitted upward. For an upper level in the system it arrives as this organisation's unit report.
 * The reporting feature's API for consolidated reports; the work is done by its parts along these seams:
 * {@link ConsolidatedReports} (queries and lookups), {@link ConsolidatedReportDocuments} (the signed document),
 * {@link ConsolidationWriting} (aggregation and the officer's writing) and {@link ConsolidationDecisions} (the
 * leader's decision, the submission upward and the upper level's answer).
 */
@Service
@Transactional
public class ConsolidationService {

    private final ConsolidatedReports reports;
    private final ConsolidatedReportDocuments documents;
    private final ConsolidationWriting writing;
    private final ConsolidationDecisions decisions;

    ConsolidationService(ConsolidatedReports reports, ConsolidatedReportDocuments documents,
                         ConsolidationWriting writing, ConsolidationDecisions decisions) {
        this.reports = reports;
        this.documents = documents;
        this.writing = writing;
        this.decisions = decisions;
    }

    @Transactional(readOnly = true)
    public ConsolidatedReport get(UserAccount user, long id) {
        return reports.get(user, id);
    }

    @Transactional(readOnly = true)
    public ConsolidatedReport load(long id) {
        return reports.load(id);
    }

    /**
     * The report as the document its leader signs, for a user who may read it: numbered and dated once
     * approved, blanks before. The targets' figures (section II) come with the indicators.
     */
    @Transactional(readOnly = true)
    public OfficialDocument document(UserAccount user, long id) {
        return documents.document(user, id);
    }

    /** {@link #document} as a DOCX file, "BC-5-2024-An-Dương.docx". */
    @Transactional(readOnly = true)
    public DocxFile documentFile(UserAccount user, long id) {
        return documents.documentFile(user, id);
    }

    @Transactional(readOnly = true)
    public Optional<ConsolidatedReport> ofPeriod(long periodId, long orgUnitId) {
        return reports.ofPeriod(periodId, orgUnitId);
    }

    /**
     * The system's part: lists the units whose report is not accepted and, the first time, drafts
     * the summary from the accepted reports; figures, list and draft come from that one set of
     * reports, kept as the report's snapshot. Runs again after every return, so late reports count.
     */
    public long aggregate(long periodId, long orgUnitId) {
        return writing.aggregate(periodId, orgUnitId);
    }

    /**
     * "N báo cáo mới được chấp nhận — cập nhật số liệu?": takes the reports accepted since the
     * snapshot into the figures and off the missing list, their facts added below the officer's text.
     */
    public ConsolidatedReport refresh(UserAccount officer, long id) {
        return writing.refresh(officer, id);
    }

    public ConsolidatedReport saveDraft(UserAccount officer, long id, String summary) {
        return saveDraft(officer, id, summary, null);
    }

    /**
     * Saves the officer's text and the organisation's own values (for targets no unit answers for;
     * null keeps them as saved), as typed.
     */
    public ConsolidatedReport saveDraft(UserAccount officer, long id, String summary, List<Reading> own) {
        return saveDraft(officer, id, summary, own, null);
    }

    /**
     * The same, refused ({@link vn.congtactreem.base.ConflictException}) if the report changed since the officer
     * read it at {@code expectedVersion} (null: no check); every save moves the version on, and the answer carries
     * the new one.
     */
    public ConsolidatedReport saveDraft(UserAccount officer, long id, String summary, List<Reading> own,
                                        Long expectedVersion) {
        return writing.saveDraft(officer, id, summary, own, expectedVersion);
    }

    public ConsolidatedReport submitForApproval(UserAccount officer, long id, String summary) {
        return submitForApproval(officer, id, summary, null);
    }

    public ConsolidatedReport submitForApproval(UserAccount officer, long id, String summary, List<Reading> own) {
        return submitForApproval(officer, id, summary, own, null);
    }

    /** The same, refused if the report changed since {@code expectedVersion} (null: no check). */
    public ConsolidatedReport submitForApproval(UserAccount officer, long id, String summary, List<Reading> own,
                                                Long expectedVersion) {
        return writing.submitForApproval(officer, id, summary, own, expectedVersion);
    }

    public ConsolidatedReport approve(UserAccount leader, long id) {
        return approve(leader, id, false);
    }

    /**
     * Approves; a report whose snapshot misses reports accepted since only with {@code staleSeen}
     * (the leader saw the warning and approves the figures as they are).
     */
    public ConsolidatedReport approve(UserAccount leader, long id, boolean staleSeen) {
        return decisions.approve(leader, id, staleSeen);
    }

    public ConsolidatedReport returnForChanges(UserAccount leader, long id, String comment) {
        return decisions.returnForChanges(leader, id, comment);
    }

    /**
     * Submits the approved report upward; late after the organisation's own last day. Answers whether
     * the upper level reviews it in the system (then its decision comes back to this process).
     */
    public boolean submitUpward(long id) {
        return decisions.submitUpward(id);
    }

    /** The upper level's decision on this report, as it arrived (accepted, or returned with its comment). */
    @EventListener
    public void recordUpperDecision(ReportEvents.SubAreaReportReviewed decision) {
        decisions.recordUpperDecision(decision);
    }
}
