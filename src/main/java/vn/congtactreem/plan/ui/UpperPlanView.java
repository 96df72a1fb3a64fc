package vn.congtactreem.plan.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.PermitAll;
import java.time.Instant;
import java.util.List;
import vn.congtactreem.base.ValidationException;
import vn.congtactreem.base.ui.DateFields;
import vn.congtactreem.base.ui.DetailPage;
import vn.congtactreem.document.Attachment;
import vn.congtactreem.document.AttachmentService;
import vn.congtactreem.inbox.WorkItems;
import vn.congtactreem.org.Role;
import vn.congtactreem.org.UserAccount;
import vn.congtactreem.plan.PeriodForm;
import vn.congtactreem.plan.Plan;
import vn.congtactreem.plan.PlanService;
import vn.congtactreem.plan.UpperPlanForm;
import vn.congtactreem.plan.process.PlanCycleProcess;
import vn.congtactreem.security.AccessScope;
import vn.congtactreem.security.CurrentUser;

/**
 * The officer registers the upper level's plan ("Kế hoạch số 50/KH-UBND ngày 29/02/2024 của UBND
 * huyện Tân Yên"), attaches its file and takes over the deadlines it sets; then drafting starts. A
 * number or day left blank in the original ("Kế hoạch số   /KH-UBND ngày   /3/2022") may stay blank,
 * with the month and year alone: the form warns, the documents print the blanks.
 */
@Route("plans/:planId/upper-plan")
@PermitAll
public class UpperPlanView extends DetailPage {

    private final PlanService plans;
    private final AttachmentService attachments;
    private final WorkItems work;
    private final AccessScope scope;
    private final CurrentUser currentUser;

    final TextField number = new TextField();
    final DatePicker issuedOn;
    final Checkbox dayBlank = new Checkbox();
    final IntegerField issuedMonth = new IntegerField();
    final IntegerField issuedYear = new IntegerField();
    final Span blanksWarning = new Span();
    final TextField issuer = new TextField();
    final TextField title = new TextField();
    final Upload upload;
    final Span fileName = new Span();
    final Span fileError = new Span();
    final Button register = new Button();
    PeriodsEditor periods;
    private Long fileId;

    public UpperPlanView(PlanService plans, AttachmentService attachments, WorkItems work, AccessScope scope,
                         CurrentUser currentUser) {
        super("planId", "plan.notAvailable");
        this.plans = plans;
        this.attachments = attachments;
        this.work = work;
        this.scope = scope;
        this.currentUser = currentUser;
        addClassName("plan-page");
        number.setLabel(getTranslation("plan.upper.number"));
        number.setPlaceholder("50/KH-UBND");
        number.setHelperText(getTranslation("upper.number.help"));
        issuedOn = DateFields.datePicker(getTranslation("plan.upper.issuedOn"), getLocale());
        issuedOn.setRequiredIndicatorVisible(true);
        dayBlank.setLabel(getTranslation("upper.dayBlank"));
        issuedMonth.setLabel(getTranslation("upper.issuedMonth"));
        issuedMonth.setMin(1);
        issuedMonth.setMax(12);
        issuedYear.setLabel(getTranslation("upper.issuedYear"));
        blanksWarning.setText(getTranslation("upper.warning.blanks"));
        blanksWarning.addClassName("form-warning");
        blanksWarning.getElement().setAttribute("role", "status");
        dayBlank.addValueChangeListener(e -> showBlanks());
        number.addValueChangeListener(e -> showBlanks());
        issuedOn.addValueChangeListener(e -> showBlanks());
        issuer.addValueChangeListener(e -> showBlanks());
        issuer.setLabel(getTranslation("plan.upper.issuer"));
        issuer.setPlaceholder(getTranslation("plan.upper.issuer.placeholder"));
        issuer.setRequiredIndicatorVisible(true);
        title.setLabel(getTranslation("plan.upper.title"));
        upload = new Upload(UploadHandler.inMemory((metadata, data) -> getUI().ifPresent(
                ui -> ui.access(() -> receiveFile(metadata.fileName(), data)))));
        upload.setMaxFiles(1);
        upload.setAcceptedFileTypes(".pdf", ".doc", ".docx", "application/pdf");
        upload.setMaxFileSize((int) AttachmentService.MAX_BYTES);
        vn.congtactreem.base.ui.UploadTexts.apply(upload);
        upload.setDropLabel(new Span(getTranslation("plan.upper.file.drop")));
        upload.setUploadButton(new Button(getTranslation("plan.upper.file.choose")));
        upload.addFileRejectedListener(e -> Notification.show(e.getErrorMessage())
                .addThemeVariants(NotificationVariant.LUMO_ERROR));
        register.setText(getTranslation("plan.upper.register"));
        register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        register.addClickListener(e -> {
            if (act(() -> plans.registerUpperPlan(currentUser.require(), id, form()), "plan.done.upperRegistered")) {
                UI.getCurrent().navigate("plans/" + id + "/draft");
            }
        });
        errors.bind("number", number).bind("issuedOn", issuedOn).bind("issuedMonth", issuedMonth)
                .bind("issuedYear", issuedYear).bind("issuer", issuer).bind("title", title);
    }

    /** The date or its month and year alone; the warning while the number or the day is left blank. */
    private void showBlanks() {
        boolean blankDay = dayBlank.getValue();
        issuedOn.setVisible(!blankDay);
        issuedMonth.setVisible(blankDay);
        issuedYear.setVisible(blankDay);
        // an untouched form is not warned about: only once the person has begun the header
        boolean begun = !number.isEmpty() || !issuer.isEmpty() || blankDay || issuedOn.getValue() != null;
        blanksWarning.setVisible(begun && form().hasBlanks());
    }

    /** Stores the uploaded file of the upper plan; an unsuitable file is refused with the reason next to it. */
    void receiveFile(String name, byte[] content) {
        try {
            attached(attachments.store(currentUser.require(), name, content, Instant.now()));
            fileError.setVisible(false);
        } catch (ValidationException e) {
            fileError.setText(getTranslation(e.messageKey(), e.args()));
            fileError.setVisible(true);
        }
    }

    private void attached(Attachment attachment) {
        fileId = attachment.id();
        fileName.setText(getTranslation("plan.upper.file.attached", attachment.fileName(),
                Math.max(1, attachment.sizeBytes() / 1024)));
    }

    @Override
    protected void show() {
        UserAccount user = currentUser.require();
        Plan plan = plans.get(user, id);
        add(new H2(getTranslation("plan.upper.heading")));
        add(line("plan.field.plan", plan.title() + " · " + plan.orgUnitName()));
        boolean waiting = work.isWaiting(PlanCycleProcess.KEY, id, PlanCycleProcess.Element.REGISTER_UPPER_PLAN)
                && scope.actsFor(user, plan.orgUnitId(), Role.OFFICER);
        if (!waiting) {
            add(new Paragraph(getTranslation("plan.upper.notWaiting")), PlanLinks.toPlan(id));
            return;
        }
        Plan.UpperPlanReference upper = plan.upper();
        if (upper != null) {
            number.setValue(upper.number() == null ? "" : upper.number());
            issuedOn.setValue(upper.issuedOn());
            dayBlank.setValue(upper.issuedOn() == null && upper.issuedMonth() != null);
            issuedMonth.setValue(upper.issuedMonth());
            issuedYear.setValue(upper.issuedYear());
            issuer.setValue(upper.issuer() == null ? "" : upper.issuer());
            title.setValue(upper.title() == null ? "" : upper.title());
            fileId = upper.fileId();
        }
        FormLayout fields = new FormLayout(number, issuedOn, issuedMonth, issuedYear, dayBlank, blanksWarning, issuer,
                title);
        fields.setColspan(dayBlank, 2);
        fields.setColspan(blanksWarning, 2);
        showBlanks();
        fields.setColspan(issuer, 2);
        fields.setColspan(title, 2);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));
        periods = new PeriodsEditor(errors, plan.yearFrom(), () -> { });
        periods.setValue(plan.toDraft().periods());
        fileError.addClassName("form-error");
        fileError.setVisible(false);
        add(fields, new H3(getTranslation("plan.upper.file")), upload, fileName, fileError,
                new H3(getTranslation("plan.upper.deadlines")), new Paragraph(getTranslation("plan.upper.deadlines.help")),
                periods, new HorizontalLayout(register), errors.formError());
    }

    UpperPlanForm form() {
        List<PeriodForm> typed = periods == null ? List.of() : periods.getValue();
        boolean blankDay = dayBlank.getValue();
        return new UpperPlanForm(number.getValue(), blankDay ? null : issuedOn.getValue(), issuer.getValue(),
                title.getValue(), fileId, typed, blankDay ? issuedMonth.getValue() : null,
                blankDay ? issuedYear.getValue() : null);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("plan.upper.heading");
    }
}
