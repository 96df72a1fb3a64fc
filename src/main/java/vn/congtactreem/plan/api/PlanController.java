package vn.congtactreem.plan.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.congtactreem.base.api.Comment;
import vn.congtactreem.base.api.IfMatch;
import vn.congtactreem.document.DocxFile;
import vn.congtactreem.plan.CycleEvent;
import vn.congtactreem.plan.Plan;
import vn.congtactreem.plan.PlanDraft;
import vn.congtactreem.plan.PlanService;
import vn.congtactreem.plan.PlanSummary;
import vn.congtactreem.plan.UpperPlanForm;
import vn.congtactreem.security.CurrentUser;

/** Plans through their cycle: start, register the upper plan, draft, submit, approve or return. */
@RestController
@RequestMapping("/api/v1/plans")
@Tag(name = "Kế hoạch", description = "Plans: from the upper level's plan to issuing")
class PlanController {

    private final PlanService plans;
    private final CurrentUser currentUser;

    PlanController(PlanService plans, CurrentUser currentUser) {
        this.plans = plans;
        this.currentUser = currentUser;
    }

    record StartPlan(long orgUnitId, String title, int yearFrom, Integer yearTo) {
    }

    @GetMapping
    @Operation(summary = "Plans the caller may see")
    List<PlanSummary> list() {
        return plans.visiblePlans(currentUser.require());
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Start a plan cycle (officer of the organisation)")
    Plan start(@RequestBody StartPlan body) {
        return plans.startCycle(currentUser.require(), body.orgUnitId(), body.title(), body.yearFrom(),
                body.yearTo() == null ? body.yearFrom() : body.yearTo());
    }

    @GetMapping("/{id}")
    @Operation(summary = "The plan; its ETag (and version) goes back as If-Match with a change of the draft")
    ResponseEntity<Plan> get(@PathVariable long id) {
        Plan plan = plans.get(currentUser.require(), id);
        return ResponseEntity.ok().eTag(IfMatch.etag(plan.version())).body(plan);
    }

    @GetMapping("/{id}/document.docx")
    @Operation(summary = "The plan as the document to sign (DOCX, Nghị định 30 layout); blanks for number and date "
            + "until it is issued")
    ResponseEntity<byte[]> document(@PathVariable long id) {
        DocxFile file = plans.docx(plans.get(currentUser.require(), id));
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, file.contentDisposition())
                .contentType(MediaType.parseMediaType(DocxFile.CONTENT_TYPE)).body(file.content());
    }

    @GetMapping("/{id}/timeline")
    @Operation(summary = "Who did what, when")
    List<CycleEvent> timeline(@PathVariable long id) {
        return plans.timeline(currentUser.require(), id);
    }

    @PostMapping("/{id}/upper-plan")
    @Operation(summary = "Register the upper level's plan and its deadlines (officer)")
    Plan registerUpperPlan(@PathVariable long id, @RequestBody UpperPlanForm body) {
        return plans.registerUpperPlan(currentUser.require(), id, body);
    }

    @PutMapping("/{id}/draft")
    @Operation(summary = "Save the draft as it is (officer); with If-Match, 409 if it changed since")
    ResponseEntity<Plan> saveDraft(@PathVariable long id, @RequestBody PlanDraft body,
                                   @RequestHeader(value = IfMatch.HEADER, required = false) String ifMatch) {
        Plan saved = plans.saveDraft(currentUser.require(), id, body, IfMatch.version(ifMatch));
        return ResponseEntity.ok().eTag(IfMatch.etag(saved.version())).body(saved);
    }

    @PostMapping("/{id}/copy-previous")
    @Operation(summary = "Start the draft from the organisation's previous plan, moved to this plan's years (officer)")
    Plan copyPrevious(@PathVariable long id) {
        return plans.copyFromPreviousPlan(currentUser.require(), id);
    }

    @PostMapping("/{id}/targets-from-upper")
    @Operation(summary = "Add the upper plan's targets that the draft does not have yet, without units (officer)")
    Plan targetsFromUpper(@PathVariable long id) {
        return plans.takeTargetsFromUpperPlan(currentUser.require(), id);
    }

    @PostMapping("/{id}/submit")
    @Operation(summary = "Submit the draft for the leader's approval (officer)")
    Plan submit(@PathVariable long id) {
        return plans.submitForApproval(currentUser.require(), id);
    }

    @PostMapping("/{id}/approve")
    @Operation(summary = "Approve: the plan is issued with its number and the units assigned (leader)")
    Plan approve(@PathVariable long id) {
        return plans.approve(currentUser.require(), id);
    }

    @PostMapping("/{id}/return")
    @Operation(summary = "Return the draft with a comment (leader)")
    Plan returnForChanges(@PathVariable long id, @RequestBody Comment body) {
        return plans.returnForChanges(currentUser.require(), id, body.comment());
    }
}
