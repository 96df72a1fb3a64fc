package vn.congtactreem.orgchange.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import vn.congtactreem.org.OrgUnit;
import vn.congtactreem.org.ui.OrgUnitPanel;
import vn.congtactreem.orgchange.OrgChange;
import vn.congtactreem.orgchange.OrgChangeService;

/** Under the tree of "Cơ cấu tổ chức": the moves, merges, deactivation and names
 * (old name → new name, dated) the selected unit went through or received. */
@org.springframework.stereotype.Component
class OrgChangeHistoryPanel implements OrgUnitPanel {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(ZoneId.systemDefault());

    private final OrgChangeService changes;

    OrgChangeHistoryPanel(OrgChangeService changes) {
        this.changes = changes;
    }

    @Override
    public Optional<Component> forUnit(OrgUnit unit) {
        List<OrgChange> history = changes.history(unit.id());
        if (history.isEmpty()) {
            return Optional.empty();
        }
        Div panel = new Div();
        panel.addClassName("orgchange-history");
        UnorderedList lines = new UnorderedList();
        history.forEach(change -> lines.add(new ListItem(panel.getTranslation(
                "orgchange.history." + change.kind().name().toLowerCase(java.util.Locale.ROOT),
                WHEN.format(change.changedAt()), change.unitName(), change.fromPath(), change.toPath(),
                change.changedBy(), lastSegment(change.toPath())))));
        panel.add(new H4(panel.getTranslation("orgchange.history.title")), lines);
        return Optional.of(panel);
    }

    /** The unit's own name at the end of a path ("Tỉnh A › Xã B" → "Xã B"). */
    private static String lastSegment(String path) {
        int at = path.lastIndexOf(" › ");
        return at < 0 ? path : path.substring(at + 3);
    }
}
