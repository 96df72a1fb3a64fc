package vn.congtactreem.substitute.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.congtactreem.org.UserAccount;
import vn.congtactreem.security.CurrentUser;
import vn.congtactreem.substitute.StandIn;
import vn.congtactreem.substitute.Substitution;
import vn.congtactreem.substitute.SubstitutionForm;
import vn.congtactreem.substitute.SubstitutionService;

/** The caller's own substitutes during leave ("Ủy quyền khi vắng mặt"): the same service and messages as the page. */
@RestController
@RequestMapping("/api/v1/substitutions")
@Tag(name = "Ủy quyền khi vắng mặt")
class SubstitutionsController {

    private final SubstitutionService substitutions;
    private final CurrentUser currentUser;

    SubstitutionsController(SubstitutionService substitutions, CurrentUser currentUser) {
        this.substitutions = substitutions;
        this.currentUser = currentUser;
    }

    /** A substitute (user id) and the days, both inclusive (yyyy-MM-dd). */
    record NewSubstitution(Long substituteId, LocalDate from, LocalDate to) {

        SubstitutionForm form() {
            return new SubstitutionForm(substituteId, from, to);
        }
    }

    /** A colleague who may stand in. */
    record Candidate(long id, String username, String fullName) {

        static Candidate of(UserAccount user) {
            return new Candidate(user.id(), user.username(), user.fullName());
        }
    }

    @GetMapping
    @Operation(summary = "The caller's substitutions, latest first")
    List<Substitution> list() {
        UserAccount me = currentUser.require();
        return substitutions.of(me, me.id());
    }

    @GetMapping("/candidates")
    @Operation(summary = "The colleagues who may stand in for the caller")
    List<Candidate> candidates() {
        UserAccount me = currentUser.require();
        return substitutions.candidates(me, me.id()).stream().map(Candidate::of).toList();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Name a substitute for the caller's leave")
    Substitution name(@RequestBody NewSubstitution body) {
        UserAccount me = currentUser.require();
        return substitutions.name(me, me.id(), body.form());
    }

    @PostMapping("/{id}/end")
    @Operation(summary = "End one of the caller's substitutions early")
    Substitution end(@PathVariable long id) {
        return substitutions.endEarly(currentUser.require(), id);
    }

    @GetMapping("/standing-in")
    @Operation(summary = "For whom the caller stands in today")
    List<StandIn> standingIn() {
        return substitutions.standInsOf(currentUser.require());
    }
}
