package vn.congtactreem.shell;

import com.vaadin.flow.component.Component;

/**
 * A link a feature adds to the user's part of the menu (under their name, beside the language and
 * sign-out), for pages every signed-in user has, such as their notification settings.
 */
public interface UserMenuEntry {

    /** i18n key of the link's text. */
    String titleKey();

    /** A Vaadin icon name such as "vaadin:cog". */
    String icon();

    Class<? extends Component> view();
}
