package vn.congtactreem.substitute.ui;

import com.vaadin.flow.component.Component;
import vn.congtactreem.shell.UserMenuEntry;

/** "Ủy quyền khi vắng mặt" under the user's name. */
@org.springframework.stereotype.Component
class SubstitutesMenuEntry implements UserMenuEntry {

    @Override
    public String titleKey() {
        return "substitute.section.title";
    }

    @Override
    public String icon() {
        return "vaadin:user-clock";
    }

    @Override
    public Class<? extends Component> view() {
        return OwnSubstitutesView.class;
    }
}
