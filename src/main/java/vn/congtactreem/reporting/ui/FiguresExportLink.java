package vn.congtactreem.reporting.ui;

import com.vaadin.flow.server.VaadinService;
import vn.congtactreem.document.ui.XlsxDownloadLink;
import vn.congtactreem.reporting.ReportSpreadsheets;
import vn.congtactreem.security.CurrentUser;

/**
 * "Xuất Excel số liệu" for a report page: the figures against the targets and where they come from.
 * A page places it with one line, e.g. {@code add(FiguresExportLink.forConsolidatedReport(id));}.
 */
public final class FiguresExportLink {

    private FiguresExportLink() {
    }

    public static XlsxDownloadLink forConsolidatedReport(long consolidatedReportId) {
        ReportSpreadsheets spreadsheets = bean(ReportSpreadsheets.class);
        CurrentUser currentUser = bean(CurrentUser.class);
        return new XlsxDownloadLink("xlsx.export.figures",
                texts -> spreadsheets.consolidatedFigures(currentUser.require(), consolidatedReportId, texts));
    }

    public static XlsxDownloadLink forUnitReport(long reportId) {
        ReportSpreadsheets spreadsheets = bean(ReportSpreadsheets.class);
        CurrentUser currentUser = bean(CurrentUser.class);
        return new XlsxDownloadLink("xlsx.export.figures",
                texts -> spreadsheets.unitFigures(currentUser.require(), reportId, texts));
    }

    /** The application's bean through Vaadin's Spring instantiator, so that a page adds the link in one line. */
    static <T> T bean(Class<T> type) {
        return VaadinService.getCurrent().getInstantiator().getOrCreate(type);
    }
}
