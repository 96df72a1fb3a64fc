package vn.congtactreem.notification;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.context.event.EventListener;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import vn.congtactreem.inbox.WorkItem;
import vn.congtactreem.inbox.WorkItemDescriber;
import vn.congtactreem.inbox.WorkItemDescriber.WorkItemDescription;
import vn.congtactreem.plan.process.PlanCycleProcess;
import vn.congtactreem.reporting.process.UnitReportProcess;

/**
 * "A task for me or my unit": every user task the engine creates is announced to the users of its
 * candidate groups ({@code org:<id>:<ROLE>}), except the person whose action created it. The
 * Camunda Spring Boot starter publishes each task event as a Spring event from inside the engine's
 * command, i.e. inside its transaction, like the cycle's own events. What the task is about and the
 * page it opens come from the inbox's describers, as in the inbox.
 *
 * <p>A task that comes back after a return (the draft after the leader's return, the report after
 * the officer's) is announced by the return itself, with its comment, and not a second time: the
 * process says so by the decision it keeps ({@link PlanCycleProcess.Var#APPROVED} or
 * {@link UnitReportProcess.Var#ACCEPTED} false).
 */
@Component
class TaskNotifications {

    private final Outbox outbox;
    private final List<WorkItemDescriber> describers;

    TaskNotifications(Outbox outbox, List<WorkItemDescriber> describers) {
        this.outbox = outbox;
        this.describers = describers;
    }

    /**
     * Announces a task just created. The engine publishes every event of every task: the others are let go at once
     * here rather than by a condition on the annotation, which Spring would evaluate as an expression for each.
     * Not itself transactional, so that those events pass no transaction interceptor either: the engine runs
     * each command in a transaction, and the notification's write insists on one ({@link Outbox#record}).
     */
    @EventListener
    public void onCreate(DelegateTask task) {
        if (!TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
            return;
        }
        List<Audience> audiences = task.getCandidates().stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(link -> Audience.ofCandidateGroup(link.getGroupId())).flatMap(Optional::stream).toList();
        if (audiences.isEmpty()) {
            return;
        }
        VariableScope process = processScope(task);
        WorkItem item = toItem(task, process);
        if (announcedByReturn(item, process)) {
            return;
        }
        Optional<WorkItemDescription> described = describers.stream().map(d -> d.describe(item))
                .flatMap(Optional::stream).findFirst();
        String subject = described.map(WorkItemDescription::subject).orElse("");
        String organisation = described.map(WorkItemDescription::organisation).orElse("");
        NotificationDraft draft = new NotificationDraft(NotificationKind.TASK_ASSIGNED, task.getId(), "",
                described.map(WorkItemDescription::link).orElse(""),
                new Text("notification.title.TASK_ASSIGNED", task.getName(), subject),
                new Text("notification.body.TASK_ASSIGNED", task.getName(), subject, organisation),
                audiences, actor(task));
        outbox.record(described.map(TaskNotifications::topic).map(draft::about).orElse(draft));
    }

    /**
     * What the bell groups the task under: its period ("6 tháng 2025"); a task of no period (registering
     * the upper plan, drafting, the leader's review) under its plan, "Kế hoạch … (Xã An Dương)".
     */
    static Text topic(WorkItemDescription described) {
        if (described.periodKind() != null && described.periodYear() != null) {
            return new Text("period.kind." + described.periodKind(), described.periodYear());
        }
        return new Text("notification.topic.plan", described.subject(), described.organisation());
    }

    /** The draft after the leader's return, the report after the officer's (PlanReturned, ReportReturned). */
    static boolean announcedByReturn(WorkItem item, VariableScope process) {
        if (PlanCycleProcess.KEY.equals(item.processKey())
                && PlanCycleProcess.Element.DRAFT_PLAN.equals(item.taskKey())) {
            return Boolean.FALSE.equals(PlanCycleProcess.APPROVED.get(process));
        }
        if (UnitReportProcess.KEY.equals(item.processKey())
                && UnitReportProcess.Element.SUBMIT_REPORT.equals(item.taskKey())) {
            return Boolean.FALSE.equals(UnitReportProcess.ACCEPTED.get(process));
        }
        return false;
    }

    /** Who caused the task: the engine's authenticated user (set when completing a task), else the signed-in one. */
    private static String actor(DelegateTask task) {
        Authentication engineUser = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        if (engineUser != null && engineUser.getUserId() != null) {
            return engineUser.getUserId();
        }
        var signedIn = SecurityContextHolder.getContext().getAuthentication();
        return signedIn == null || !signedIn.isAuthenticated() ? null : signedIn.getName();
    }

    /**
     * Where the task's process variables are: its execution. The processes set no variable on a task itself, and
     * a task just created has none; asking the task would first read its own (empty) variables from
     * ACT_RU_VARIABLE, one statement per task, while the execution's are already loaded by the command creating
     * it. A task with no execution (none in these processes) is asked itself.
     */
    static VariableScope processScope(DelegateTask task) {
        return task.getExecution() == null ? task : task.getExecution();
    }

    private static WorkItem toItem(DelegateTask task, VariableScope process) {
        Map<String, Object> ids = new HashMap<>();
        // typed and not deserialised: only the numbers (the ids) are kept, an object variable is never built
        VariableMap variables = process.getVariablesTyped(false);
        for (String name : variables.keySet()) {
            TypedValue typed = variables.getValueTyped(name);
            if (typed.getType() != null && typed.getType().isPrimitiveValueType()
                    && typed.getValue() instanceof Number) {
                ids.put(name, typed.getValue());
            }
        }
        return new WorkItem(task.getId(), task.getName(), processKey(task), task.getTaskDefinitionKey(),
                task.getExecution() == null ? null : task.getExecution().getProcessBusinessKey(), task.getAssignee(),
                task.getCreateTime() == null ? null : task.getCreateTime().toInstant(),
                task.getDueDate() == null ? null : task.getDueDate().toInstant(), ids);
    }

    /**
     * The task's process key from its execution's definition, which the command creating the task has already
     * resolved (asking the repository service would run a command of its own and read ACT_RE_PROCDEF again).
     */
    private static String processKey(DelegateTask task) {
        if (task.getExecution() instanceof ExecutionEntity execution && execution.getProcessDefinition() != null) {
            return execution.getProcessDefinition().getKey();
        }
        return task.getProcessEngineServices().getRepositoryService()
                .getProcessDefinition(task.getProcessDefinitionId()).getKey();
    }
}
