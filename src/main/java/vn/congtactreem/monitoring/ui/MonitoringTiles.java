package vn.congtactreem.monitoring.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import vn.congtactreem.monitoring.PeriodOverview;
import vn.congtactreem.monitoring.Tally;

/** The tiles of a period: counts, the two rates, and the days left to the organisation's own deadline. */
class MonitoringTiles extends Div {

    MonitoringTiles() {
        addClassName("monitoring-tiles");
    }

    void show(PeriodOverview overview) {
        removeAll();
        Tally tally = overview.tally();
        tile("expected", String.valueOf(tally.expected()));
        tile("submitted", String.valueOf(tally.submitted()));
        tile("onTime", String.valueOf(tally.onTime()));
        tile("late", String.valueOf(tally.late()));
        tile("missing", String.valueOf(tally.missing()));
        tile("notYetDue", String.valueOf(tally.notYetDue()));
        tile("accepted", String.valueOf(tally.accepted()));
        tile("returned", String.valueOf(tally.returned()));
        tile("reportingRate", tally.reportingRateText());
        tile("onTimeRate", tally.onTimeRateText());
        Long days = overview.daysToUpperDue();
        String upper;
        if (days == null) {
            upper = getTranslation("monitoring.tile.upperDue.none");
        } else if (days < 0) {
            upper = getTranslation("monitoring.tile.upperDue.overdue", -days);
        } else {
            upper = getTranslation("monitoring.tile.upperDue.days", days);
        }
        tile("upperDue", upper);
    }

    private void tile(String key, String value) {
        Span label = new Span(getTranslation("monitoring.tile." + key));
        label.addClassName("tile-label");
        Span number = new Span(value);
        number.addClassName("tile-value");
        Div tile = new Div(label, number);
        tile.addClassName("monitoring-tile");
        tile.getElement().setAttribute("data-tile", key);
        add(tile);
    }

    /** The value shown on a tile (for tests and the page's text equivalent). */
    String value(String key) {
        return getChildren().filter(c -> key.equals(c.getElement().getAttribute("data-tile")))
                .map(c -> ((Span) c.getChildren().toList().get(1)).getText()).findFirst().orElse(null);
    }
}
