package vn.congtactreem.document.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import vn.congtactreem.document.Attachment;

/**
 * Files' rows. The bytes (up to 20 MB) are read only by {@link #contentOf}: descriptions and access checks read
 * the other columns alone ({@link #findDescriptionById}); without bytecode enhancement a lazy column would not be.
 */
public interface AttachmentRepository extends JpaRepository<AttachmentEntity, Long> {

    @Query("select new vn.congtactreem.document.Attachment(a.id, a.fileName, a.contentType, a.sizeBytes,"
            + " a.uploadedBy, a.uploadedAt) from AttachmentEntity a where a.id = :id")
    Optional<Attachment> findDescriptionById(@Param("id") long id);

    @Query("select a.content from AttachmentEntity a where a.id = :id")
    List<byte[]> contentOf(@Param("id") long id);
}
