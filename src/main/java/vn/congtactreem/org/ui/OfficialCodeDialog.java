package vn.congtactreem.org.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;
import vn.congtactreem.base.ui.FieldErrors;
import vn.congtactreem.org.AdminUnitKind;
import vn.congtactreem.org.OfficialCodes;
import vn.congtactreem.org.OrgUnit;

/** "Mã, loại": an area's official code (Cục Thống kê) and its administrative kind. */
class OfficialCodeDialog extends Dialog {

    final TextField code = new TextField();
    final Select<AdminUnitKind> kind = new Select<>();
    final Button save = new Button();
    private final FieldErrors errors = new FieldErrors(this);

    OfficialCodeDialog(OfficialCodes codes, OrgUnit unit, Consumer<OrgUnit> saved) {
        setHeaderTitle(getTranslation("org.dialog.officialCode", unit.name()));
        code.setLabel(getTranslation("org.officialCode"));
        code.setHelperText(getTranslation("org.officialCode.help"));
        code.setValue(unit.officialCode() == null ? "" : unit.officialCode());
        code.setWidthFull();
        kind.setLabel(getTranslation("org.adminKind"));
        kind.setItems(codes.kindsOf(unit.levelCode()));
        kind.setEmptySelectionAllowed(true);
        kind.setEmptySelectionCaption(getTranslation("org.adminKind.none"));
        kind.setItemLabelGenerator(k -> k == null ? getTranslation("org.adminKind.none") : k.name(getLocale()));
        codes.kindsOf(unit.levelCode()).stream().filter(k -> k.code().equals(unit.adminKindCode())).findFirst()
                .ifPresent(kind::setValue);
        kind.setWidthFull();
        errors.bind(OfficialCodes.FIELD_CODE, code).bind(OfficialCodes.FIELD_ADMIN_KIND, kind);
        add(new VerticalLayout(code, kind, errors.formError()));

        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        save.addClickListener(e -> errors.attempt(() -> codes.identify(unit.id(), code.getValue(),
                kind.getValue() == null ? null : kind.getValue().code(), unit.version())).ifPresent(changed -> {
                    close();
                    saved.accept(changed);
                }));
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
        setWidth("min(30rem, 95vw)");
    }
}
