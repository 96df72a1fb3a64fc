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

/** Messages whose wording the screens rely on (every pattern's validity: {@link BundleKeysTests}). */
class MessagePatternsTests {

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
