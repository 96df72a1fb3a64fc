package vn.congtactreem.plan.ui;

import com.vaadin.flow.component.Component;
import java.util.List;
import vn.congtactreem.shell.MenuBadge;
import vn.congtactreem.org.Role;
import vn.congtactreem.org.UserAccount;
import vn.congtactreem.plan.PeriodLinksCheck;

/** "Liên kết các cấp 2": the breaks in the chain of levels, in red, for the administrator. */
@org.springframework.stereotype.Component
class PeriodLinksMenuBadge implements MenuBadge {

    private final PeriodLinksCheck check;

    PeriodLinksMenuBadge(PeriodLinksCheck check) {
        this.check = check;
    }

    @Override
    public Class<? extends Component> view() {
        return PeriodLinksView.class;
    }

    @Override
    public List<Count> counts(UserAccount user) {
        if (!user.roles().contains(Role.ADMIN)) {
            return List.of();
        }
        return List.of(new Count(check.problems().size(), "periodLinks.menu.count", true));
    }
}
