package vn.congtactreem.document.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.congtactreem.document.Attachment;
import vn.congtactreem.document.AttachmentService;
import vn.congtactreem.base.CycleClock;
import vn.congtactreem.security.CurrentUser;

/** Upload a file (then pass its id, e.g. as the upper plan's {@code fileId}) and download it again. */
@RestController
@RequestMapping("/api/v1/attachments")
@Tag(name = "Tệp đính kèm", description = "PDF or Word files, up to 20 MB")
class AttachmentController {

    private final AttachmentService attachments;
    private final CurrentUser currentUser;
    private final CycleClock clock;

    AttachmentController(AttachmentService attachments, CurrentUser currentUser, CycleClock clock) {
        this.attachments = attachments;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Upload a PDF or Word file (form field 'file')")
    Attachment upload(@RequestParam("file") MultipartFile file) throws IOException {
        return attachments.store(currentUser.require(), file.getOriginalFilename(), file.getBytes(), clock.now());
    }

    @GetMapping("/{id}")
    @Operation(summary = "Download a file (for its uploader and whoever may read what it belongs to; else 404)")
    ResponseEntity<byte[]> download(@PathVariable long id) {
        Attachment attachment = attachments.readable(currentUser.require(), id);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(attachment.fileName(), StandardCharsets.UTF_8).build().toString())
                .contentType(MediaType.parseMediaType(attachment.contentType()))
                .body(attachments.content(id));
    }
}
