package vn.congtactreem.substitute.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import vn.congtactreem.base.CycleClock;
import vn.congtactreem.org.Role;
import vn.congtactreem.org.UserAccount;
import vn.congtactreem.security.CurrentUser;
import vn.congtactreem.substitute.SubstitutionService;

/** The user's own "Ủy quyền khi vắng mặt" (under their name in the menu): officers and leaders name a substitute. */
@Route("account/substitutes")
@PermitAll
public class OwnSubstitutesView extends VerticalLayout implements HasDynamicTitle {

    final SubstitutionsSection section;

    public OwnSubstitutesView(SubstitutionService substitutions, CycleClock clock, CurrentUser currentUser) {
        UserAccount user = currentUser.require();
        addClassName("own-substitutes-view");
        add(new H2(getTranslation("substitute.account.title", user.fullName())));
        if (user.hasRole(Role.OFFICER) || user.hasRole(Role.LEADER)) {
            section = new SubstitutionsSection(substitutions, clock, user, user, false);
            add(section);
        } else {
            section = null;
            add(new Span(getTranslation("substitute.error.personRole")));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("substitute.section.title");
    }
}
