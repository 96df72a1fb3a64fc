package vn.congtactreem.plan.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.congtactreem.org.OrgPickerOrder;
import vn.congtactreem.org.OrgService;
import vn.congtactreem.org.OrgUnit;

/** The units a plan's editors pick from: the plan's organisation first, then the active units below it, tree order. */
final class PlanUnitPicker {

    private PlanUnitPicker() {
    }

    /** The organisation and the active units below it, labelled with their parent (the organisation's own too). */
    static OrgPickerOrder selfAndBelow(OrgService orgs, long orgUnitId) {
        Map<Long, OrgUnit> tree = new HashMap<>(orgs.byIds(orgs.selfAndDescendants(orgUnitId)));
        OrgUnit own = tree.get(orgUnitId);
        if (own.parentId() != null) {
            orgs.find(own.parentId()).ifPresent(parent -> tree.put(parent.id(), parent));
        }
        List<OrgUnit> offered = tree.values().stream()
                .filter(u -> u.id() == orgUnitId || u.active() && !Long.valueOf(u.id()).equals(own.parentId()))
                .toList();
        return OrgPickerOrder.of(offered, tree);
    }
}
