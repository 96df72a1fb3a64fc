package vn.congtactreem.security.api;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.congtactreem.org.OrgService;
import vn.congtactreem.org.UserAccount;
import vn.congtactreem.security.CurrentUser;

/** {@code GET /api/v1/me}: who the API caller is, for scripts checking their credentials. */
@RestController
@RequestMapping("/api/v1")
class CurrentUserController {

    private final CurrentUser currentUser;
    private final OrgService orgs;

    CurrentUserController(CurrentUser currentUser, OrgService orgs) {
        this.currentUser = currentUser;
        this.orgs = orgs;
    }

    @GetMapping("/me")
    Me me() {
        UserAccount user = currentUser.require();
        return new Me(user.username(), user.fullName(), user.orgUnitId(), orgs.path(user.orgUnitId()),
                user.roles().stream().map(Enum::name).sorted().toList());
    }

    record Me(String username, String fullName, long orgUnitId, String organisation, List<String> roles) {
    }
}
