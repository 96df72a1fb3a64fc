package vn.congtactreem.reporting.process;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.ModificationBuilder;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstanceModificationBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import vn.congtactreem.plan.process.PlanCycleProcess;

/**
 * Moves the {@code unit-report} and {@code plan-cycle} instances still running on an older version of their
 * diagram to the latest one when the application starts, in {@link #afterSingletonsInstantiated()}: the engine's
 * factory bean deploys {@code processes/} right after building the engine (after the engine plugins'
 * {@code postProcessEngineBuild}, which would see only the old versions), and the Camunda starter starts the job
 * executor only on {@code ApplicationReadyEvent} ({@code JobExecutorStartingEventListener}), after every singleton
 * is ready; so no old timer fires into a delegate that no longer exists. It runs before the web server takes
 * requests and before the scheduled jobs start, too. (Another node already running the new release may execute a
 * job of an instance being moved: that instance fails with an optimistic lock, stays, and moves at the next start.)
 *
 * <ul>
 * <li>{@code unit-report}: the activity instances of elements the latest diagram no longer has are cancelled (the
 * per-report reminder loop and deadline timer, any of their steps pending or failed), then the instance is migrated
 * with equal activities mapped: its tasks keep their ids, assignees and due dates, the receive task its
 * subscription, the review's and the notification's jobs their state. Its reminders now come from the period.
 * Coming from a version with the sub-process {@code PrepareReport} (before December 2026), its tasks are mapped
 * one level up and the sub-process's instance is dropped, not cancelled ({@link MigrationPlans}).</li>
 * <li>{@code plan-cycle}: migrated the same way; coming from a version without the period's reminders, every
 * {@link PlanCycleProcess.Element#RUN_PERIOD} waiting at {@link PlanCycleProcess.Element#WAIT_FOR_REPORTS} (open,
 * neither consolidated nor cut off) gets the reminder branch started inside that very period
 * ({@link PlanCycleProcess.Element#PERIOD_REMINDER_LOOP}), so its reminder dates still ahead fire there (those
 * passed are not sent again). A period not open yet, or one whose opening job is pending, takes the new fork itself;
 * the escalation of late reports needs nothing: the migrated cut-off timer leads to it.</li>
 * </ul>
 *
 * <p>Cheap when nothing is left to move: one query (is any instance of these keys on an older version?). The
 * instances go in chunks of {@value #CHUNK}, by id: the cancellation in one transaction, the migration in the
 * next, since the engine cannot migrate in the transaction that cancelled them executions whose tree the cancellation
 * changed (an instance whose migration then fails is only without its old timers), and the periods' reminder branches
 * in a third, since right after a migration the engine cannot build the activity tree of a cycle with a finished
 * period (found upgrading the demo's database: a NullPointerException in {@code GetActivityInstanceCmd}); which
 * periods wait without reminders is read on the old tree, before it moves. A chunk that fails is taken again one
 * instance at a time; an instance that still cannot be moved is logged with its id and the reason and left as it is
 * (the start goes on; the next start tries again); one moved whose reminder branch cannot start is logged and counted
 * as failed (it stays moved: its cut-off still escalates). Running it again moves nothing.
 */
@Component
public class ProcessVersionMigration implements SmartInitializingSingleton {

    /** Result of one run: instances moved to the latest version, and those left where they were. */
    public record Result(int migrated, int failed) {
        Result plus(Result other) {
            return new Result(migrated + other.migrated, failed + other.failed);
        }
    }

    static final int CHUNK = 100;
    private static final Logger LOG = LoggerFactory.getLogger(ProcessVersionMigration.class);
    private static final List<String> KEYS = List.of(UnitReportProcess.KEY, PlanCycleProcess.KEY);

    private final RepositoryService repository;
    private final RuntimeService runtime;
    private final ManagementService management;
    private final CommandExecutor transactions;
    private final MigrationPlans versions;

    public ProcessVersionMigration(ProcessEngine engine) {
        this.repository = engine.getRepositoryService();
        this.runtime = engine.getRuntimeService();
        this.management = engine.getManagementService();
        this.versions = new MigrationPlans(repository, runtime);
        this.transactions = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                .getCommandExecutorTxRequired();
    }

    @Override
    public void afterSingletonsInstantiated() {
        run();
    }

    /** Moves every instance of an older version it can; see the class comment. */
    public Result run() {
        Result total = new Result(0, 0);
        if (!anyInstanceOnAnOlderVersion()) {
            return total;
        }
        Map<String, ProcessDefinition> latest = new HashMap<>();
        List<ProcessDefinition> versions = repository.createProcessDefinitionQuery()
                .processDefinitionKeysIn(KEYS.toArray(String[]::new)).orderByProcessDefinitionVersion().asc().list();
        versions.forEach(definition -> latest.put(definition.getKey(), definition));
        for (ProcessDefinition source : versions) {
            ProcessDefinition target = latest.get(source.getKey());
            if (source.getVersion() >= target.getVersion()) {
                continue;
            }
            Result result = migrate(source, target);
            if (result.migrated() + result.failed() > 0) {
                LOG.info("{} instances of {} version {} moved to version {}{}", result.migrated(), source.getKey(),
                        source.getVersion(), target.getVersion(), result.failed() == 0 ? ""
                                : ", " + result.failed() + " left on their version (see the warnings above)");
            }
            total = total.plus(result);
        }
        return total;
    }

    /** The one query of a start with nothing to move. */
    private boolean anyInstanceOnAnOlderVersion() {
        String definitions = management.getTableName(ProcessDefinitionEntity.class);
        String executions = management.getTableName(ExecutionEntity.class);
        return !runtime.createNativeProcessInstanceQuery()
                .sql("select E.* from " + executions + " E join " + definitions + " D on D.ID_ = E.PROC_DEF_ID_"
                        + " where E.ID_ = E.PROC_INST_ID_ and D.KEY_ in (#{unitReport}, #{planCycle})"
                        + " and D.VERSION_ < (select max(L.VERSION_) from " + definitions + " L where L.KEY_ = D.KEY_)")
                .parameter("unitReport", KEYS.get(0))
                .parameter("planCycle", KEYS.get(1))
                .listPage(0, 1).isEmpty();
    }

    private Result migrate(ProcessDefinition source, ProcessDefinition target) {
        MigrationPlan plan;
        try {
            plan = versions.plan(source, target);
        } catch (ProcessEngineException noPlan) {
            int left = (int) runtime.createProcessInstanceQuery().processDefinitionId(source.getId()).count();
            LOG.warn("No migration from {} version {} to version {}: its {} instances are left on it: {}",
                    source.getKey(), source.getVersion(), target.getVersion(), left, noPlan.getMessage());
            return new Result(0, left);
        }
        List<String> retired = UnitReportProcess.KEY.equals(source.getKey())
                ? versions.retiredActivities(source, target) : List.of();
        // only a version without the period's reminders: a later one's reminder branch is migrated with the rest
        boolean plansPeriods = PlanCycleProcess.KEY.equals(source.getKey())
                && !versions.flowNodeIds(source.getId()).contains(PlanCycleProcess.Element.PERIOD_REMINDER_LOOP);
        Consumer<List<String>> retire = ids -> {
            if (!retired.isEmpty()) {
                ModificationBuilder cancel = runtime.createModification(source.getId()).processInstanceIds(ids)
                        .skipCustomListeners().skipIoMappings();
                retired.forEach(cancel::cancelAllForActivity);
                cancel.execute();
            }
        };
        // the periods waiting for their reports, read on the old version's tree before it moves: right after a
        // migration the engine cannot build the tree of an instance with a finished period in the same transaction
        Map<String, List<String>> openPeriods = new HashMap<>();
        Consumer<List<String>> move = ids -> {
            if (plansPeriods) {
                ids.forEach(id -> openPeriods.put(id, periodsWaitingWithoutReminders(id)));
            }
            runtime.newMigration(plan).processInstanceIds(ids).skipCustomListeners().skipIoMappings().execute();
        };
        Consumer<List<String>> remind = ids -> ids.forEach(id -> startPeriodReminders(id,
                openPeriods.getOrDefault(id, List.of())));
        int migrated = 0;
        int failed = 0;
        String after = "";
        List<String> chunk;
        while (!(chunk = instancesAfter(source.getId(), after)).isEmpty()) {
            after = chunk.get(chunk.size() - 1);
            openPeriods.clear();
            if (inOneTransaction(retire, chunk) && inOneTransaction(move, chunk)) {
                Result reminded = remindEach(remind, chunk);
                migrated += reminded.migrated();
                failed += reminded.failed();
                continue;
            }
            if (chunk.size() == 1) {
                failed++;
                continue;
            }
            for (String id : chunk) {
                if (inOneTransaction(retire, List.of(id)) && inOneTransaction(move, List.of(id))) {
                    Result reminded = remindEach(remind, List.of(id));
                    migrated += reminded.migrated();
                    failed += reminded.failed();
                } else {
                    failed++;
                }
            }
        }
        return new Result(migrated, failed);
    }

    /**
     * The moved instances' open periods get their reminder branch, in a transaction after the migration's; one
     * whose branch cannot start stays moved (its cut-off still escalates) and is counted as failed, with a warning.
     */
    private Result remindEach(Consumer<List<String>> remind, List<String> ids) {
        if (inOneTransaction(remind, ids)) {
            return new Result(ids.size(), 0);
        }
        int migrated = 0;
        for (String id : ids) {
            if (ids.size() > 1 && inOneTransaction(remind, List.of(id))) {
                migrated++;
            } else {
                LOG.warn("Process instance {} moved to the latest version, but its open periods got no reminders",
                        id);
            }
        }
        return new Result(migrated, ids.size() - migrated);
    }

    /** The next chunk of the definition's instances, by id (those left on it by a failure are passed over). */
    private List<String> instancesAfter(String definitionId, String after) {
        String executions = management.getTableName(ExecutionEntity.class);
        return runtime.createNativeProcessInstanceQuery()
                .sql("select E.* from " + executions + " E where E.PROC_DEF_ID_ = #{definitionId}"
                        + " and E.ID_ = E.PROC_INST_ID_ and E.ID_ > #{after} order by E.ID_")
                .parameter("definitionId", definitionId)
                .parameter("after", after)
                .listPage(0, CHUNK).stream().map(ProcessInstance::getId).toList();
    }

    private boolean inOneTransaction(Consumer<List<String>> step, List<String> ids) {
        try {
            transactions.execute(commandContext -> {
                step.accept(ids);
                return null;
            });
            return true;
        } catch (RuntimeException e) {
            if (ids.size() == 1) {
                LOG.warn("Process instance {} not moved to the latest version of its diagram, left as it is: {}",
                        ids.get(0), e.getMessage());
            } else {
                LOG.debug("A chunk of {} instances failed; taking them one by one", ids.size(), e);
            }
            return false;
        }
    }

    /** The activity instances of the cycle's periods that wait for their reports without a reminder branch. */
    private List<String> periodsWaitingWithoutReminders(String processInstanceId) {
        List<String> periods = new ArrayList<>();
        for (ActivityInstance period : runtime.getActivityInstance(processInstanceId)
                .getActivityInstances(PlanCycleProcess.Element.RUN_PERIOD)) {
            Set<String> children = new HashSet<>();
            for (ActivityInstance child : period.getChildActivityInstances()) {
                children.add(child.getActivityId());
            }
            if (children.contains(PlanCycleProcess.Element.WAIT_FOR_REPORTS)
                    && !children.contains(PlanCycleProcess.Element.PERIOD_REMINDER_DUE)) {
                periods.add(period.getId());
            }
        }
        return periods;
    }

    /** Starts the reminder branch inside each of these periods (activity instance ids kept by the migration). */
    private void startPeriodReminders(String processInstanceId, List<String> periods) {
        if (periods.isEmpty()) {
            return;
        }
        ProcessInstanceModificationBuilder modification = runtime.createProcessInstanceModification(processInstanceId);
        periods.forEach(period -> modification.startBeforeActivity(PlanCycleProcess.Element.PERIOD_REMINDER_LOOP,
                period));
        modification.execute();
    }
}
