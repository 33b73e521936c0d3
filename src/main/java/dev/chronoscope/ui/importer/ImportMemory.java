package dev.chronoscope.ui.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chronoscope.source.Format;
import dev.chronoscope.source.LoadOptions;
import dev.chronoscope.ui.settings.Settings;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The import options chosen for each file, kept in {@link Settings} by absolute path as one line
 * of JSON ({@code {"mapping":{"stream":"Case ID"},"nullToken":"?","zone":"Europe/Amsterdam"}}),
 * so they are offered again the next time the file is opened. A value that no longer reads (a
 * hand edit, an unknown zone) is as if none were remembered.
 */
public final class ImportMemory {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Settings settings;

    public ImportMemory(Settings settings) {
        this.settings = settings;
    }

    /** The options last chosen for {@code file}, if any. */
    public Optional<LoadOptions> recall(Path file) {
        return settings.importOptions(file).flatMap(ImportMemory::decode);
    }

    /** Remembers {@code options} for {@code file} (in memory; the caller saves the settings). */
    public void remember(Path file, LoadOptions options) {
        settings.setImportOptions(file, encode(options));
    }

    static String encode(LoadOptions o) {
        ObjectNode n = JSON.createObjectNode();
        ObjectNode m = n.putObject("mapping");
        new java.util.TreeMap<>(o.mapping()).forEach(m::put);
        if (!o.ignored().isEmpty()) {
            o.ignored().stream().sorted().forEach(n.putArray("ignored")::add);
        }
        if (o.format() != null) {
            n.put("format", o.format().name());
        }
        if (o.delimiter() != null) {
            n.put("delimiter", o.delimiter().toString());
        }
        n.put("encoding", o.encoding().name());
        if (o.nullToken() != null) {
            n.put("nullToken", o.nullToken());
        }
        if (o.timeFormat() != null) {
            n.put("timeFormat", o.timeFormat());
        }
        n.put("zone", o.zone().getId());
        n.put("orderByTime", o.orderByTime());
        if (o.entry() != null) {
            n.put("entry", o.entry());
        }
        return n.toString();
    }

    static Optional<LoadOptions> decode(String text) {
        try {
            JsonNode n = JSON.readTree(text);
            if (n == null || !n.isObject()) {
                return Optional.empty();
            }
            Map<String, String> mapping = new LinkedHashMap<>();
            n.path("mapping").fields().forEachRemaining(e -> mapping.put(e.getKey(), e.getValue().asText()));
            Set<String> ignored = new HashSet<>();
            n.path("ignored").forEach(c -> ignored.add(c.asText()));
            String delimiter = text(n, "delimiter");
            String format = text(n, "format");
            String encoding = text(n, "encoding");
            String zone = text(n, "zone");
            return Optional.of(new LoadOptions(format == null ? null : Format.valueOf(format), mapping,
                    zone == null ? null : ZoneId.of(zone), false, n.path("orderByTime").asBoolean(false),
                    encoding == null ? null : Charset.forName(encoding), text(n, "nullToken"), text(n, "timeFormat"),
                    text(n, "entry"), delimiter == null || delimiter.length() != 1 ? null : delimiter.charAt(0), ignored));
        } catch (java.io.IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
