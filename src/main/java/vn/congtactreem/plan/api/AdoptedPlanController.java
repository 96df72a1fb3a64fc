package vn.congtactreem.plan.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.congtactreem.plan.AdoptedPlanForm;
import vn.congtactreem.plan.Plan;
import vn.congtactreem.plan.ProgrammeAdoption;
import vn.congtactreem.security.CurrentUser;

/** "Nhập kế hoạch đã ban hành": a plan issued outside the system, registered with its real number and date. */
@RestController
@RequestMapping("/api/v1/plans/adopted")
@Tag(name = "Kế hoạch", description = "Plans: from the upper level's plan to issuing")
class AdoptedPlanController {

    private final ProgrammeAdoption adoption;
    private final CurrentUser currentUser;

    AdoptedPlanController(ProgrammeAdoption adoption, CurrentUser currentUser) {
        this.adoption = adoption;
        this.currentUser = currentUser;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Register a plan already issued outside the system (officer of the organisation): its "
            + "number (\"15/KH-UBND\"), date, signer, signed file (attachment id); periods already over are marked "
            + "PAST and never open")
    Plan adopt(@RequestBody AdoptedPlanForm form) {
        return adoption.adopt(currentUser.require(), form);
    }
}
