package vn.congtactreem.base.process;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.bpmn.behavior.ExclusiveGatewayActivityBehavior;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.HistoryLevelFull;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.springframework.stereotype.Component;

/**
 * History level {@code full} as Camunda keeps it, except the activity instances of exclusive gateways. An exclusive
 * gateway is passed in the same transaction it is reached: it never stands, holds no task and no variable, and the
 * activity after it says which way the instance went. Full history still writes a row for it in
 * {@code ACT_HI_ACTINST} and updates it again at once; the unit report passes eight of them per report (a report
 * itself passes through three user tasks), so over a country's period that is some 345,000 rows written and updated
 * for nothing (docs/scaling.md, item 16). Nothing reads them: the dashboard's step counts read only the activities an
 * instance stands in (event-based gateways and parallel joins keep their rows).
 *
 * <p>The level keeps full's id and name (3, {@code full}): a database made by earlier versions starts as it is, the
 * engine's "is history full" checks hold, and {@code camunda.bpm.history-level} chooses as before (any other level
 * is left alone). The engine chooses among its levels by name and takes the last that matches, so this one, added
 * after the built-in ones, is the one {@code full} means.
 */
@Component
class HistoryWithoutPassingGateways extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<HistoryLevel> custom = configuration.getCustomHistoryLevels() == null ? new ArrayList<>()
                : new ArrayList<>(configuration.getCustomHistoryLevels());
        custom.add(new FullWithoutPassingGateways());
        configuration.setCustomHistoryLevels(custom);
    }

    /** Full history, but no activity-instance event of an execution standing in an exclusive gateway. */
    static final class FullWithoutPassingGateways extends HistoryLevelFull {

        private static final String ACTIVITY_INSTANCE = "activity-instance";

        @Override
        public boolean isHistoryEventProduced(HistoryEventType eventType, Object entity) {
            if (!ACTIVITY_INSTANCE.equals(eventType.getEntityType())
                    || !(entity instanceof ExecutionEntity execution)) {
                return true;
            }
            ActivityImpl activity = execution.getActivity();
            return activity == null || !(activity.getActivityBehavior() instanceof ExclusiveGatewayActivityBehavior);
        }

        /** Equal to the built-in full level (same id), as the engine's checks for "full" compare with it. */
        @Override
        public boolean equals(Object other) {
            return other instanceof HistoryLevel level && level.getId() == getId();
        }

        @Override
        public int hashCode() {
            return super.hashCode();
        }
    }
}
