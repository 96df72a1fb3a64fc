package vn.congtactreem.inbox.ui;

import com.vaadin.flow.component.Component;
import java.util.List;
import vn.congtactreem.shell.MenuBadge;
import vn.congtactreem.inbox.WorkItems;
import vn.congtactreem.org.UserAccount;

/** "Việc cần làm 12 3": the user's open tasks, and in red those overdue; two count queries. */
@org.springframework.stereotype.Component
class InboxMenuBadge implements MenuBadge {

    private final WorkItems work;

    InboxMenuBadge(WorkItems work) {
        this.work = work;
    }

    @Override
    public Class<? extends Component> view() {
        return HomeView.class;
    }

    @Override
    public List<Count> counts(UserAccount user) {
        return List.of(new Count(work.count(user), "inbox.menu.open", false),
                new Count(work.countOverdue(user), "inbox.menu.overdue", true));
    }
}
