package vn.congtactreem.org.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.text.NumberFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.congtactreem.base.ValidationException;
import vn.congtactreem.base.ui.FieldErrors;
import vn.congtactreem.org.AdminUnitCatalogue;
import vn.congtactreem.org.AdminUnitCatalogue.Province;
import vn.congtactreem.org.AdminUnitImport;
import vn.congtactreem.org.AdminUnitImportPlan;
import vn.congtactreem.org.AdminUnitImportPlan.Action;
import vn.congtactreem.org.AdminUnitImportPlan.Line;
import vn.congtactreem.org.AgencyTemplates;
import vn.congtactreem.org.OfficialCodes;
import vn.congtactreem.org.OrgService;
import vn.congtactreem.org.Role;

/**
 * "Nạp danh mục đơn vị hành chính": choose provinces of the official list, see what would be created,
 * what exists and what differs, then load it in one go while a progress bar follows the batches
 * (the page polls while the load runs; the application has no Push).
 */
@Route("admin/admin-units")
@RolesAllowed(Role.ADMIN_NAME)
@Menu(order = 14, icon = "vaadin:database", title = "menu.adminUnits")
public class AdminUnitImportView extends VerticalLayout implements HasDynamicTitle {

    private static final int POLL_MS = 500;

    final MultiSelectComboBox<Province> provinces = new MultiSelectComboBox<>();
    final Button chooseAll = new Button();
    final Checkbox withAgencies = new Checkbox();
    final Button editTemplate = new Button();
    final Button preview = new Button();
    final Button apply = new Button();
    final Span summary = new Span();
    final Grid<Line> lines = new Grid<>();
    final ProgressBar progress = new ProgressBar();
    final Span status = new Span();
    private final FieldErrors errors = new FieldErrors(this);
    private final AdminUnitImport importer;
    private final OrgLabels labels;
    private CompletableFuture<Void> running = CompletableFuture.completedFuture(null);

    public AdminUnitImportView(AdminUnitImport importer, AdminUnitCatalogue catalogue, AgencyTemplates templates,
                               OrgService orgs, OfficialCodes codes) {
        this.importer = importer;
        this.labels = new OrgLabels(orgs, codes);
        setSizeFull();
        provinces.setLabel(getTranslation("adminUnits.provinces"));
        provinces.setItems(catalogue.provinces());
        provinces.setItemLabelGenerator(p -> p.code() + " – " + p.name());
        provinces.setWidth("min(40rem, 100%)");
        provinces.addValueChangeListener(e -> forgetPreview());
        chooseAll.setText(getTranslation("adminUnits.chooseAll"));
        chooseAll.addClickListener(e -> provinces.setValue(catalogue.provinces()));
        withAgencies.setLabel(getTranslation("adminUnits.withAgencies"));
        withAgencies.addValueChangeListener(e -> forgetPreview());
        editTemplate.setText(getTranslation("adminUnits.editTemplate"));
        editTemplate.addClickListener(e -> new AgencyTemplateDialog(templates, orgs, this::forgetPreview).open());
        preview.setText(getTranslation("adminUnits.preview"));
        preview.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        preview.addClickListener(e -> showPreview());
        apply.setText(getTranslation("adminUnits.apply"));
        apply.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_PRIMARY);
        apply.setEnabled(false);
        apply.addClickListener(e -> startLoad());
        errors.bind(AdminUnitImport.FIELD_PROVINCES, provinces);

        lines.addColumn(l -> getTranslation("adminUnits.action." + l.action().name()))
                .setHeader(getTranslation("adminUnits.column.action")).setAutoWidth(true);
        lines.addColumn(Line::code).setHeader(getTranslation("org.officialCode")).setAutoWidth(true);
        lines.addColumn(Line::name).setHeader(getTranslation("adminUnits.column.name")).setFlexGrow(2);
        lines.addColumn(l -> labels.adminKind(l.kindCode(), getLocale())).setHeader(getTranslation("org.adminKind"));
        lines.addColumn(this::currentText).setHeader(getTranslation("adminUnits.column.current")).setFlexGrow(2);
        lines.setPartNameGenerator(l -> l.action() == Action.UPDATE ? "differs" : null);
        lines.setSizeFull();
        progress.setVisible(false);
        status.setVisible(false);
        status.addClassName("hint");
        Span hint = new Span(getTranslation("adminUnits.hint", number(catalogue.provinces().size()),
                number(catalogue.communeCount())));
        hint.addClassName("hint");
        HorizontalLayout choice = new HorizontalLayout(provinces, chooseAll);
        choice.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        // the field's "100%" needs a row as wide as the page, else it falls back to its narrow default
        choice.setWidthFull();
        HorizontalLayout agencies = new HorizontalLayout(withAgencies, editTemplate);
        agencies.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(new H2(getTranslation("menu.adminUnits")), hint, choice, agencies, errors.formError(),
                new HorizontalLayout(preview, apply), summary, progress, status, lines);
    }

    private void forgetPreview() {
        apply.setEnabled(false);
        summary.setText("");
        lines.setItems(List.of());
    }

    private List<String> chosenCodes() {
        return provinces.getValue().stream().map(Province::code).sorted().toList();
    }

    private void showPreview() {
        errors.attempt(() -> importer.preview(chosenCodes(), withAgencies.getValue())).ifPresent(plan -> {
            lines.setItems(plan.lines());
            summary.setText(getTranslation("adminUnits.summary",
                    number(plan.count(Action.CREATE, AdminUnitImport.PROVINCE)),
                    number(plan.count(Action.CREATE, AdminUnitImport.COMMUNE)),
                    number(plan.agencies().size()), number(plan.count(Action.UNCHANGED)),
                    number(plan.count(Action.UPDATE))));
            apply.setEnabled(!plan.changesNothing());
            status.setVisible(plan.changesNothing());
            status.setText(plan.changesNothing() ? getTranslation("adminUnits.nothingToDo") : "");
        });
    }

    /** Loads in a thread of its own (as the signed-in administrator); the page polls for its progress. */
    private void startLoad() {
        UI ui = UI.getCurrent();
        List<String> codes = chosenCodes();
        boolean agencies = withAgencies.getValue();
        setBusy(true);
        progress.setValue(0);
        ui.setPollInterval(POLL_MS);
        Runnable load = () -> {
            try {
                AdminUnitImport.Result result = importer.apply(codes, agencies,
                        (done, total) -> ui.access(() -> progress.setValue(total == 0 ? 1 : (double) done / total)));
                ui.access(() -> finished(getTranslation("adminUnits.done", number(result.provincesCreated()),
                        number(result.communesCreated()), number(result.agenciesCreated()), number(result.updated()),
                        String.format(getLocale(), "%.1f", result.took().toMillis() / 1000.0))));
            } catch (ValidationException e) {
                ui.access(() -> {
                    finished("");
                    errors.show(e);
                });
            } catch (RuntimeException e) {
                ui.access(() -> finished(getTranslation("adminUnits.failed")));
                throw e;
            }
        };
        running = CompletableFuture.runAsync(
                new DelegatingSecurityContextRunnable(load, SecurityContextHolder.getContext()));
    }

    private void finished(String message) {
        UI.getCurrent().setPollInterval(-1);
        setBusy(false);
        progress.setVisible(false);
        status.setText(message);
        status.setVisible(!message.isEmpty());
        apply.setEnabled(false);
        lines.setItems(List.of());
        summary.setText("");
    }

    private void setBusy(boolean busy) {
        progress.setVisible(busy);
        provinces.setEnabled(!busy);
        chooseAll.setEnabled(!busy);
        withAgencies.setEnabled(!busy);
        editTemplate.setEnabled(!busy);
        preview.setEnabled(!busy);
        apply.setEnabled(false);
    }

    private String currentText(Line line) {
        if (line.current() == null || line.action() != Action.UPDATE) {
            return "";
        }
        return getTranslation("adminUnits.current", line.current().name(),
                line.current().code() == null ? "–" : line.current().code(),
                labels.adminKind(line.current().kindCode(), getLocale()));
    }

    private String number(long value) {
        return NumberFormat.getIntegerInstance(getLocale()).format(value);
    }

    /** The load under way (completed when none): tests wait for it. */
    CompletableFuture<Void> running() {
        return running;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.adminUnits");
    }
}
