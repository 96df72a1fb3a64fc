package vn.congtactreem.reporting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.ByteArrayInputStream;
import vn.congtactreem.base.ValidationException;
import vn.congtactreem.document.Attachment;
import vn.congtactreem.document.AttachmentService;
import vn.congtactreem.security.CurrentUser;
import vn.congtactreem.reporting.ReportFiles;

/**
 * A unit report's files: each downloadable by whoever may read the report; while the unit writes,
 * it adds (PDF, Word, Excel, photos) and removes them. A refused file says why, next to the upload.
 */
class ReportFilesPanel extends Div {

    private final ReportFiles files;
    private final CurrentUser currentUser;
    private final long reportId;
    private final boolean editable;
    final UnorderedList list = new UnorderedList();
    final Span error = new Span();
    Upload upload;

    ReportFilesPanel(ReportFiles files, CurrentUser currentUser, long reportId, boolean editable) {
        this.files = files;
        this.currentUser = currentUser;
        this.reportId = reportId;
        this.editable = editable;
        addClassName("report-files");
        if (!editable) {
            addClassName("read-only");
        }
        Span heading = new Span(getTranslation("report.files") + ": ");
        heading.addClassName("field-label");
        error.addClassName("form-error");
        error.setVisible(false);
        add(heading, list);
        if (editable) {
            upload = new Upload(UploadHandler.inMemory((metadata, data) -> getUI().ifPresent(
                    ui -> ui.access(() -> receive(metadata.fileName(), data)))));
            upload.setMaxFileSize((int) AttachmentService.MAX_BYTES);
            vn.congtactreem.base.ui.UploadTexts.apply(upload);
            upload.setAcceptedFileTypes(".pdf", ".doc", ".docx", ".xls", ".xlsx", ".jpg", ".jpeg", ".png");
            upload.setDropLabel(new Span(getTranslation("report.files.drop")));
            upload.setUploadButton(new Button(getTranslation("report.files.choose")));
            upload.addFileRejectedListener(e -> showError(e.getErrorMessage()));
            add(upload, error);
        }
        refresh();
    }

    /** Stores an uploaded file with the report; a refused file is named with the reason. */
    void receive(String fileName, byte[] content) {
        try {
            Attachment added = files.attach(currentUser.require(), reportId, fileName, content);
            error.setVisible(false);
            Notification.show(getTranslation("report.files.added", added.fileName()), 3000,
                    Notification.Position.BOTTOM_END).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            if (upload != null) {
                upload.clearFileList();
            }
            refresh();
        } catch (ValidationException e) {
            showError(getTranslation(e.messageKey(), e.args()));
        }
    }

    private void showError(String message) {
        error.setText(message);
        error.setVisible(true);
    }

    private void refresh() {
        list.removeAll();
        var attached = files.of(currentUser.require(), reportId);
        if (attached.isEmpty()) {
            list.add(new ListItem(getTranslation("report.files.none")));
        }
        // read by someone else, a report without files says nothing about them
        setVisible(editable || !attached.isEmpty());
        for (Attachment attachment : attached) {
            Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> {
                byte[] content = files.content(currentUser.require(), reportId, attachment.id());
                return new DownloadResponse(new ByteArrayInputStream(content), attachment.fileName(),
                        attachment.contentType(), content.length);
            }), attachment.fileName() + " (" + Math.max(1, attachment.sizeBytes() / 1024) + " KB)");
            download.getElement().setAttribute("download", true);
            ListItem item = new ListItem(download);
            if (editable) {
                Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> {
                    files.remove(currentUser.require(), reportId, attachment.id());
                    refresh();
                });
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
                remove.setAriaLabel(getTranslation("report.files.remove", attachment.fileName()));
                item.add(remove);
            }
            list.add(item);
        }
    }
}
