package vn.congtactreem.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import java.util.List;
import vn.congtactreem.org.UserAccount;

/**
 * Counts a feature shows next to its entry in the side menu (e.g. the open and overdue tasks next
 * to "Việc cần làm"), so the layout stays ignorant of the features. Counted again after each
 * navigation and when a page says its work changed them ({@link #refresh(UI)}).
 */
public interface MenuBadge {

    /** The view whose menu entry carries the counts. */
    Class<? extends Component> view();

    /** The counts for the user, in the order shown; a zero is not shown. Count queries, not lists. */
    List<Count> counts(UserAccount user);

    /** {@code titleKey}: i18n text read by screen readers and shown on hover, with the value as {0}. */
    record Count(long value, String titleKey, boolean alert) {
    }

    /** Asks the menu of this UI to count again. */
    static void refresh(UI ui) {
        ComponentUtil.fireEvent(ui, new Changed(ui));
    }

    /** Fired on the UI when counts may have changed. */
    class Changed extends ComponentEvent<UI> {
        public Changed(UI ui) {
            super(ui, false);
        }
    }
}
