package vn.congtactreem.substitute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.congtactreem.base.NotAllowedException;
import vn.congtactreem.base.NotFoundException;
import vn.congtactreem.base.ValidationException;
import vn.congtactreem.document.OfficialDocument;
import vn.congtactreem.inbox.WorkItem;
import vn.congtactreem.inbox.WorkItems;
import vn.congtactreem.org.OrgService;
import vn.congtactreem.org.Role;
import vn.congtactreem.org.UserAccount;
import vn.congtactreem.org.UserService;
import vn.congtactreem.plan.ActivityForm;
import vn.congtactreem.plan.AssignmentForm;
import vn.congtactreem.plan.CycleAction;
import vn.congtactreem.plan.CycleEvent;
import vn.congtactreem.plan.Deadlines;
import vn.congtactreem.plan.PeriodForm;
import vn.congtactreem.plan.PeriodKind;
import vn.congtactreem.plan.PlanDraft;
import vn.congtactreem.plan.PlanService;
import vn.congtactreem.plan.UpperPlanForm;
import vn.congtactreem.plan.process.PlanCycleProcess;
import vn.congtactreem.support.CycleCleanUp;
import vn.congtactreem.support.PostgresIntegrationTest;
import vn.congtactreem.support.ProcessJobs;
import vn.congtactreem.support.TestOrgs;

/**
 * A leader away on leave names an officer of the commune as substitute: the officer finds the leader's review
 * task in the inbox marked as the leader's, returns the draft and approves it again as the leader would, the
 * timeline says who acted for whom; after the last day (the clock moved, the job run) the officer no longer
 * sees the leader's tasks nor may decide on them. Own organisations and users, in a year no other test uses.
 */
class SubstitutesIntegrationTests extends PostgresIntegrationTest {

    private static final int YEAR = 2083;

    @Autowired
    SubstitutionService substitutions;
    @Autowired
    PlanService plans;
    @Autowired
    WorkItems work;
    @Autowired
    TaskService tasks;
    @Autowired
    RuntimeService runtime;
    @Autowired
    OrgService orgs;
    @Autowired
    UserService users;

    private final List<Long> started = new ArrayList<>();

    @AfterEach
    void endTheCycles() {
        started.forEach(planId -> CycleCleanUp.endProcessesOf(runtime, planId));
        ProcessJobs.resetClock();
    }

    @Test
    void theSubstituteActsForTheLeaderDuringTheLeaveAndNotAfter() {
        TestOrgs test = new TestOrgs(orgs, users);
        ProcessJobs.setClock(at(YEAR + "-03-02T09:00"));
        TestOrgs.Commune place = test.commune("uyquyen");
        UserAccount officer = user(place.commune().officer());
        UserAccount leader = user(place.commune().leader());
        UserAccount substitute = user(test.user("canbo2.uyquyen", "Trần Thị Thay", place.commune().id(),
                Role.OFFICER));
        long planId = submitted(officer, place, YEAR);
        long otherPlanId = submitted(officer, place, YEAR + 1);
        assertThat(reviewOf(substitute, planId)).as("before the substitution").isEmpty();

        // the leader names the officer for 02/03 to 04/03; an officer of another organisation is refused
        UserAccount stranger = user(place.district().officer());
        assertThatThrownBy(() -> substitutions.name(leader, leader.id(), new SubstitutionForm(stranger.id(),
                LocalDate.of(YEAR, 3, 2), LocalDate.of(YEAR, 3, 4))))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("substitute.error.otherOrganisation"));
        Substitution named = substitutions.name(leader, leader.id(), new SubstitutionForm(substitute.id(),
                LocalDate.of(YEAR, 3, 2), LocalDate.of(YEAR, 3, 4)));
        assertThat(substitutions.of(leader, leader.id())).extracting(Substitution::id).containsExactly(named.id());

        // the open review task is in the substitute's inbox, marked as the leader's, linked by name in the engine
        WorkItem review = reviewOf(substitute, planId).orElseThrow();
        assertThat(work.standingInFor(substitute, List.of(review))).containsEntry(review.id(), leader.fullName());
        assertThat(namedCandidates(review.id())).contains(substitute.username());
        assertThat(work.standingInFor(leader, List.of(review))).as("the leader's own task").isEmpty();

        // the substitute returns the draft; the officer submits it again: the new task reaches the substitute too
        plans.returnForChanges(substitute, planId, "Bổ sung kinh phí");
        plans.submitForApproval(officer, planId);
        WorkItem again = reviewOf(substitute, planId).orElseThrow();
        assertThat(again.id()).isNotEqualTo(review.id());
        assertThat(namedCandidates(again.id())).contains(substitute.username());

        // and approves it, through the engine's task completion with the leader's rules
        plans.approve(substitute, planId);
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(PlanCycleProcess.KEY)
                .processInstanceBusinessKey(String.valueOf(planId)).count()).isEqualTo(1);
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(String.valueOf(planId))
                .taskDefinitionKey(PlanCycleProcess.Element.REVIEW_PLAN).count()).isZero();
        List<CycleEvent> timeline = plans.timeline(leader, planId);
        CycleEvent returned = last(timeline, CycleAction.PLAN_RETURNED);
        CycleEvent approved = last(timeline, CycleAction.PLAN_APPROVED);
        assertThat(List.of(returned, approved)).allSatisfy(event -> {
            assertThat(event.actor()).isEqualTo(substitute.username());
            assertThat(event.onBehalfOf()).isEqualTo(leader.username());
        });
        // the plan as signed: by the authorised officer for the absent chairman ("TUQ.", NĐ 30/2020); no
        // "TM. ỦY BAN NHÂN DÂN" above, as the draft did not ask for it
        OfficialDocument document = plans.document(plans.load(planId));
        assertThat(document.signature()).containsExactly("TUQ. CHỦ TỊCH");
        assertThat(document.signerName()).isEqualTo("Trần Thị Thay");
        CycleEvent submitted = last(timeline, CycleAction.PLAN_SUBMITTED);
        assertThat(submitted.actor()).isEqualTo(officer.username());
        assertThat(submitted.onBehalfOf()).as("the officer acted in their own name").isNull();

        // the other plan waits for the leader: still the substitute's on the last day
        ProcessJobs.setClock(at(YEAR + "-03-04T16:00"));
        substitutions.applyToTasks();
        assertThat(reviewOf(substitute, otherPlanId)).isPresent();

        // the day after the last one: the job takes the links away, the rights are gone with the day
        ProcessJobs.setClock(at(YEAR + "-03-05T08:00"));
        substitutions.applyToTasks();
        substitutions.applyToTasks();
        String otherTask = reviewOf(leader, otherPlanId).orElseThrow().id();
        assertThat(reviewOf(substitute, otherPlanId)).isEmpty();
        assertThat(namedCandidates(otherTask)).doesNotContain(substitute.username());
        assertThat(work.of(substitute, 0, 100)).extracting(WorkItem::id).doesNotContain(otherTask);
        assertThatThrownBy(() -> plans.approve(substitute, otherPlanId)).isInstanceOf(NotAllowedException.class);
        assertThat(plans.timeline(leader, otherPlanId)).extracting(CycleEvent::action)
                .doesNotContain(CycleAction.PLAN_APPROVED);
    }

    @Test
    void endedEarlyTheSubstituteStopsAtOnce() {
        TestOrgs test = new TestOrgs(orgs, users);
        ProcessJobs.setClock(at(YEAR + "-04-01T09:00"));
        TestOrgs.Commune place = test.commune("ketthucsom");
        UserAccount officer = user(place.commune().officer());
        UserAccount leader = user(place.commune().leader());
        UserAccount substitute = user(test.user("canbo2.ketthucsom", place.commune().id(), Role.OFFICER));
        long planId = submitted(officer, place, YEAR);
        UserAccount admin = user(test.admin());
        Substitution named = substitutions.name(admin, leader.id(), new SubstitutionForm(substitute.id(),
                LocalDate.of(YEAR, 4, 1), LocalDate.of(YEAR, 4, 30)));
        String task = reviewOf(substitute, planId).orElseThrow().id();
        assertThat(named.createdBy()).isEqualTo(admin.username());

        assertThatThrownBy(() -> substitutions.endEarly(substitute, named.id()))
                .as("only the person or an administrator; to anyone else it is unknown")
                .isInstanceOf(NotFoundException.class);
        Substitution ended = substitutions.endEarly(leader, named.id());
        assertThat(ended.endedEarlyAt()).isNotNull();
        assertThat(reviewOf(substitute, planId)).isEmpty();
        assertThat(namedCandidates(task)).doesNotContain(substitute.username());
        assertThatThrownBy(() -> plans.approve(substitute, planId)).isInstanceOf(NotAllowedException.class);
        // ended early, the days are free for another substitute
        substitutions.name(leader, leader.id(), new SubstitutionForm(substitute.id(), LocalDate.of(YEAR, 4, 2),
                LocalDate.of(YEAR, 4, 3)));
    }

    @Test
    void aDeputyLeaderNamedForTheChairmanSignsKtInTheChairmansStead() {
        TestOrgs test = new TestOrgs(orgs, users);
        ProcessJobs.setClock(at(YEAR + "-05-04T09:00"));
        TestOrgs.Commune place = test.commune("kythay");
        UserAccount officer = user(place.commune().officer());
        UserAccount chairman = user(place.commune().leader());
        UserAccount deputy = user(test.user("phochutich.kythay", "Nguyễn Văn Phó", place.commune().id(),
                Role.LEADER));
        long planId = submitted(officer, place, YEAR);
        substitutions.name(chairman, chairman.id(), new SubstitutionForm(deputy.id(), LocalDate.of(YEAR, 5, 4),
                LocalDate.of(YEAR, 5, 10)));
        plans.approve(deputy, planId);
        CycleEvent approved = last(plans.timeline(chairman, planId), CycleAction.PLAN_APPROVED);
        assertThat(approved.actor()).isEqualTo(deputy.username());
        assertThat(approved.onBehalfOf()).isEqualTo(chairman.username());
        OfficialDocument document = plans.document(plans.load(planId));
        assertThat(document.signature()).containsExactly("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH");
        assertThat(document.signerName()).isEqualTo("Nguyễn Văn Phó");
    }

    private long submitted(UserAccount officer, TestOrgs.Commune place, int year) {
        long planId = plans.startCycle(officer, place.commune().id(), "Kế hoạch ủy quyền năm " + year, year, year)
                .id();
        started.add(planId);
        plans.registerUpperPlan(officer, planId, new UpperPlanForm("9/KH-UBND", LocalDate.of(year, 2, 1),
                "UBND huyện", "Kế hoạch năm " + year, null, List.of(new PeriodForm(year, PeriodKind.SIX_MONTHS,
                LocalDate.of(year - 1, 12, 15), LocalDate.of(year, 6, 14), LocalDate.of(year, 5, 1),
                LocalDate.of(year, 5, 18), LocalDate.of(year, 5, 24), "7,1"))));
        plans.saveDraft(officer, planId, new PlanDraft("Kế hoạch ủy quyền năm " + year, "Bảo vệ trẻ em.", null,
                null, null, null, null, "Lục Xuân Đức", "CHỦ TỊCH", null,
                List.of(new AssignmentForm(place.police(), "Phòng, chống xâm hại trẻ em")),
                List.of(new ActivityForm("Tuyên truyền", "Tọa đàm tại các thôn.", List.of(2, 3), null, null,
                        place.police(), List.of())), List.of()));
        plans.submitForApproval(officer, planId);
        return planId;
    }

    private java.util.Optional<WorkItem> reviewOf(UserAccount user, long planId) {
        return work.of(user, 0, 200).stream()
                .filter(item -> PlanCycleProcess.Element.REVIEW_PLAN.equals(item.taskKey()))
                .filter(item -> String.valueOf(planId).equals(item.businessKey())).findFirst();
    }

    private List<String> namedCandidates(String taskId) {
        return tasks.getIdentityLinksForTask(taskId).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getUserId() != null)
                .map(link -> link.getUserId()).toList();
    }

    private static CycleEvent last(List<CycleEvent> timeline, CycleAction action) {
        return timeline.stream().filter(event -> event.action() == action).reduce((a, b) -> b).orElseThrow();
    }

    private UserAccount user(String username) {
        return users.findByUsername(username).orElseThrow();
    }

    private static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(Deadlines.VIETNAM).toInstant();
    }

}
