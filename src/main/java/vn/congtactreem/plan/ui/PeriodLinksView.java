package vn.congtactreem.plan.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import vn.congtactreem.org.Role;
import vn.congtactreem.plan.PeriodLinkProblem;
import vn.congtactreem.plan.PeriodLinksCheck;

/**
 * "Liên kết các cấp": the administrator sees whether every sub-area's report can reach the level above
 * (the {@link PeriodLinksCheck} invariant); when it is broken, a warning panel names each plan and
 * period concerned. The menu entry carries the number of breaks in red.
 */
@Route("admin/period-links")
@RolesAllowed(Role.ADMIN_NAME)
@Menu(order = 15, icon = "vaadin:link", title = "menu.periodLinks")
public class PeriodLinksView extends VerticalLayout implements HasDynamicTitle {

    final Div panel = new Div();

    public PeriodLinksView(PeriodLinksCheck check) {
        addClassName("period-links-view");
        add(new H2(getTranslation("menu.periodLinks")), new Paragraph(getTranslation("periodLinks.intro")), panel);
        show(check.problems());
    }

    private void show(List<PeriodLinkProblem> problems) {
        if (problems.isEmpty()) {
            panel.add(new Paragraph(getTranslation("periodLinks.ok")));
            panel.addClassName("period-links-ok");
            return;
        }
        panel.addClassName("warning-panel");
        panel.getElement().setAttribute("role", "alert");
        panel.add(new Paragraph(getTranslation("periodLinks.broken", problems.size())));
        UnorderedList list = new UnorderedList();
        problems.forEach(problem -> list.add(new ListItem(describe(problem))));
        panel.add(list);
    }

    private String describe(PeriodLinkProblem problem) {
        String period = problem.periodKind() == null ? ""
                : getTranslation("plan.period.kind." + problem.periodKind().name()) + " " + problem.year();
        return getTranslation("periodLinks.problem." + problem.kind().name(), problem.orgUnitName(),
                problem.planTitle(), String.valueOf(problem.planId()), period);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.periodLinks");
    }
}
