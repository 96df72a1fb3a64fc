package vn.congtactreem.token.ui;

import com.vaadin.flow.component.Component;
import vn.congtactreem.shell.UserMenuEntry;

/** "Mã truy cập API" under the user's name. */
@org.springframework.stereotype.Component
class AccessTokensMenuEntry implements UserMenuEntry {

    @Override
    public String titleKey() {
        return "token.title";
    }

    @Override
    public String icon() {
        return "vaadin:key";
    }

    @Override
    public Class<? extends Component> view() {
        return AccessTokensView.class;
    }
}
