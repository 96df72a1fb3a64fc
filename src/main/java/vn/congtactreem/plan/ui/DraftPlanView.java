package vn.congtactreem.plan.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.ConcurrencyFailureException;
import vn.congtactreem.appendix.AppendixForms;
import vn.congtactreem.base.ConflictException;
import vn.congtactreem.base.ValidationException;
import vn.congtactreem.base.ui.AutosaveStatus;
import vn.congtactreem.base.ui.DetailPage;
import vn.congtactreem.inbox.WorkItems;
import vn.congtactreem.indicator.IndicatorCatalog;
import vn.congtactreem.org.OrgService;
import vn.congtactreem.org.OrgPickerOrder;
import vn.congtactreem.org.OrgUnit;
import vn.congtactreem.org.Role;
import vn.congtactreem.org.UserAccount;
import vn.congtactreem.plan.Plan;
import vn.congtactreem.plan.PlanDraft;
import vn.congtactreem.plan.PlanService;
import vn.congtactreem.plan.PlanStatus;
import vn.congtactreem.plan.PlanSummary;
import vn.congtactreem.plan.process.PlanCycleProcess;
import vn.congtactreem.security.AccessScope;
import vn.congtactreem.security.CurrentUser;

/**
 * The officer drafts the plan: its sections, content items, the units' parts, the reporting periods
 * and who signs. Every change is saved as it is made (a field left with an error keeps the rest
 * saved); "Gửi lãnh đạo duyệt" checks the whole plan and sends it to the leader.
 */
@Route("plans/:planId/draft")
@PermitAll
public class DraftPlanView extends DetailPage {

    private final PlanService plans;
    private final OrgService orgs;
    private final WorkItems work;
    private final AccessScope scope;
    private final CurrentUser currentUser;
    private final IndicatorCatalog catalog;
    private final AppendixForms appendixForms;

    final TextField title = new TextField();
    final TextArea purpose = new TextArea();
    final TextArea requirements = new TextArea();
    final TextArea budget = new TextArea();
    final TextArea implementation = new TextArea();
    final TextArea reportingRegime = new TextArea();
    final TextArea recipients = new TextArea();
    final TextField signerName = new TextField();
    final TextField signerTitle = new TextField();
    /** "TM. ỦY BAN NHÂN DÂN" above the signer; off: "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH" as the seed plans sign. */
    final Checkbox signedForCommittee = new Checkbox();
    final Button save = new Button();
    final Button submit = new Button();
    final Button copyFromPrevious = new Button();
    final Button preview = new Button();
    final AutosaveStatus autosaveStatus = new AutosaveStatus();
    ActivitiesEditor activities;
    AssignmentsEditor assignments;
    PeriodsEditor periods;
    TargetsEditor targets;
    AppendixEditor appendix;
    private boolean loading;
    /** The plan's version this page last read or saved. */
    private long version;

    public DraftPlanView(PlanService plans, OrgService orgs, WorkItems work, AccessScope scope,
                         CurrentUser currentUser, IndicatorCatalog catalog, AppendixForms appendixForms) {
        super("planId", "plan.notAvailable");
        this.appendixForms = appendixForms;
        this.catalog = catalog;
        this.plans = plans;
        this.orgs = orgs;
        this.work = work;
        this.scope = scope;
        this.currentUser = currentUser;
        addClassName("draft-plan-view");
        DraftDialogs.label(Map.of(title, "title", purpose, "purpose", requirements, "requirements", budget, "budget",
                implementation, "implementation", reportingRegime, "reportingRegime", recipients, "recipients",
                signerName, "signerName", signerTitle, "signerTitle"));
        recipients.setHelperText(getTranslation("plan.field.recipients.help"));
        signerTitle.setPlaceholder(getTranslation("lanes.plan.signerTitle.placeholder"));
        signedForCommittee.setLabel(getTranslation("plan.field.signedForCommittee"));
        signedForCommittee.addValueChangeListener(e -> autosave());
        title.setRequiredIndicatorVisible(true);
        purpose.setRequiredIndicatorVisible(true);
        signerName.setRequiredIndicatorVisible(true);
        for (TextArea area : textAreas()) {
            area.setWidthFull();
            area.setMinHeight("5em");
            area.addValueChangeListener(e -> autosave());
        }
        for (TextField field : new TextField[] {title, signerName, signerTitle}) {
            field.setWidthFull();
            field.addValueChangeListener(e -> autosave());
        }
        errors.bind("title", title).bind("purpose", purpose).bind("requirements", requirements)
                .bind("budget", budget).bind("implementation", implementation)
                .bind("reportingRegime", reportingRegime).bind("recipients", recipients)
                .bind("signerName", signerName).bind("signerTitle", signerTitle);
        save.setText(getTranslation("plan.draft.save"));
        save.addClickShortcut(Key.KEY_S, KeyModifier.CONTROL);
        save.setTooltipText("Ctrl+S");
        submit.setText(getTranslation("plan.draft.submit"));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        preview.setText(getTranslation("plan.draft.preview"));
        preview.setIcon(VaadinIcon.FILE_TEXT_O.create());
        copyFromPrevious.setIcon(VaadinIcon.COPY_O.create());
        copyFromPrevious.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        save.addClickListener(e -> {
            Optional<Plan> saved = errors.attempt(() -> saveDraft(currentUser.require(), draft()))
                    .filter(plan -> appendix.save());
            saved.ifPresent(plan -> {
                periods.adoptIds(plan.periods());
                autosaveStatus.saved("plan.draft.saved");
            });
        });
        submit.addClickListener(e -> submit());
        preview.addClickListener(e -> openPreview());
        copyFromPrevious.addClickListener(e -> DraftDialogs.confirmCopy(copyFromPrevious.getText(),
                this::copyFromPrevious));
    }

    @Override
    protected void show() {
        UserAccount user = currentUser.require();
        Plan plan = plans.get(user, id);
        version = plan.version();
        add(new H2(getTranslation("plan.draft.heading")));
        add(line("plan.field.organisation", plan.orgUnitName() + " · " + DraftDialogs.years(plan)));
        if (plan.upper() != null && plan.upper().number() != null) {
            add(line("plan.field.upper", plan.upper().number() + (plan.upper().issuer() == null ? ""
                    : " · " + plan.upper().issuer())));
        }
        boolean waiting = plan.status() == PlanStatus.DRAFT
                && work.isWaiting(PlanCycleProcess.KEY, id, PlanCycleProcess.Element.DRAFT_PLAN)
                && scope.actsFor(user, plan.orgUnitId(), Role.OFFICER);
        if (!waiting) {
            add(new Paragraph(getTranslation("plan.draft.notWaiting")), PlanLinks.toPlan(id));
            return;
        }
        addReturnedComment("plan.draft.returnedWith", plan.reviewComment());
        buildEditors(plan);
        fill(plan);
        FormLayout general = new FormLayout(title, purpose, requirements, budget, implementation, reportingRegime);
        general.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        FormLayout signing = new FormLayout(recipients, signerName, signerTitle, signedForCommittee);
        signing.setColspan(recipients, 2);
        signing.setColspan(signedForCommittee, 2);
        signing.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));
        Optional<PlanSummary> previous = plans.previousPlan(id);
        previous.ifPresent(p -> copyFromPrevious.setText(getTranslation("plan.draft.copyFrom", p.yearFrom(),
                p.documentNumber() == null ? p.title() : p.documentNumber())));
        copyFromPrevious.setVisible(previous.isPresent());
        HorizontalLayout actions = new HorizontalLayout(save, submit, preview, autosaveStatus);
        actions.addClassName("sticky-actions");
        add(copyFromPrevious,
                DraftDialogs.section("plan.draft.section.general"), general,
                DraftDialogs.section("plan.draft.section.activities"), new Paragraph(getTranslation("plan.draft.activities.help")),
                activities,
                DraftDialogs.section("plan.draft.section.targets"), new Paragraph(getTranslation("plan.draft.targets.help")),
                new Paragraph(getTranslation("objectives.help")), targets.objectives, targets,
                DraftDialogs.section("plan.draft.section.assignments"), assignments,
                DraftDialogs.section("plan.draft.section.periods"), periods,
                DraftDialogs.section("plan.draft.section.signing"), signing,
                DraftDialogs.section("appendix.section"), new Paragraph(getTranslation("appendix.section.help")),
                appendix,
                errors.formError(), actions);
    }

    private void buildEditors(Plan plan) {
        OrgPickerOrder selfAndBelow = PlanUnitPicker.selfAndBelow(orgs, plan.orgUnitId());
        OrgPickerOrder below = selfAndBelow.only(u -> u.id() != plan.orgUnitId());
        List<OrgUnit> direct = orgs.children(plan.orgUnitId()).stream().filter(OrgUnit::active).toList();
        activities = new ActivitiesEditor(errors, selfAndBelow, this::autosave);
        assignments = new AssignmentsEditor(errors, below, direct, this::autosave);
        periods = new PeriodsEditor(errors, plan.yearFrom(), this::autosave);
        targets = new TargetsEditor(errors, catalog.all(), selfAndBelow, plan.yearTo(), this::autosave);
        boolean upperInSystem = plan.upper() != null && plan.upper().planId() != null;
        targets.takeFromUpper.setVisible(upperInSystem);
        targets.takeFromUpper.addClickListener(e -> takeTargetsFromUpperPlan());
        UserAccount user = currentUser.require();
        appendix = new AppendixEditor(appendixForms.ofPlan(id), drafts -> plans.saveAppendixForms(user, id, drafts),
                () -> plans.takeFormsFromUpperPlan(user, id), upperInSystem,
                () -> autosaveStatus.saved("plan.draft.autosaved"));
    }

    private void fill(Plan plan) {
        loading = true;
        try {
            PlanDraft draft = plan.toDraft();
            DraftDialogs.fill(List.of(title, purpose, requirements, budget, implementation, reportingRegime,
                    recipients, signerName, signerTitle), draft.title(), draft.purpose(), draft.requirements(),
                    draft.budget(), draft.implementation(), draft.reportingRegime(), draft.recipients(),
                    draft.signerName(), draft.signerTitle());
            signedForCommittee.setValue(Boolean.TRUE.equals(draft.signedForCommittee()));
            activities.setValue(draft.activities());
            assignments.setValue(draft.assignments());
            periods.setValue(draft.periods());
            targets.objectives.setValue(draft.objectives());
            targets.setValue(draft.targets());
        } finally {
            loading = false;
        }
    }

    /** Saves from the version this page holds: refused once someone (another tab) saved a newer one. */
    private Plan saveDraft(UserAccount user, PlanDraft draft) {
        Plan saved = plans.saveDraft(user, id, draft, version);
        version = saved.version();
        return saved;
    }

    /** What the form holds now. */
    PlanDraft draft() {
        return new PlanDraft(title.getValue(), purpose.getValue(), requirements.getValue(), budget.getValue(),
                implementation.getValue(), reportingRegime.getValue(), recipients.getValue(), signerName.getValue(),
                signerTitle.getValue(), periods.getValue(), assignments.getValue(), activities.getValue(),
                targets.getValue(), targets.objectives.getValue(), signedForCommittee.getValue());
    }

    /**
     * Saves after every change. When a list has an error, the texts are still saved and the error is
     * shown next to its field (without moving the cursor there).
     */
    void autosave() {
        if (loading || periods == null) {
            return;
        }
        UserAccount user = currentUser.require();
        try {
            periods.adoptIds(saveDraft(user, draft()).periods());
            errors.clear();
            autosaveStatus.saved("plan.draft.autosaved");
        } catch (ConflictException | ConcurrencyFailureException e) {
            errors.showConflict(e);
        } catch (ValidationException e) {
            saveDraft(user, draft().textsOnly());
            errors.show(e, false);
            autosaveStatus.saved("plan.draft.autosavedTextsOnly");
        }
    }

    private void submit() {
        UserAccount user = currentUser.require();
        // the forms as they are on screen go with the plan; a form with an error stops it, said next to its field
        if (!appendix.save()) {
            return;
        }
        boolean sent = errors.attempt(() -> {
            saveDraft(user, draft());
            return plans.submitForApproval(user, id);
        }).isPresent();
        if (sent) {
            Notification.show(getTranslation("plan.done.submitted"), 5000, Notification.Position.BOTTOM_END)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            UI.getCurrent().navigate("plans/" + id);
        }
    }

    private void openPreview() {
        UserAccount user = currentUser.require();
        errors.attempt(() -> saveDraft(user, draft())).ifPresent(plan -> {
            periods.adoptIds(plan.periods());
            DraftDialogs.preview(plans.document(plan));
        });
    }

    void copyFromPrevious() {
        if (act(() -> plans.copyFromPreviousPlan(currentUser.require(), id), "plan.done.copied")) {
            autosaveStatus.saved("plan.draft.autosaved");
        }
    }

    void takeTargetsFromUpperPlan() {
        UserAccount user = currentUser.require();
        Optional<Plan> saved = errors.attempt(() -> saveDraft(user, draft()));
        if (saved.isEmpty()) {
            return;
        }
        periods.adoptIds(saved.get().periods());
        if (act(() -> plans.takeTargetsFromUpperPlan(user, id), "plan.done.targetsTaken")) {
            autosaveStatus.saved("plan.draft.autosaved");
        }
    }

    private TextArea[] textAreas() {
        return new TextArea[] {purpose, requirements, budget, implementation, reportingRegime, recipients};
    }

    @Override
    public String getPageTitle() {
        return getTranslation("plan.draft.heading");
    }
}
