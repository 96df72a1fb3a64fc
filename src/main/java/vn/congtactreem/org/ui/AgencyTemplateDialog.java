package vn.congtactreem.org.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import vn.congtactreem.base.ui.FieldErrors;
import vn.congtactreem.org.AgencyTemplateEntry;
import vn.congtactreem.org.AgencyTemplates;
import vn.congtactreem.org.AgencyType;
import vn.congtactreem.org.OrgService;

/** "Mẫu cơ quan, đơn vị của xã": the agencies the load adds to every commune, one line each. */
class AgencyTemplateDialog extends Dialog {

    /** One line: the kind of agency and its name with {xa}/{ten}. */
    record Row(Select<AgencyType> type, TextField name, HorizontalLayout layout) {
    }

    final List<Row> rows = new ArrayList<>();
    final Button addRow = new Button();
    final Button save = new Button();
    private final VerticalLayout list = new VerticalLayout();
    private final FieldErrors errors = new FieldErrors(this);
    private final List<AgencyType> types;

    AgencyTemplateDialog(AgencyTemplates templates, OrgService orgs, Runnable saved) {
        this.types = orgs.agencyTypes();
        setHeaderTitle(getTranslation("adminUnits.template.title"));
        Span hint = new Span(getTranslation("adminUnits.template.hint"));
        hint.addClassName("hint");
        list.setPadding(false);
        List<AgencyTemplateEntry> read = templates.entries();
        read.forEach(this::addRow);
        addRow.setText(getTranslation("adminUnits.template.addRow"));
        addRow.setIcon(VaadinIcon.PLUS.create());
        addRow.addClickListener(e -> addRow(new AgencyTemplateEntry(null, "")));
        add(new VerticalLayout(hint, list, addRow, errors.formError()));

        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            bindErrors();
            errors.attempt(() -> templates.replace(read, rows.stream().map(r -> new AgencyTemplateEntry(
                    r.type().getValue() == null ? null : r.type().getValue().code(), r.name().getValue())).toList()))
                    .ifPresent(entries -> {
                        close();
                        saved.run();
                    });
        });
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
        setWidth("min(48rem, 95vw)");
    }

    private void addRow(AgencyTemplateEntry entry) {
        Select<AgencyType> type = new Select<>();
        type.setItems(types);
        type.setItemLabelGenerator(t -> t.name(getLocale()));
        type.setAriaLabel(getTranslation("org.agencyType"));
        types.stream().filter(t -> t.code().equals(entry.agencyTypeCode())).findFirst().ifPresent(type::setValue);
        TextField name = new TextField();
        name.setValue(entry.namePattern());
        name.setAriaLabel(getTranslation("org.name"));
        name.setWidthFull();
        HorizontalLayout layout = new HorizontalLayout();
        Row row = new Row(type, name, layout);
        Button remove = new Button(VaadinIcon.TRASH.create(), e -> {
            rows.remove(row);
            list.remove(layout);
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        remove.setAriaLabel(getTranslation("adminUnits.template.removeRow"));
        layout.add(type, name, remove);
        layout.setWidthFull();
        layout.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        rows.add(row);
        list.add(layout);
    }

    private void bindErrors() {
        errors.unbindPrefix(AgencyTemplates.FIELD_ENTRIES + "[");
        for (int i = 0; i < rows.size(); i++) {
            errors.bind(AgencyTemplates.FIELD_ENTRIES + "[" + i + "].agencyType", rows.get(i).type())
                    .bind(AgencyTemplates.FIELD_ENTRIES + "[" + i + "].name", rows.get(i).name());
        }
    }
}
