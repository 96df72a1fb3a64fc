package vn.congtactreem.monitoring.ui;

import com.vaadin.flow.component.html.Anchor;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import vn.congtactreem.monitoring.ReportStanding;
import vn.congtactreem.monitoring.UnitCell;

/** A cell of the matrix: its status coloured (class {@code cell-<status>}), its date, opening the report. */
final class StatusBadge {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private StatusBadge() {
    }

    static Anchor of(UnitCell cell, java.util.function.Function<String, String> translate) {
        String text = translate.apply("monitoring.cell." + cell.status().name()) + " · " + DATE.format(cell.date());
        Anchor link = new Anchor("reports/" + cell.reportId(), text);
        link.addClassNames("monitoring-cell", cssClass(cell.status()));
        link.getElement().setAttribute("data-status", cell.status().name());
        return link;
    }

    static String cssClass(ReportStanding.CellStatus status) {
        return "cell-" + status.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
