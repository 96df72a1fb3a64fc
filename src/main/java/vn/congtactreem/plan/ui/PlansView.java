package vn.congtactreem.plan.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import vn.congtactreem.base.CycleClock;
import vn.congtactreem.base.ui.DetailPage;
import vn.congtactreem.base.ui.FieldErrors;
import vn.congtactreem.org.Role;
import vn.congtactreem.org.UserAccount;
import vn.congtactreem.plan.NewPlanYear;
import vn.congtactreem.plan.Plan;
import vn.congtactreem.plan.PlanService;
import vn.congtactreem.plan.PlanSummary;
import vn.congtactreem.security.CurrentUser;

/** The plans the user may see; an officer starts the year's plan here. */
@Route("plans")
@PermitAll
@Menu(order = 1, icon = "vaadin:clipboard-text", title = "menu.plans")
public class PlansView extends VerticalLayout implements com.vaadin.flow.router.HasDynamicTitle {

    private final PlanService plans;
    private final CurrentUser currentUser;
    private final CycleClock clock;

    final Grid<PlanSummary> grid = new Grid<>();
    final Button startPlan = new Button();
    final Button adoptPlan = new Button();

    public PlansView(PlanService plans, CurrentUser currentUser, CycleClock clock) {
        this.plans = plans;
        this.currentUser = currentUser;
        this.clock = clock;
        UserAccount user = currentUser.require();
        add(new H2(getTranslation("plan.list.heading")));
        startPlan.setText(getTranslation("plan.list.start"));
        startPlan.setIcon(VaadinIcon.PLUS.create());
        startPlan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        startPlan.setVisible(user.hasRole(Role.OFFICER));
        startPlan.addClickListener(e -> openStartDialog());
        adoptPlan.setText(getTranslation("programme.adopt.action"));
        adoptPlan.setIcon(VaadinIcon.UPLOAD_ALT.create());
        adoptPlan.setVisible(user.hasRole(Role.OFFICER));
        adoptPlan.addClickListener(e -> UI.getCurrent().navigate(AdoptPlanView.class));
        grid.addColumn(PlanSummary::title).setHeader(getTranslation("plan.field.title")).setFlexGrow(3);
        grid.addColumn(PlanSummary::orgUnitName).setHeader(getTranslation("plan.field.organisation")).setFlexGrow(2);
        grid.addColumn(p -> p.yearTo() > p.yearFrom() ? p.yearFrom() + "–" + p.yearTo() : String.valueOf(p.yearFrom()))
                .setHeader(getTranslation("plan.field.years")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(p -> getTranslation("plan.status." + p.status().name()))
                .setHeader(getTranslation("plan.field.status")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(p -> p.documentNumber() == null ? "" : p.documentNumber()
                + (p.issuedOn() == null ? "" : " · " + DetailPage.DATE.format(p.issuedOn())))
                .setHeader(getTranslation("plan.field.number")).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(plans.visiblePlans(user));
        grid.addItemClickListener(e -> UI.getCurrent().navigate("plans/" + e.getItem().id()));
        grid.setAllRowsVisible(true);
        add(new com.vaadin.flow.component.orderedlayout.HorizontalLayout(startPlan, adoptPlan), grid);
    }

    void openStartDialog() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("plan.list.start"));
        UserAccount user = currentUser.require();
        int year = NewPlanYear.propose(clock.today(), plans.ownAnnualPlanYears(user));
        TextField title = new TextField(getTranslation("plan.field.title"));
        title.setValue(getTranslation("plan.list.defaultTitle", String.valueOf(year)));
        title.setWidthFull();
        IntegerField yearFrom = new IntegerField(getTranslation("plan.field.yearFrom"));
        IntegerField yearTo = new IntegerField(getTranslation("plan.field.yearTo"));
        yearFrom.setValue(year);
        yearTo.setValue(year);
        FieldErrors errors = new FieldErrors(dialog).bind("title", title).bind("yearTo", yearTo);
        FormLayout form = new FormLayout(title, yearFrom, yearTo);
        form.setColspan(title, 2);
        dialog.add(form, errors.formError());
        Button start = new Button(getTranslation("plan.list.startConfirm"), e -> errors.attempt(() -> plans.startCycle(
                currentUser.require(), currentUser.require().orgUnitId(), title.getValue(),
                yearFrom.getValue() == null ? 0 : yearFrom.getValue(),
                yearTo.getValue() == null ? 0 : yearTo.getValue())).ifPresent((Plan plan) -> {
                    dialog.close();
                    UI.getCurrent().navigate("plans/" + plan.id() + "/upper-plan");
                }));
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), start);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("plan.list.heading");
    }
}
