package vn.congtactreem.orgchange.ui;

import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.congtactreem.org.OrgService;
import vn.congtactreem.org.OrgUnit;
import vn.congtactreem.org.ui.OrgUnitAction;
import vn.congtactreem.orgchange.OrgChangeService;
import vn.congtactreem.orgchange.OrgDeactivationService;

/** The actions "Cơ cấu tổ chức" offers on a unit for this feature: move, merge, deactivate, each with history. */
@Configuration
class OrgChangeActions {

    @Bean
    OrgUnitAction moveToAnotherParent(OrgService orgs, OrgChangeService changes) {
        return new Action("orgchange.action.move", unit -> unit.parentId() != null,
                (unit, changed) -> new MoveUnitDialog(orgs, changes, unit, changed).open());
    }

    @Bean
    OrgUnitAction mergeInto(OrgService orgs, OrgChangeService changes) {
        return new Action("orgchange.action.merge", OrgUnit::active,
                (unit, changed) -> new MergeUnitDialog(orgs, changes, unit, changed).open());
    }

    /** Takes the place of the tree's own "Ngừng hoạt động" (same label): the impact first, then a confirmation. */
    @Bean
    OrgUnitAction deactivateWithImpact(OrgService orgs, OrgDeactivationService deactivation) {
        return new Action("org.action.deactivate", OrgUnit::active,
                (unit, changed) -> new DeactivateUnitDialog(orgs, deactivation, unit, changed).open());
    }

    private record Action(String labelKey, java.util.function.Predicate<OrgUnit> applies,
                          java.util.function.BiConsumer<OrgUnit, Consumer<OrgUnit>> opener) implements OrgUnitAction {

        @Override
        public boolean appliesTo(OrgUnit unit) {
            return applies.test(unit);
        }

        @Override
        public void open(OrgUnit unit, Consumer<OrgUnit> changed) {
            opener.accept(unit, changed);
        }
    }
}
