package vn.congtactreem.inbox.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import vn.congtactreem.base.CycleClock;
import vn.congtactreem.inbox.DueState;
import vn.congtactreem.inbox.Inbox;
import vn.congtactreem.inbox.WorkCriteria;
import vn.congtactreem.inbox.WorkItem;
import vn.congtactreem.inbox.WorkItemDescriber.WorkItemDescription;
import vn.congtactreem.org.UserAccount;
import vn.congtactreem.org.UserService;

/**
 * "Việc cần làm": the user's tasks, earliest due first, paged from the engine (never all at once),
 * each page described in a few reads. A red badge when the last day has passed, an amber one
 * within three days of it; who holds each task, with "Nhận việc" / "Trả lại nhóm". Several rows
 * can be selected for the bulk actions. A click, or Enter on a row, opens the task's form.
 */
class InboxGrid extends Grid<WorkItem> {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** Up to this many tasks the grid grows to show them all; beyond it, it scrolls and pages. */
    static final int ALL_ROWS_UP_TO = 10;
    static final String HOLDER_COLUMN = "holder";

    private final UserAccount user;
    private final CycleClock clock;
    private final UserService users;
    private final Consumer<WorkItem> claim;
    private final Consumer<WorkItem> giveBack;
    private final Map<String, WorkItemDescription> descriptions = new HashMap<>();
    private final Map<String, String> holderNames = new HashMap<>();
    /** Task id → the colleague the user stands in for on it ("Thay cho: …"). */
    private final Map<String, String> standingInFor = new HashMap<>();
    private WorkCriteria criteria = WorkCriteria.ALL;
    private WorkItem focused;

    InboxGrid(Inbox inbox, UserService users, UserAccount user, CycleClock clock, Consumer<WorkItem> claim,
              Consumer<WorkItem> giveBack) {
        this.user = user;
        this.clock = clock;
        this.users = users;
        this.claim = claim;
        this.giveBack = giveBack;
        addClassName("inbox-grid");
        setSelectionMode(SelectionMode.MULTI);
        // text columns keep a readable width: on a tablet the grid scrolls sideways rather than squeezing them
        addColumn(item -> standingInFor.containsKey(item.id())
                ? getTranslation("substitute.inbox.task", TaskNames.of(this, item.taskKey(), item.name()),
                        standingInFor.get(item.id()))
                : TaskNames.of(this, item.taskKey(), item.name())).setKey("task")
                .setHeader(getTranslation("inbox.column.task")).setWidth("10rem").setFlexGrow(2)
                .setResizable(true);
        addColumn(item -> describe(item).subject()).setHeader(getTranslation("inbox.column.plan")).setWidth("11rem")
                .setFlexGrow(3).setResizable(true);
        addColumn(item -> describe(item).organisation()).setHeader(getTranslation("inbox.column.organisation"))
                .setWidth("9rem").setFlexGrow(2);
        addColumn(this::period).setHeader(getTranslation("inbox.column.period")).setAutoWidth(true).setFlexGrow(0);
        addComponentColumn(this::due).setHeader(getTranslation("inbox.column.due")).setAutoWidth(true)
                .setFlexGrow(0);
        // fixed: its content changes when a task is claimed ("Bạn" + "Trả lại nhóm"), auto width would not follow
        addComponentColumn(this::holder).setHeader(getTranslation("inbox.column.holder")).setWidth("12.5rem")
                .setFlexGrow(0).setKey(HOLDER_COLUMN);
        // long Vietnamese titles wrap instead of being cut off
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        setEmptyStateText(getTranslation("inbox.noMatch"));
        setDataProvider(new CallbackDataProvider<>(query -> {
            Inbox.Page page = inbox.page(user, criteria, query.getOffset(), query.getLimit());
            descriptions.putAll(page.descriptions());
            standingInFor.putAll(inbox.standingInFor(user, page.items()));
            learnHolders(page.items());
            return page.items().stream();
        }, query -> (int) inbox.count(user, criteria), WorkItem::id));
        nameSelectionCheckboxes();
        addItemClickListener(event -> open(event.getItem()));
        addCellFocusListener(event -> focused = event.getItem().orElse(null));
        // Enter on a focused row opens it; Enter on a button inside a row only presses the button
        getElement().addEventListener("keydown", event -> {
            if (focused != null) {
                open(focused);
            }
        }).setFilter("event.key === 'Enter' && event.target === element");
    }

    /**
     * The grid's own selection checkboxes carry "Select Row" on their host element only, so screen
     * readers (and axe) find their input unnamed: each gets its Vietnamese name, also on rows the grid
     * renders later.
     */
    private void nameSelectionCheckboxes() {
        addAttachListener(event -> getElement().executeJs(
                "const grid = this;"
                + "const name = () => {"
                + "  grid.querySelectorAll('vaadin-grid-cell-content vaadin-checkbox').forEach(box => {"
                + "    const wanted = box.classList.contains('vaadin-grid-select-all-checkbox') ? $0 : $1;"
                + "    if (box.accessibleName !== wanted) { box.accessibleName = wanted; }"
                + "  });"
                // the selection column's header: its select-all box is hidden (lazy data), a word says what it is
                + "  const all = grid.querySelector('vaadin-grid-cell-content .vaadin-grid-select-all-checkbox');"
                + "  if (all && !all.parentElement.querySelector('.selection-header')) {"
                + "    const text = document.createElement('span');"
                + "    text.className = 'selection-header'; text.textContent = $2;"
                + "    all.parentElement.appendChild(text);"
                + "  }"
                + "};"
                + "name();"
                + "if (!grid.__selectionNamer) {"
                + "  grid.__selectionNamer = new MutationObserver(name);"
                + "  grid.__selectionNamer.observe(grid, {childList: true, subtree: true});"
                + "}", getTranslation("inbox.selectAll"), getTranslation("inbox.selectRow"),
                getTranslation("inbox.column.select")));
    }

    /** Shows the tasks meeting the criteria, of which there are {@code count}. */
    void show(WorkCriteria shown, long count) {
        this.criteria = shown;
        descriptions.clear();
        deselectAll();
        setAllRowsVisible(count <= ALL_ROWS_UP_TO);
        getDataProvider().refreshAll();
    }

    WorkItemDescription describe(WorkItem item) {
        return descriptions.getOrDefault(item.id(), new WorkItemDescription(item.processKey(), "", null, null, null));
    }

    /** Opening a task goes straight to its form, where one exists. */
    void open(WorkItem item) {
        String link = describe(item).link();
        if (link != null) {
            getUI().ifPresent(ui -> ui.navigate(link));
        }
    }

    private void learnHolders(List<WorkItem> items) {
        Set<String> unknown = items.stream().map(WorkItem::assignee).filter(Objects::nonNull)
                .filter(name -> !holderNames.containsKey(name)).collect(Collectors.toSet());
        if (!unknown.isEmpty()) {
            holderNames.putAll(users.fullNames(unknown));
            unknown.forEach(name -> holderNames.putIfAbsent(name, name));
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

    /** Who holds the task: nobody yet ("Nhận việc"), the user ("Bạn", "Trả lại nhóm") or a colleague. */
    private Component holder(WorkItem item) {
        Span cell = new Span();
        cell.addClassName("inbox-holder");
        if (item.assignee() == null) {
            cell.add(small(getTranslation("inbox.action.claim"), item, claim, "claim"));
        } else if (item.assignee().equals(user.username())) {
            Span me = new Span(getTranslation("inbox.holder.me"));
            me.addClassName("holder-name");
            cell.add(me, small(getTranslation("inbox.action.giveBack"), item, giveBack, "give-back"));
        } else {
            Span other = new Span(holderNames.getOrDefault(item.assignee(), item.assignee()));
            other.addClassName("holder-name");
            cell.add(other);
        }
        return cell;
    }

    private static Button small(String text, WorkItem item, Consumer<WorkItem> action, String className) {
        Button button = new Button(text, click -> action.accept(item));
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        button.addClassName(className);
        return button;
    }

    private Span badge(String key, String theme, String className) {
        Span badge = new Span(getTranslation(key));
        badge.getElement().getThemeList().addAll(List.of(theme.split(" ")));
        badge.addClassName("inbox-badge");
        badge.addClassName(className);
        return badge;
    }
}
