package vn.congtactreem.plan;

import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.congtactreem.base.TextRules;
import vn.congtactreem.inbox.WorkItems;
import vn.congtactreem.org.Role;
import vn.congtactreem.org.UserAccount;
import vn.congtactreem.plan.internal.PlanEntity;
import vn.congtactreem.plan.process.PlanCycleProcess;

/** The leader's decision on a submitted plan: approve it (the process issues it) or return it with a reason. */
@Component
@Transactional
class LeaderDecisions {

    private final PlanReads reads;
    private final WorkItems work;
    private final CycleTimeline timeline;
    private final ApplicationEventPublisher events;

    LeaderDecisions(PlanReads reads, WorkItems work, CycleTimeline timeline, ApplicationEventPublisher events) {
        this.reads = reads;
        this.work = work;
        this.timeline = timeline;
        this.events = events;
    }

    Plan approve(UserAccount leader, long planId) {
        PlanEntity plan = reads.ownEntity(leader, planId, Role.LEADER);
        var task = work.require(PlanCycleProcess.KEY, planId, PlanCycleProcess.Element.REVIEW_PLAN);
        timeline.record(leader, plan.getOrgUnitId(), Role.LEADER,
                CycleTimeline.Entry.plan(plan.getId(), CycleAction.PLAN_APPROVED, null));
        work.complete(leader, task, PlanCycleProcess.APPROVED.of(true));
        return reads.load(planId);
    }

    Plan returnForChanges(UserAccount leader, long planId, String comment) {
        PlanEntity plan = reads.ownEntity(leader, planId, Role.LEADER);
        String reason = PlanRules.requireText("comment", TextRules.check("comment", comment, TextRules.MEDIUM),
                "plan.error.commentRequired");
        var task = work.require(PlanCycleProcess.KEY, planId, PlanCycleProcess.Element.REVIEW_PLAN);
        plan.returnToDraft(reason);
        timeline.record(leader, plan.getOrgUnitId(), Role.LEADER,
                CycleTimeline.Entry.plan(planId, CycleAction.PLAN_RETURNED, reason));
        events.publishEvent(new PlanReturned(planId, plan.getOrgUnitId(), reason));
        work.complete(leader, task, PlanCycleProcess.APPROVED.of(false));
        return reads.load(planId);
    }
}
