package dev.chronoscope.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import dev.chronoscope.event.Json;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/** Writes command results as UTF-8 JSON, one document per line. */
final class JsonOutput {

    private JsonOutput() {}

    /** Writes {@code value} (a tree, a record or a map) followed by a newline. */
    static void print(OutputStream out, Object value) {
        try {
            JsonGenerator g = Json.MAPPER.getFactory().createGenerator(out);
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            if (value instanceof JsonNode node) {
                Json.MAPPER.writeTree(g, node);
            } else {
                Json.MAPPER.writeValue(g, value);
            }
            g.flush();
            out.write('\n');
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
