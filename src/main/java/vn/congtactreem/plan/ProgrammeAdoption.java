package vn.congtactreem.plan;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.congtactreem.base.CycleClock;
import vn.congtactreem.base.ValidationException;
import vn.congtactreem.document.AttachmentService;
import vn.congtactreem.org.Role;
import vn.congtactreem.org.UserAccount;
import vn.congtactreem.plan.internal.DocumentCounter;
import vn.congtactreem.plan.internal.PlanAdoptionEntity;
import vn.congtactreem.plan.internal.PlanAdoptionRepository;
import vn.congtactreem.plan.internal.PlanEntity;
import vn.congtactreem.plan.internal.PlanRepository;
import vn.congtactreem.plan.internal.ReportingPeriodEntity;
import vn.congtactreem.plan.internal.ReportingPeriodRepository;
import vn.congtactreem.plan.process.PlanCycleProcess;
import vn.congtactreem.security.AccessScope;

/**
 * "Nhập kế hoạch đã ban hành": an organisation that adopts the system in the middle of a programme
 * registers the plan it already issued, with its real number, date and signer and its signed file,
 * without drafting or approval. Periods already over ({@link PastPeriods}) are marked
 * {@link PeriodStatus#PAST} and never run; the plan cycle starts at issuing (which keeps the number)
 * and runs the other periods as in any plan.
 */
@Service
@Transactional
public class ProgrammeAdoption {

    private final PlanService planService;
    private final PlanRepository plans;
    private final ReportingPeriodRepository periods;
    private final PlanAdoptionRepository adoptions;
    private final DocumentCounter counter;
    private final AccessScope scope;
    private final AttachmentService attachments;
    private final CycleTimeline timeline;
    private final CycleClock clock;
    private final ApplicationEventPublisher events;
    private final RuntimeService runtime;

    public ProgrammeAdoption(PlanService planService, PlanRepository plans, ReportingPeriodRepository periods,
                             PlanAdoptionRepository adoptions, DocumentCounter counter, AccessScope scope,
                             AttachmentService attachments, CycleTimeline timeline, CycleClock clock,
                             ApplicationEventPublisher events, RuntimeService runtime) {
        this.planService = planService;
        this.plans = plans;
        this.periods = periods;
        this.adoptions = adoptions;
        this.counter = counter;
        this.scope = scope;
        this.attachments = attachments;
        this.timeline = timeline;
        this.clock = clock;
        this.events = events;
        this.runtime = runtime;
    }

    public Plan adopt(UserAccount officer, AdoptedPlanForm form) {
        if (form.orgUnitId() != null) {
            scope.requireActsFor(officer, form.orgUnitId(), Role.OFFICER);
        }
        form.check(clock.today());
        AdoptedPlanForm.DocumentNumber number = form.documentNumber();
        if (form.signedFileId() != null && !attachments.mayRead(officer, form.signedFileId())) {
            throw new ValidationException("signedFileId", "attachment.error.notFound", form.signedFileId());
        }
        PlanEntity plan = plans.save(new PlanEntity(form.orgUnitId(), form.title().strip(), form.yearFrom(),
                form.yearTo()));
        List<PeriodForm> periodForms = form.periods() == null || form.periods().isEmpty()
                ? PeriodDefaults.forYears(form.yearFrom(), form.yearTo()) : form.periods();
        planService.saveDraft(officer, plan.getId(), new PlanDraft(form.title(), form.purpose(), null, null, null,
                null, null, form.signerName().strip(), form.signerTitle(), periodForms,
                form.assignments() == null ? List.of() : form.assignments(), null, form.targets()));
        plan.issue(number.number(), number.symbol(), form.issuedOn());
        counter.atLeast(form.orgUnitId(), form.issuedOn().getYear(), number.symbol(), number.number());
        for (ReportingPeriodEntity period : periods.findByPlanIdOrderByIdAsc(plan.getId())) {
            boolean past = PastPeriods.isPast(period.toPeriod().unitDue(), clock.today());
            period.moveTo(past ? PeriodStatus.PAST : PeriodStatus.PLANNED);
        }
        adoptions.save(new PlanAdoptionEntity(plan.getId(), form.signedFileId(), officer.username(), clock.now()));
        timeline.record(officer.username(), CycleTimeline.Entry.plan(plan.getId(), CycleAction.PLAN_ADOPTED,
                number.number() + "/" + number.symbol()));
        events.publishEvent(new PlanIssued(plan.getId(), plan.getOrgUnitId()));
        Map<String, Object> variables = new LinkedHashMap<>();
        PlanCycleProcess.PLAN_ID.put(variables, plan.getId());
        PlanCycleProcess.ORG_UNIT_ID.put(variables, plan.getOrgUnitId());
        PlanCycleProcess.UPPER_PLAN_REGISTERED.put(variables, true);
        PlanCycleProcess.ADOPTED.put(variables, true);
        plan.startedAs(runtime.startProcessInstanceByKey(PlanCycleProcess.KEY, String.valueOf(plan.getId()),
                variables).getId());
        return planService.load(plan.getId());
    }

    /** How the plan was registered, if it was issued outside the system. */
    @Transactional(readOnly = true)
    public Optional<PlanAdoption> of(long planId) {
        return adoptions.findById(planId).map(PlanAdoptionEntity::toAdoption);
    }

    /** The plans whose signed file this is (for reading the file). */
    @Transactional(readOnly = true)
    public List<Long> plansSignedIn(long attachmentId) {
        return adoptions.findBySignedFileId(attachmentId).stream().map(a -> a.toAdoption().planId()).toList();
    }
}
