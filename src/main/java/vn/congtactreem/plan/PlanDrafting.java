package vn.congtactreem.plan;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.congtactreem.base.ConflictException;
import vn.congtactreem.base.TextRules;
import vn.congtactreem.base.ValidationException;
import vn.congtactreem.document.AttachmentService;
import vn.congtactreem.inbox.WorkItems;
import vn.congtactreem.org.Role;
import vn.congtactreem.org.UserAccount;
import vn.congtactreem.plan.internal.PlanEntity;
import vn.congtactreem.plan.internal.PlanRepository;
import vn.congtactreem.plan.process.PlanCycleProcess;
import vn.congtactreem.security.AccessScope;

/**
 * The officer's commands on a plan until it goes to the leader: start the cycle, register the upper level's plan,
 * save the draft as it is (texts may be unfinished, lists are checked), submit it once complete.
 */
@Component
@Transactional
class PlanDrafting {

    private final PlanReads reads;
    private final PlanRepository plans;
    private final DraftContent content;
    private final PlanCycleSteps steps;
    private final AccessScope scope;
    private final WorkItems work;
    private final CycleTimeline timeline;
    private final AttachmentService attachments;
    private final EntityManager entityManager;

    PlanDrafting(PlanReads reads, PlanRepository plans, DraftContent content, PlanCycleSteps steps,
                 AccessScope scope, WorkItems work, CycleTimeline timeline, AttachmentService attachments,
                 EntityManager entityManager) {
        this.reads = reads;
        this.plans = plans;
        this.content = content;
        this.steps = steps;
        this.scope = scope;
        this.work = work;
        this.timeline = timeline;
        this.attachments = attachments;
        this.entityManager = entityManager;
    }

    Plan startCycle(UserAccount officer, long orgUnitId, String title, int yearFrom, int yearTo) {
        scope.requireActsFor(officer, orgUnitId, Role.OFFICER);
        PlanRules.requireYears(yearFrom, yearTo);
        String cleanTitle = PlanRules.requireText("title", TextRules.check("title", title, TextRules.SHORT),
                "plan.error.titleRequired");
        PlanEntity plan = plans.save(new PlanEntity(orgUnitId, cleanTitle, yearFrom, yearTo));
        content.writePeriods(plan, PeriodDefaults.forYears(yearFrom, yearTo));
        timeline.record(officer.username(), CycleTimeline.Entry.plan(plan.getId(), CycleAction.PLAN_STARTED, null));
        steps.startProcess(plan, false);
        return reads.load(plan.getId());
    }

    Plan registerUpperPlan(UserAccount officer, long planId, UpperPlanForm form) {
        PlanEntity plan = reads.ownEntity(officer, planId, Role.OFFICER);
        form.checkTexts();
        // the number and the day may be blank as in the original (the form warns); the issuer may not
        PlanRules.requireText("issuer", form.issuer(), "plan.error.upperIssuerRequired");
        UpperPlanRules.checkDate(form);
        if (form.fileId() != null && !attachments.mayRead(officer, form.fileId())) {
            throw new ValidationException("fileId", "attachment.error.notFound", form.fileId());
        }
        plan.registerUpper(form);
        if (form.periods() != null && !form.periods().isEmpty()) {
            content.writePeriods(plan, form.periods());
        }
        timeline.record(officer.username(), CycleTimeline.Entry.plan(planId, CycleAction.UPPER_PLAN_REGISTERED,
                form.number()));
        work.complete(officer, work.require(PlanCycleProcess.KEY, planId, PlanCycleProcess.Element.REGISTER_UPPER_PLAN),
                Map.of());
        return reads.load(planId);
    }

    Plan saveDraft(UserAccount officer, long planId, PlanDraft draft, Long expectedVersion) {
        PlanEntity plan = draftOf(officer, planId);
        ConflictException.requireVersion("plan", expectedVersion, plan.getVersion());
        draft.checkTexts();
        plan.write(draft);
        if (draft.periods() != null) {
            content.writePeriods(plan, draft.periods());
        }
        if (draft.assignments() != null) {
            content.writeAssignments(plan, draft.assignments());
        }
        if (draft.activities() != null) {
            content.writeActivities(plan, draft.activities());
        }
        if (draft.targets() != null && draft.objectives() != null) {
            content.writeTargets(plan, draft.objectives(), draft.targets());
        } else if (draft.targets() != null) {
            content.writeTargets(plan, draft.targets());
        }
        // the lists live in their own tables: the plan's row moves on with any change, so the next stale save is seen
        entityManager.flush();
        entityManager.lock(plan, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        return reads.load(planId);
    }

    Plan submitForApproval(UserAccount officer, long planId) {
        PlanEntity plan = reads.ownEntity(officer, planId, Role.OFFICER);
        Plan current = reads.load(planId);
        PlanRules.requireText("purpose", current.purpose(), "plan.error.purposeRequired");
        PlanRules.requireText("signerName", current.signerName(), "plan.error.signerRequired");
        if (current.periods().isEmpty()) {
            throw new ValidationException("periods", "plan.error.periodsRequired");
        }
        if (current.assignments().isEmpty()) {
            throw new ValidationException("assignments", "plan.error.assignmentsRequired");
        }
        var task = work.require(PlanCycleProcess.KEY, planId, PlanCycleProcess.Element.DRAFT_PLAN);
        plan.submitForReview();
        timeline.record(officer, plan.getOrgUnitId(), Role.OFFICER,
                CycleTimeline.Entry.plan(planId, CycleAction.PLAN_SUBMITTED, null));
        work.complete(officer, task, Map.of());
        return reads.load(planId);
    }

    /** The plan's row when the officer may still change it. */
    PlanEntity draftOf(UserAccount officer, long planId) {
        PlanEntity plan = reads.ownEntity(officer, planId, Role.OFFICER);
        if (plan.getStatus() != PlanStatus.DRAFT) {
            throw new ValidationException("status", "plan.error.notDraft");
        }
        return plan;
    }
}
