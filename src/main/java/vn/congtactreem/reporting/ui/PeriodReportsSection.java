package vn.congtactreem.reporting.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.time.format.DateTimeFormatter;
import java.util.List;
import vn.congtactreem.base.NotVisibleException;
import java.util.Optional;
import vn.congtactreem.base.CycleClock;
import vn.congtactreem.org.UserAccount;
import vn.congtactreem.plan.CycleEvent;
import vn.congtactreem.plan.PeriodStatus;
import vn.congtactreem.plan.Plan;
import vn.congtactreem.plan.ReportingPeriod;
import vn.congtactreem.plan.ui.PlanPageSection;
import vn.congtactreem.reporting.ConsolidationService;
import vn.congtactreem.reporting.ReportingService;
import vn.congtactreem.reporting.UnitReport;

/** On a plan's page, under each period: who reported what, and the consolidated report. */
@org.springframework.stereotype.Component
class PeriodReportsSection implements PlanPageSection {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(CycleClock.VIETNAM);

    private final ReportingService reporting;
    private final ConsolidationService consolidation;

    PeriodReportsSection(ReportingService reporting, ConsolidationService consolidation) {
        this.reporting = reporting;
        this.consolidation = consolidation;
    }

    @Override
    public Optional<String> subjectOf(CycleEvent event) {
        if (event.unitReportId() != null) {
            return Optional.of(reporting.load(event.unitReportId()).orgUnitName());
        }
        return Optional.empty();
    }

    @Override
    public Optional<com.vaadin.flow.component.Component> forPeriod(UserAccount user, Plan plan,
                                                                   ReportingPeriod period) {
        List<UnitReport> reports;
        try {
            reports = reporting.ofPeriod(user, period.id());
        } catch (NotVisibleException e) {
            // the page already checked the plan's rule (an assigned unit reads it); a period that holds no report
            // of this unit yet (not open, or past before the system) shows nothing, it does not hide the plan
            reports = List.of();
        }
        UI ui = UI.getCurrent();
        Div box = new Div();
        box.addClassName("period-reports");
        box.setWidthFull();
        if (!reports.isEmpty()) {
            Grid<UnitReport> grid = new Grid<>();
            grid.addColumn(UnitReport::orgUnitName).setHeader(ui.getTranslation("periodReports.unit")).setFlexGrow(2);
            grid.addColumn(r -> ui.getTranslation("report.status." + r.status().name())
                            + (r.late() ? " · " + ui.getTranslation("report.late") : ""))
                    .setHeader(ui.getTranslation("periodReports.status")).setFlexGrow(2);
            grid.addColumn(r -> r.submittedAt() == null ? "" : WHEN.format(r.submittedAt()))
                    .setHeader(ui.getTranslation("periodReports.submittedAt")).setAutoWidth(true).setFlexGrow(0);
            grid.addColumn(new ComponentRenderer<>(r -> new Anchor("reports/" + r.id(),
                    ui.getTranslation("periodReports.open")))).setAutoWidth(true).setFlexGrow(0);
            grid.setItems(reports);
            grid.setAllRowsVisible(true);
            grid.setWidthFull();
            box.add(grid);
        }
        // a period over before the plan was adopted has no consolidated report of its own: its figures entered later
        // have their own link, and "Đã gửi cấp trên" would claim a sending that never happened in the system
        if (period.status() != PeriodStatus.PAST && (user.orgUnitId() == plan.orgUnitId() || reports.size() > 1)) {
            consolidation.ofPeriod(period.id(), plan.orgUnitId()).ifPresent(report -> box.add(new Div(new Anchor(
                    "consolidated-reports/" + report.id(), ui.getTranslation("periodReports.consolidated",
                    ui.getTranslation("consolidated.status." + report.status().name()))))));
        }
        return box.getComponentCount() == 0 ? Optional.empty() : Optional.of(box);
    }
}
