package vn.congtactreem.base.api;

import vn.congtactreem.base.ValidationException;

/**
 * The version a client read, sent back as {@code If-Match: "7"} (the ETag of the GET, the {@code version}
 * of the JSON): a change from an older version is refused with 409. No header: no check.
 */
public final class IfMatch {

    public static final String HEADER = "If-Match";

    private IfMatch() {
    }

    /** The version in the header ({@code "7"}, {@code W/"7"} or {@code 7}), null without one or for {@code *}. */
    public static Long version(String header) {
        if (header == null || header.isBlank() || header.strip().equals("*")) {
            return null;
        }
        String value = header.strip();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        value = value.replace("\"", "");
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new ValidationException("If-Match", "concurrency.error.ifMatch");
        }
    }

    /** The ETag of a row at {@code version}. */
    public static String etag(long version) {
        return "\"" + version + "\"";
    }
}
