package vn.congtactreem.monitoring.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import vn.congtactreem.base.NotAllowedException;
import vn.congtactreem.base.NotFoundException;
import vn.congtactreem.monitoring.Crumb;
import vn.congtactreem.monitoring.CycleSteps;
import vn.congtactreem.monitoring.MonitoringReminders;
import vn.congtactreem.monitoring.MonitoringService;
import vn.congtactreem.monitoring.MonitoringWorkbook;
import vn.congtactreem.monitoring.PeriodChoice;
import vn.congtactreem.monitoring.PeriodOverview;
import vn.congtactreem.monitoring.PlanChoice;
import vn.congtactreem.monitoring.StuckWork;
import vn.congtactreem.monitoring.SubAreaRow;
import vn.congtactreem.monitoring.TargetsAcrossSubAreas;
import vn.congtactreem.monitoring.TargetRow;
import vn.congtactreem.org.Role;
import vn.congtactreem.org.UserAccount;
import vn.congtactreem.security.CurrentUser;

/**
 * "Theo dõi tiến độ": choose year, plan and period (by default the cycle clock's year and the period
 * whose last day is nearest); the tiles, the units × periods matrix, the sub-areas with a link one
 * level down (to any depth inside the user's scope, with the way back above) and the targets. The
 * address carries the choice ({@code monitoring?period=12}), so every level can be linked and reloaded.
 */
@Route(MonitoringView.ROUTE)
@RolesAllowed({Role.MANAGER_NAME, Role.OFFICER_NAME, Role.LEADER_NAME})
@Menu(order = 2, icon = "vaadin:dashboard", title = "menu.monitoring")
public class MonitoringView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    public static final String ROUTE = "monitoring";

    private final transient MonitoringService monitoring;
    private final UserAccount user;

    final Select<Integer> year = new Select<>();
    final Select<PlanChoice> plan = new Select<>();
    final Select<PeriodChoice> period = new Select<>();
    final Div breadcrumb = new Div();
    final Paragraph notice = new Paragraph();
    final MonitoringTiles tiles = new MonitoringTiles();
    final UnitMatrix matrix = new UnitMatrix();
    final SubAreaTable subAreas = new SubAreaTable();
    final TargetsTable targets = new TargetsTable();
    final ChartsPanel charts = new ChartsPanel();
    final TargetSpreadTable spread = new TargetSpreadTable();
    final StuckWorkPanel stuck;
    final CycleStepsPanel steps = new CycleStepsPanel();
    private final transient CycleSteps cycleSteps;
    private final transient TargetsAcrossSubAreas acrossSubAreas;
    final MonitoringActions actions;
    private final VerticalLayout content = new VerticalLayout();
    private boolean updating;

    public MonitoringView(MonitoringService monitoring, CurrentUser currentUser, MonitoringReminders reminders,
                          MonitoringWorkbook workbook, StuckWork stuckWork, TargetsAcrossSubAreas acrossSubAreas, CycleSteps cycleSteps) {
        this.cycleSteps = cycleSteps;
        this.monitoring = monitoring;
        this.user = currentUser.require();
        this.acrossSubAreas = acrossSubAreas;
        this.stuck = new StuckWorkPanel((org, days) -> stuckWork.of(user, org, days));
        this.actions = new MonitoringActions(reminders, workbook, user);
        addClassName("monitoring-view");
        breadcrumb.addClassName("monitoring-breadcrumb");
        year.setLabel(getTranslation("monitoring.choose.year"));
        plan.setLabel(getTranslation("monitoring.choose.plan"));
        plan.setItemLabelGenerator(p -> p.orgName() + " — " + p.title());
        plan.setWidth("26rem");
        period.setWidth("17rem");
        period.setLabel(getTranslation("monitoring.choose.period"));
        period.setItemLabelGenerator(p -> getTranslation("period.kind." + p.kind().name(), p.year())
                + " · " + getTranslation("monitoring.choose.lastDay", StatusBadge.DATE.format(p.unitDue())));
        int now = monitoring.currentYear();
        year.setItems(IntStream.rangeClosed(now - 3, now + 1).boxed().toList());
        year.addValueChangeListener(e -> chosen(Map.of("year", String.valueOf(e.getValue()))));
        plan.addValueChangeListener(e -> chosen(e.getValue() == null ? Map.of()
                : Map.of("plan", String.valueOf(e.getValue().planId()))));
        period.addValueChangeListener(e -> chosen(e.getValue() == null ? Map.of()
                : Map.of("period", String.valueOf(e.getValue().periodId()))));
        FlexLayout choices = new FlexLayout(year, plan, period);
        choices.addClassName("monitoring-choices");
        choices.setWidthFull();
        content.setPadding(false);
        content.add(new H3(getTranslation("monitoring.section.tiles")), tiles, this.actions,
                new H3(getTranslation("monitoring.section.charts")), charts,
                new H3(getTranslation("monitoring.section.matrix")), matrix,
                new H3(getTranslation("monitoring.section.subAreas")), subAreas,
                new H3(getTranslation("monitoring.section.steps")), steps,
                new H3(getTranslation("monitoring.section.stuck")), stuck,
                new H3(getTranslation("monitoring.section.targets")), targets,
                new H3(getTranslation("monitoring.section.spread")), spread);
        add(new H2(getTranslation("monitoring.title")), breadcrumb, choices, notice, content);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("monitoring.title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> parameters = event.getLocation().getQueryParameters().getParameters();
        try {
            show(number(parameters, "year"), number(parameters, "plan"), number(parameters, "period"));
        } catch (NotAllowedException | NotFoundException refused) {
            // the same answer for a plan or period of others and for one that does not exist: ids reveal nothing
            showNothing("monitoring.notAllowed");
        }
    }

    private void show(Long yearParam, Long planParam, Long periodParam) {
        updating = true;
        try {
            PeriodOverview overview = null;
            if (periodParam != null) {
                overview = monitoring.overview(user, periodParam);
            }
            long planId;
            int chosenYear;
            if (overview != null) {
                planId = overview.period().planId();
                chosenYear = overview.period().year();
            } else {
                chosenYear = yearParam == null ? monitoring.currentYear() : yearParam.intValue();
                List<PlanChoice> plans = monitoring.plans(user, chosenYear);
                Optional<PlanChoice> wanted = planParam == null ? plans.stream().findFirst()
                        : Optional.of(plans.stream().filter(p -> p.planId() == planParam).findFirst()
                        .orElseGet(() -> outsideList(planParam)));
                if (wanted.isEmpty()) {
                    year.setValue(chosenYear);
                    plan.setItems(List.of());
                    period.setItems(List.of());
                    showNothing("monitoring.noPlan");
                    return;
                }
                planId = wanted.get().planId();
                Optional<PeriodChoice> nearest = monitoring.defaultPeriod(user, planId);
                if (nearest.isPresent()) {
                    overview = monitoring.overview(user, nearest.get().periodId());
                }
            }
            fillChoices(chosenYear, planId, overview);
            if (overview == null) {
                showNothing("monitoring.noPeriod");
                return;
            }
            showPeriod(overview);
        } finally {
            updating = false;
        }
    }

    private void fillChoices(int chosenYear, long planId, PeriodOverview overview) {
        year.setValue(chosenYear);
        List<PlanChoice> plans = new ArrayList<>(monitoring.plans(user, chosenYear));
        if (plans.stream().noneMatch(p -> p.planId() == planId)) {
            plans.add(outsideList(planId));
        }
        plan.setItems(plans);
        plan.setValue(plans.stream().filter(p -> p.planId() == planId).findFirst().orElse(null));
        List<PeriodChoice> periods = monitoring.periods(user, planId);
        period.setItems(periods);
        period.setValue(overview == null ? null : periods.stream()
                .filter(p -> p.periodId() == overview.period().periodId()).findFirst().orElse(null));
    }

    private void showPeriod(PeriodOverview overview) {
        long periodId = overview.period().periodId();
        notice.setVisible(false);
        content.setVisible(true);
        tiles.show(overview);
        matrix.show(monitoring.matrix(user, overview.period().planId()));
        List<SubAreaRow> subAreaRows = monitoring.subAreas(user, periodId);
        subAreas.show(subAreaRows);
        List<TargetRow> targetRows = monitoring.targets(user, periodId);
        targets.show(targetRows);
        charts.show(monitoring.ratesByPeriod(user, overview.period().planId()), subAreaRows, targetRows);
        stuck.show(overview.orgUnitId());
        steps.show(cycleSteps.planCycleDiagram(), cycleSteps.planCycles(user, overview.orgUnitId()));
        spread.show(acrossSubAreas.of(user, periodId));
        actions.show(overview);
        showBreadcrumb(monitoring.breadcrumb(user, periodId));
    }

    private void showBreadcrumb(List<Crumb> crumbs) {
        breadcrumb.removeAll();
        for (int i = 0; i < crumbs.size(); i++) {
            Crumb crumb = crumbs.get(i);
            if (i > 0) {
                breadcrumb.add(new Span(" › "));
            }
            breadcrumb.add(i == crumbs.size() - 1 ? new Span(crumb.orgName())
                    : new Anchor(ROUTE + "?period=" + crumb.periodId(), crumb.orgName()));
        }
    }

    /** A plan reached by drilling down (a sub-area's own): listed with the user's own plans. */
    private PlanChoice outsideList(long planId) {
        PeriodChoice first = monitoring.periods(user, planId).stream().findFirst().orElse(null);
        PeriodOverview overview = first == null ? null : monitoring.overview(user, first.periodId());
        return overview == null ? new PlanChoice(planId, "#" + planId, 0, "", 0, 0)
                : new PlanChoice(planId, overview.planTitle(), overview.orgUnitId(), overview.orgName(),
                overview.period().year(), overview.period().year());
    }

    private void showNothing(String key) {
        notice.setText(getTranslation(key));
        notice.setVisible(true);
        content.setVisible(false);
        breadcrumb.removeAll();
    }

    private void chosen(Map<String, String> parameters) {
        if (updating || parameters.isEmpty()) {
            return;
        }
        Map<String, List<String>> query = new LinkedHashMap<>();
        parameters.forEach((key, value) -> query.put(key, List.of(value)));
        UI.getCurrent().navigate(ROUTE, new QueryParameters(query));
    }

    private static Long number(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.get(name);
        if (values == null || values.isEmpty()) {
            return null;
        }
        try {
            return Long.parseLong(values.get(0));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
