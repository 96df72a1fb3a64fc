package vn.congtactreem.security.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** "Đăng nhập": the application's only sign-in page (also for Camunda's webapps). */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();

    public LoginView() {
        addClassName("login-view");
        // no application frame here: the page itself is the main landmark
        getElement().setAttribute("role", "main");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(i18n());

        H1 title = new H1(getTranslation("app.title"));
        title.addClassName("login-title");
        Paragraph subtitle = new Paragraph(getTranslation("login.subtitle"));
        subtitle.addClassName("login-subtitle");
        add(title, subtitle, form);
    }

    private LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form texts = i18n.getForm();
        texts.setTitle(getTranslation("login.title"));
        texts.setUsername(getTranslation("login.username"));
        texts.setPassword(getTranslation("login.password"));
        texts.setSubmit(getTranslation("login.submit"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(getTranslation("login.error.message"));
        error.setUsername(getTranslation("login.error.username"));
        error.setPassword(getTranslation("login.error.password"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        var wait = parameters.getOrDefault("wait", java.util.List.of()).stream().filter(w -> w.matches("\\d{1,4}"))
                .findFirst();
        if (wait.isPresent()) {
            LoginI18n i18n = i18n();
            i18n.getErrorMessage().setTitle(getTranslation("login.error.throttledTitle"));
            i18n.getErrorMessage().setMessage(getTranslation("login.error.throttled", Integer.parseInt(wait.get())));
            form.setI18n(i18n);
        }
        if (parameters.containsKey("deactivated")) {
            LoginI18n i18n = i18n();
            i18n.getErrorMessage().setTitle(getTranslation("login.error.deactivatedTitle"));
            i18n.getErrorMessage().setMessage(getTranslation("login.error.deactivated"));
            form.setI18n(i18n);
        }
        if (parameters.containsKey("unavailable")) {
            LoginI18n i18n = i18n();
            i18n.getErrorMessage().setTitle(getTranslation("reliability.outage.title"));
            i18n.getErrorMessage().setMessage(getTranslation("reliability.outage.signIn"));
            form.setI18n(i18n);
        }
        form.setError(parameters.containsKey("error") || parameters.containsKey("deactivated")
                || parameters.containsKey("unavailable"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " · " + getTranslation("app.title");
    }
}
