package vn.congtactreem.inbox;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.congtactreem.org.UserAccount;

/** "Trả lại nhóm": the user's claimed tasks go back to their group, for a colleague to take. */
@Component
@Order(2)
class GiveBackWork implements BulkWorkAction {

    private final WorkItems work;

    GiveBackWork(WorkItems work) {
        this.work = work;
    }

    @Override
    public String labelKey() {
        return "inbox.action.giveBack";
    }

    @Override
    public String doneKey() {
        return "inbox.action.givenBack";
    }

    @Override
    public boolean appliesTo(UserAccount user, WorkItem item) {
        return user.username().equals(item.assignee());
    }

    @Override
    public void run(UserAccount user, WorkItem item) {
        work.giveBack(user, item.id());
    }
}
