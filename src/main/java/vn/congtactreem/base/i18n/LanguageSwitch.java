package vn.congtactreem.base.i18n;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import java.util.function.Consumer;

/** "Tiếng Việt / English": switches the whole UI and remembers the choice. */
public class LanguageSwitch extends Select<Locale> {

    public static final String SESSION_LANGUAGE = "app.language";

    public LanguageSwitch(Consumer<Locale> remember) {
        addClassName("language-switch");
        setItems(TranslationProvider.VIETNAMESE, TranslationProvider.ENGLISH);
        setItemLabelGenerator(locale -> "en".equals(locale.getLanguage()) ? "English" : "Tiếng Việt");
        setAriaLabel("Ngôn ngữ / Language");
        setValue(TranslationProvider.supported(UI.getCurrent().getLocale()));
        addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                VaadinSession.getCurrent().setAttribute(SESSION_LANGUAGE, event.getValue().getLanguage());
                remember.accept(event.getValue());
                UI.getCurrent().getPage().reload();
            }
        });
    }
}
