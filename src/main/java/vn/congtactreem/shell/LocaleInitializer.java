package vn.congtactreem.shell;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import org.springframework.stereotype.Component;
import vn.congtactreem.base.i18n.LanguageSwitch;
import vn.congtactreem.base.i18n.TranslationProvider;
import vn.congtactreem.org.UserAccount;
import vn.congtactreem.security.CurrentUser;

/**
 * Vietnamese by default whatever the browser says; a signed-in user gets the language they chose.
 */
@Component
class LocaleInitializer implements VaadinServiceInitListener {

    private final CurrentUser currentUser;

    LocaleInitializer(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(uiEvent -> {
            VaadinSession session = uiEvent.getUI().getSession();
            String chosen = (String) session.getAttribute(LanguageSwitch.SESSION_LANGUAGE);
            if (chosen == null) {
                chosen = currentUser.get().map(UserAccount::locale).orElse("vi");
            }
            uiEvent.getUI().setLocale(TranslationProvider.supported(java.util.Locale.forLanguageTag(chosen)));
        });
    }
}
