package vn.congtactreem.reporting;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.congtactreem.inbox.BulkWorkAction;
import vn.congtactreem.inbox.WorkItem;
import vn.congtactreem.org.UserAccount;
import vn.congtactreem.reporting.process.UnitReportProcess;

/** "Chấp nhận các báo cáo đã chọn": the officer accepts several submitted unit reports from the inbox. */
@Component
@Order(10)
class AcceptReportsInBulk implements BulkWorkAction {

    private final ReportingService reporting;

    AcceptReportsInBulk(ReportingService reporting) {
        this.reporting = reporting;
    }

    @Override
    public String labelKey() {
        return "report.bulk.accept";
    }

    @Override
    public String doneKey() {
        return "report.bulk.accepted";
    }

    @Override
    public boolean appliesTo(UserAccount user, WorkItem item) {
        return UnitReportProcess.KEY.equals(item.processKey())
                && UnitReportProcess.Element.REVIEW_REPORT.equals(item.taskKey())
                && UnitReportProcess.REPORT_ID.in(item.ids()) != null;
    }

    @Override
    public void run(UserAccount user, WorkItem item) {
        reporting.accept(user, UnitReportProcess.REPORT_ID.in(item.ids()));
    }
}
