package vn.congtactreem.reporting.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import java.util.List;
import java.util.Objects;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import vn.congtactreem.base.ui.AutosaveStatus;
import vn.congtactreem.inbox.WorkItems;
import vn.congtactreem.indicator.Indicator;
import vn.congtactreem.indicator.IndicatorValues;
import vn.congtactreem.reporting.FormSheet;
import vn.congtactreem.reporting.ReportFigures;
import vn.congtactreem.reporting.ReportForms;
import vn.congtactreem.org.Role;
import vn.congtactreem.org.UserAccount;
import vn.congtactreem.plan.Assignment;
import vn.congtactreem.plan.Plan;
import vn.congtactreem.plan.PlanService;
import vn.congtactreem.plan.ReportingPeriod;
import vn.congtactreem.reporting.ReportFiles;
import vn.congtactreem.reporting.ReportingService;
import vn.congtactreem.reporting.UnitReport;
import vn.congtactreem.reporting.UnitReportForm;
import vn.congtactreem.reporting.UnitReportStatus;
import vn.congtactreem.reporting.process.UnitReportProcess;
import vn.congtactreem.security.CurrentUser;

/**
 * One unit report: the unit acknowledges its part, writes (kết quả, khó khăn, đề xuất), saves and
 * submits; the officer accepts or returns it with a comment. Only what the user may do is offered.
 */
@Route("reports/:reportId")
@PermitAll
public class UnitReportView extends ReportPage {

    private final ReportingService reporting;
    private final PlanService plans;
    private final WorkItems work;
    private final CurrentUser currentUser;
    private final ReportFigures figures;
    private final IndicatorValues values;
    IndicatorValuesPanel valuesPanel;
    AppendixCellsPanel formsPanel;
    AppendixSpreadsheetPanel spreadsheetForms;
    private final ReportForms reportForms;

    final TextArea results = new TextArea();
    final TextArea difficulties = new TextArea();
    final TextArea proposals = new TextArea();
    private final ReportFiles reportFiles;
    ReportFilesPanel files;
    final TextArea comment = new TextArea();
    final Button acknowledge = new Button();
    final Button saveDraft = new Button();
    /** The version of the report this page shows: a save from it is refused once someone saved a newer one. */
    private long version;
    final Button submit = new Button();
    final Button accept = new Button();
    final Button returnReport = new Button();
    final AutosaveStatus autosaveStatus = new AutosaveStatus();
    private boolean autosaving;

    public UnitReportView(ReportingService reporting, PlanService plans, WorkItems work, CurrentUser currentUser,
                          ReportFiles reportFiles, ReportFigures figures, IndicatorValues values,
                          ReportForms reportForms) {
        super("reportId");
        this.reportForms = reportForms;
        this.figures = figures;
        this.values = values;
        this.reportFiles = reportFiles;
        this.reporting = reporting;
        this.plans = plans;
        this.work = work;
        this.currentUser = currentUser;
        results.setLabel(getTranslation("report.results"));
        difficulties.setLabel(getTranslation("report.difficulties"));
        proposals.setLabel(getTranslation("report.proposals"));
        comment.setLabel(getTranslation("report.returnComment"));
        for (TextArea area : new TextArea[] {results, difficulties, proposals, comment}) {
            area.setWidthFull();
        }
        for (TextArea area : new TextArea[] {results, difficulties, proposals}) {
            area.addValueChangeListener(e -> autosave());
        }
        saveDraft.addClickShortcut(Key.KEY_S, KeyModifier.CONTROL);
        saveDraft.setTooltipText("Ctrl+S");
        comment.setMinHeight("4em");
        results.setRequiredIndicatorVisible(true);
        errors.bind("results", results).bind("comment", comment);
        acknowledge.setText(getTranslation("report.action.acknowledge"));
        saveDraft.setText(getTranslation("report.action.saveDraft"));
        submit.setText(getTranslation("report.action.submit"));
        accept.setText(getTranslation("report.action.accept"));
        returnReport.setText(getTranslation("report.action.return"));
        acknowledge.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        returnReport.addThemeVariants(ButtonVariant.LUMO_ERROR);
        acknowledge.addClickListener(e -> act(() -> reporting.acknowledge(currentUser.require(), id),
                "report.done.acknowledged"));
        saveDraft.addClickListener(e -> {
            if (saveForms()) {
                act(() -> reporting.saveDraft(currentUser.require(), id, form(), version), "report.done.saved");
            }
        });
        submit.addClickListener(e -> {
            if (saveForms()) {
                // the forms' empty required cells, each marked next to its box; the service refuses them too
                if (formsPanel != null) {
                    formsPanel.show(reportForms.missingCells(currentUser.require(), id));
                }
                act(() -> reporting.submit(currentUser.require(), id, form(), version), "report.done.submitted");
            }
        });
        accept.addClickListener(e -> act(() -> reporting.accept(currentUser.require(), id),
                "report.done.accepted"));
        returnReport.addClickListener(e -> act(() -> reporting.returnForChanges(currentUser.require(), id,
                comment.getValue()), "report.done.returned"));
    }

    @Override
    protected void show() {
        autosaving = false;
        UserAccount user = currentUser.require();
        UnitReport report = reporting.get(user, id);
        version = report.version();
        Plan plan = plans.load(report.planId());
        ReportingPeriod period = plans.period(report.periodId());
        add(new H2(getTranslation("report.title", report.orgUnitName())));
        Paragraph planLine = line("report.plan", plan.title()
                + (plan.documentNumber() == null ? "" : " (" + plan.documentNumber() + ")") + " · ");
        planLine.add(new Anchor("plans/" + plan.id(), getTranslation("report.openPlan")));
        add(planLine);
        add(line("report.period", getTranslation("period.kind." + period.kind().name(), period.year())));
        add(line("report.lastDay", DATE.format(period.unitDue())));
        Paragraph status = line("report.status", getTranslation("report.status." + report.status().name()));
        if (report.late()) {
            status.add(badge("report.late", "late-badge"));
        }
        add(status);
        plan.assignments().stream().filter(a -> a.orgUnitId() == report.orgUnitId()).findFirst()
                .map(Assignment::duties).filter(d -> d != null && !d.isBlank())
                .ifPresent(duties -> add(line("report.duties", duties)));
        if (user.orgUnitId() == report.orgUnitId()) {
            addUnitPart(plan, report.orgUnitId());
            addUnitTargets(plan, report.orgUnitId());
        }
        if (report.status() == UnitReportStatus.RETURNED) {
            addReturnedComment("report.returnedWith", report.reviewComment());
        }
        String key = String.valueOf(id);
        // the task's people: the unit's reporters acknowledge and write, the plan's officers review
        boolean unitReporter = user.orgUnitId() == report.orgUnitId() && user.hasRole(Role.REPORTER);
        boolean planOfficer = user.orgUnitId() == plan.orgUnitId() && user.hasRole(Role.OFFICER);
        if (unitReporter
                && work.isWaiting(UnitReportProcess.KEY, key, UnitReportProcess.Element.ACKNOWLEDGE_ASSIGNMENT)) {
            add(new Paragraph(getTranslation("report.acknowledgeFirst")), acknowledge, errors.formError());
            return;
        }
        results.setValue(nullToEmpty(report.results()));
        difficulties.setValue(nullToEmpty(report.difficulties()));
        proposals.setValue(nullToEmpty(report.proposals()));
        boolean writing = unitReporter
                && work.isWaiting(UnitReportProcess.KEY, key, UnitReportProcess.Element.SUBMIT_REPORT);
        boolean reviewing = planOfficer
                && work.isWaiting(UnitReportProcess.KEY, key, UnitReportProcess.Element.REVIEW_REPORT);
        for (TextArea area : new TextArea[] {results, difficulties, proposals}) {
            area.setReadOnly(!writing);
            // room to write; read-only, a text is as tall as it is (the reviewer's buttons stay on screen)
            area.setMinHeight(writing ? "6em" : null);
        }
        FormLayout narrative = new FormLayout(results, difficulties, proposals);
        narrative.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(narrative);
        addValues(report, writing, plan.objectives());
        addForms(writing);
        files = new ReportFilesPanel(reportFiles, currentUser, id, writing);
        add(files);
        add(ReportSpreadsheetPanel.forReport(id, writing, this::render));
        if (writing) {
            autosaveStatus.setText("");
            HorizontalLayout actions = new HorizontalLayout(saveDraft, submit, autosaveStatus);
            actions.setAlignItems(FlexComponent.Alignment.CENTER);
            add(actions, errors.formError());
            autosaving = true;
        } else if (reviewing) {
            comment.clear();
            HorizontalLayout decision = new HorizontalLayout(accept, returnReport);
            decision.addClassName("sticky-actions");
            add(comment, errors.formError(), decision);
        }
    }

    /** The plan's forms the unit fills (none: no panel). */
    private void addForms(boolean writing) {
        List<FormSheet> sheets = reportForms.ofUnitReport(currentUser.require(), id);
        formsPanel = sheets.isEmpty() ? null : new AppendixCellsPanel(sheets, writing);
        if (formsPanel != null) {
            spreadsheetForms = new AppendixSpreadsheetPanel(reportForms, currentUser, id, writing, this::render);
            add(formsPanel, spreadsheetForms);
        }
    }

    /** Keeps the forms' cells before the report; false (each problem next to its cell) when refused. */
    private boolean saveForms() {
        return formsPanel == null || formsPanel.save(cells -> reportForms.saveCells(currentUser.require(), id, cells));
    }

    /** What the unit types is kept as it types (on leaving a field): nothing is lost to a timeout. */
    private void autosave() {
        if (autosaving) {
            errors.attempt(() -> reporting.saveDraft(currentUser.require(), id, form(), version))
                    .ifPresent(saved -> {
                        version = saved.version();
                        autosaveStatus.saved("autosave.saved");
                    });
        }
    }

    /**
     * The unit's figures: boxes for each indicator it answers for (read-only once submitted); a
     * sub-area's report shows the figures of its consolidated report instead.
     */
    private void addValues(UnitReport report, boolean writing, List<vn.congtactreem.indicator.Objective> objectives) {
        valuesPanel = null;
        if (report.subArea()) {
            var subAreaFigures = figures.ofUnitReport(id);
            if (!subAreaFigures.isEmpty()) {
                add(new com.vaadin.flow.component.html.H3(getTranslation("report.values.heading")),
                        new ObjectiveFigures(subAreaFigures, objectives));
            }
            return;
        }
        List<Indicator> asked = figures.askedOf(id);
        if (asked.isEmpty()) {
            return;
        }
        valuesPanel = new IndicatorValuesPanel("report.values.heading", asked, values.ofUnitReport(id),
                figures.ofUnitReport(id), objectives, writing, this::autosave);
        valuesPanel.bind(errors);
        add(valuesPanel);
    }

    /** The plan's targets the unit answers for, by the plan's number and objective, as its assignment says. */
    private void addUnitTargets(Plan plan, long unitId) {
        List<String> mine = plan.targets().stream().filter(t -> t.isResponsible(unitId))
                .map(t -> (t.objective() == null ? getTranslation("objectives.target.heading", t.number())
                        : getTranslation("objectives.target.headingIn", t.number(), t.objective())) + ": "
                        + t.indicator().code() + " " + t.indicator().name() + ", " + t.milestoneYear() + ": "
                        + t.requirement()).toList();
        if (!mine.isEmpty()) {
            add(line("report.unitTargets", String.join("; ", mine)));
        }
    }

    /** The content items of the plan the unit leads or cooperates in, on one line. */
    private void addUnitPart(Plan plan, long unitId) {
        List<String> mine = plan.activities().stream()
                .filter(a -> Objects.equals(a.leadUnitId(), unitId) || a.cooperatingUnitIds().contains(unitId))
                .map(a -> {
                    String when = a.timeframe().label(plan.yearFrom());
                    return a.title() + " (" + getTranslation(Objects.equals(a.leadUnitId(), unitId)
                            ? "report.activity.lead" : "report.activity.cooperate")
                            + (when.isEmpty() ? "" : ", " + when) + ")";
                }).toList();
        if (!mine.isEmpty()) {
            add(line("report.unitActivities", String.join("; ", mine)));
        }
    }

    private UnitReportForm form() {
        return new UnitReportForm(results.getValue(), difficulties.getValue(), proposals.getValue(),
                valuesPanel == null ? null : valuesPanel.value());
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("report.pageTitle");
    }
}
