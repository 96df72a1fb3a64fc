package vn.congtactreem.inbox.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.congtactreem.inbox.TaskKinds.TaskKind;
import vn.congtactreem.inbox.WorkCriteria.Holder;
import vn.congtactreem.inbox.WorkFilter;
import vn.congtactreem.inbox.WorkItemSubjects.PeriodChoice;
import vn.congtactreem.inbox.WorkItemSubjects.PlanChoice;

/**
 * The inbox's filters in one row that wraps on narrow screens: search, plan, period, kind of task,
 * who holds it, overdue only, and "Xóa bộ lọc". On a phone the work comes first: only the search shows, the
 * rest behind "Bộ lọc" (with how many are set). Every change hands the new {@link WorkFilter} on;
 * showing a filter (from the address) changes nothing else.
 */
class InboxFilters extends Div {

    final TextField search = new TextField();
    final ComboBox<PlanChoice> plan = new ComboBox<>();
    final ComboBox<PeriodChoice> period = new ComboBox<>();
    final MultiSelectComboBox<TaskKind> kinds = new MultiSelectComboBox<>();
    final Select<Holder> holder = new Select<>();
    final Checkbox overdue = new Checkbox();
    final Button clear = new Button();
    /** On a phone only the search shows; this button opens the other filters ("Bộ lọc (2)" when two are set). */
    final Button toggle = new Button();

    static final String OPEN = "filters-open";

    private final List<PlanChoice> plans;
    private final Map<Long, PlanChoice> plansById;
    private final List<TaskKind> taskKinds;
    private final Consumer<WorkFilter> onChange;
    private WorkFilter filter = WorkFilter.NONE;
    private boolean showing;

    InboxFilters(List<PlanChoice> plans, List<TaskKind> taskKinds, Consumer<WorkFilter> onChange) {
        this.plans = plans;
        this.plansById = plans.stream().collect(Collectors.toMap(PlanChoice::id, Function.identity(), (a, b) -> a));
        this.taskKinds = taskKinds;
        this.onChange = onChange;
        addClassName("inbox-filters");

        search.setLabel(getTranslation("inbox.filter.search"));
        search.setPlaceholder(getTranslation("inbox.filter.searchHint"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addClassName("filter-search");
        search.addValueChangeListener(e -> changed(filter.withText(e.getValue())));

        boolean severalOrganisations = plans.stream().map(PlanChoice::organisation).distinct().count() > 1;
        plan.setLabel(getTranslation("inbox.filter.plan"));
        plan.setItems(plans);
        plan.setItemLabelGenerator(p -> severalOrganisations ? p.title() + " — " + p.organisation() : p.title());
        plan.setClearButtonVisible(true);
        plan.setPlaceholder(getTranslation("inbox.filter.all"));
        plan.addClassName("filter-plan");
        plan.addValueChangeListener(e -> {
            Long planId = e.getValue() == null ? null : e.getValue().id();
            WorkFilter next = filter.withPlan(planId);
            if (planId != null && next.periodId() != null && periodsOf(planId).stream()
                    .noneMatch(p -> p.id() == next.periodId())) {
                changed(next.withPeriod(null));
            } else {
                changed(next);
            }
        });

        period.setLabel(getTranslation("inbox.filter.period"));
        period.setClearButtonVisible(true);
        period.setPlaceholder(getTranslation("inbox.filter.all"));
        period.addClassName("filter-period");
        period.addValueChangeListener(e -> changed(filter.withPeriod(e.getValue() == null ? null : e.getValue().id())));

        kinds.setLabel(getTranslation("inbox.filter.kind"));
        kinds.setItems(taskKinds);
        kinds.setItemLabelGenerator(kind -> TaskNames.of(this, kind.key(), kind.name()));
        kinds.setClearButtonVisible(true);
        kinds.setPlaceholder(getTranslation("inbox.filter.all"));
        kinds.addClassName("filter-kind");
        kinds.addValueChangeListener(e -> changed(filter.withTaskKeys(
                e.getValue().stream().map(TaskKind::key).collect(Collectors.toSet()))));

        holder.setLabel(getTranslation("inbox.filter.holder"));
        holder.setItems(Holder.values());
        holder.setItemLabelGenerator(h -> getTranslation("inbox.filter.holder." + h.name()));
        holder.addClassName("filter-holder");
        holder.addValueChangeListener(e -> changed(filter.withHolder(e.getValue())));

        overdue.setLabel(getTranslation("inbox.filter.overdue"));
        overdue.addClassName("filter-overdue");
        overdue.addValueChangeListener(e -> changed(filter.withOverdueOnly(e.getValue())));

        clear.setText(getTranslation("inbox.filter.clear"));
        clear.setIcon(VaadinIcon.CLOSE_SMALL.create());
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        clear.addClassName("filter-clear");
        clear.addClickListener(e -> changed(WorkFilter.NONE));

        toggle.setIcon(VaadinIcon.FILTER.create());
        toggle.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
        toggle.addClassName("filter-toggle");
        toggle.getElement().setAttribute("aria-expanded", "false");
        toggle.addClickListener(e -> open(!hasClassName(OPEN)));
        showToggle(WorkFilter.NONE);

        add(search, toggle, plan, period, kinds, holder, overdue, clear);
    }

    /** Opens or closes the filters behind the button (it matters on a phone; wider screens show them all). */
    void open(boolean open) {
        setClassName(OPEN, open);
        toggle.getElement().setAttribute("aria-expanded", String.valueOf(open));
    }

    /** How many filters besides the search are set: shown on the button, so a closed panel hides nothing. */
    static int setBesidesSearch(WorkFilter filter) {
        return (filter.planId() == null ? 0 : 1) + (filter.periodId() == null ? 0 : 1) + filter.taskKeys().size()
                + (filter.overdueOnly() ? 1 : 0) + (filter.holder() == Holder.ANYONE ? 0 : 1);
    }

    private void showToggle(WorkFilter shown) {
        int set = setBesidesSearch(shown);
        toggle.setText(set == 0 ? getTranslation("inbox.filter.toggle")
                : getTranslation("inbox.filter.toggleCount", set));
    }

    /** The filter as it can be shown: ids of plans, periods or kinds the user has no task in are dropped. */
    WorkFilter sanitize(WorkFilter wanted) {
        WorkFilter result = wanted;
        if (result.planId() != null && !plansById.containsKey(result.planId())) {
            result = result.withPlan(null);
        }
        if (result.periodId() != null && periodsOf(result.planId()).stream()
                .noneMatch(p -> p.id() == wanted.periodId())) {
            result = result.withPeriod(null);
        }
        Set<String> known = taskKinds.stream().map(TaskKind::key).collect(Collectors.toSet());
        return result.withTaskKeys(result.taskKeys().stream().filter(known::contains).collect(Collectors.toSet()));
    }

    /** Shows a filter in the fields without handing it on. */
    void show(WorkFilter shown) {
        showing = true;
        try {
            filter = shown;
            if (!Objects.equals(search.getValue(), shown.text())) {
                search.setValue(shown.text());
            }
            plan.setValue(shown.planId() == null ? null : plansById.get(shown.planId()));
            List<PeriodChoice> choices = periodsOf(shown.planId());
            period.setItems(choices);
            period.setItemLabelGenerator(p -> periodLabel(p, shown.planId() == null));
            period.setValue(choices.stream().filter(p -> Objects.equals(p.id(), shown.periodId())).findFirst()
                    .orElse(null));
            kinds.setValue(taskKinds.stream().filter(k -> shown.taskKeys().contains(k.key()))
                    .collect(Collectors.toSet()));
            holder.setValue(shown.holder());
            overdue.setValue(shown.overdueOnly());
            clear.setVisible(!shown.isEmpty());
            showToggle(shown);
        } finally {
            showing = false;
        }
    }

    private void changed(WorkFilter next) {
        if (showing || next.equals(filter)) {
            return;
        }
        filter = next;
        onChange.accept(next);
    }

    /** The periods of the plan, or of every plan when none is chosen. */
    private List<PeriodChoice> periodsOf(Long planId) {
        if (planId != null) {
            PlanChoice chosen = plansById.get(planId);
            return chosen == null ? List.of() : chosen.periods();
        }
        return plans.stream().flatMap(p -> p.periods().stream()).toList();
    }

    /** "6 tháng 2024", with the plan's title when the periods of several plans are listed. */
    private String periodLabel(PeriodChoice choice, boolean ofEveryPlan) {
        String label = getTranslation("period.kind." + choice.kind(), choice.year());
        PlanChoice owner = plansById.get(choice.planId());
        return ofEveryPlan && plans.size() > 1 && owner != null ? label + " — " + owner.title() : label;
    }
}
