package vn.congtactreem.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.congtactreem.org.Role;
import vn.congtactreem.security.AccessScope;
import vn.congtactreem.support.PostgresIntegrationTest;

/**
 * "Việc tồn đọng" below organisations ({@link WorkItems#stuckBelow}, one native query): the tasks offered to
 * the organisations' groups in the roles asked, due by now or idle since a moment, and only those: a task of
 * an organisation outside the set, or of a role not asked, is not counted; the engine's own candidate-group
 * query finds the same tasks in the same order.
 */
class WorkItemsStuckIntegrationTests extends PostgresIntegrationTest {

    // organisations no other test uses: each task is a process's, offered to their groups
    private static final long A = 970_001L;
    private static final long B = 970_002L;
    private static final long OUTSIDE = 970_003L;
    private static final String PROCESS = "inbox-stuck-test";
    private static final List<Role> ROLES = List.of(Role.OFFICER, Role.LEADER, Role.REPORTER);

    @Autowired
    WorkItems work;
    @Autowired
    TaskService tasks;
    @Autowired
    RuntimeService runtime;
    @Autowired
    RepositoryService repository;

    private final List<String> created = new ArrayList<>();
    private final Instant now = Instant.parse("2026-06-15T08:00:00Z");

    @BeforeEach
    void deploy() {
        repository.createDeployment().addModelInstance(PROCESS + ".bpmn", Bpmn.createExecutableProcess(PROCESS)
                .camundaHistoryTimeToLive(1).startEvent().userTask("StuckTask").name("Việc thử tồn đọng")
                .camundaCandidateGroups("${groups}").camundaDueDate("${due}").endEvent().done())
                .enableDuplicateFiltering(true).deploy();
    }

    @AfterEach
    void removeInstances() {
        ClockUtil.reset();
        created.forEach(id -> runtime.deleteProcessInstance(id, "test over"));
    }

    @Test
    void onlyTheOrganisationsAskedInTheRolesAskedAreCountedAsTheEngineWould() {
        String overdueA = task("overdue A", now.minus(Duration.ofDays(3)), null, group(A, Role.OFFICER));
        task("overdue outside", now.minus(Duration.ofDays(5)), null, group(OUTSIDE, Role.OFFICER));
        task("overdue A, a manager's", now.minus(Duration.ofDays(5)), null, group(A, Role.MANAGER));
        String idleB = task("idle B", now.plus(Duration.ofDays(3)), now.minus(Duration.ofDays(10)),
                group(B, Role.LEADER));
        String both = task("overdue A and outside", now.minus(Duration.ofDays(1)), null, group(A, Role.LEADER),
                group(OUTSIDE, Role.LEADER));
        task("fresh A", now.plus(Duration.ofDays(3)), null, group(A, Role.OFFICER));
        String dueNow = task("due this moment, held", now, null, group(B, Role.REPORTER));
        tasks.claim(dueNow, "someone");
        Instant idleSince = now.minus(Duration.ofDays(7));
        Set<Long> scope = Set.of(A, B);

        assertThat(work.countStuckBelow(scope, ROLES, now, null)).isEqualTo(3);
        assertThat(work.countStuckBelow(scope, ROLES, now, idleSince)).isEqualTo(4);
        assertThat(work.stuckBelow(scope, ROLES, now, idleSince, 100)).extracting(WorkItem::id)
                .containsExactly(overdueA, both, dueNow, idleB);
        assertThat(work.stuckBelow(scope, ROLES, now, idleSince, 2)).extracting(WorkItem::id)
                .containsExactly(overdueA, both);
        assertThat(work.countStuckBelow(Set.of(OUTSIDE), ROLES, now, null)).isEqualTo(2);
        assertThat(work.countStuckBelow(Set.of(), ROLES, now, null)).isZero();

        // the engine's own query (as the dashboard asked before) finds the same tasks in the same order
        List<String> groups = List.of(StuckTaskQueries.groups(scope, ROLES));
        Date due = Date.from(now.plusMillis(1));
        TaskQuery engine = tasks.createTaskQuery().taskCandidateGroupIn(groups).includeAssignedTasks().active();
        assertThat(engine.dueBefore(due).count()).isEqualTo(3);
        assertThat(tasks.createTaskQuery().taskCandidateGroupIn(groups).includeAssignedTasks().active().or()
                .dueBefore(due).taskCreatedBefore(Date.from(idleSince)).endOr().orderByDueDate().asc()
                .orderByTaskCreateTime().asc().list()).extracting(Task::getId)
                .containsExactly(overdueA, both, dueNow, idleB);
    }

    /** A process's user task offered to the groups, due then, created at that moment (or hours before now). */
    private String task(String name, Instant due, Instant createdAt, String... groups) {
        ClockUtil.setCurrentTime(Date.from(createdAt == null ? now.minus(Duration.ofHours(created.size() + 1))
                : createdAt));
        String instance = runtime.startProcessInstanceByKey(PROCESS, name, Map.of("groups", String.join(",", groups),
                "due", Date.from(due))).getId();
        ClockUtil.reset();
        created.add(instance);
        return tasks.createTaskQuery().processInstanceId(instance).singleResult().getId();
    }

    private static String group(long org, Role role) {
        return AccessScope.group(org, role);
    }
}
