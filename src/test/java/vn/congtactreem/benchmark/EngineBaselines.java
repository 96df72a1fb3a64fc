package vn.congtactreem.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.impl.BpmnModelConstants;
import org.camunda.bpm.model.bpmn.instance.ConditionExpression;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.TimeDate;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import vn.congtactreem.reporting.process.UnitReportProcess;

/**
 * The engine-only baselines a unit report of the application is compared with, in the same run:
 * <ul>
 * <li>{@link #BARE}: a bare process, start and the same three user tasks (candidate groups as in the
 * application), no listener, delegate or timer;</li>
 * <li>{@link #MODEL}: the application's own diagram ({@code processes/unit-report.bpmn}) with no application
 * logic: every service task's delegate replaced by the no-op expression {@code ${true}}, the report calendar's
 * dates (due dates) by one fixed far-future date, the period check's answer by "not complete"; the user tasks,
 * gateways, async jobs and the returned report's flow listener kept. (Until December 2026 the diagram also held a
 * reminder loop and a deadline timer per report, now the period's in {@code plan-cycle}, and wrapped the preparing
 * steps in a sub-process, since flattened.)</li>
 * </ul>
 * Both run on organisations without members (ids 1 and 2): the application's task listeners still hear their
 * task events, and find nobody to notify.
 */
final class EngineBaselines {

    static final String BARE = "bench-bare";
    static final String MODEL = "bench-model";
    /** The three user tasks of a report; the last one decided "accepted". */
    static final int TASKS = 3;

    private static final Date FAR_FUTURE = Date.from(Instant.parse("2099-12-30T17:00:00Z"));
    private static final String DUE = "${benchDue}";

    private final ProcessEngine engine;

    EngineBaselines(ProcessEngine engine) {
        this.engine = engine;
    }

    void deploy() {
        engine.getRepositoryService().createDeployment().name(BARE).addModelInstance(BARE + ".bpmn",
                Bpmn.createExecutableProcess(BARE).camundaHistoryTimeToLive(3650).startEvent()
                        .userTask("AcknowledgeAssignment").camundaCandidateGroups("org:${unitOrgId}:REPORTER")
                        .userTask("SubmitReport").camundaCandidateGroups("org:${unitOrgId}:REPORTER")
                        .userTask("ReviewReport").camundaCandidateGroups("org:${planOrgId}:OFFICER")
                        .endEvent().done()).deploy();
        engine.getRepositoryService().createDeployment().name(MODEL).addModelInstance(MODEL + ".bpmn", modelOnly())
                .deploy();
    }

    /** processes/unit-report.bpmn under key {@link #MODEL}, its application logic taken out. */
    static BpmnModelInstance modelOnly() {
        BpmnModelInstance model;
        try (InputStream in = EngineBaselines.class.getResourceAsStream("/processes/unit-report.bpmn")) {
            model = Bpmn.readModelFromStream(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Process process = model.getModelElementById(UnitReportProcess.KEY);
        process.setId(MODEL);
        for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
            task.removeAttributeNs(BpmnModelConstants.CAMUNDA_NS, "delegateExpression");
            task.setCamundaExpression("${true}");
        }
        // the period check's answer, a transient variable its delegate leaves, is "not complete" without it
        for (ConditionExpression condition : model.getModelElementsByType(ConditionExpression.class)) {
            condition.setTextContent(condition.getTextContent()
                    .replace(UnitReportProcess.Var.PERIOD_COMPLETE, "false"));
        }
        for (TimeDate date : model.getModelElementsByType(TimeDate.class)) {
            if (date.getTextContent().contains(UnitReportProcess.Bean.REPORT_CALENDAR)) {
                date.setTextContent(DUE);
            }
        }
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
            if (task.getCamundaDueDate() != null) {
                task.setCamundaDueDate(DUE);
            }
        }
        String xml = Bpmn.convertToString(model);
        if (xml.contains("Delegate}") || xml.contains(UnitReportProcess.Bean.REPORT_CALENDAR)) {
            throw new IllegalStateException("application logic left in the model-only diagram");
        }
        return model;
    }

    private static final long NOBODY_UNIT = -1L;
    private static final long NOBODY_PLAN_ORG = -2L;

    /** Starts instance {@code i} of {@code key}; its business key. */
    String start(String key, long i) {
        String businessKey = key + "-" + i;
        Map<String, Object> variables = new HashMap<>();
        UnitReportProcess.REPORT_ID.put(variables, i);
        // organisations no one belongs to: the application's task listener finds nobody to notify (with real
        // ones, each baseline task wrote a notification row and the baselines carried application work)
        UnitReportProcess.UNIT_ORG_ID.put(variables, NOBODY_UNIT);
        UnitReportProcess.PLAN_ORG_ID.put(variables, NOBODY_PLAN_ORG);
        if (MODEL.equals(key)) {
            UnitReportProcess.PLAN_ID.put(variables, 3L);
            UnitReportProcess.PERIOD_ID.put(variables, 4L);
            UnitReportProcess.SUB_AREA.put(variables, false);
            UnitReportProcess.ACKNOWLEDGED.put(variables, false);
            variables.put("benchDue", FAR_FUTURE);
        }
        engine.getRuntimeService().startProcessInstanceByKey(key, businessKey, variables);
        return businessKey;
    }

    /** The open user task of the instance (one at a time in both processes). */
    Task next(String businessKey) {
        return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(businessKey).singleResult();
    }

    /** Completes task {@code step} (0, 1, 2) of the instance; the review is accepted. */
    void complete(Task task, int step) {
        engine.getTaskService().complete(task.getId(), step == TASKS - 1
                ? UnitReportProcess.ACCEPTED.of(true) : Map.of());
    }

    /** Jobs due now (async steps; the timers are far ahead). */
    List<Job> dueJobs() {
        return engine.getManagementService().createJobQuery().executable().listPage(0, 100);
    }

    void execute(Job job) {
        engine.getManagementService().executeJob(job.getId());
    }
}
