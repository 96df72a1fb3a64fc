package vn.congtactreem.token;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.congtactreem.base.CycleClock;
import vn.congtactreem.base.NotAllowedException;
import vn.congtactreem.base.NotFoundException;
import vn.congtactreem.base.ValidationException;
import vn.congtactreem.base.audit.AuditTrail;
import vn.congtactreem.org.Role;
import vn.congtactreem.org.UserAccount;
import vn.congtactreem.org.UserService;
import vn.congtactreem.security.BearerTokens;

/**
 * Personal access tokens for the domain API (issue 17): a user — or an administrator for a user — makes a named
 * token valid until a day (end of that day, Vietnam time, at most a year ahead), shown once; it is kept as the
 * SHA-256 of its 256 random bits, so checking it is one indexed read, not a BCrypt hash (~70–100 ms a call).
 * Revocable by its user or an administrator. Creation, revocation and every refused token are in the audit
 * trail. The token signs its caller in as its user with that user's current roles (never more, nothing once
 * the account is deactivated). Expiry is on the wall clock, not the demo's cycle clock.
 */
@Service
@Transactional
public class AccessTokenService implements BearerTokens {

    static final String PREFIX = "ctte_";
    static final int MAX_DAYS = 366;
    static final int MAX_NAME = 100;
    private static final String NOT_FOUND = "token.error.notFound";

    private final vn.congtactreem.token.internal.AccessTokenQueries queries;
    private final UserService users;
    private final AuditTrail audit;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public AccessTokenService(vn.congtactreem.token.internal.AccessTokenQueries queries, UserService users,
                              AuditTrail audit) {
        this.queries = queries;
        this.users = users;
        this.audit = audit;
        this.clock = Clock.systemUTC();
    }

    /** A new token of {@code userId} named {@code name}, usable until the end of {@code lastDay}. */
    public NewAccessToken create(UserAccount actor, long userId, String name, LocalDate lastDay) {
        UserAccount owner = requireManaged(actor, userId);
        String cleanName = name == null ? "" : name.strip();
        if (cleanName.isEmpty() || cleanName.length() > MAX_NAME) {
            throw new ValidationException("name", "token.error.name", MAX_NAME);
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, CycleClock.VIETNAM);
        if (lastDay == null || lastDay.isBefore(today) || lastDay.isAfter(today.plusDays(MAX_DAYS))) {
            throw new ValidationException("lastDay", "token.error.lastDay", MAX_DAYS);
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant expires = lastDay.plusDays(1).atStartOfDay(CycleClock.VIETNAM).toInstant();
        long id = queries.insert(owner.id(), cleanName, hash(secret), now, actor.username(), expires);
        audit.record(actor.username(), "TOKEN_CREATED", AuditTrail.Outcome.OK, "user", owner.username(),
                cleanName + " #" + id + " → " + lastDay);
        return new NewAccessToken(queries.find(id).orElseThrow(), secret);
    }

    @Transactional(readOnly = true)
    public List<AccessToken> list(UserAccount actor, long userId) {
        return queries.ofUser(requireManaged(actor, userId).id());
    }

    /** Revokes the token (its user or an administrator); revoking it again changes nothing. */
    public AccessToken revoke(UserAccount actor, long tokenId) {
        AccessToken token = queries.find(tokenId).orElseThrow(() -> new NotFoundException("id", NOT_FOUND, tokenId));
        UserAccount owner;
        try {
            owner = requireManaged(actor, token.userId());
        } catch (NotAllowedException e) {
            throw new NotFoundException("id", NOT_FOUND, tokenId); // another user's token: answered as unknown
        }
        if (queries.revoke(tokenId, clock.instant(), actor.username())) {
            audit.record(actor.username(), "TOKEN_REVOKED", AuditTrail.Outcome.OK, "user", owner.username(),
                    token.name() + " #" + tokenId);
        }
        return queries.find(tokenId).orElseThrow();
    }

    /**
     * The username of a usable token; a refused one (unknown, expired, revoked, its user deactivated) is audited
     * at once, in a transaction of its own.
     */
    @Override
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Optional<String> usernameFor(String token, String address) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
            return refused(null, "unknown", address);
        }
        Optional<vn.congtactreem.token.internal.AccessTokenQueries.Found> found = queries.byHash(hash(token));
        if (found.isEmpty()) {
            return refused(null, "unknown", address);
        }
        AccessToken t = found.get().token();
        String username = found.get().username();
        if (t.revokedAt() != null) {
            return refused(username, "revoked #" + t.id(), address);
        }
        if (!clock.instant().isBefore(t.expiresAt())) {
            return refused(username, "expired #" + t.id(), address);
        }
        if (!found.get().active()) { // read with the token: no second look-up of the user
            return refused(username, "user inactive #" + t.id(), address);
        }
        return Optional.of(username);
    }

    private Optional<String> refused(String username, String why, String address) {
        audit.record(username == null ? AuditTrail.SYSTEM : username, "TOKEN_REFUSED", AuditTrail.Outcome.REFUSED,
                "token", null, why, address);
        return Optional.empty();
    }

    private UserAccount requireManaged(UserAccount actor, long userId) {
        if (actor == null || !actor.active() || (actor.id() != userId && !actor.hasRole(Role.ADMIN))) {
            throw NotAllowedException.because("token.error.notAllowed");
        }
        return users.find(userId).orElseThrow(() -> new NotFoundException("userId", "user.error.notFound", userId));
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
