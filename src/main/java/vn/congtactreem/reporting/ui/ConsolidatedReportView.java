package vn.congtactreem.reporting.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import vn.congtactreem.base.ui.AutosaveStatus;
import vn.congtactreem.document.ui.DocxDownload;
import java.util.Set;
import java.util.stream.Collectors;
import vn.congtactreem.inbox.WorkItems;
import vn.congtactreem.indicator.IndicatorValues;
import vn.congtactreem.reporting.ReportFigures;
import vn.congtactreem.reporting.ReportForms;
import vn.congtactreem.reporting.TargetFigure;
import com.vaadin.flow.component.html.H3;
import java.util.List;
import vn.congtactreem.org.Role;
import vn.congtactreem.org.UserAccount;
import vn.congtactreem.plan.Plan;
import vn.congtactreem.plan.PlanService;
import vn.congtactreem.plan.ReportingPeriod;
import vn.congtactreem.reporting.ConsolidatedReport;
import vn.congtactreem.reporting.ConsolidationService;
import vn.congtactreem.reporting.ReportingService;
import vn.congtactreem.reporting.UnitReport;
import vn.congtactreem.reporting.UnitReportStatus;
import vn.congtactreem.reporting.process.ConsolidationProcess;
import vn.congtactreem.security.CurrentUser;

/**
 * An organisation's consolidated report for a period: the officer writes it (the units still
 * missing are listed) and sends it to the leader, who approves (it goes upward) or returns it.
 */
@Route("consolidated-reports/:id")
@PermitAll
public class ConsolidatedReportView extends ReportPage {

    private final ConsolidationService consolidation;
    private final ReportingService reporting;
    private final PlanService plans;
    private final WorkItems work;
    private final CurrentUser currentUser;
    private final ReportFigures figures;
    private final IndicatorValues values;
    IndicatorValuesPanel ownValues;
    ObjectiveFigures figuresGrid;

    final TextArea summary = new TextArea();
    final AutosaveStatus autosaveStatus = new AutosaveStatus();
    private boolean autosaving;
    /** The version of the report this page shows: a save from it is refused once someone saved a newer one. */
    private long version;
    final TextArea comment = new TextArea();
    final Button saveDraft = new Button();
    final Button submit = new Button();
    final Button approve = new Button();
    final Button returnReport = new Button();
    final Button refresh = new Button();
    final Checkbox staleSeen = new Checkbox();
    Anchor download;
    FormTotalsPanel formTotals;
    private final ReportForms reportForms;

    public ConsolidatedReportView(ConsolidationService consolidation, ReportingService reporting, PlanService plans,
                                  WorkItems work, CurrentUser currentUser, ReportFigures figures,
                                  IndicatorValues values, ReportForms reportForms) {
        super("id");
        this.reportForms = reportForms;
        this.figures = figures;
        this.values = values;
        this.consolidation = consolidation;
        this.reporting = reporting;
        this.plans = plans;
        this.work = work;
        this.currentUser = currentUser;
        summary.setLabel(getTranslation("consolidated.summary"));
        summary.setRequiredIndicatorVisible(true);
        summary.setWidthFull();
        summary.setMinHeight("12em");
        comment.setLabel(getTranslation("report.returnComment"));
        comment.setWidthFull();
        errors.bind("summary", summary).bind("comment", comment);
        saveDraft.setText(getTranslation("report.action.saveDraft"));
        submit.setText(getTranslation("consolidated.action.submit"));
        approve.setText(getTranslation("consolidated.action.approve"));
        returnReport.setText(getTranslation("report.action.return"));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        returnReport.addThemeVariants(ButtonVariant.LUMO_ERROR);
        summary.addValueChangeListener(e -> autosave());
        saveDraft.addClickShortcut(Key.KEY_S, KeyModifier.CONTROL);
        saveDraft.setTooltipText("Ctrl+S");
        saveDraft.addClickListener(e -> act(() -> consolidation.saveDraft(currentUser.require(), id,
                summary.getValue(), ownReadings(), version), "report.done.saved"));
        submit.addClickListener(e -> act(() -> consolidation.submitForApproval(currentUser.require(), id,
                summary.getValue(), ownReadings(), version), "consolidated.done.submitted"));
        approve.addClickListener(e -> act(() -> consolidation.approve(currentUser.require(), id,
                staleSeen.getValue()), "consolidated.done.approved"));
        refresh.setText(getTranslation("consolidated.action.refresh"));
        refresh.setIcon(com.vaadin.flow.component.icon.VaadinIcon.REFRESH.create());
        refresh.addClickListener(e -> act(() -> consolidation.refresh(currentUser.require(), id),
                "consolidated.done.refreshed"));
        staleSeen.setLabel(getTranslation("consolidated.staleSeen"));
        errors.bind("staleSeen", staleSeen);
        returnReport.addClickListener(e -> act(() -> consolidation.returnForChanges(currentUser.require(), id,
                comment.getValue()), "report.done.returned"));
    }

    @Override
    protected void show() {
        autosaving = false;
        UserAccount user = currentUser.require();
        ConsolidatedReport report = consolidation.get(user, id);
        version = report.version();
        ReportingPeriod period = plans.period(report.periodId());
        Plan plan = plans.load(period.planId());
        add(new H2(getTranslation("consolidated.title", report.orgUnitName())));
        add(line("report.plan", plan.title()));
        add(line("report.period", getTranslation("period.kind." + period.kind().name(), period.year())));
        if (period.upperDue() != null) {
            add(line("consolidated.upperDue", DATE.format(period.upperDue())));
        }
        add(line("report.status", getTranslation("consolidated.status." + report.status().name())
                + (report.documentNumber() == null ? "" : " · " + (report.issuedOn() == null ? report.documentNumber()
                : getTranslation("lanes.document.numberDated", report.documentNumber(), DATE.format(report.issuedOn()))))));
        long reportId = id;
        download = DocxDownload.anchor(getTranslation("document.download"),
                () -> consolidation.documentFile(user, reportId));
        add(download);
        if (!report.missingUnits().isEmpty()) {
            // the list is made when the system aggregates (at the cut-off); a late report accepted since
            // is said to be so, or the officer would read it as still missing
            Set<String> acceptedSince = reporting.ofPeriod(report.periodId()).stream()
                    .filter(r -> r.status() == UnitReportStatus.ACCEPTED).map(UnitReport::orgUnitName)
                    .collect(Collectors.toSet());
            UnorderedList missing = new UnorderedList();
            report.missingUnits().forEach(name -> {
                ListItem unit = new ListItem(name);
                if (acceptedSince.contains(name)) {
                    Span note = new Span(getTranslation("consolidated.acceptedSince"));
                    note.addClassName("accepted-since");
                    unit.add(note);
                }
                missing.add(unit);
            });
            Div box = new Div(new Span(getTranslation("consolidated.missing")), missing);
            box.addClassName("missing-units");
            add(box);
        }
        addReturnedComment("consolidated.returnedWith", report.reviewComment());
        summary.setValue(report.summary() == null ? "" : report.summary());
        // the task's people: its organisation's officer writes, its leader approves (not each other's step)
        boolean own = user.orgUnitId() == report.orgUnitId();
        boolean writing = own && user.hasRole(Role.OFFICER) && work.isWaitingWithVariable(ConsolidationProcess.KEY,
                ConsolidationProcess.CONSOLIDATED_REPORT_ID, id,
                ConsolidationProcess.Element.WRITE_CONSOLIDATED_REPORT);
        boolean approving = own && user.hasRole(Role.LEADER) && work.isWaitingWithVariable(ConsolidationProcess.KEY,
                ConsolidationProcess.CONSOLIDATED_REPORT_ID, id,
                ConsolidationProcess.Element.APPROVE_CONSOLIDATED_REPORT);
        summary.setReadOnly(!writing);
        addStaleWarning(writing, approving);
        addFigures(writing, plan.objectives());
        List<vn.congtactreem.appendix.FormTotals> totals = reportForms.ofConsolidatedReport(id);
        formTotals = totals.isEmpty() ? null : new FormTotalsPanel(totals);
        if (formTotals != null) {
            add(formTotals);
        }
        add(summary);
        if (writing) {
            autosaveStatus.setText("");
            HorizontalLayout actions = new HorizontalLayout(saveDraft, submit, autosaveStatus);
            actions.setAlignItems(FlexComponent.Alignment.CENTER);
            add(actions, errors.formError());
            autosaving = true;
        } else if (approving) {
            comment.clear();
            add(comment, new HorizontalLayout(approve, returnReport), errors.formError());
        }
    }

    /**
     * "N báo cáo mới được chấp nhận — cập nhật số liệu?": reports accepted since the figures were
     * aggregated; the officer refreshes, the leader approves figures without them only once ticked.
     */
    private void addStaleWarning(boolean writing, boolean approving) {
        int newer = figures.acceptedSinceSnapshot(id).size();
        staleSeen.setValue(false);
        if (newer == 0) {
            return;
        }
        Div warning = new Div(new Span(getTranslation("consolidated.stale", newer)));
        warning.addClassName("stale-figures");
        warning.getElement().setAttribute("role", "alert");
        if (writing) {
            warning.add(refresh);
        } else if (approving) {
            warning.add(staleSeen);
        }
        add(warning);
    }

    /**
     * The figures the system rolled up from the accepted reports (each with the reports it came from),
     * and boxes for the organisation's own figures: the targets no unit answers for.
     */
    private void addFigures(boolean writing, List<vn.congtactreem.indicator.Objective> objectives) {
        List<TargetFigure> all = figures.ofConsolidatedReport(id);
        ownValues = null;
        if (all.isEmpty()) {
            return;
        }
        add(new H3(getTranslation("consolidated.figures")));
        figuresGrid = new ObjectiveFigures(all, objectives);
        add(figuresGrid, FiguresExportLink.forConsolidatedReport(id));
        var own = figures.ownOf(id);
        if (!own.isEmpty()) {
            ownValues = new IndicatorValuesPanel("consolidated.ownValues", own, values.ofConsolidatedReport(id),
                    all.stream().filter(t -> t.target().responsibleUnitIds().isEmpty()).toList(), objectives, writing,
                    this::autosave);
            ownValues.bind(errors);
            add(ownValues);
        }
    }

    private List<vn.congtactreem.indicator.Reading> ownReadings() {
        return ownValues == null ? null : ownValues.value();
    }

    /** The officer's text is kept as it is typed (on leaving the field): nothing is lost to a timeout. */
    private void autosave() {
        if (autosaving) {
            errors.attempt(() -> consolidation.saveDraft(currentUser.require(), id, summary.getValue(),
                    ownReadings(), version))
                    .ifPresent(saved -> {
                        version = saved.version();
                        autosaveStatus.saved("autosave.saved");
                    });
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("consolidated.pageTitle");
    }
}
