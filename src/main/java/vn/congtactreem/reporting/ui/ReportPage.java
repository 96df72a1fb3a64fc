package vn.congtactreem.reporting.ui;

import vn.congtactreem.base.ui.DetailPage;

/** A report page: a {@link DetailPage} with the report pages' look. */
abstract class ReportPage extends DetailPage {

    ReportPage(String idParameter) {
        super(idParameter, "report.notAvailable");
        addClassName("unit-report-view");
    }
}
