package vn.congtactreem.document;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.congtactreem.base.NotFoundException;
import vn.congtactreem.base.ValidationException;
import vn.congtactreem.document.internal.AttachmentEntity;
import vn.congtactreem.document.internal.AttachmentRepository;
import vn.congtactreem.org.UserAccount;

/** Files people upload (the upper level's plan, a report's evidence): checked, stored whole, read back. */
@Service
@Transactional
public class AttachmentService {

    public static final long MAX_BYTES = 20L * 1024 * 1024;
    private static final Map<String, String> ALLOWED = Map.of(
            "pdf", "application/pdf",
            "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "doc", "application/msword",
            "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "xls", "application/vnd.ms-excel",
            "jpg", "image/jpeg",
            "jpeg", "image/jpeg",
            "png", "image/png");

    private final AttachmentRepository attachments;
    private final ObjectProvider<AttachmentOwner> owners;

    public AttachmentService(AttachmentRepository attachments, ObjectProvider<AttachmentOwner> owners) {
        this.attachments = attachments;
        this.owners = owners;
    }

    /**
     * Stores the file under a server-generated id: its kind is told by its content (a page named
     * ".pdf" must start as a PDF), its name is kept only for display, cleaned of folders and control
     * characters.
     */
    public Attachment store(UserAccount uploader, String fileName, byte[] content, Instant at) {
        String name = FileContent.displayName(fileName);
        String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
        if (!ALLOWED.containsKey(extension)) {
            throw new ValidationException("file", "attachment.error.type", name);
        }
        if (content == null || content.length == 0) {
            throw new ValidationException("file", "attachment.error.empty", name);
        }
        if (content.length > MAX_BYTES) {
            throw new ValidationException("file", "attachment.error.tooLarge", name, MAX_BYTES / (1024 * 1024));
        }
        if (!FileContent.matches(extension, content)) {
            throw new ValidationException("file", "attachment.error.content", name, extension.toUpperCase(Locale.ROOT));
        }
        return attachments.save(new AttachmentEntity(name, ALLOWED.get(extension), content, uploader.username(), at))
                .toAttachment();
    }

    @Transactional(readOnly = true)
    public Attachment describe(long id) {
        return require(id);
    }

    @Transactional(readOnly = true)
    public byte[] content(long id) {
        return attachments.contentOf(id).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("file", "attachment.error.notFound", id));
    }

    @Transactional(readOnly = true)
    public boolean exists(long id) {
        return attachments.existsById(id);
    }

    /**
     * The file, for a user who uploaded it or may read a record it belongs to; for anyone else it
     * does not exist ({@link NotFoundException}: ids are sequential, a refusal must reveal nothing).
     */
    @Transactional(readOnly = true)
    public Attachment readable(UserAccount user, long id) {
        Attachment attachment = attachments.findDescriptionById(id).orElse(null);
        if (attachment == null || !mayRead(user, attachment)) {
            throw new NotFoundException("file", "attachment.error.notFound", id);
        }
        return attachment;
    }

    /** Whether the user may read the file (uploaded it, or may read what it belongs to). */
    @Transactional(readOnly = true)
    public boolean mayRead(UserAccount user, long id) {
        return attachments.findDescriptionById(id).map(a -> mayRead(user, a)).orElse(false);
    }

    private boolean mayRead(UserAccount user, Attachment attachment) {
        return user.active() && (user.username().equals(attachment.uploadedBy())
                || owners.orderedStream().anyMatch(owner -> owner.mayRead(user, attachment.id())));
    }

    private Attachment require(long id) {
        return attachments.findDescriptionById(id)
                .orElseThrow(() -> new NotFoundException("file", "attachment.error.notFound", id));
    }
}
