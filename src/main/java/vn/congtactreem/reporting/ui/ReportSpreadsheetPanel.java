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
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.List;
import vn.congtactreem.base.NotAllowedException;
import vn.congtactreem.base.ValidationException;
import vn.congtactreem.document.SheetError;
import vn.congtactreem.document.SpreadsheetImportException;
import vn.congtactreem.document.ui.XlsxDownloadLink;
import vn.congtactreem.reporting.ReportSpreadsheets;
import vn.congtactreem.security.CurrentUser;

/**
 * A unit report's indicator figures in Excel: "Tải mẫu Excel" (the template with the unit's
 * indicators, pre-filled with what is saved) and "Xuất Excel số liệu" for whoever may read the report;
 * while the unit writes, "Nhập từ Excel" (.xlsx, at most 5 MB). An upload is all or nothing: a file
 * with errors is listed error by error (sheet, row, column, message) next to the upload and nothing
 * is saved; a good one is saved and the page shown again ({@code onImported}).
 */
public class ReportSpreadsheetPanel extends Div {

    private final transient ReportSpreadsheets spreadsheets;
    private final transient CurrentUser currentUser;
    private final long reportId;
    private final transient Runnable onImported;
    final XlsxDownloadLink template;
    final XlsxDownloadLink figures;
    final Paragraph errorSummary = new Paragraph();
    final UnorderedList errors = new UnorderedList();
    Upload upload;

    public ReportSpreadsheetPanel(ReportSpreadsheets spreadsheets, CurrentUser currentUser, long reportId,
                                  boolean writing, Runnable onImported) {
        this.spreadsheets = spreadsheets;
        this.currentUser = currentUser;
        this.reportId = reportId;
        this.onImported = onImported;
        addClassName("report-spreadsheet");
        template = new XlsxDownloadLink("xlsx.panel.template",
                texts -> spreadsheets.template(currentUser.require(), reportId, texts));
        figures = new XlsxDownloadLink("xlsx.panel.figures",
                texts -> spreadsheets.unitFigures(currentUser.require(), reportId, texts));
        HorizontalLayout links = new HorizontalLayout(template, figures);
        links.setAlignItems(FlexComponent.Alignment.CENTER);
        add(links);
        errorSummary.addClassName("form-error");
        errors.addClassNames("form-error", "xlsx-errors");
        showErrors(null, List.of());
        if (writing) {
            upload = new Upload(UploadHandler.inMemory((metadata, data) -> getUI().ifPresent(
                    ui -> ui.access(() -> receive(metadata.fileName(), data)))));
            upload.setMaxFiles(1);
            upload.setMaxFileSize(ReportSpreadsheets.MAX_UPLOAD_BYTES);
            upload.setAcceptedFileTypes(".xlsx",
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            upload.setDropLabel(new Span(getTranslation("xlsx.panel.drop")));
            upload.setUploadButton(new Button(getTranslation("xlsx.panel.import"), VaadinIcon.UPLOAD.create()));
            upload.addFileRejectedListener(e -> showMessage(getTranslation("xlsx.panel.rejected")));
            add(upload);
        }
        add(errorSummary, errors);
        // a report that asks for no indicator has nothing to put in a workbook
        setVisible(spreadsheets.asksForValues(reportId));
    }

    /** The panel of a report page, its services taken from the application (one line in the page). */
    public static ReportSpreadsheetPanel forReport(long reportId, boolean writing, Runnable onImported) {
        return new ReportSpreadsheetPanel(FiguresExportLink.bean(ReportSpreadsheets.class),
                FiguresExportLink.bean(CurrentUser.class), reportId, writing, onImported);
    }

    /** Imports an uploaded workbook: saved and announced, or every error listed and nothing saved. */
    void receive(String fileName, byte[] content) {
        if (upload != null) {
            // one file at a time: the corrected file goes in the same place
            upload.clearFileList();
        }
        try {
            int rows = spreadsheets.importValues(currentUser.require(), reportId, content);
            showErrors(null, List.of());
            Notification.show(getTranslation("xlsx.panel.imported", rows, fileName), 5000,
                    Notification.Position.BOTTOM_END).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            onImported.run();
        } catch (SpreadsheetImportException e) {
            showErrors(fileName, e.errors());
        } catch (ValidationException e) {
            showMessage(getTranslation(e.messageKey(), e.args()));
        } catch (NotAllowedException e) {
            showMessage(getTranslation("report.notAvailable"));
        }
    }

    private void showErrors(String fileName, List<SheetError> found) {
        errors.removeAll();
        for (SheetError error : found) {
            String message = error.message(this::getTranslation);
            errors.add(new ListItem(error.row() != null
                    ? getTranslation("xlsx.panel.errorAt", error.sheet(), error.row(), error.column(), message)
                    : error.sheet() == null || error.sheet().isEmpty()
                            ? getTranslation("xlsx.panel.errorOfFile", message)
                            : getTranslation("xlsx.panel.errorOfSheet", error.sheet(), message)));
        }
        errorSummary.setText(found.isEmpty() ? "" : getTranslation("xlsx.panel.errors", fileName, found.size()));
        errorSummary.setVisible(!found.isEmpty());
        errors.setVisible(!found.isEmpty());
    }

    private void showMessage(String message) {
        errors.removeAll();
        errorSummary.setText(message);
        errorSummary.setVisible(true);
        errors.setVisible(false);
    }
}
