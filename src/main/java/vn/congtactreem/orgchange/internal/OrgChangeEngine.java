package vn.congtactreem.orgchange.internal;

import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;
import vn.congtactreem.org.Role;
import vn.congtactreem.plan.process.PlanCycleProcess;
import vn.congtactreem.reporting.process.UnitReportProcess;

/**
 * The engine's side of a merge: a unit report's process follows the report to its new unit (variable and
 * candidate groups), or ends; the merged unit's own cycles end; the tasks still offered to its groups are
 * offered to the unit merged into.
 */
@Component
public class OrgChangeEngine {

    private final RuntimeService runtime;
    private final TaskService tasks;

    public OrgChangeEngine(RuntimeService runtime, TaskService tasks) {
        this.runtime = runtime;
        this.tasks = tasks;
    }

    static String groupPrefix(long orgUnitId) {
        return "org:" + orgUnitId + ":";
    }

    /** Open tasks offered to the unit's groups (any role). */
    public long openTasks(long orgUnitId) {
        return offered(orgUnitId).count();
    }

    /** The report's process now works for {@code toOrgUnitId}: its variable and its open tasks' groups. */
    public void moveReport(long reportId, long fromOrgUnitId, long toOrgUnitId) {
        reportProcesses(reportId).forEach(id -> {
            runtime.setVariable(id, UnitReportProcess.UNIT_ORG_ID.name(), toOrgUnitId);
            tasks.createTaskQuery().processInstanceId(id).list().forEach(t -> regroup(t, fromOrgUnitId, toOrgUnitId));
        });
    }

    public void endReport(long reportId, String reason) {
        reportProcesses(reportId).forEach(id -> runtime.deleteProcessInstance(id, reason));
    }

    /** Ends the plan's cycle, its consolidations and the reports its units owed it. */
    public void endPlan(long planId, String reason) {
        runtime.createProcessInstanceQuery().variableValueEquals(PlanCycleProcess.PLAN_ID.name(), planId).list()
                .forEach(p -> runtime.deleteProcessInstance(p.getId(), reason));
    }

    /** Every open task still offered to the unit's groups is offered to the same role of the other unit. */
    public int moveTasks(long fromOrgUnitId, long toOrgUnitId) {
        List<Task> offered = offered(fromOrgUnitId).list();
        offered.forEach(task -> regroup(task, fromOrgUnitId, toOrgUnitId));
        return offered.size();
    }

    private List<String> reportProcesses(long reportId) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(UnitReportProcess.KEY)
                .processInstanceBusinessKey(String.valueOf(reportId)).list().stream().map(p -> p.getId()).toList();
    }

    /** Tasks offered to any role of the unit, claimed by someone or not. */
    private TaskQuery offered(long orgUnitId) {
        List<String> groups = Arrays.stream(Role.values()).map(r -> groupPrefix(orgUnitId) + r.name()).toList();
        return tasks.createTaskQuery().active().taskCandidateGroupIn(groups).includeAssignedTasks();
    }

    private static boolean isCandidateOf(IdentityLink link, long orgUnitId) {
        return IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null
                && link.getGroupId().startsWith(groupPrefix(orgUnitId));
    }

    private void regroup(Task task, long fromOrgUnitId, long toOrgUnitId) {
        for (IdentityLink link : tasks.getIdentityLinksForTask(task.getId())) {
            if (isCandidateOf(link, fromOrgUnitId)) {
                String role = link.getGroupId().substring(groupPrefix(fromOrgUnitId).length());
                tasks.deleteCandidateGroup(task.getId(), link.getGroupId());
                tasks.addCandidateGroup(task.getId(), groupPrefix(toOrgUnitId) + role);
            }
        }
    }
}
