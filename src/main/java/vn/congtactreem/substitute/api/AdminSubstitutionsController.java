package vn.congtactreem.substitute.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.congtactreem.security.CurrentUser;
import vn.congtactreem.substitute.Substitution;
import vn.congtactreem.substitute.SubstitutionService;

/** An administrator names or ends a user's substitutes: the same service, rules and messages as the user's own. */
@RestController
@RequestMapping("/api/v1/admin")
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "Quản trị: ủy quyền khi vắng mặt")
class AdminSubstitutionsController {

    private final SubstitutionService substitutions;
    private final CurrentUser currentUser;

    AdminSubstitutionsController(SubstitutionService substitutions, CurrentUser currentUser) {
        this.substitutions = substitutions;
        this.currentUser = currentUser;
    }

    @GetMapping("/users/{personId}/substitutions")
    @Operation(summary = "A user's substitutions, latest first")
    List<Substitution> list(@PathVariable long personId) {
        return substitutions.of(currentUser.require(), personId);
    }

    @GetMapping("/users/{personId}/substitutions/candidates")
    @Operation(summary = "The colleagues who may stand in for the user")
    List<SubstitutionsController.Candidate> candidates(@PathVariable long personId) {
        return substitutions.candidates(currentUser.require(), personId).stream()
                .map(SubstitutionsController.Candidate::of).toList();
    }

    @PostMapping("/users/{personId}/substitutions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Name a substitute for the user's leave")
    Substitution name(@PathVariable long personId, @RequestBody SubstitutionsController.NewSubstitution body) {
        return substitutions.name(currentUser.require(), personId, body.form());
    }

    @PostMapping("/substitutions/{id}/end")
    @Operation(summary = "End a substitution early")
    Substitution end(@PathVariable long id) {
        return substitutions.endEarly(currentUser.require(), id);
    }
}
