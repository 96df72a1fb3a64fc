package vn.congtactreem.org.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import vn.congtactreem.base.ui.FieldErrors;
import vn.congtactreem.org.OrgService;
import vn.congtactreem.org.TreeOrder;
import vn.congtactreem.org.OrgUnit;

/** "Chuyển đơn vị": attach a unit and everything below it to another area. */
class MoveOrgDialog extends Dialog {

    final ComboBox<OrgUnit> parent = new ComboBox<>();
    final Button save = new Button();
    private final FieldErrors errors = new FieldErrors(this);

    MoveOrgDialog(OrgService orgs, OrgUnit unit, Consumer<OrgUnit> saved) {
        setHeaderTitle(getTranslation("org.dialog.move", unit.name()));
        Set<Long> ownSubtree = orgs.selfAndDescendants(unit.id());
        parent.setLabel(getTranslation("org.newParent"));
        Map<Long, String> paths = orgs.paths();
        parent.setItems(orgs.all().stream().filter(u -> u.isArea() && u.active() && !ownSubtree.contains(u.id()))
                .sorted(TreeOrder.byPath(paths)).toList());
        parent.setItemLabelGenerator(u -> paths.get(u.id()));
        parent.setWidthFull();
        errors.bind(OrgService.FIELD_PARENT, parent).bind(OrgService.FIELD_LEVEL, parent);
        add(new VerticalLayout(parent, errors.formError()));

        save.setText(getTranslation("org.action.move"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            Long parentId = parent.getValue() == null ? null : parent.getValue().id();
            errors.attempt(() -> orgs.move(unit.id(), parentId)).ifPresent(moved -> {
                close();
                saved.accept(moved);
            });
        });
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
        setWidth("min(36rem, 95vw)");
    }
}
