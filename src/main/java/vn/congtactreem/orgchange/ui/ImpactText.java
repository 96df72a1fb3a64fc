package vn.congtactreem.orgchange.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import vn.congtactreem.orgchange.OrgChangeImpact;

/** What a move or a merge touches, in sentences, shown before the administrator confirms. */
final class ImpactText {

    private ImpactText() {
    }

    /** Merging {@code unit} into {@code target}: open reports, running cycles, open tasks, users. */
    static void showMerge(Div box, OrgChangeImpact impact, String unit, String target) {
        box.removeAll();
        line(box, "orgchange.impact.reportsToMove", impact.reportsToMove().size(), target);
        line(box, "orgchange.impact.reportsToClose", impact.reportsToClose().size(), target);
        if (impact.plansToClose().isEmpty()) {
            line(box, "orgchange.impact.noCycles", unit);
        } else {
            line(box, "orgchange.impact.cyclesToEnd", impact.plansToClose().size(),
                    String.join("; ", impact.plansToClose()));
        }
        line(box, "orgchange.impact.tasksToMove", impact.openTasks(), target);
        line(box, "orgchange.impact.usersToMove", impact.users(), target);
        line(box, "orgchange.impact.deactivated", unit);
    }

    /** Moving {@code unit}: what is open stays its own and follows it. */
    static void showMove(Div box, OrgChangeImpact impact, String unit) {
        box.removeAll();
        line(box, "orgchange.impact.moveFollows", unit, impact.reportsToMove().size(), impact.openTasks(),
                impact.users());
    }

    private static void line(Div box, String key, Object... args) {
        Component line = new Paragraph(box.getTranslation(key, args));
        box.add(line);
    }
}
