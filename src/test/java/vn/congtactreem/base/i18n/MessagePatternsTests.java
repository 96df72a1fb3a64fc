package vn.congtactreem.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every message of both bundles is a valid MessageFormat pattern (a bad one fails only when shown). */
class MessagePatternsTests {

    @ParameterizedTest
    @ValueSource(strings = {"messages.properties", "messages_en.properties"})
    void everyMessageIsAValidPattern(String bundle) throws IOException {
        Properties messages = new Properties();
        try (Reader reader = new InputStreamReader(
                getClass().getResourceAsStream("/i18n/" + bundle), StandardCharsets.UTF_8)) {
            messages.load(reader);
        }
        List<String> invalid = new ArrayList<>();
        for (String key : messages.stringPropertyNames()) {
            try {
                new MessageFormat(messages.getProperty(key), Locale.forLanguageTag("vi"));
            } catch (IllegalArgumentException e) {
                invalid.add(key + ": " + e.getMessage());
            }
        }
        assertThat(messages).isNotEmpty();
        assertThat(invalid).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"vi", "en"})
    void daysLeftToTheUpperDeadlineAreShown(String language) throws IOException {
        Properties messages = new Properties();
        String bundle = language.equals("vi") ? "messages.properties" : "messages_en.properties";
        try (Reader reader = new InputStreamReader(
                getClass().getResourceAsStream("/i18n/" + bundle), StandardCharsets.UTF_8)) {
            messages.load(reader);
        }
        String pattern = messages.getProperty("monitoring.tile.upperDue.days");
        String text = new MessageFormat(pattern, Locale.forLanguageTag(language)).format(new Object[] {5L});
        assertThat(text).contains("5").doesNotContain("{");
    }
}
