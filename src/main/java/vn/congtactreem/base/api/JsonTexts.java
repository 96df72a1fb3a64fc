package vn.congtactreem.base.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.congtactreem.base.TextRules;

/**
 * Every text the API reads, whatever its endpoint: one with NUL or another control character (tab and
 * line breaks are text) is refused as it is read, a 400 naming the field (see {@link ApiErrors}).
 * The services check the same rule ({@link TextRules}) for the screens.
 */
@Configuration(proxyBeanMethods = false)
class JsonTexts {

    @Bean
    Module plainTextOnly() {
        return new SimpleModule("plain-text-only").addDeserializer(String.class, new PlainText());
    }

    /** Jackson's own string reading, then the rule. */
    static final class PlainText extends StdScalarDeserializer<String> {

        PlainText() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String text = StringDeserializer.instance.deserialize(p, ctxt);
            if (text != null && TextRules.hasControlCharacter(text)) {
                throw InvalidFormatException.from(p, "control character in text", text, String.class);
            }
            return text;
        }
    }
}
