package vn.congtactreem.indicator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A plan's objectives and targets as the officer arranges them, and the moves the draft screen offers: add,
 * remove and move an objective (its targets move with it and keep it), move a target up or down among the
 * targets of its objective. Plan order is always the targets without an objective first (plans written before
 * objectives: printed as before), then objective by objective; within a group, the order the officer chose.
 * Pure, so the screen and the service order alike.
 *
 * @param objectives the objectives' titles; objective n is {@code objectives.get(n - 1)}
 * @param targets    the targets in plan order, {@link TargetForm#objective()} naming their objective
 */
public record TargetOutline(List<String> objectives, List<TargetForm> targets) {

    public TargetOutline {
        objectives = List.copyOf(objectives);
        targets = inPlanOrder(targets);
    }

    /** Targets ordered by objective (none first), keeping the order within each objective. */
    public static List<TargetForm> inPlanOrder(List<TargetForm> targets) {
        List<TargetForm> ordered = new ArrayList<>(targets);
        ordered.sort(Comparator.comparingInt(t -> t.objective() == null ? 0 : t.objective()));
        return List.copyOf(ordered);
    }

    public TargetOutline withObjective(String title) {
        List<String> titles = new ArrayList<>(objectives);
        titles.add(title == null ? "" : title);
        return new TargetOutline(titles, targets);
    }

    /** Objective {@code number} moved up ({@code -1}) or down ({@code +1}); its targets follow it. */
    public TargetOutline moveObjective(int number, int delta) {
        int other = number + delta;
        if (number < 1 || number > objectives.size() || other < 1 || other > objectives.size()) {
            return this;
        }
        List<String> titles = new ArrayList<>(objectives);
        titles.set(number - 1, objectives.get(other - 1));
        titles.set(other - 1, objectives.get(number - 1));
        List<TargetForm> moved = targets.stream().map(t -> t.objective() == null ? t
                : t.objective() == number ? t.placed(other, t.number())
                : t.objective() == other ? t.placed(number, t.number()) : t).toList();
        return new TargetOutline(titles, moved);
    }

    /** Objective {@code number} removed; its targets stay, without an objective; later objectives move up. */
    public TargetOutline removeObjective(int number) {
        if (number < 1 || number > objectives.size()) {
            return this;
        }
        List<String> titles = new ArrayList<>(objectives);
        titles.remove(number - 1);
        List<TargetForm> kept = targets.stream().map(t -> t.objective() == null ? t
                : t.objective() == number ? t.placed(null, t.number())
                : t.objective() > number ? t.placed(t.objective() - 1, t.number()) : t).toList();
        return new TargetOutline(titles, kept);
    }

    /**
     * The target at {@code index} (plan order) swapped with the previous ({@code -1}) or next ({@code +1})
     * target of the same objective; nothing when it is first or last of its objective.
     */
    public TargetOutline moveTarget(int index, int delta) {
        int other = index + delta;
        if (index < 0 || index >= targets.size() || other < 0 || other >= targets.size()
                || !java.util.Objects.equals(targets.get(index).objective(), targets.get(other).objective())) {
            return this;
        }
        List<TargetForm> moved = new ArrayList<>(targets);
        moved.set(index, targets.get(other));
        moved.set(other, targets.get(index));
        return new TargetOutline(objectives, moved);
    }

    /** The plan's numbers of the targets, in plan order ({@link TargetNumbering}). */
    public List<String> numbers() {
        return TargetNumbering.numbers(targets.stream().map(TargetForm::number).toList());
    }
}
