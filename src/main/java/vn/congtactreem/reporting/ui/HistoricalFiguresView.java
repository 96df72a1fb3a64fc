package vn.congtactreem.reporting.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import vn.congtactreem.base.ui.DateFields;
import vn.congtactreem.base.ui.DetailPage;
import vn.congtactreem.indicator.IndicatorValues;
import vn.congtactreem.indicator.Reading;
import vn.congtactreem.org.Role;
import vn.congtactreem.org.UserAccount;
import vn.congtactreem.plan.PeriodStatus;
import vn.congtactreem.plan.Plan;
import vn.congtactreem.plan.PlanService;
import vn.congtactreem.plan.ReportingPeriod;
import vn.congtactreem.reporting.HistoricalFigures;
import vn.congtactreem.reporting.HistoricalReport;
import vn.congtactreem.reporting.ReportFigures;
import vn.congtactreem.security.AccessScope;
import vn.congtactreem.security.CurrentUser;

/**
 * "Nhập số liệu kỳ đã qua": the officer of a programme registered mid-way enters the figures its
 * organisation reported for a period that was over, with the date of that report.
 */
@Route("periods/:periodId/historical")
@RolesAllowed({Role.OFFICER_NAME, Role.MANAGER_NAME, Role.LEADER_NAME})
public class HistoricalFiguresView extends DetailPage {

    private final HistoricalFigures historical;
    private final PlanService plans;
    private final IndicatorValues values;
    private final AccessScope scope;
    private final CurrentUser currentUser;
    private final ReportFigures reportFigures;

    DatePicker datedOn;
    final TextArea summary = new TextArea();
    final Button save = new Button();
    IndicatorValuesPanel figures;

    public HistoricalFiguresView(HistoricalFigures historical, PlanService plans, IndicatorValues values,
                                 AccessScope scope, CurrentUser currentUser, ReportFigures reportFigures) {
        super("periodId", "report.notAvailable");
        this.historical = historical;
        this.plans = plans;
        this.values = values;
        this.scope = scope;
        this.currentUser = currentUser;
        this.reportFigures = reportFigures;
        addClassName("plan-page");
    }

    @Override
    protected void show() {
        UserAccount user = currentUser.require();
        ReportingPeriod period = plans.period(id);
        Plan plan = plans.get(user, period.planId());
        add(new H2(getTranslation("programme.historical.heading", periodName(period))));
        add(line("plan.field.plan", plan.title() + " · " + plan.orgUnitName()
                + (plan.documentNumber() == null ? "" : " · " + plan.documentNumber())));
        if (period.status() != PeriodStatus.PAST) {
            add(new Paragraph(getTranslation("programme.error.periodNotPast")));
            return;
        }
        boolean editable = scope.actsFor(user, plan.orgUnitId(), Role.OFFICER);
        Optional<HistoricalReport> saved = historical.ofPeriod(id, plan.orgUnitId());
        add(new Paragraph(getTranslation("programme.historical.intro")));
        saved.ifPresent(h -> add(new Paragraph(getTranslation("programme.historical.enteredLater",
                DATE.format(h.datedOn()), h.enteredBy()))));
        datedOn = DateFields.datePicker(getTranslation("programme.historical.datedOn"), getLocale());
        datedOn.setRequiredIndicatorVisible(true);
        summary.setLabel(getTranslation("programme.historical.summary"));
        summary.setWidthFull();
        Map<Long, Reading> readings = saved.map(h -> values.ofConsolidatedReport(h.consolidatedReportId()))
                .orElse(Map.of());
        saved.ifPresent(h -> {
            datedOn.setValue(h.datedOn());
            summary.setValue(h.summary() == null ? "" : h.summary());
        });
        figures = new IndicatorValuesPanel("programme.historical.figures", historical.indicatorsOf(id),
                new LinkedHashMap<>(readings), java.util.List.of(), java.util.List.of(), editable, () -> { });
        errors.bind("datedOn", datedOn).bind("summary", summary);
        figures.bind(errors);
        datedOn.setReadOnly(!editable);
        summary.setReadOnly(!editable);
        add(datedOn, summary, figures);
        // once entered, each target judged against its milestone with these figures (a review: its milestone year)
        saved.ifPresent(h -> {
            add(new H3(getTranslation("programme.historical.judged")));
            add(new FiguresGrid(reportFigures.ofConsolidatedReport(h.consolidatedReportId())));
        });
        if (editable) {
            save.setText(getTranslation("programme.historical.save"));
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            save.addClickListener(e -> save(plan));
            add(errors.formError(), save);
        }
    }

    void save(Plan plan) {
        if (act(() -> historical.enter(currentUser.require(), id, new HistoricalFigures.Form(datedOn.getValue(),
                summary.getValue(), figures.value())), "programme.historical.saved")) {
            UI.getCurrent().navigate("plans/" + plan.id());
        }
    }

    private String periodName(ReportingPeriod period) {
        return getTranslation("period.kind." + period.kind().name(), period.year());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("programme.historical.title");
    }
}
