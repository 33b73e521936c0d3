package dev.chronoscope.source;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.chronoscope.event.EventLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The first records of a JSON Lines or JSON file as the import dialog shows them, and what loading
 * them with given options would do. The check and the detection are the real loader's
 * ({@link EventLogLoader#read}) run on the first records held in memory: the same field mapping,
 * JSON Pointers, CloudEvents rules, timestamps and rejections, with the file's line numbers (JSON
 * Lines) or record numbers (JSON).
 *
 * @param format {@link Format#JSONL} or {@link Format#JSON}
 * @param columns the fields of the records, as {@code --map} names them: each top-level key in
 *     order of first appearance, followed, when its value is an object, by the JSON Pointers of
 *     that object's keys ({@code /meta/stream})
 * @param rows per record that is a JSON object, the text of each column's value ({@code ""}
 *     when absent; objects and arrays as compact JSON, cut to {@value #CELL_CHARS} characters)
 * @param detected per column, the role the loader gives it without overrides, or {@code null}
 * @param cloudEvents whether the records are CloudEvents (the first has {@code specversion}),
 *     whose mapping is certain
 */
public record JsonPreview(Format format, List<String> columns, List<List<String>> rows, List<Role> detected,
        boolean cloudEvents) {

    /** The number of records the import dialog previews. */
    public static final int RECORDS = 200;
    /** Longest cell text shown. */
    static final int CELL_CHARS = 300;

    private static final ObjectMapper JSON = new ObjectMapper();

    public JsonPreview {
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
        detected = Collections.unmodifiableList(new ArrayList<>(detected));
    }

    /**
     * Whether detection finds no stream or no type field in these records (and they are not
     * CloudEvents): the mapping is not certain, so the user should be asked.
     */
    public boolean mappingUncertain() {
        return !cloudEvents && (!detected.contains(Role.STREAM) || !detected.contains(Role.TYPE));
    }

    /**
     * Reads the first {@code maxRecords} records of {@code file} (its zip entry per the options),
     * a JSON Lines or JSON file (the options' format, else detected).
     *
     * @throws SourceException naming the file when it cannot be read or is not JSON-shaped
     */
    public static JsonPreview read(Path file, LoadOptions options, int maxRecords) throws SourceException {
        LoadOptions o = options == null ? LoadOptions.defaults() : options;
        Head head = head(file, o, maxRecords);
        Set<String> columns = new LinkedHashSet<>();
        for (JsonNode r : head.records) {
            for (Iterator<Map.Entry<String, JsonNode>> it = r.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                columns.add(fieldOf(e.getKey()));
                if (e.getValue().isObject()) {
                    e.getValue().fieldNames().forEachRemaining(k -> columns.add(pointer(e.getKey(), k)));
                }
            }
        }
        List<String> cols = new ArrayList<>(columns);
        List<List<String>> rows = new ArrayList<>();
        for (JsonNode r : head.records) {
            List<String> row = new ArrayList<>(cols.size());
            for (String c : cols) {
                row.add(cell(c.startsWith("/") ? r.at(c) : r.get(c)));
            }
            rows.add(row);
        }
        Map<String, String> used;
        try {
            used = load(head, o.withMapping(Map.of()).withTimeFormat(null)).mapping();
        } catch (SourceException | RuntimeException e) {
            used = Map.of();
        }
        List<Role> detected = new ArrayList<>(Collections.nCopies(cols.size(), (Role) null));
        for (Role role : Role.ALL) {
            int c = cols.indexOf(used.get(role.roleName));
            if (c >= 0 && detected.get(c) == null) {
                detected.set(c, role);
            }
        }
        boolean ce = !head.records.isEmpty() && head.records.get(0).has("specversion");
        return new JsonPreview(head.format, cols, rows, detected, ce);
    }

    /**
     * What loading the first {@code maxRecords} records of {@code file} with {@code options}
     * gives. Never throws for a problem of the options or the data: a load that would fail (an
     * invalid pointer, an empty field) is a check whose {@link PreviewCheck#failure()} says why.
     */
    public static PreviewCheck check(Path file, LoadOptions options, int maxRecords) {
        Objects.requireNonNull(file, "file");
        LoadOptions o = (options == null ? LoadOptions.defaults() : options).withStrict(false).withOrderByTime(false);
        try {
            return PreviewCheck.of(load(head(file, o, maxRecords), o));
        } catch (SourceException | RuntimeException e) {
            return PreviewCheck.failed(e.getMessage());
        }
    }

    /**
     * Whether opening {@code file} should ask for the mapping: a JSON Lines or JSON file (not
     * CloudEvents) whose first records have no stream or no type field. False for other formats
     * and for files that cannot be read (their load says why).
     */
    public static boolean mappingUncertain(Path file, String entry) {
        try {
            Format f = EventLogLoader.formatOf(file, entry);
            if (f != Format.JSONL && f != Format.JSON) {
                return false;
            }
            return read(file, LoadOptions.defaults().withEntry(entry).withFormat(f), RECORDS).mappingUncertain();
        } catch (SourceException e) {
            return false;
        }
    }

    // ---- reading the head of the file ------------------------------------------------------------

    /** The first records: as parsed objects, and as the bytes the loader reads. */
    private record Head(String name, String fileName, Format format, byte[] bytes, List<JsonNode> records) {}

    private static EventLog load(Head head, LoadOptions o) throws SourceException {
        try (SourceFile src = SourceFile.ofBytes(head.name, head.fileName, head.bytes)) {
            return EventLogLoader.read(src, o.withFormat(head.format), LoadListener.NONE);
        } catch (LoadCancelledException e) {
            throw new IllegalStateException("a preview is never cancelled", e);
        } catch (IOException e) {
            throw new SourceException(head.name + ": " + e.getMessage(), e);
        }
    }

    private static Head head(Path file, LoadOptions o, int maxRecords) throws SourceException {
        Objects.requireNonNull(file, "file");
        String name = file.toString();
        try (SourceFile src = SourceFile.of(file, o.entry())) {
            name = src.name;
            Format format = o.format() != null ? o.format() : EventLogLoader.formatOf(src);
            if (format != Format.JSONL && format != Format.JSON) {
                throw new SourceException(name + ": not JSON Lines or JSON but " + format);
            }
            try (InputStream in = src.open(null)) {
                return format == Format.JSONL ? lines(name, src.formatName, in, maxRecords)
                        : array(name, src.formatName, in, maxRecords);
            }
        } catch (java.nio.file.NoSuchFileException | java.io.FileNotFoundException e) {
            throw new SourceException(name + ": file not found", e);
        } catch (IOException e) {
            throw new SourceException(name + ": cannot read the file: " + e.getMessage(), e);
        }
    }

    /** Lines up to the {@code max}-th non-blank one, as written (so rejections keep their line numbers). */
    private static Head lines(String name, String fileName, InputStream in, int max) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        List<JsonNode> records = new ArrayList<>();
        int nonBlank = 0;
        boolean more = true;
        while (more && nonBlank < max) {
            line.reset();
            int b;
            while ((b = in.read()) >= 0 && b != '\n') {
                line.write(b);
            }
            more = b >= 0;
            byte[] bytes = line.toByteArray();
            all.write(bytes);
            if (more) {
                all.write('\n');
            }
            String text = new String(bytes, StandardCharsets.UTF_8).strip();
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1).strip();
            }
            if (!text.isEmpty()) {
                nonBlank++;
                try {
                    JsonNode n = JSON.readTree(text);
                    if (n != null && n.isObject()) {
                        records.add(n);
                    }
                } catch (IOException e) {
                    // a broken line: the check reports it with its line number
                }
            }
        }
        return new Head(name, fileName, Format.JSONL, all.toByteArray(), records);
    }

    /** The first elements of a top-level array (or of an {@code events} array), or the one object. */
    private static Head array(String name, String fileName, InputStream in, int max) throws IOException {
        List<JsonNode> elements = new ArrayList<>();
        try (JsonParser p = JSON.createParser(in)) {
            JsonToken t = p.nextToken();
            if (t == JsonToken.START_OBJECT) {
                JsonToken next = p.nextToken();
                if (next == JsonToken.FIELD_NAME && "events".equals(p.currentName())
                        && p.nextToken() == JsonToken.START_ARRAY) {
                    readElements(p, elements, max);
                } else {
                    // one object (a structured CloudEvent): read it whole
                    StringBuilder sb = new StringBuilder();
                    JsonNode rest = readRestOfObject(p, next);
                    sb.append(rest);
                    JsonNode events = rest.get("events");
                    if (events != null && events.isArray()) {
                        for (JsonNode e : events) {
                            if (elements.size() < max) {
                                elements.add(e);
                            }
                        }
                    } else {
                        elements.add(rest);
                    }
                }
            } else if (t == JsonToken.START_ARRAY) {
                readElements(p, elements, max);
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            // broken JSON after the first elements: preview what was read; the full load reports it
        }
        ArrayNode array = JSON.createArrayNode();
        elements.forEach(array::add);
        List<JsonNode> records = elements.stream().filter(JsonNode::isObject).toList();
        return new Head(name, fileName, Format.JSON, JSON.writeValueAsBytes(array), records);
    }

    private static void readElements(JsonParser p, List<JsonNode> out, int max) throws IOException {
        while (out.size() < max && p.nextToken() != JsonToken.END_ARRAY && p.currentToken() != null) {
            out.add(p.readValueAsTree());
        }
    }

    private static JsonNode readRestOfObject(JsonParser p, JsonToken current) throws IOException {
        com.fasterxml.jackson.databind.node.ObjectNode o = JSON.createObjectNode();
        JsonToken t = current;
        while (t == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            p.nextToken();
            o.set(key, p.readValueAsTree());
            t = p.nextToken();
        }
        return o;
    }

    // ---- columns -------------------------------------------------------------------------------

    /** A top-level key as {@code --map} takes it: as is, unless it would read as a pointer. */
    private static String fieldOf(String key) {
        return key.startsWith("/") || key.isEmpty() ? "/" + escape(key) : key;
    }

    private static String pointer(String key, String child) {
        return "/" + escape(key) + "/" + escape(child);
    }

    private static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }

    private static String cell(JsonNode v) {
        if (v == null || v.isMissingNode()) {
            return "";
        }
        String s = v.isTextual() ? v.textValue() : v.toString();
        return s.length() > CELL_CHARS ? s.substring(0, CELL_CHARS) + "…" : s;
    }
}
