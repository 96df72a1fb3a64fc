package vn.congtactreem.security;

import java.util.Optional;

/**
 * Personal access tokens for the domain API ({@code Authorization: Bearer <token>}): implemented by the feature
 * that keeps them, asked by the API's filter. Answers the username a valid token belongs to (the filter then
 * signs the caller in as that user, with that user's roles and scope, if the account is active), or nothing for
 * an unknown, expired or revoked token.
 */
public interface BearerTokens {

    Optional<String> usernameFor(String token, String address);
}
