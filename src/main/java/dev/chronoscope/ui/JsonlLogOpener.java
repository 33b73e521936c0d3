package dev.chronoscope.ui;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.chronoscope.event.EventLog;
import dev.chronoscope.event.Instants;
import dev.chronoscope.event.Json;
import dev.chronoscope.event.Rejection;
import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.concurrent.CancellationException;

/**
 * TEMPORARY STAND-IN, to be deleted at integration. The real loaders ({@code
 * dev.chronoscope.source.EventLogLoader}, all formats, field mapping, DESIGN.md's rules) are being
 * written on another branch. Until they land, this reads only JSON Lines with the fixed keys
 * {@code id, streamId, streamType, type, version, timestamp, data, metadata}, so that the GUI can be
 * built and tested. The integrator replaces this file with an adapter along the lines of:
 *
 * <pre>{@code
 * public final class SourceLogOpener implements LogOpener {
 *     public EventLog open(Path file, ProgressSink progress) throws Exception {
 *         return EventLogLoader.load(file, LoadOptions.defaults(), new LoadListener() {
 *             public void progress(long records, long bytesRead, long totalBytes) { progress.progress(bytesRead, totalBytes); }
 *             public boolean cancelled() { return progress.cancelled(); }
 *         });
 *     }
 * }
 * }</pre>
 *
 * and swaps {@code new JsonlLogOpener()} for it in {@link ChronoscopeApp} (and the UI tests).
 */
public final class JsonlLogOpener implements LogOpener {

    private static final int PROGRESS_EVERY_LINES = 1_000;

    @Override
    public EventLog open(Path file, ProgressSink progress) throws IOException {
        long total = Files.size(file);
        EventLog.Builder builder = EventLog.builder(file.getFileName().toString());
        for (String role : new String[] {"id", "stream", "streamType", "type", "version", "time", "data", "metadata"}) {
            builder.mapping(role, switch (role) {
                case "stream" -> "streamId";
                case "time" -> "timestamp";
                default -> role;
            });
        }
        try (CountingStream counted = new CountingStream(Files.newInputStream(file));
                BufferedReader reader = new BufferedReader(new InputStreamReader(counted, StandardCharsets.UTF_8), 1 << 16)) {
            String line;
            long lineNumber = 0;
            while ((line = reader.readLine()) != null) {
                lineNumber++;
                if (lineNumber % PROGRESS_EVERY_LINES == 0) {
                    if (progress.cancelled()) {
                        throw new CancellationException("loading " + file.getFileName() + " was cancelled");
                    }
                    progress.progress(counted.count, total);
                }
                if (!line.isBlank()) {
                    read(builder, lineNumber, line);
                }
            }
        }
        progress.progress(total, total);
        return builder.build();
    }

    private static void read(EventLog.Builder builder, long lineNumber, String line) throws JsonProcessingException {
        JsonNode node;
        try {
            node = Json.MAPPER.readTree(line);
        } catch (JsonProcessingException e) {
            builder.reject(new Rejection(lineNumber, "not valid JSON: " + e.getOriginalMessage(), line));
            return;
        }
        if (node == null || !node.isObject()) {
            builder.reject(new Rejection(lineNumber, "expected a JSON object", line));
            return;
        }
        String stream = text(node, "streamId");
        String type = text(node, "type");
        if (stream == null || type == null) {
            builder.reject(new Rejection(lineNumber,
                    "expected a string in \"" + (stream == null ? "streamId" : "type") + "\"", line));
            return;
        }
        JsonNode version = node.get("version");
        builder.add(text(node, "id"), stream, text(node, "streamType"), type,
                version != null && version.canConvertToLong() ? version.asLong() : EventLog.NO_VERSION,
                time(node.get("timestamp")), bytes(node.get("data")), bytes(node.get("metadata")));
    }

    private static String text(JsonNode node, String key) {
        JsonNode v = node.get(key);
        return v == null || !v.isValueNode() || v.isNull() ? null : v.asText();
    }

    private static long time(JsonNode v) {
        if (v == null || v.isNull()) {
            return EventLog.NO_TIME;
        }
        if (v.isNumber()) {
            return Math.multiplyExact(v.asLong(), 1_000L);
        }
        try {
            return Instants.toMicros(Instant.parse(v.asText()));
        } catch (DateTimeParseException e) {
            return EventLog.NO_TIME;
        }
    }

    private static byte[] bytes(JsonNode v) throws JsonProcessingException {
        return v == null ? null : Json.MAPPER.writeValueAsBytes(v);
    }

    /** Counts the bytes handed to the decoder, for progress. */
    private static final class CountingStream extends FilterInputStream {
        volatile long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            int n = super.read(buf, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
