package dev.chronoscope.ui.inspector;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.JsonNode;
import dev.chronoscope.event.Json;
import java.io.UncheckedIOException;

/** Short and full texts of JSON values, as the inspector shows and copies them. */
final class JsonText {

    private JsonText() {}

    /** One-line summary: {@code {3}} for objects, {@code [2]} for arrays, JSON for scalars, cut to {@code max}. */
    static String summary(JsonNode v, int max) {
        if (v == null) {
            return "";
        }
        if (v.isObject()) {
            return "{" + v.size() + "}";
        }
        if (v.isArray()) {
            return "[" + v.size() + "]";
        }
        if (v.isTextual()) {
            // quoted and escaped as JSON, as toString() would, without a serializer per cell; escaping only
            // lengthens the text, so its first max + 1 characters give the same cut
            String text = v.textValue();
            String head = text.length() <= max + 1 ? text : text.substring(0, max + 1);
            return cut("\"" + new String(JsonStringEncoder.getInstance().quoteAsString(head)) + "\"", max);
        }
        if (v.isIntegralNumber() || v.isBoolean() || v.isNull()
                || v.isFloatingPointNumber() && Double.isFinite(v.doubleValue())) {
            return cut(v.asText(), max); // the same text as the JSON (NaN and infinities are quoted there)
        }
        return cut(v.toString(), max);
    }

    /** Compact JSON on one line, cut to {@code max} characters with an ellipsis. */
    static String compact(JsonNode v, int max) {
        return v == null ? "" : cut(v.toString(), max);
    }

    /** Compact JSON text of {@code v}; {@code "null"} for no value. */
    static String json(JsonNode v) {
        return v == null ? "null" : v.toString();
    }

    /** Pretty-printed JSON text of {@code v} (Jackson's default pretty printer); {@code "null"} for no value. */
    static String pretty(JsonNode v) {
        if (v == null) {
            return "null";
        }
        try {
            return Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(v);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max) + "…";
    }
}
