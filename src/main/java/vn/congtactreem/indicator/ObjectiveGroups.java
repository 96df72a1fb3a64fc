package vn.congtactreem.indicator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Things shown per target (figures, value rows, spreadsheet rows) grouped as the plan groups its targets: those
 * without an objective first, without a heading (plans written before objectives show as before), then objective
 * by objective under "Mục tiêu 1: …", each group keeping the order it was given. Pure, so the screens, the DOCX
 * and the spreadsheets group alike.
 *
 * @param <T> what is grouped
 */
public final class ObjectiveGroups {

    /**
     * One group: its objective (null for the targets outside any objective) and its things, in the order given.
     */
    public record Group<T>(Objective objective, List<T> items) {

        /** "Mục tiêu 2: …", or null for the group outside any objective. */
        public String heading() {
            return objective == null ? null : objective.heading();
        }
    }

    private ObjectiveGroups() {
    }

    /**
     * @param items      in plan order
     * @param objective  the objective number of an item's target (null: none)
     * @param objectives the plan's objectives; a number the plan no longer lists is headed "Mục tiêu n"
     */
    public static <T> List<Group<T>> of(List<T> items, Function<T, Integer> objective, List<Objective> objectives) {
        Map<Integer, List<T>> byNumber = new LinkedHashMap<>();
        byNumber.put(null, new ArrayList<>());
        items.stream().map(objective).filter(Objects::nonNull).distinct().sorted()
                .forEach(n -> byNumber.put(n, new ArrayList<>()));
        items.forEach(item -> byNumber.get(objective.apply(item)).add(item));
        List<Group<T>> groups = new ArrayList<>();
        byNumber.forEach((number, grouped) -> {
            if (!grouped.isEmpty()) {
                groups.add(new Group<>(number == null ? null : objectives.stream()
                        .filter(o -> o.number() == number).findFirst().orElse(new Objective(number, null)),
                        List.copyOf(grouped)));
            }
        });
        return groups;
    }

    /** The targets' figures or rows grouped by their target's objective. */
    public static <T> List<Group<T>> byTarget(List<T> items, Function<T, Target> target, List<Objective> objectives) {
        return of(items, item -> target.apply(item).objective(), objectives);
    }

    /** Whether any item's target sits under an objective (else everything shows as before objectives). */
    public static <T> boolean grouped(List<Group<T>> groups) {
        return groups.stream().anyMatch(g -> g.objective() != null);
    }
}
