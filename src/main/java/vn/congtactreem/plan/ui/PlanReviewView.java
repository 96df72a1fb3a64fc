package vn.congtactreem.plan.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import vn.congtactreem.base.ui.DetailPage;
import vn.congtactreem.document.ui.DocxDownload;
import vn.congtactreem.inbox.WorkItems;
import vn.congtactreem.org.Role;
import vn.congtactreem.org.UserAccount;
import vn.congtactreem.plan.Plan;
import vn.congtactreem.plan.PlanService;
import vn.congtactreem.plan.process.PlanCycleProcess;
import vn.congtactreem.security.AccessScope;
import vn.congtactreem.security.CurrentUser;

/**
 * The leader reads the plan as it will be issued and approves it (it is then numbered and issued)
 * or returns it to the officer with a comment.
 */
@Route("plans/:planId/review")
@PermitAll
public class PlanReviewView extends DetailPage {

    private final PlanService plans;
    private final WorkItems work;
    private final AccessScope scope;
    private final CurrentUser currentUser;

    final TextArea comment = new TextArea();
    final Button approve = new Button();
    final Button returnPlan = new Button();
    Anchor download;

    public PlanReviewView(PlanService plans, WorkItems work, AccessScope scope, CurrentUser currentUser) {
        super("planId", "plan.notAvailable");
        this.plans = plans;
        this.work = work;
        this.scope = scope;
        this.currentUser = currentUser;
        addClassName("plan-page");
        comment.setLabel(getTranslation("plan.review.comment"));
        comment.setHelperText(getTranslation("plan.review.comment.help"));
        comment.setWidthFull();
        comment.setMinHeight("5em");
        errors.bind("comment", comment);
        approve.setText(getTranslation("plan.review.approve"));
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        returnPlan.setText(getTranslation("plan.review.return"));
        returnPlan.addThemeVariants(ButtonVariant.LUMO_ERROR);
        approve.addClickListener(e -> {
            if (act(() -> plans.approve(currentUser.require(), id), "plan.done.approved")) {
                UI.getCurrent().navigate("plans/" + id);
            }
        });
        returnPlan.addClickListener(e -> {
            if (act(() -> plans.returnForChanges(currentUser.require(), id, comment.getValue()),
                    "plan.done.returned")) {
                UI.getCurrent().navigate("");
            }
        });
    }

    @Override
    protected void show() {
        UserAccount user = currentUser.require();
        Plan plan = plans.get(user, id);
        add(new H2(getTranslation("plan.review.heading")));
        add(line("plan.field.organisation", plan.orgUnitName()));
        boolean waiting = work.isWaiting(PlanCycleProcess.KEY, id, PlanCycleProcess.Element.REVIEW_PLAN)
                && scope.actsFor(user, plan.orgUnitId(), Role.LEADER);
        if (!waiting) {
            add(new Paragraph(getTranslation("plan.review.notWaiting")), PlanLinks.toPlan(id));
            return;
        }
        add(new Paragraph(getTranslation("plan.review.help")));
        comment.clear();
        HorizontalLayout actions = new HorizontalLayout(approve, returnPlan);
        actions.addClassName("sticky-actions");
        // the document as it will be issued, its appendices included: the same one the plan's page and DOCX give
        download = DocxDownload.anchor(getTranslation("document.download"), () -> plans.docx(plan));
        add(download, new PlanDocumentView(plans.document(plan)), comment, errors.formError(), actions);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("plan.review.heading");
    }
}
