package vn.congtactreem.monitoring.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.util.List;
import vn.congtactreem.monitoring.TargetSpread;

/** Each target of the plan across the sub-areas: how many reached it, on or off track, not achieved, and which are behind. */
class TargetSpreadTable extends Grid<TargetSpread> {

    TargetSpreadTable() {
        addClassName("monitoring-target-spread");
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        setAllRowsVisible(true);
        addColumn(t -> t.position() + ". " + t.code()).setKey("code")
                .setHeader(getTranslation("monitoring.targets.code")).setAutoWidth(true).setFlexGrow(0);
        addColumn(TargetSpread::name).setKey("name").setHeader(getTranslation("monitoring.targets.name"))
                .setFlexGrow(3);
        addColumn(TargetSpread::achieved).setKey("achieved").setHeader(getTranslation("target.status.ACHIEVED"))
                .setAutoWidth(true).setFlexGrow(0);
        addColumn(TargetSpread::onTrack).setKey("onTrack").setHeader(getTranslation("target.status.ON_TRACK"))
                .setAutoWidth(true).setFlexGrow(0);
        addColumn(TargetSpread::offTrack).setKey("offTrack").setHeader(getTranslation("target.status.OFF_TRACK"))
                .setAutoWidth(true).setFlexGrow(0);
        addColumn(TargetSpread::notAchieved).setKey("notAchieved")
                .setHeader(getTranslation("target.status.NOT_ACHIEVED")).setAutoWidth(true).setFlexGrow(0);
        addColumn(TargetSpread::noData).setKey("noData").setHeader(getTranslation("target.status.NO_DATA"))
                .setAutoWidth(true).setFlexGrow(0);
        addColumn(t -> t.behindNames().isEmpty() ? "—" : String.join(", ", t.behindNames())).setKey("behindNames")
                .setHeader(getTranslation("monitoring.spread.behindNames")).setFlexGrow(2);
    }

    void show(List<TargetSpread> rows) {
        setItems(rows);
    }
}
