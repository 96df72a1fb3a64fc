package vn.congtactreem.document;

import java.util.Locale;
import org.springframework.context.MessageSource;
import vn.congtactreem.base.i18n.TranslationProvider;

/**
 * Where the spreadsheets take their words from: the application's bundle in the reader's language
 * (a view's {@code this::getTranslation}, or {@link #of(MessageSource, Locale)} for the API).
 */
@FunctionalInterface
public interface Texts {

    String get(String key, Object... args);

    /** The bundle in the supported language closest to {@code locale} (Vietnamese when in doubt). */
    static Texts of(MessageSource messages, Locale locale) {
        Locale supported = TranslationProvider.supported(locale);
        return (key, args) -> messages.getMessage(key, args, supported);
    }
}
