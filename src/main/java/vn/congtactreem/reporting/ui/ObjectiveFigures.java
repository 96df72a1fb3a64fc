package vn.congtactreem.reporting.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import vn.congtactreem.indicator.Objective;
import vn.congtactreem.indicator.ObjectiveGroups;
import vn.congtactreem.reporting.TargetFigure;

/**
 * The targets' figures grouped as the plan groups its targets: "Mục tiêu 1: …" above a table of its targets,
 * each with the plan's number; a plan without objectives shows one table, as before objectives.
 */
class ObjectiveFigures extends Div {

    private final List<FiguresGrid> grids = new ArrayList<>();

    ObjectiveFigures(List<TargetFigure> figures, List<Objective> objectives) {
        addClassName("objective-figures");
        for (ObjectiveGroups.Group<TargetFigure> group : ObjectiveGroups.byTarget(figures, TargetFigure::target,
                objectives)) {
            if (group.objective() != null) {
                H4 heading = new H4(group.heading());
                heading.addClassName("objective-heading");
                add(heading);
            }
            FiguresGrid grid = new FiguresGrid(group.items());
            grids.add(grid);
            add(grid);
        }
    }

    /** Every figure shown, in the order shown. */
    Stream<TargetFigure> items() {
        return grids.stream().flatMap(g -> g.getListDataView().getItems());
    }

    /** The objectives' headings, in the order shown (none for a plan without objectives). */
    List<String> headings() {
        return getChildren().filter(H4.class::isInstance).map(c -> ((H4) c).getText()).toList();
    }
}
