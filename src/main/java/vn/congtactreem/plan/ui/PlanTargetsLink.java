package vn.congtactreem.plan.ui;

import com.vaadin.flow.server.VaadinService;
import vn.congtactreem.document.ui.XlsxDownloadLink;
import vn.congtactreem.plan.Plan;
import vn.congtactreem.plan.PlanSpreadsheets;
import vn.congtactreem.security.CurrentUser;

/** "Xuất Excel chỉ tiêu" on a plan's page: its targets as a workbook; hidden while the plan has none. */
final class PlanTargetsLink {

    private PlanTargetsLink() {
    }

    static XlsxDownloadLink forPlan(Plan plan) {
        PlanSpreadsheets spreadsheets = VaadinService.getCurrent().getInstantiator().getOrCreate(PlanSpreadsheets.class);
        CurrentUser currentUser = VaadinService.getCurrent().getInstantiator().getOrCreate(CurrentUser.class);
        XlsxDownloadLink link = new XlsxDownloadLink("xlsx.export.targets",
                texts -> spreadsheets.targets(currentUser.require(), plan.id(), texts));
        link.addClassName("plan-targets-xlsx");
        link.setVisible(!plan.targets().isEmpty());
        return link;
    }
}
