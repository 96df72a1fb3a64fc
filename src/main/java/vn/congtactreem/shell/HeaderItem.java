package vn.congtactreem.shell;

import com.vaadin.flow.component.Component;
import vn.congtactreem.org.UserAccount;

/**
 * Something a feature shows in the header bar for the signed-in user (e.g. the notifications bell),
 * so the layout stays ignorant of the features. A new component per screen: {@link #create} is
 * called once per layout.
 */
public interface HeaderItem {

    Component create(UserAccount user);
}
