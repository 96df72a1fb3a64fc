package vn.congtactreem.reporting.process;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanBuilder;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.ReceiveTask;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.Task;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/**
 * What {@link ProcessVersionMigration} reads off two versions of a diagram: the migration plan from the older to
 * the latest, and the old flow nodes whose instances it cancels first.
 */
final class MigrationPlans {

    private final RepositoryService repository;
    private final RuntimeService runtime;

    MigrationPlans(RepositoryService repository, RuntimeService runtime) {
        this.repository = repository;
        this.runtime = runtime;
    }

    /**
     * Equal activities mapped, and the tasks the latest diagram took out of a sub-process (unit-report's
     * {@code PrepareReport}, until December 2026) mapped by id one level up: the sub-process's instance is dropped.
     */
    MigrationPlan plan(ProcessDefinition source, ProcessDefinition target) {
        MigrationPlan equal = runtime.createMigrationPlan(source.getId(), target.getId()).mapEqualActivities().build();
        Set<String> mapped = new HashSet<>();
        equal.getInstructions().forEach(instruction -> mapped.add(instruction.getSourceActivityId()));
        BpmnModelInstance latest = repository.getBpmnModelInstance(target.getId());
        List<String> moved = repository.getBpmnModelInstance(source.getId()).getModelElementsByType(Task.class).stream()
                .filter(task -> task instanceof UserTask || task instanceof ReceiveTask).map(Task::getId)
                .filter(id -> !mapped.contains(id) && latest.getModelElementById(id) instanceof Task).toList();
        if (moved.isEmpty()) {
            return equal;
        }
        MigrationPlanBuilder builder = runtime.createMigrationPlan(source.getId(), target.getId()).mapEqualActivities();
        moved.forEach(id -> builder.mapActivities(id, id));
        return builder.build();
    }

    /**
     * Flow nodes of the old diagram the latest one no longer has (unit-report: its per-report reminders), but not a
     * sub-process the latest diagram dissolved (some of its flow nodes kept): its instance goes with the migration.
     */
    List<String> retiredActivities(ProcessDefinition source, ProcessDefinition target) {
        Set<String> kept = new HashSet<>(flowNodeIds(target.getId()));
        BpmnModelInstance old = repository.getBpmnModelInstance(source.getId());
        for (FlowNode node : old.getModelElementsByType(FlowNode.class)) {
            for (ModelElementInstance parent = node.getParentElement(); kept.contains(node.getId())
                    && parent instanceof SubProcess; parent = parent.getParentElement()) {
                kept.add(((SubProcess) parent).getId());
            }
        }
        List<String> retired = new ArrayList<>(flowNodeIds(source.getId()));
        retired.removeIf(kept::contains);
        return retired;
    }

    List<String> flowNodeIds(String definitionId) {
        return repository.getBpmnModelInstance(definitionId).getModelElementsByType(FlowNode.class).stream()
                .map(FlowNode::getId).toList();
    }
}
