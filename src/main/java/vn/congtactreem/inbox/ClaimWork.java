package vn.congtactreem.inbox;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.congtactreem.org.UserAccount;

/** "Nhận việc": takes tasks offered to the user's groups that nobody holds yet. */
@Component
@Order(1)
class ClaimWork implements BulkWorkAction {

    private final WorkItems work;

    ClaimWork(WorkItems work) {
        this.work = work;
    }

    @Override
    public String labelKey() {
        return "inbox.action.claim";
    }

    @Override
    public String doneKey() {
        return "inbox.action.claimed";
    }

    @Override
    public boolean appliesTo(UserAccount user, WorkItem item) {
        return !user.username().equals(item.assignee());
    }

    @Override
    public void run(UserAccount user, WorkItem item) {
        work.claim(user, item.id());
    }
}
