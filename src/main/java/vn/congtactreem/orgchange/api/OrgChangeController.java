package vn.congtactreem.orgchange.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.congtactreem.base.NotFoundException;
import vn.congtactreem.base.api.IfMatch;
import vn.congtactreem.base.ValidationException;
import vn.congtactreem.org.OrgService;
import vn.congtactreem.orgchange.DeactivationImpact;
import vn.congtactreem.orgchange.OrgChange;
import vn.congtactreem.orgchange.OrgChangeImpact;
import vn.congtactreem.orgchange.OrgChangeService;
import vn.congtactreem.orgchange.OrgDeactivationService;

/**
 * Moves, merges and deactivations of organisations for administrators: what a change touches first, then the
 * change, and each unit's history (renames included). The same service, rules and messages as "Cơ cấu tổ chức".
 */
@RestController
@RequestMapping("/api/v1/admin/organisations/{id}")
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "Quản trị: chuyển, sáp nhập đơn vị")
class OrgChangeController {

    private final OrgService orgs;
    private final OrgChangeService changes;
    private final OrgDeactivationService deactivation;

    OrgChangeController(OrgService orgs, OrgChangeService changes, OrgDeactivationService deactivation) {
        this.orgs = orgs;
        this.changes = changes;
        this.deactivation = deactivation;
    }

    record MoveRequest(Long newParentId) {
    }

    record MergeRequest(Long targetId) {
    }

    /** The former "move under another area" body: {@code parentId}. */
    record ParentRequest(Long parentId) {
    }

    /** {@code confirmed}: the administrator saw the deactivation's impact. */
    record DeactivateRequest(Boolean confirmed) {
    }

    @GetMapping("/merge-impact")
    @Operation(summary = "What merging the unit into another would touch: open reports moved or ended, running "
            + "cycles ended, open tasks and users moved (nothing is changed)")
    OrgChangeImpact mergeImpact(@PathVariable long id, @RequestParam("into") long into) {
        exists(id);
        exists(into);
        return changes.impactOfMerge(id, into);
    }

    @GetMapping("/move-impact")
    @Operation(summary = "What moving the unit would touch: its open reports, tasks and users follow it")
    OrgChangeImpact moveImpact(@PathVariable long id) {
        exists(id);
        return changes.impactOfMove(id);
    }

    @PostMapping("/move")
    @Operation(summary = "Move the unit (and everything below it) under another area; recorded in its history")
    OrgChange move(@PathVariable long id, @RequestBody MoveRequest body,
                   @RequestHeader(value = IfMatch.HEADER, required = false) String ifMatch) {
        exists(id);
        return changes.move(id, body.newParentId() == null ? missing(OrgService.FIELD_PARENT) : body.newParentId(),
                IfMatch.version(ifMatch));
    }

    @PutMapping("/parent")
    @Operation(summary = "Move under another area: the same as POST …/move (rules, history row); answers the change")
    OrgChange moveUnder(@PathVariable long id, @RequestBody ParentRequest body,
                        @RequestHeader(value = IfMatch.HEADER, required = false) String ifMatch) {
        exists(id);
        return changes.move(id, body.parentId() == null ? missing(OrgService.FIELD_PARENT) : body.parentId(),
                IfMatch.version(ifMatch));
    }

    @GetMapping("/deactivate-impact")
    @Operation(summary = "What deactivating the unit would touch: active units under it (they must be moved "
            + "first), running cycles of it and below, open tasks, periods still to come (nothing is changed)")
    DeactivationImpact deactivateImpact(@PathVariable long id) {
        exists(id);
        return deactivation.impact(id);
    }

    @PostMapping("/deactivate")
    @Operation(summary = "Take out of use after seeing the impact (body {\"confirmed\": true}): its own running "
            + "cycles and open reports end; refused while active units or users remain; recorded in its history")
    OrgChange deactivate(@PathVariable long id, @RequestBody(required = false) DeactivateRequest body,
                         @RequestHeader(value = IfMatch.HEADER, required = false) String ifMatch) {
        exists(id);
        return deactivation.deactivate(id, body != null && Boolean.TRUE.equals(body.confirmed()),
                IfMatch.version(ifMatch));
    }

    @PostMapping("/merge")
    @Operation(summary = "Merge the unit into another of the same level: what is open follows, the unit is "
            + "deactivated, never deleted; recorded in both units' history")
    OrgChange merge(@PathVariable long id, @RequestBody MergeRequest body) {
        exists(id);
        Long target = body.targetId();
        if (target == null || orgs.find(target).isEmpty()) {
            throw new ValidationException(OrgChangeService.FIELD_TARGET, "orgchange.error.targetRequired");
        }
        return changes.merge(id, target);
    }

    @GetMapping("/changes")
    @Operation(summary = "The moves and merges the unit went through or received, oldest first")
    List<OrgChange> history(@PathVariable long id) {
        exists(id);
        return changes.history(id);
    }

    /** An id never used (or of no organisation) is 404, like the other organisation endpoints' unknown ids. */
    private void exists(long id) {
        if (orgs.find(id).isEmpty()) {
            throw new NotFoundException("id", "org.error.notFound", id);
        }
    }

    private static long missing(String field) {
        throw new ValidationException(field, "orgchange.error.targetRequired");
    }
}
