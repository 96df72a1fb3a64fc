package vn.congtactreem.reporting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.List;
import vn.congtactreem.base.ValidationException;
import vn.congtactreem.document.SheetError;
import vn.congtactreem.document.SpreadsheetImportException;
import vn.congtactreem.document.ui.XlsxDownloadLink;
import vn.congtactreem.reporting.ReportForms;
import vn.congtactreem.reporting.ReportSpreadsheets;
import vn.congtactreem.security.CurrentUser;

/**
 * The unit's forms in Excel: "Tải mẫu Excel phụ lục" (pre-filled with what is saved) and, while the unit writes,
 * "Nhập phụ lục từ Excel": all or nothing, every problem listed (sheet, row, column, message), nothing kept.
 */
class AppendixSpreadsheetPanel extends Div {

    private final transient ReportForms forms;
    private final transient CurrentUser currentUser;
    private final long reportId;
    private final transient Runnable onImported;
    final XlsxDownloadLink template;
    final Paragraph errorSummary = new Paragraph();
    final UnorderedList errors = new UnorderedList();

    AppendixSpreadsheetPanel(ReportForms forms, CurrentUser currentUser, long reportId, boolean writing,
                             Runnable onImported) {
        this.forms = forms;
        this.currentUser = currentUser;
        this.reportId = reportId;
        this.onImported = onImported;
        template = new XlsxDownloadLink("appendix.xlsx.panel.template",
                texts -> forms.template(currentUser.require(), reportId, texts));
        add(template);
        errorSummary.addClassName("form-error");
        errors.addClassNames("form-error", "xlsx-errors");
        errorSummary.setVisible(false);
        errors.setVisible(false);
        if (writing) {
            Upload upload = new Upload(UploadHandler.inMemory((metadata, data) -> getUI().ifPresent(
                    ui -> ui.access(() -> receive(metadata.fileName(), data)))));
            upload.setMaxFiles(1);
            upload.setMaxFileSize(ReportSpreadsheets.MAX_UPLOAD_BYTES);
            vn.congtactreem.base.ui.UploadTexts.apply(upload);
            upload.setAcceptedFileTypes(".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            upload.setUploadButton(new Button(getTranslation("appendix.xlsx.panel.import"),
                    VaadinIcon.UPLOAD.create()));
            upload.setDropLabel(new Span(getTranslation("xlsx.panel.drop")));
            add(upload);
        }
        add(errorSummary, errors);
    }

    void receive(String fileName, byte[] content) {
        try {
            int cells = forms.importCells(currentUser.require(), reportId, content);
            errors.removeAll();
            errorSummary.setVisible(false);
            errors.setVisible(false);
            Notification.show(getTranslation("appendix.xlsx.panel.imported", cells, fileName), 5000,
                    Notification.Position.BOTTOM_END).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            onImported.run();
        } catch (SpreadsheetImportException e) {
            errors.removeAll();
            for (SheetError error : e.errors()) {
                String message = error.message(this::getTranslation);
                errors.add(new ListItem(error.row() != null
                        ? getTranslation("xlsx.panel.errorAt", error.sheet(), error.row(), error.column(), message)
                        : getTranslation("xlsx.panel.errorOfFile", message)));
            }
            errorSummary.setText(getTranslation("xlsx.panel.errors", fileName, e.errors().size()));
            errorSummary.setVisible(true);
            errors.setVisible(true);
        } catch (ValidationException e) {
            errors.removeAll();
            errors.setVisible(false);
            errorSummary.setText(getTranslation(e.messageKey(), e.args()));
            errorSummary.setVisible(true);
        }
    }
}
