package vn.congtactreem.base.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.stereotype.Component;

/**
 * Every user-facing text comes from {@code i18n/messages*.properties}: Vietnamese by default,
 * English on request. The same bundle serves Vaadin, validation messages and mails.
 */
@Component
public class TranslationProvider implements I18NProvider {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");
    public static final Locale ENGLISH = Locale.forLanguageTag("en");
    private static final List<Locale> LOCALES = List.of(VIETNAMESE, ENGLISH);

    private final MessageSource messages;

    public TranslationProvider(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        try {
            return messages.getMessage(key, params, supported(locale));
        } catch (NoSuchMessageException e) {
            return "!" + key;
        }
    }

    /** The supported locale closest to the one asked for; Vietnamese when in doubt. */
    public static Locale supported(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? ENGLISH : VIETNAMESE;
    }
}
