package vn.congtactreem.monitoring.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import vn.congtactreem.document.ui.XlsxDownloadLink;
import vn.congtactreem.monitoring.MonitoringReminders;
import vn.congtactreem.monitoring.MonitoringWorkbook;
import vn.congtactreem.monitoring.PeriodOverview;
import vn.congtactreem.org.UserAccount;

/** "Nhắc các đơn vị chưa báo cáo" and "Xuất Excel" for the period on screen. */
class MonitoringActions extends FlexLayout {

    final Button remind = new Button();
    final Paragraph result = new Paragraph();
    XlsxDownloadLink export;
    private final transient MonitoringReminders reminders;
    private final transient MonitoringWorkbook workbook;
    private final UserAccount user;
    private long periodId;

    MonitoringActions(MonitoringReminders reminders, MonitoringWorkbook workbook, UserAccount user) {
        this.reminders = reminders;
        this.workbook = workbook;
        this.user = user;
        addClassName("monitoring-actions");
        remind.setText(getTranslation("monitoring.remind"));
        remind.setIcon(VaadinIcon.BELL_O.create());
        remind.addClickListener(e -> remind());
        result.addClassName("monitoring-remind-result");
        result.setVisible(false);
        add(remind, result);
    }

    void show(PeriodOverview overview) {
        periodId = overview.period().periodId();
        remind.setEnabled(overview.tally().missing() + overview.tally().notYetDue() > 0);
        result.setVisible(false);
        if (export != null) {
            remove(export);
        }
        long period = periodId;
        export = new XlsxDownloadLink("monitoring.export", texts -> workbook.of(user, period, texts));
        addComponentAtIndex(1, export);
    }

    private void remind() {
        MonitoringReminders.Sent sent = reminders.remindAwaited(user, periodId);
        result.setText(sent.reminded().isEmpty() ? getTranslation("monitoring.remind.none", sent.skipped())
                : getTranslation("monitoring.remind.sent", sent.reminded().size(), String.join(", ", sent.reminded()))
                + (sent.skipped() == 0 ? "" : " " + getTranslation("monitoring.remind.skipped", sent.skipped())));
        result.setVisible(true);
    }
}
