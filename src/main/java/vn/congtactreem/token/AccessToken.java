package vn.congtactreem.token;

import java.time.Instant;

/** A personal access token as listed (never its secret): whose, its name, when made, until when, if revoked. */
public record AccessToken(long id, long userId, String name, Instant createdAt, String createdBy, Instant expiresAt,
                          Instant revokedAt) {

    /** Usable at {@code now}: not revoked and not expired. */
    public boolean usableAt(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }
}
