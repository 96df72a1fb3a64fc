package vn.congtactreem.monitoring.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import vn.congtactreem.monitoring.StuckTask;
import vn.congtactreem.monitoring.StuckWork;
import vn.congtactreem.monitoring.StuckWorkReport;
import vn.congtactreem.plan.Deadlines;

/**
 * "Việc tồn đọng": overdue tasks and tasks open longer than N days (chosen: 3, 7, 14 or 30) in the
 * user's scope, counted per organisation, each row linking to the task's form.
 */
class StuckWorkPanel extends VerticalLayout {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy").withZone(Deadlines.VIETNAM);

    final Select<Integer> idleDays = new Select<>();
    final Paragraph summary = new Paragraph();
    final Paragraph byOrganisation = new Paragraph();
    final Grid<StuckTask> grid = new Grid<>();
    private final transient BiFunction<Long, Integer, StuckWorkReport> source;
    private Long orgUnitId;

    StuckWorkPanel(BiFunction<Long, Integer, StuckWorkReport> source) {
        this.source = source;
        addClassName("monitoring-stuck");
        setPadding(false);
        idleDays.setLabel(getTranslation("monitoring.stuck.idleDays"));
        idleDays.setItems(3, 7, 14, 30);
        idleDays.setItemLabelGenerator(d -> getTranslation("monitoring.stuck.days", d));
        idleDays.setValue(StuckWork.DEFAULT_IDLE_DAYS);
        idleDays.addValueChangeListener(e -> refresh());
        summary.addClassName("monitoring-stuck-summary");
        byOrganisation.addClassName("monitoring-stuck-orgs");
        grid.addClassName("monitoring-stuck-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(StuckTask::organisation).setKey("organisation")
                .setHeader(getTranslation("monitoring.stuck.organisation")).setFlexGrow(2).setSortable(true);
        grid.addComponentColumn(this::task).setKey("task").setHeader(getTranslation("monitoring.stuck.task"))
                .setFlexGrow(3);
        grid.addComponentColumn(this::age).setKey("age").setHeader(getTranslation("monitoring.stuck.age"))
                .setAutoWidth(true);
        grid.addColumn(t -> t.assignee() == null ? getTranslation("monitoring.stuck.nobody") : t.assignee())
                .setKey("holder").setHeader(getTranslation("monitoring.stuck.holder")).setAutoWidth(true);
        add(idleDays, summary, byOrganisation, grid);
    }

    /** Shows the stuck work of this organisation and everything below it. */
    void show(long orgUnitId) {
        this.orgUnitId = orgUnitId;
        refresh();
    }

    private void refresh() {
        if (orgUnitId == null) {
            return;
        }
        StuckWorkReport report = source.apply(orgUnitId, idleDays.getValue());
        summary.setText(getTranslation("monitoring.stuck.summary", report.overdue(), report.idle(),
                report.idleDays()));
        byOrganisation.setText(report.byOrganisation().entrySet().stream()
                .map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining(" · ")));
        byOrganisation.setVisible(!report.byOrganisation().isEmpty());
        grid.setItems(report.tasks());
        grid.setVisible(!report.tasks().isEmpty());
    }

    List<StuckTask> shown() {
        return grid.getListDataView().getItems().toList();
    }

    private Component task(StuckTask task) {
        String text = task.taskName() + (task.subject() == null || task.subject().isBlank() ? ""
                : " — " + task.subject());
        if (task.link() == null) {
            return new Span(text);
        }
        Anchor link = new Anchor(task.link(), text);
        link.addClassName("monitoring-stuck-link");
        return link;
    }

    private Component age(StuckTask task) {
        Span age = new Span(task.overdue()
                ? getTranslation("monitoring.stuck.overdue", task.days(), DATE.format(task.due()))
                : getTranslation("monitoring.stuck.open", task.days(), DATE.format(task.created())));
        age.addClassNames("monitoring-cell", task.overdue() ? "cell-missing" : "cell-not-yet-due");
        return age;
    }
}
