package vn.congtactreem.monitoring.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.util.List;
import vn.congtactreem.monitoring.TargetSpread;

/** Each target of the plan across the sub-areas: how many reached it, on or off track, and which are off track. */
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
        addColumn(TargetSpread::noData).setKey("noData").setHeader(getTranslation("target.status.NO_DATA"))
                .setAutoWidth(true).setFlexGrow(0);
        addColumn(t -> t.offTrackNames().isEmpty() ? "—" : String.join(", ", t.offTrackNames())).setKey("offTrackNames")
                .setHeader(getTranslation("monitoring.spread.offTrackNames")).setFlexGrow(2);
    }

    void show(List<TargetSpread> rows) {
        setItems(rows);
    }
}
