package vn.congtactreem.notification;

import java.util.Arrays;
import java.util.Locale;

/**
 * A text to translate later, in each recipient's language: an i18n key and its arguments, which may
 * be texts themselves (e.g. the period "6 tháng 2024" inside a reminder's subject).
 */
public record Text(String key, Object... args) {

    public String render(Locale locale, Translator translator) {
        Object[] rendered = Arrays.stream(args)
                .map(arg -> rendered(arg, locale, translator))
                .toArray();
        return translator.apply(key, locale, rendered);
    }

    /** A text, a list of them (one per line) or a plain value, as it reads. */
    private static Object rendered(Object arg, Locale locale, Translator translator) {
        if (arg instanceof Text text) {
            return text.render(locale, translator);
        }
        if (arg instanceof java.util.List<?> lines) {
            return String.join("\n", lines.stream().map(line -> String.valueOf(rendered(line, locale, translator)))
                    .toList());
        }
        return arg == null ? "" : arg;
    }

    /** The translation function (the application's message bundle). */
    @FunctionalInterface
    public interface Translator {
        String apply(String key, Locale locale, Object[] args);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Text text && key.equals(text.key) && Arrays.equals(args, text.args);
    }

    @Override
    public int hashCode() {
        return 31 * key.hashCode() + Arrays.hashCode(args);
    }

    @Override
    public String toString() {
        return key + Arrays.toString(args);
    }
}
