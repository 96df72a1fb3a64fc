package vn.congtactreem.document.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import vn.congtactreem.document.SheetError;
import vn.congtactreem.document.SpreadsheetImportException;
import vn.congtactreem.document.UsersWorkbook;
import vn.congtactreem.org.ImportedUser;
import vn.congtactreem.org.Role;
import vn.congtactreem.org.UserImport;

/**
 * "Nhập người dùng từ Excel" (from "Người dùng"): the template, the upload (all or nothing, every
 * error by sheet, row and column), then the users created with their initial passwords, shown once
 * on this page and downloadable as a workbook; each must change it at the first sign-in.
 */
@Route("admin/users/import")
@RolesAllowed(Role.ADMIN_NAME)
public class UserImportView extends VerticalLayout implements HasDynamicTitle {

    public static final int MAX_UPLOAD_BYTES = 5 * 1024 * 1024;

    final XlsxDownloadLink template;
    final Upload upload;
    final Paragraph errorSummary = new Paragraph();
    final UnorderedList errors = new UnorderedList();
    final Paragraph created = new Paragraph();
    final Grid<ImportedUser> users = new Grid<>();
    XlsxDownloadLink passwords;
    private final UserImport userImport;
    final VerticalLayout result = new VerticalLayout();

    public UserImportView(UserImport userImport) {
        this.userImport = userImport;
        template = new XlsxDownloadLink("userImport.view.template", UsersWorkbook::template);
        Span hint = new Span(getTranslation("userImport.view.hint"));
        hint.addClassName("hint");
        upload = new Upload(UploadHandler.inMemory((metadata, data) -> getUI().ifPresent(
                ui -> ui.access(() -> receive(metadata.fileName(), data)))));
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_UPLOAD_BYTES);
        vn.congtactreem.base.ui.UploadTexts.apply(upload);
        upload.setAcceptedFileTypes(".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        upload.setDropLabel(new Span(getTranslation("xlsx.panel.drop")));
        upload.setUploadButton(new Button(getTranslation("userImport.view.upload"), VaadinIcon.UPLOAD.create()));
        upload.addFileRejectedListener(e -> showErrors(getTranslation("xlsx.panel.rejected"), List.of()));
        errorSummary.addClassName("form-error");
        errors.addClassNames("form-error", "xlsx-errors");
        users.addColumn(ImportedUser::username).setHeader(getTranslation("userImport.column.username")).setAutoWidth(true);
        users.addColumn(ImportedUser::fullName).setHeader(getTranslation("userImport.column.fullName"));
        users.addColumn(ImportedUser::organisation).setHeader(getTranslation("userImport.column.organisation"))
                .setFlexGrow(2);
        users.addColumn(u -> UsersWorkbook.roleNames(this::getTranslation, u.roles())).setKey("roles")
                .setHeader(getTranslation("userImport.column.role"));
        users.addColumn(ImportedUser::initialPassword).setHeader(getTranslation("userImport.column.password"))
                .setAutoWidth(true);
        users.setAllRowsVisible(true);
        result.setPadding(false);
        result.add(created, users);
        result.setVisible(false);
        showErrors("", List.of());
        add(new H2(getTranslation("userImport.view.title")), hint, template, upload, errorSummary, errors, result);
    }

    /** Imports an uploaded workbook: the users and their passwords, or every error and no one created. */
    void receive(String fileName, byte[] content) {
        upload.clearFileList();
        try {
            List<ImportedUser> imported = UsersWorkbook.importInto(userImport, content);
            showErrors("", List.of());
            showCreated(imported);
        } catch (SpreadsheetImportException e) {
            result.setVisible(false);
            showErrors(getTranslation("userImport.view.errors", fileName, e.errors().size()), e.errors());
        }
    }

    private void showCreated(List<ImportedUser> imported) {
        users.setItems(imported);
        created.setText(getTranslation("userImport.view.created", imported.size()));
        if (passwords != null) {
            result.remove(passwords);
        }
        passwords = new XlsxDownloadLink("userImport.view.passwords", texts -> UsersWorkbook.passwords(texts, imported));
        result.addComponentAtIndex(1, passwords);
        result.setVisible(true);
    }

    private void showErrors(String summary, List<SheetError> found) {
        errors.removeAll();
        for (SheetError error : found) {
            String message = error.message(this::getTranslation);
            errors.add(new ListItem(error.row() != null
                    ? getTranslation("xlsx.panel.errorAt", error.sheet(), error.row(), error.column(), message)
                    : getTranslation("xlsx.panel.errorOfSheet", error.sheet(), message)));
        }
        errorSummary.setText(summary);
        errorSummary.setVisible(!summary.isEmpty());
        errors.setVisible(!found.isEmpty());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("userImport.view.title");
    }
}
