package vn.congtactreem.plan.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.util.List;
import vn.congtactreem.base.CycleClock;
import vn.congtactreem.base.ValidationException;
import vn.congtactreem.base.ui.DateFields;
import vn.congtactreem.base.ui.FieldErrors;
import vn.congtactreem.document.Attachment;
import vn.congtactreem.document.AttachmentService;
import vn.congtactreem.indicator.IndicatorCatalog;
import vn.congtactreem.org.OrgService;
import vn.congtactreem.org.OrgPickerOrder;
import vn.congtactreem.org.OrgUnit;
import vn.congtactreem.org.Role;
import vn.congtactreem.org.UserAccount;
import vn.congtactreem.plan.AdoptedPlanForm;
import vn.congtactreem.plan.PeriodDefaults;
import vn.congtactreem.plan.ProgrammeAdoption;
import vn.congtactreem.security.CurrentUser;

/**
 * "Nhập kế hoạch đã ban hành": the officer registers the plan (programme) its organisation issued
 * before using the system, with the number, date and signer of the signed document and the document
 * itself; its targets, units and periods. Periods already over are marked past by the service.
 */
@Route("plans/adopt")
@RolesAllowed(Role.OFFICER_NAME)
public class AdoptPlanView extends VerticalLayout implements HasDynamicTitle {

    private final ProgrammeAdoption adoption;
    private final AttachmentService attachments;
    private final CurrentUser currentUser;
    final FieldErrors errors = new FieldErrors(this);

    final TextField title = new TextField();
    final IntegerField yearFrom = new IntegerField();
    final IntegerField yearTo = new IntegerField();
    final TextField number = new TextField();
    final DatePicker issuedOn;
    final TextField signerName = new TextField();
    final TextField signerTitle = new TextField();
    final TextArea purpose = new TextArea();
    final Upload upload;
    final Span fileName = new Span();
    final Span fileError = new Span();
    final Button save = new Button();
    final AssignmentsEditor assignments;
    final TargetsEditor targets;
    final PeriodsEditor periods;
    Long fileId;

    public AdoptPlanView(ProgrammeAdoption adoption, AttachmentService attachments, OrgService orgs,
                         IndicatorCatalog catalog, CurrentUser currentUser, CycleClock clock) {
        this.adoption = adoption;
        this.attachments = attachments;
        this.currentUser = currentUser;
        addClassName("plan-page");
        UserAccount user = currentUser.require();
        OrgUnit own = orgs.get(user.orgUnitId());
        int year = clock.today().getYear();
        title.setLabel(getTranslation("programme.adopt.title"));
        title.setWidthFull();
        yearFrom.setLabel(getTranslation("programme.adopt.yearFrom"));
        yearTo.setLabel(getTranslation("programme.adopt.yearTo"));
        yearFrom.setValue(year);
        yearTo.setValue(year);
        number.setLabel(getTranslation("programme.adopt.number"));
        number.setPlaceholder("15/KH-UBND");
        issuedOn = DateFields.datePicker(getTranslation("programme.adopt.issuedOn"), getLocale());
        signerName.setLabel(getTranslation("programme.adopt.signerName"));
        signerTitle.setLabel(getTranslation("programme.adopt.signerTitle"));
        signerTitle.setPlaceholder(getTranslation("programme.adopt.signerTitle.placeholder"));
        purpose.setLabel(getTranslation("programme.adopt.purpose"));
        purpose.setWidthFull();
        for (var field : List.of(title, number, signerName)) {
            field.setRequiredIndicatorVisible(true);
        }
        issuedOn.setRequiredIndicatorVisible(true);
        upload = new Upload(UploadHandler.inMemory((metadata, data) -> getUI().ifPresent(
                ui -> ui.access(() -> receiveFile(metadata.fileName(), data)))));
        upload.setMaxFiles(1);
        upload.setAcceptedFileTypes(".pdf", ".doc", ".docx", "application/pdf");
        upload.setMaxFileSize((int) AttachmentService.MAX_BYTES);
        fileError.addClassName("field-error");
        fileError.setVisible(false);

        OrgPickerOrder selfAndBelow = PlanUnitPicker.selfAndBelow(orgs, own.id());
        OrgPickerOrder below = selfAndBelow.only(u -> u.id() != own.id());
        assignments = new AssignmentsEditor(errors, below,
                orgs.children(own.id()).stream().filter(OrgUnit::active).toList(), () -> { });
        targets = new TargetsEditor(errors, catalog.all(), selfAndBelow, year, () -> { });
        targets.takeFromUpper.setVisible(false);
        periods = new PeriodsEditor(errors, year, () -> { });
        periods.setValue(PeriodDefaults.forYears(year, year));
        yearFrom.addValueChangeListener(e -> defaultPeriods());
        yearTo.addValueChangeListener(e -> defaultPeriods());

        errors.bind("title", title).bind("yearFrom", yearFrom).bind("yearTo", yearTo).bind("number", number)
                .bind("issuedOn", issuedOn).bind("signerName", signerName).bind("signerTitle", signerTitle)
                .bind("orgUnitId", title);
        save.setText(getTranslation("programme.adopt.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());

        FormLayout header = new FormLayout(title, yearFrom, yearTo, number, issuedOn, signerName, signerTitle,
                purpose);
        header.setColspan(title, 2);
        header.setColspan(purpose, 2);
        add(new H2(getTranslation("programme.adopt.heading")),
                new Paragraph(getTranslation("programme.adopt.intro")),
                new Paragraph(getTranslation("programme.adopt.organisation") + ": " + own.name()),
                header,
                new H3(getTranslation("programme.adopt.file")), upload, fileName, fileError,
                new H3(getTranslation("programme.adopt.section.targets")), targets,
                new H3(getTranslation("programme.adopt.section.assignments")), assignments,
                new H3(getTranslation("programme.adopt.section.periods")),
                new Paragraph(getTranslation("programme.adopt.periods.help")), periods,
                errors.formError(), save);
    }

    /** The periods of the years typed, until the officer registers the plan. */
    private void defaultPeriods() {
        Integer from = yearFrom.getValue();
        Integer to = yearTo.getValue();
        if (from != null && to != null && to >= from && to - from < 10) {
            periods.setValue(PeriodDefaults.forYears(from, to));
        }
    }

    void receiveFile(String name, byte[] content) {
        try {
            Attachment attachment = attachments.store(currentUser.require(), name, content, Instant.now());
            fileId = attachment.id();
            fileName.setText(getTranslation("programme.adopt.fileAttached", attachment.fileName()));
            fileError.setVisible(false);
        } catch (ValidationException e) {
            fileError.setText(getTranslation(e.messageKey(), e.args()));
            fileError.setVisible(true);
        }
    }

    /** What the form holds now. */
    AdoptedPlanForm form() {
        return new AdoptedPlanForm(currentUser.require().orgUnitId(), title.getValue(), yearFrom.getValue(),
                yearTo.getValue(), number.getValue(), issuedOn.getValue(), signerName.getValue(),
                signerTitle.getValue(), fileId, purpose.getValue(), periods.getValue(), assignments.getValue(),
                targets.getValue());
    }

    void save() {
        errors.attempt(() -> adoption.adopt(currentUser.require(), form())).ifPresent(plan -> {
            Notification.show(getTranslation("programme.adopt.done", plan.documentNumber()), 5000,
                    Notification.Position.BOTTOM_END).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            UI.getCurrent().navigate("plans/" + plan.id());
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("programme.adopt.heading");
    }
}
