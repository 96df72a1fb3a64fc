package vn.congtactreem.monitoring;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.congtactreem.monitoring.internal.StepQueries;
import vn.congtactreem.org.OrgService;
import vn.congtactreem.plan.process.PlanCycleProcess;
import vn.congtactreem.base.NotAllowedException;
import vn.congtactreem.org.UserAccount;

/**
 * Where the cycles stand: the plan-cycle diagram (its latest deployed version) and, per activity, how
 * many running cycles of the organisation and everything below it (inside the user's scope) wait
 * there, with their incidents. Like Camunda Cockpit's activity statistics, but never the whole engine:
 * the counts come from the engine's history (unfinished activity instances) and runtime incidents joined
 * to this application's plans by process instance, filtered by the plans' organisations: two grouped
 * queries, whatever the number of cycles.
 */
@Service
@Transactional(readOnly = true)
public class CycleSteps {

    private final MonitoringService monitoring;
    private final OrgService orgs;
    private final StepQueries queries;
    private final RepositoryService repository;

    public CycleSteps(MonitoringService monitoring, OrgService orgs, StepQueries queries, RepositoryService repository) {
        this.monitoring = monitoring;
        this.orgs = orgs;
        this.queries = queries;
        this.repository = repository;
    }

    /** The plan-cycle's BPMN XML, as deployed. */
    public String planCycleDiagram() {
        ProcessDefinition definition = latest();
        try (var in = repository.getProcessModel(definition.getId())) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Cannot read the plan-cycle diagram", e);
        }
    }

    private ProcessDefinition latest() {
        return repository.createProcessDefinitionQuery().processDefinitionKey(PlanCycleProcess.KEY).latestVersion()
                .singleResult();
    }

    /** The running plan cycles of {@code orgUnitId} and below (in the user's scope) per activity. */
    public List<StepCount> planCycles(UserAccount user, long orgUnitId) {
        Set<Long> scope = monitoring.scope(user);
        if (!scope.contains(orgUnitId)) {
            throw NotAllowedException.because("access.notAllowed.monitorUnit", orgUnitId);
        }
        Set<Long> below = new HashSet<>(orgs.selfAndDescendants(orgUnitId));
        below.retainAll(scope);
        ProcessDefinition definition = latest();
        org.camunda.bpm.model.bpmn.BpmnModelInstance model = repository.getBpmnModelInstance(definition.getId());
        return queries.planCycleSteps(below).stream().map(step -> {
            var element = model.getModelElementById(step.activityId());
            String name = element == null ? null : element.getAttributeValue("name");
            return new StepCount(step.activityId(), name == null || name.isBlank() ? step.activityId() : name,
                    step.count(), step.incidents());
        }).toList();
    }
}
