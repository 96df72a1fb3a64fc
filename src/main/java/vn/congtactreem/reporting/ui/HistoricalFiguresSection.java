package vn.congtactreem.reporting.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import vn.congtactreem.org.Role;
import vn.congtactreem.org.UserAccount;
import vn.congtactreem.plan.PeriodStatus;
import vn.congtactreem.plan.Plan;
import vn.congtactreem.plan.ReportingPeriod;
import vn.congtactreem.plan.ui.PlanPageSection;
import vn.congtactreem.reporting.HistoricalFigures;
import vn.congtactreem.security.AccessScope;

/** On a plan's page, under a past period: its figures entered later, or the link to enter them. */
@org.springframework.stereotype.Component
class HistoricalFiguresSection implements PlanPageSection {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final HistoricalFigures historical;
    private final AccessScope scope;

    HistoricalFiguresSection(HistoricalFigures historical, AccessScope scope) {
        this.historical = historical;
        this.scope = scope;
    }

    @Override
    public Optional<Component> forPeriod(UserAccount user, Plan plan, ReportingPeriod period) {
        if (period.status() != PeriodStatus.PAST) {
            return Optional.empty();
        }
        UI ui = UI.getCurrent();
        String link = "periods/" + period.id() + "/historical";
        Optional<Component> entered = historical.ofPeriod(period.id(), plan.orgUnitId()).map(h -> new Div(
                new Anchor(link, ui.getTranslation("programme.historical.link.entered", DATE.format(h.datedOn())))));
        if (entered.isPresent()) {
            return entered;
        }
        return scope.actsFor(user, plan.orgUnitId(), Role.OFFICER)
                ? Optional.of(new Div(new Anchor(link, ui.getTranslation("programme.historical.link.enter"))))
                : Optional.empty();
    }
}
