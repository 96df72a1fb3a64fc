package vn.congtactreem.monitoring.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Optional;
import vn.congtactreem.monitoring.MonitoringService;
import vn.congtactreem.org.UserAccount;
import vn.congtactreem.plan.PeriodStatus;
import vn.congtactreem.plan.Plan;
import vn.congtactreem.plan.ReportingPeriod;
import vn.congtactreem.plan.ui.PlanPageSection;
import vn.congtactreem.security.AccessScope;

/** On a plan's page, under each opened period: "Theo dõi tiến độ kỳ này" for those who may monitor it. */
@org.springframework.stereotype.Component
class PeriodProgressLink implements PlanPageSection {

    private final AccessScope scope;

    PeriodProgressLink(AccessScope scope) {
        this.scope = scope;
    }

    @Override
    public Optional<Component> forPeriod(UserAccount user, Plan plan, ReportingPeriod period) {
        if (period.status() == PeriodStatus.PLANNED || period.status() == PeriodStatus.PAST
                || !MonitoringService.mayMonitor(user)
                || !scope.canSee(user, plan.orgUnitId())) {
            return Optional.empty();
        }
        Anchor link = new Anchor(MonitoringView.ROUTE + "?period=" + period.id(), "");
        link.add(VaadinIcon.DASHBOARD.create());
        link.add(" " + link.getTranslation("monitoring.periodLink"));
        link.addClassName("monitoring-period-link");
        return Optional.of(link);
    }
}
