package vn.congtactreem.base.ui;

import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import java.util.List;

/**
 * The upload component's own texts in the reader's language: without them a file over the limit is
 * refused in the browser with "File is Too Big." (and the rejected-file listeners show that text). Call it
 * after {@code setMaxFileSize}: the message names the limit.
 */
public final class UploadTexts {

    private UploadTexts() {
    }

    public static Upload apply(Upload upload) {
        long megabytes = Math.max(1, Math.round(upload.getMaxFileSize() / (1024.0 * 1024.0)));
        UploadI18N i18n = new UploadI18N();
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(text(upload, "upload.dropFile"))
                .setMany(text(upload, "upload.dropFiles")));
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(text(upload, "upload.addFile"))
                .setMany(text(upload, "upload.addFiles")));
        i18n.setError(new UploadI18N.Error().setTooManyFiles(text(upload, "upload.error.tooManyFiles"))
                .setFileIsTooBig(upload.getTranslation("upload.error.fileIsTooBig", megabytes))
                .setIncorrectFileType(text(upload, "upload.error.incorrectFileType")));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status().setConnecting(text(upload, "upload.status.connecting"))
                        .setStalled(text(upload, "upload.status.stalled"))
                        .setProcessing(text(upload, "upload.status.processing"))
                        .setHeld(text(upload, "upload.status.held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                        .setPrefix(text(upload, "upload.remaining.prefix"))
                        .setUnknown(text(upload, "upload.remaining.unknown")))
                .setError(new UploadI18N.Uploading.Error()
                        .setServerUnavailable(text(upload, "upload.error.serverUnavailable"))
                        .setUnexpectedServerError(text(upload, "upload.error.unexpected"))
                        .setForbidden(text(upload, "upload.error.forbidden"))));
        i18n.setUnits(new UploadI18N.Units(List.of("B", "kB", "MB", "GB", "TB")));
        upload.setI18n(i18n);
        return upload;
    }

    private static String text(Upload upload, String key) {
        return upload.getTranslation(key);
    }
}
