package vn.congtactreem.inbox;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import vn.congtactreem.inbox.WorkCriteria.Holder;

/**
 * The inbox's filters as the person chose them, kept in the page's address so that a link shows
 * the same view: {@code ?q=công an&plan=12&period=34&task=ReviewReport&task=SubmitReport&overdue=1&holder=me}.
 * Values that make no sense in an address are ignored rather than refused.
 */
public record WorkFilter(Long planId, Long periodId, Set<String> taskKeys, boolean overdueOnly, Holder holder,
                         String text) {

    public static final String TEXT = "q";
    public static final String PLAN = "plan";
    public static final String PERIOD = "period";
    public static final String TASK = "task";
    public static final String OVERDUE = "overdue";
    public static final String HOLDER = "holder";

    /** No filter: the whole inbox. */
    public static final WorkFilter NONE = new WorkFilter(null, null, Set.of(), false, Holder.ANYONE, "");

    private static final int MAX_TEXT = 100;
    private static final Pattern TASK_KEY = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]{0,99}");

    public WorkFilter {
        taskKeys = taskKeys == null ? Set.of() : java.util.Collections.unmodifiableSet(new TreeSet<>(taskKeys));
        holder = holder == null ? Holder.ANYONE : holder;
        text = text == null ? "" : text.strip();
        if (text.length() > MAX_TEXT) {
            text = text.substring(0, MAX_TEXT);
        }
    }

    public boolean isEmpty() {
        return equals(NONE);
    }

    public static WorkFilter fromParameters(Map<String, List<String>> parameters) {
        return new WorkFilter(id(first(parameters, PLAN)), id(first(parameters, PERIOD)),
                new TreeSet<>(parameters.getOrDefault(TASK, List.of()).stream()
                        .filter(key -> TASK_KEY.matcher(key).matches()).toList()),
                "1".equals(first(parameters, OVERDUE)) || "true".equals(first(parameters, OVERDUE)),
                holder(first(parameters, HOLDER)), first(parameters, TEXT));
    }

    /** Only what differs from no filter, in a fixed order so equal filters give equal addresses. */
    public Map<String, List<String>> toParameters() {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        if (!text.isEmpty()) {
            parameters.put(TEXT, List.of(text));
        }
        if (planId != null) {
            parameters.put(PLAN, List.of(String.valueOf(planId)));
        }
        if (periodId != null) {
            parameters.put(PERIOD, List.of(String.valueOf(periodId)));
        }
        if (!taskKeys.isEmpty()) {
            parameters.put(TASK, List.copyOf(taskKeys));
        }
        if (overdueOnly) {
            parameters.put(OVERDUE, List.of("1"));
        }
        if (holder != Holder.ANYONE) {
            parameters.put(HOLDER, List.of(holder == Holder.ME ? "me" : "none"));
        }
        return parameters;
    }

    public WorkFilter withPlan(Long plan) {
        return new WorkFilter(plan, periodId, taskKeys, overdueOnly, holder, text);
    }

    public WorkFilter withPeriod(Long period) {
        return new WorkFilter(planId, period, taskKeys, overdueOnly, holder, text);
    }

    public WorkFilter withTaskKeys(Set<String> keys) {
        return new WorkFilter(planId, periodId, keys, overdueOnly, holder, text);
    }

    public WorkFilter withOverdueOnly(boolean overdue) {
        return new WorkFilter(planId, periodId, taskKeys, overdue, holder, text);
    }

    public WorkFilter withHolder(Holder who) {
        return new WorkFilter(planId, periodId, taskKeys, overdueOnly, who, text);
    }

    public WorkFilter withText(String searched) {
        return new WorkFilter(planId, periodId, taskKeys, overdueOnly, holder, searched);
    }

    private static String first(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    private static Long id(String value) {
        if (value == null || !value.matches("\\d{1,18}")) {
            return null;
        }
        return Long.valueOf(value);
    }

    private static Holder holder(String value) {
        if ("me".equals(value)) {
            return Holder.ME;
        }
        return "none".equals(value) ? Holder.NOBODY : Holder.ANYONE;
    }
}
