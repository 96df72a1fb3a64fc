package vn.congtactreem.indicator.ui;

import com.vaadin.flow.component.Component;
import vn.congtactreem.indicator.Direction;
import vn.congtactreem.indicator.IndicatorGroup;
import vn.congtactreem.indicator.Measure;

/** How the catalogue's kinds read on screen: "Tỷ lệ (%)", "Bảo vệ trẻ em", "Càng thấp càng tốt". */
final class IndicatorLabels {

    private IndicatorLabels() {
    }

    static String measure(Component on, Measure measure) {
        return measure == null ? "" : on.getTranslation("indicator.measure." + measure.name());
    }

    static String group(Component on, IndicatorGroup group) {
        return group == null ? "" : on.getTranslation("indicator.group." + group.name());
    }

    static String direction(Component on, Direction direction) {
        return direction == null ? "" : on.getTranslation("indicator.direction." + direction.name());
    }
}
