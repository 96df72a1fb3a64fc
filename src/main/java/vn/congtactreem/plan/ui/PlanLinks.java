package vn.congtactreem.plan.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.UI;

/** Links between the plan pages. */
final class PlanLinks {

    private PlanLinks() {
    }

    static Anchor toPlan(long planId) {
        return new Anchor("plans/" + planId, UI.getCurrent().getTranslation("plan.link.open"));
    }
}
