package vn.congtactreem.plan;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reminder days in JSON either as typed ("7,1") or as a plan reads them ([7, 1]), so a client can send
 * back the periods exactly as {@code GET /api/v1/plans/{id}} returned them.
 */
class ReminderDaysJson extends JsonDeserializer<String> {

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            return parser.getValueAsString();
        }
        List<String> days = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            days.add(parser.getValueAsString());
        }
        return String.join(",", days);
    }
}
