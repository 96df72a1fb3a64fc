package vn.congtactreem.document.internal;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.congtactreem.document.Attachment;

@Entity
@Table(name = "attachment")
public class AttachmentEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "file_name")
    private String fileName;
    @Column(name = "content_type")
    private String contentType;
    @Column(name = "size_bytes")
    private long sizeBytes;
    @Basic(fetch = FetchType.LAZY)
    private byte[] content;
    @Column(name = "uploaded_by")
    private String uploadedBy;
    @Column(name = "uploaded_at")
    private Instant uploadedAt;

    protected AttachmentEntity() {
    }

    public AttachmentEntity(String fileName, String contentType, byte[] content, String uploadedBy, Instant at) {
        this.fileName = fileName;
        this.contentType = contentType;
        this.content = content;
        this.sizeBytes = content.length;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = at;
    }

    public byte[] getContent() {
        return content;
    }

    public Attachment toAttachment() {
        return new Attachment(id, fileName, contentType, sizeBytes, uploadedBy, uploadedAt);
    }
}
