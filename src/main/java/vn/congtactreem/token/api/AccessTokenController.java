package vn.congtactreem.token.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.congtactreem.security.CurrentUser;
import vn.congtactreem.token.AccessToken;
import vn.congtactreem.token.AccessTokenService;
import vn.congtactreem.token.NewAccessToken;

/**
 * Personal access tokens over the API: {@code /api/v1/me/tokens} for the caller's own (list, make, revoke),
 * {@code /api/v1/admin/users/{userId}/tokens} and {@code /api/v1/admin/tokens/{id}} for an administrator.
 * The secret is in the answer to the creation only.
 */
@RestController
@RequestMapping("/api/v1")
class AccessTokenController {

    private final AccessTokenService tokens;
    private final CurrentUser currentUser;

    AccessTokenController(AccessTokenService tokens, CurrentUser currentUser) {
        this.tokens = tokens;
        this.currentUser = currentUser;
    }

    /** What a token is made from: its name and the last day it works. */
    record TokenRequest(String name, LocalDate lastDay) {
    }

    /** A token as listed; {@code token} (the secret) only in the answer to its creation. */
    record TokenBody(long id, long userId, String name, Instant createdAt, String createdBy, Instant expiresAt,
                     Instant revokedAt, boolean usable, String token) {
        static TokenBody of(AccessToken t, String secret) {
            return new TokenBody(t.id(), t.userId(), t.name(), t.createdAt(), t.createdBy(), t.expiresAt(),
                    t.revokedAt(), t.usableAt(Instant.now()), secret);
        }
    }

    @GetMapping("/me/tokens")
    List<TokenBody> mine() {
        var me = currentUser.require();
        return tokens.list(me, me.id()).stream().map(t -> TokenBody.of(t, null)).toList();
    }

    @PostMapping("/me/tokens")
    @ResponseStatus(HttpStatus.CREATED)
    TokenBody create(@RequestBody TokenRequest request) {
        var me = currentUser.require();
        return created(tokens.create(me, me.id(), request.name(), request.lastDay()));
    }

    @DeleteMapping("/me/tokens/{id}")
    TokenBody revokeMine(@PathVariable long id) {
        return TokenBody.of(tokens.revoke(currentUser.require(), id), null);
    }

    @GetMapping("/admin/users/{userId}/tokens")
    List<TokenBody> ofUser(@PathVariable long userId) {
        return tokens.list(currentUser.require(), userId).stream().map(t -> TokenBody.of(t, null)).toList();
    }

    @PostMapping("/admin/users/{userId}/tokens")
    @ResponseStatus(HttpStatus.CREATED)
    TokenBody createFor(@PathVariable long userId, @RequestBody TokenRequest request) {
        return created(tokens.create(currentUser.require(), userId, request.name(), request.lastDay()));
    }

    @DeleteMapping("/admin/tokens/{id}")
    TokenBody revoke(@PathVariable long id) {
        return TokenBody.of(tokens.revoke(currentUser.require(), id), null);
    }

    private static TokenBody created(NewAccessToken made) {
        return TokenBody.of(made.token(), made.secret());
    }
}
