package vn.congtactreem.security;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import vn.congtactreem.org.UserService;
import vn.congtactreem.security.ui.ChangePasswordView;
import vn.congtactreem.security.ui.LoginView;

/**
 * A user whose password was generated (bulk import, reset by the administrator) is sent to
 * "Đổi mật khẩu" from every screen until they have chosen their own. Once they have, the session
 * remembers it and no longer asks the database.
 */
@Component
class ForcedPasswordChange implements VaadinServiceInitListener {

    static final String CHECKED = ForcedPasswordChange.class.getName() + ".checked";

    private final UserService users;

    ForcedPasswordChange(UserService users) {
        this.users = users;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(this::check));
    }

    private void check(BeforeEnterEvent event) {
        Class<?> target = event.getNavigationTarget();
        if (target == ChangePasswordView.class || target == LoginView.class) {
            return;
        }
        VaadinSession session = event.getUI().getSession();
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth.getName() == null
                || auth.getName().equals(session.getAttribute(CHECKED))) {
            return;
        }
        if (users.mustChangePassword(auth.getName())) {
            event.rerouteTo(ChangePasswordView.class);
        } else {
            session.setAttribute(CHECKED, auth.getName());
        }
    }
}
