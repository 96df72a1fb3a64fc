package vn.congtactreem.org.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;
import vn.congtactreem.base.ui.FieldErrors;
import vn.congtactreem.org.AgencyType;
import vn.congtactreem.org.OrgLevel;
import vn.congtactreem.org.OrgService;
import vn.congtactreem.org.OrgUnit;
import vn.congtactreem.org.OrgUnitKind;

/** "Thêm đơn vị": a new area (at a level below its parent) or an agency attached to an area. */
class OrgUnitDialog extends Dialog {

    final TextField name = new TextField();
    final RadioButtonGroup<OrgUnitKind> kind = new RadioButtonGroup<>();
    final Select<OrgLevel> level = new Select<>();
    final Select<AgencyType> agencyType = new Select<>();
    final Button save = new Button();
    private final FieldErrors errors = new FieldErrors(this);

    OrgUnitDialog(OrgService orgs, OrgUnit parent, Consumer<OrgUnit> saved) {
        setHeaderTitle(parent == null ? getTranslation("org.dialog.createRoot")
                : getTranslation("org.dialog.createUnder", orgs.path(parent.id())));
        name.setLabel(getTranslation("org.name"));
        name.setRequiredIndicatorVisible(true);
        name.setWidthFull();

        kind.setLabel(getTranslation("org.kind"));
        kind.setItems(parent == null ? new OrgUnitKind[] {OrgUnitKind.AREA} : OrgUnitKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("org.kind." + k.name()));
        kind.setValue(OrgUnitKind.AREA);

        level.setLabel(getTranslation("org.level"));
        level.setItems(orgs.levels());
        level.setItemLabelGenerator(l -> l.name(getLocale()));
        orgs.levels().stream()
                .filter(l -> parent == null || parent.levelCode() == null || l.rank() > rankOf(orgs, parent))
                .findFirst().ifPresent(level::setValue);

        agencyType.setLabel(getTranslation("org.agencyType"));
        agencyType.setItems(orgs.agencyTypes());
        agencyType.setItemLabelGenerator(t -> t.name(getLocale()));
        agencyType.setVisible(false);
        kind.addValueChangeListener(e -> {
            level.setVisible(e.getValue() == OrgUnitKind.AREA);
            agencyType.setVisible(e.getValue() == OrgUnitKind.AGENCY);
        });

        errors.bind(OrgService.FIELD_NAME, name).bind(OrgService.FIELD_LEVEL, level)
                .bind(OrgService.FIELD_AGENCY_TYPE, agencyType).bind(OrgService.FIELD_PARENT, kind);
        FormLayout form = new FormLayout(name, kind, level, agencyType, errors.formError());
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);

        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
        save.addClickListener(e -> {
            Long parentId = parent == null ? null : parent.id();
            errors.attempt(() -> kind.getValue() == OrgUnitKind.AGENCY
                    ? orgs.createAgency(parentId, name.getValue(), codeOf(agencyType.getValue()))
                    : orgs.createArea(parentId, name.getValue(), level.getValue() == null ? null
                            : level.getValue().code()))
                    .ifPresent(created -> {
                        close();
                        saved.accept(created);
                    });
        });
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
        setWidth("min(32rem, 95vw)");
    }

    private static String codeOf(AgencyType type) {
        return type == null ? null : type.code();
    }

    private static int rankOf(OrgService orgs, OrgUnit unit) {
        return orgs.levels().stream().filter(l -> l.code().equals(unit.levelCode())).findFirst()
                .map(OrgLevel::rank).orElse(0);
    }
}
