package vn.congtactreem.org.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import org.springframework.modulith.NamedInterface;
import vn.congtactreem.org.OrgUnit;

/** What other features show under the tree of "Cơ cấu tổ chức" about the selected unit (e.g. its history). */
@NamedInterface("unit-panels")
public interface OrgUnitPanel {

    /** The component about this unit, or empty when there is nothing to show. */
    Optional<Component> forUnit(OrgUnit unit);
}
