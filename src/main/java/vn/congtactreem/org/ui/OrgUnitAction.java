package vn.congtactreem.org.ui;

import java.util.function.Consumer;
import org.springframework.modulith.NamedInterface;
import vn.congtactreem.org.OrgUnit;

/**
 * An action other features offer on the unit selected in "Cơ cấu tổ chức" (e.g. a merge); the org feature
 * never imports them: each registers a bean, shown as a button beside the tree's own actions.
 */
@NamedInterface("unit-actions")
public interface OrgUnitAction {

    /** The i18n key of the button's text. */
    String labelKey();

    /** Whether the action may be started on this unit (the button is disabled otherwise). */
    boolean appliesTo(OrgUnit unit);

    /** Starts the action (usually a dialog); {@code changed} reloads the tree and selects the unit given. */
    void open(OrgUnit unit, Consumer<OrgUnit> changed);
}
