package vn.congtactreem.reporting.ui;

import com.vaadin.flow.component.html.Span;
import java.util.List;
import vn.congtactreem.base.ui.DetailPage;

/** A report page: a {@link DetailPage} with the report pages' look. */
abstract class ReportPage extends DetailPage {

    ReportPage(String idParameter) {
        super(idParameter, "report.notAvailable");
        addClassName("unit-report-view");
    }

    /** A small red badge (Lumo's "badge error"), e.g. next to a status: "Nộp muộn". */
    Span badge(String textKey, String className) {
        Span badge = new Span(getTranslation(textKey));
        badge.getElement().getThemeList().addAll(List.of("badge", "error"));
        badge.addClassNames("status-badge", className);
        return badge;
    }
}
