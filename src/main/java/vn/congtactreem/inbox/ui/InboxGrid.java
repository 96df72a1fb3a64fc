package vn.congtactreem.inbox.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.provider.DataProvider;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.congtactreem.base.CycleClock;
import vn.congtactreem.inbox.DueState;
import vn.congtactreem.inbox.WorkItem;
import vn.congtactreem.inbox.WorkItemDescriber;
import vn.congtactreem.inbox.WorkItemDescriber.WorkItemDescription;
import vn.congtactreem.inbox.WorkItems;
import vn.congtactreem.org.UserAccount;

/**
 * "Việc cần làm": the user's tasks, earliest due first, paged from the engine (never all at once).
 * A red badge when the last day has passed, an amber one within three days of it.
 */
class InboxGrid extends Grid<WorkItem> {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final List<WorkItemDescriber> describers;
    private final CycleClock clock;
    private final Map<String, WorkItemDescription> descriptions = new HashMap<>();

    /** Up to this many tasks the grid grows to show them all; beyond it, it scrolls and pages. */
    static final int ALL_ROWS_UP_TO = 10;

    InboxGrid(WorkItems work, UserAccount user, long count, List<WorkItemDescriber> describers, CycleClock clock) {
        this.describers = describers;
        this.clock = clock;
        addClassName("inbox-grid");
        addColumn(WorkItem::name).setHeader(getTranslation("inbox.column.task")).setFlexGrow(2).setResizable(true);
        addColumn(item -> describe(item).subject()).setHeader(getTranslation("inbox.column.plan")).setFlexGrow(3)
                .setResizable(true);
        addColumn(item -> describe(item).organisation()).setHeader(getTranslation("inbox.column.organisation"))
                .setFlexGrow(2);
        addColumn(this::period).setHeader(getTranslation("inbox.column.period")).setAutoWidth(true).setFlexGrow(0);
        addComponentColumn(this::due).setHeader(getTranslation("inbox.column.due")).setAutoWidth(true)
                .setFlexGrow(0);
        // long plan titles and task names wrap instead of ending in "…" on a 1366 px laptop
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        setDataProvider(DataProvider.fromCallbacks(
                query -> work.of(user, query.getOffset(), query.getLimit()).stream(),
                query -> (int) work.count(user)));
        setAllRowsVisible(count <= ALL_ROWS_UP_TO);
        addItemClickListener(event -> open(event.getItem()));
    }

    private WorkItemDescription describe(WorkItem item) {
        return descriptions.computeIfAbsent(item.id(), id -> describers.stream()
                .map(d -> d.describe(item)).flatMap(java.util.Optional::stream).findFirst()
                .orElse(new WorkItemDescription(item.processKey(), "", null, null, null)));
    }

    /** Opening a task goes straight to its form, where one exists. */
    void open(WorkItem item) {
        String link = describe(item).link();
        if (link != null) {
            getUI().ifPresent(ui -> ui.navigate(link));
        }
    }

    private String period(WorkItem item) {
        WorkItemDescription description = describe(item);
        return description.periodKind() == null ? ""
                : getTranslation("period.kind." + description.periodKind(), description.periodYear());
    }

    /** The last day (the due moment is the start of the next day) and its badge. */
    private Span due(WorkItem item) {
        Span cell = new Span();
        if (item.due() == null) {
            return cell;
        }
        LocalDate lastDay = LocalDate.ofInstant(item.due().minusSeconds(1), CycleClock.VIETNAM);
        cell.add(new Span(DATE.format(lastDay)));
        switch (DueState.of(item.due(), clock.now())) {
            case OVERDUE -> cell.add(badge("inbox.badge.overdue", "badge error", "overdue"));
            case DUE_SOON -> cell.add(badge("inbox.badge.dueSoon", "badge", "due-soon"));
            case NOT_URGENT -> {
            }
        }
        return cell;
    }

    private Span badge(String key, String theme, String className) {
        Span badge = new Span(getTranslation(key));
        badge.getElement().getThemeList().addAll(List.of(theme.split(" ")));
        badge.addClassName("inbox-badge");
        badge.addClassName(className);
        return badge;
    }
}
