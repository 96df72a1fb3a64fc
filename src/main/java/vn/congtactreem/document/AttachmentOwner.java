package vn.congtactreem.document;

import vn.congtactreem.org.UserAccount;

/**
 * A feature whose records hold uploaded files (a plan holds the upper level's plan, a unit report its
 * evidence). A file may be read by whoever may read a record it belongs to, by the owners' own
 * scoping rule, so {@code document} never imports the features.
 */
public interface AttachmentOwner {

    /** True if the file belongs to a record of this feature that the user may read. */
    boolean mayRead(UserAccount user, long attachmentId);
}
