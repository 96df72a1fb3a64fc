package vn.congtactreem.reporting;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.congtactreem.base.NotAllowedException;
import vn.congtactreem.base.CycleClock;
import vn.congtactreem.base.NotFoundException;
import vn.congtactreem.base.ValidationException;
import vn.congtactreem.document.Attachment;
import vn.congtactreem.document.AttachmentOwner;
import vn.congtactreem.document.AttachmentService;
import vn.congtactreem.org.UserAccount;
import vn.congtactreem.reporting.internal.UnitReportFiles;

/**
 * The files a unit attaches to its report (minutes, lists, photos): added and removed while the
 * unit may still change its report, read by whoever may read the report.
 */
@Service
@Transactional
public class ReportFiles implements AttachmentOwner {

    public static final int MAX_FILES = 10;

    private final ReportingService reporting;
    private final UnitReportReads reads;
    private final AttachmentService attachments;
    private final UnitReportFiles files;
    private final CycleClock clock;

    ReportFiles(ReportingService reporting, UnitReportReads reads, AttachmentService attachments,
                UnitReportFiles files, CycleClock clock) {
        this.reporting = reporting;
        this.reads = reads;
        this.attachments = attachments;
        this.files = files;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Attachment> of(UserAccount user, long reportId) {
        reporting.get(user, reportId);
        return files.of(reportId).stream().map(attachments::describe).toList();
    }

    public Attachment attach(UserAccount reporter, long reportId, String fileName, byte[] content) {
        reporting.requireEditable(reporter, reportId);
        if (files.of(reportId).size() >= MAX_FILES) {
            throw new ValidationException("file", "report.error.tooManyFiles", MAX_FILES);
        }
        Attachment attachment = attachments.store(reporter, fileName, content, clock.now());
        files.link(reportId, attachment.id());
        return attachment;
    }

    public void remove(UserAccount reporter, long reportId, long attachmentId) {
        reporting.requireEditable(reporter, reportId);
        if (!files.unlink(reportId, attachmentId)) {
            throw new NotFoundException("file", "attachment.error.notFound", attachmentId);
        }
    }

    /** The file's bytes, for a user who may read the report it belongs to. */
    @Transactional(readOnly = true)
    public byte[] content(UserAccount user, long reportId, long attachmentId) {
        reporting.get(user, reportId);
        if (!files.belongs(reportId, attachmentId)) {
            throw new NotFoundException("file", "attachment.error.notFound", attachmentId);
        }
        return attachments.content(attachmentId);
    }

    /**
     * Evidence may be read by whoever may read one of the reports it is attached to ({@link ReportingService#get}'s
     * rule), answered without marking the caller's transaction for rollback: the refusal is asked of the reads,
     * which let it pass (as {@code PlanService.mayRead} does).
     */
    @Override
    @Transactional(readOnly = true)
    public boolean mayRead(UserAccount user, long attachmentId) {
        return files.reportsHolding(attachmentId).stream().anyMatch(reportId -> {
            try {
                reads.get(user, reportId);
                return true;
            } catch (NotAllowedException e) {
                return false;
            }
        });
    }
}
