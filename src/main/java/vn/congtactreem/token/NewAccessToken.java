package vn.congtactreem.token;

/** A token just made, with its secret: shown once, never stored (only its SHA-256 is). */
public record NewAccessToken(AccessToken token, String secret) {
}
