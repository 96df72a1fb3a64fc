package vn.congtactreem.audit;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.List;
import vn.congtactreem.base.audit.AuditQuery;
import vn.congtactreem.base.audit.AuditRecord;
import vn.congtactreem.base.audit.AuditTrail;
import vn.congtactreem.document.ui.XlsxDownloadLink;
import vn.congtactreem.org.Role;

/**
 * "Nhật ký hệ thống": the audit trail searched by user, action and days (cycle clock), newest first, and
 * the rows found exported as CSV or XLSX. Administrators only.
 */
@Route("admin/audit")
@RolesAllowed(Role.ADMIN_NAME)
@Menu(order = 16, icon = "vaadin:records", title = "menu.audit")
public class AuditView extends VerticalLayout implements HasDynamicTitle {

    /** Rows shown and exported at most per search. */
    static final int LIMIT = 2_000;

    private final AuditTrail audit;
    final TextField actor = new TextField();
    final ComboBox<String> action = new ComboBox<>();
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final Button search = new Button();
    final Grid<AuditRecord> grid = new Grid<>();
    final Span count = new Span();
    private List<AuditRecord> rows = List.of();

    public AuditView(AuditTrail audit) {
        this.audit = audit;
        addClassName("audit-view");
        setSizeFull();
        actor.setLabel(getTranslation("audit.filter.actor"));
        actor.setClearButtonVisible(true);
        action.setLabel(getTranslation("audit.filter.action"));
        action.setItems(audit.actions());
        action.setClearButtonVisible(true);
        from.setLabel(getTranslation("audit.filter.from"));
        to.setLabel(getTranslation("audit.filter.to"));
        search.setText(getTranslation("audit.search"));
        search.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        search.addClickListener(e -> search());

        grid.addColumn(r -> AuditExport.TIME.format(r.happenedAt())).setHeader(getTranslation("audit.column.time"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditRecord::actor).setHeader(getTranslation("audit.column.actor")).setAutoWidth(true);
        grid.addColumn(AuditRecord::action).setHeader(getTranslation("audit.column.action")).setAutoWidth(true);
        grid.addColumn(r -> getTranslation("audit.outcome." + r.outcome().name()))
                .setHeader(getTranslation("audit.column.outcome")).setAutoWidth(true);
        grid.addColumn(AuditExport::target).setHeader(getTranslation("audit.column.target")).setFlexGrow(2);
        grid.addColumn(r -> r.address() == null ? "" : r.address()).setHeader(getTranslation("audit.column.address"))
                .setAutoWidth(true);
        grid.addColumn(r -> r.detail() == null ? "" : r.detail()).setHeader(getTranslation("audit.column.detail"))
                .setFlexGrow(3);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setSizeFull();

        Anchor csv = new Anchor();
        csv.setHref(DownloadHandler.fromInputStream(event -> {
            byte[] content = AuditExport.csv(rows, this::getTranslation);
            return new DownloadResponse(new ByteArrayInputStream(content), AuditExport.FILE_NAME + ".csv",
                    "text/csv; charset=UTF-8", content.length);
        }));
        csv.getElement().setAttribute("download", true);
        csv.add(VaadinIcon.FILE_TEXT_O.create());
        csv.add(" " + getTranslation("audit.export.csv"));
        csv.addClassName("audit-csv");
        XlsxDownloadLink xlsx = new XlsxDownloadLink("audit.export.xlsx",
                texts -> AuditExport.xlsx(rows, texts));

        HorizontalLayout filters = new HorizontalLayout(actor, action, from, to, search);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        HorizontalLayout exports = new HorizontalLayout(count, csv, xlsx);
        exports.setAlignItems(FlexComponent.Alignment.CENTER);
        add(new H2(getTranslation("menu.audit")),
                new Span(getTranslation("audit.retention", audit.retention().toDays())), filters, exports, grid);
        search();
    }

    void search() {
        rows = audit.search(new AuditQuery(actor.getValue(), action.getValue(), from.getValue(), to.getValue()), LIMIT);
        grid.setItems(rows);
        count.setText(getTranslation("audit.count", rows.size(), LIMIT));
    }

    List<AuditRecord> rows() {
        return rows;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.audit");
    }
}
