package vn.congtactreem.plan.ui;

import org.springframework.modulith.NamedInterface;
import com.vaadin.flow.component.Component;
import java.util.Optional;
import vn.congtactreem.org.UserAccount;
import vn.congtactreem.plan.CycleEvent;
import vn.congtactreem.plan.Plan;
import vn.congtactreem.plan.ReportingPeriod;

/**
 * What other features show on a plan's page under each reporting period (e.g. who reported what);
 * the plan feature never imports them: each registers a bean.
 */
@NamedInterface("page-sections")
public interface PlanPageSection {

    /** The component for this period as the user may see it, or empty. */
    Optional<Component> forPeriod(UserAccount user, Plan plan, ReportingPeriod period);

    /** What a timeline line is about when it concerns this feature's object (e.g. the unit of a report). */
    default Optional<String> subjectOf(CycleEvent event) {
        return Optional.empty();
    }
}
