package vn.congtactreem.inbox;

import vn.congtactreem.org.UserAccount;

/**
 * Something the inbox can do to several selected tasks at once, each in its own transaction (claim
 * them, accept the unit reports…). The inbox offers claiming and giving back; a feature registers
 * a bean for its own actions, so the inbox never imports it.
 */
public interface BulkWorkAction {

    /** i18n key of the button. */
    String labelKey();

    /** i18n key of the summary of what was done, with the number done as {@code {0}}. */
    String doneKey();

    /** Whether the action is meant for this task (other selected tasks are left out). */
    boolean appliesTo(UserAccount user, WorkItem item);

    /** Does it for one task; a {@code ValidationException} or a refusal says why it could not. */
    void run(UserAccount user, WorkItem item);
}
