package vn.congtactreem.document;

import java.time.Instant;

/** An uploaded file's description (its bytes are read separately). */
public record Attachment(long id, String fileName, String contentType, long sizeBytes, String uploadedBy,
                         Instant uploadedAt) {
}
