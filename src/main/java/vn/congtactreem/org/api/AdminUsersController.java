package vn.congtactreem.org.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.congtactreem.base.api.IfMatch;
import vn.congtactreem.org.ImportedUser;
import vn.congtactreem.org.Role;
import vn.congtactreem.org.UserAccount;
import vn.congtactreem.org.UserCsv;
import vn.congtactreem.org.UserForm;
import vn.congtactreem.org.UserImport;
import vn.congtactreem.org.UserService;

/** Users for administrators: the same service and messages as "Người dùng" and its import. */
@RestController
@RequestMapping("/api/v1/admin/users")
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "Quản trị: người dùng")
class AdminUsersController {

    private final UserService users;
    private final UserImport userImport;

    AdminUsersController(UserService users, UserImport userImport) {
        this.users = users;
        this.userImport = userImport;
    }

    /** A new user; without a password one is generated, returned once, and must be changed at the first sign-in. */
    record NewUser(String username, String fullName, String email, Long orgUnitId, Set<Role> roles, String password) {
    }

    record Created(UserAccount user, String initialPassword) {
    }

    /** Name, e-mail, organisation and roles (the username stays). */
    record Change(String fullName, String email, Long orgUnitId, Set<Role> roles) {
    }

    record Password(String password) {
    }

    @GetMapping
    @Operation(summary = "Users whose username or name contains q, by username, a page at a time")
    List<UserAccount> list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int offset,
                           @RequestParam(defaultValue = "50") int limit) {
        return users.search(q, Math.max(offset, 0), Math.min(Math.max(limit, 1), 500));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One user; its ETag (and version) goes back as If-Match with a change")
    ResponseEntity<UserAccount> get(@PathVariable long id) {
        return withETag(find(id));
    }

    private UserAccount find(long id) {
        return users.find(id).orElseThrow(() -> new vn.congtactreem.base.NotFoundException("id",
                "user.error.notFound", id));
    }

    @PostMapping
    @Operation(summary = "Create a user (without a password: a generated one, to change at the first sign-in)")
    Created create(@RequestBody NewUser body) {
        UserForm form = new UserForm(body.username(), body.fullName(), body.email(), body.orgUnitId(), body.roles(),
                body.password());
        if (body.password() == null || body.password().isBlank()) {
            UserService.InitialAccount created = users.createWithGeneratedPassword(form);
            return new Created(created.account(), created.initialPassword());
        }
        return new Created(users.create(form), null);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change name, e-mail, organisation and roles; with If-Match, refused (409) if someone "
            + "changed the user since")
    ResponseEntity<UserAccount> change(@PathVariable long id, @RequestBody Change body,
                                       @RequestHeader(value = IfMatch.HEADER, required = false) String ifMatch) {
        UserAccount user = find(id);
        return withETag(users.update(user.id(), new UserForm(user.username(), body.fullName(), body.email(),
                body.orgUnitId(), body.roles(), null), IfMatch.version(ifMatch)));
    }

    private static ResponseEntity<UserAccount> withETag(UserAccount user) {
        return ResponseEntity.ok().eTag(IfMatch.etag(user.version())).body(user);
    }

    @PostMapping("/{id}/deactivate")
    @Operation(summary = "Lock the account (the last active administrator cannot be locked); with If-Match, refused "
            + "(409) if someone changed the user since")
    ResponseEntity<UserAccount> deactivate(@PathVariable long id,
                                           @RequestHeader(value = IfMatch.HEADER, required = false) String ifMatch) {
        return withETag(users.deactivate(id, IfMatch.version(ifMatch)));
    }

    @PostMapping("/{id}/reactivate")
    @Operation(summary = "Unlock the account; with If-Match, refused (409) if someone changed the user since")
    ResponseEntity<UserAccount> reactivate(@PathVariable long id,
                                           @RequestHeader(value = IfMatch.HEADER, required = false) String ifMatch) {
        return withETag(users.reactivate(id, IfMatch.version(ifMatch)));
    }

    @PostMapping("/{id}/reset-password")
    @Operation(summary = "Generate a new password, returned once; the user must change it at the next sign-in")
    Password resetPassword(@PathVariable long id) {
        find(id);
        return new Password(users.resetToGenerated(id));
    }

    @PostMapping(path = "/import", consumes = {"text/csv", "text/plain"})
    @Operation(summary = "Create users from CSV (username, fullName, email, role, organisation code or path, "
            + "language): all or nothing, 400 with every error by row and column; the initial passwords once")
    List<ImportedUser> importCsv(@RequestBody byte[] csv) {
        return userImport.importUsers(UserCsv.parse(new String(csv, StandardCharsets.UTF_8)));
    }
}
