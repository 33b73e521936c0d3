package dev.chronoscope.source;

import static dev.chronoscope.source.Fixtures.load;
import static dev.chronoscope.source.Fixtures.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chronoscope.event.Event;
import dev.chronoscope.event.EventLog;
import dev.chronoscope.sample.BigLogGenerator;
import dev.chronoscope.event.Json;
import dev.chronoscope.event.Rejection;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NothingLostTest {

    private static final String STREAM_KEYS = "streamId, stream_id, aggregateId, aggregate_id, aggregateIdentifier, "
            + "subject, streamName, stream_name, stream";

    @TempDir
    Path dir;

    /** Line 3 is blank; line 16 is cut mid-object and has no newline. */
    private static final String BAD_LINES = String.join("\n",
            "{\"streamId\":\"s1\",\"type\":\"A\",\"version\":1}",
            "{\"streamId\":\"s1\",\"type\":\"B\",",
            "",
            "42",
            "[1]",
            "\"x\"",
            "{\"streamId\":\"s1\"}",
            "{\"type\":\"A\"}",
            "{\"streamId\":\"s1\",\"type\":\"A\",\"version\":\"abc\"}",
            "{\"streamId\":\"s1\",\"type\":\"A\",\"version\":1.5}",
            "{\"streamId\":\"s1\",\"type\":\"A\",\"timestamp\":true}",
            "{\"streamId\":\"s1\",\"type\":\"A\",\"timestamp\":\"yesterday\"}",
            "{\"streamId\":\"s1\",\"type\":\"A\",\"version\":\"3\"}",
            "{\"streamId\":\"s1\",\"type\":\"A\"} x",
            "{\"streamId\":\"s2\",\"type\":\"C\",\"data\":{\"a\":1}}",
            "{\"streamId\":\"s2\",\"type\":\"C\"");

    @Test
    void everyBadLineBecomesARejectionWithItsLineNumber() throws Exception {
        EventLog log = load(write(dir, "bad.jsonl", BAD_LINES));

        assertEquals(List.of(
                new Rejection(2, "invalid JSON: unexpected end of input; expected a JSON object per line",
                        "{\"streamId\":\"s1\",\"type\":\"B\","),
                new Rejection(4, "expected a JSON object per line, got a number", "42"),
                new Rejection(5, "expected a JSON object per line, got an array", "[1]"),
                new Rejection(6, "expected a JSON object per line, got a string", "\"x\""),
                new Rejection(7, "missing type: expected one of eventType, event_type, payloadType, payload_type, type, name",
                        "{\"streamId\":\"s1\"}"),
                new Rejection(8, "missing stream: expected one of " + STREAM_KEYS, "{\"type\":\"A\"}"),
                new Rejection(9, "version: expected an integer, got \"abc\"",
                        "{\"streamId\":\"s1\",\"type\":\"A\",\"version\":\"abc\"}"),
                new Rejection(10, "version: expected an integer, got 1.5",
                        "{\"streamId\":\"s1\",\"type\":\"A\",\"version\":1.5}"),
                new Rejection(11, "time: expected a string or a number (epoch milliseconds), got true",
                        "{\"streamId\":\"s1\",\"type\":\"A\",\"timestamp\":true}"),
                new Rejection(12, "time: cannot read 'yesterday' as a timestamp: expected ISO-8601 such as "
                        + "2024-03-01T10:15:30.123Z or 2024-03-01 10:15:30, a date such as 2024-03-01 or 29/2/2016, "
                        + "or a number of epoch milliseconds",
                        "{\"streamId\":\"s1\",\"type\":\"A\",\"timestamp\":\"yesterday\"}"),
                new Rejection(14, "invalid JSON: more content after the object; expected one JSON object per line",
                        "{\"streamId\":\"s1\",\"type\":\"A\"} x"),
                new Rejection(16, "invalid JSON: unexpected end of input; expected a JSON object per line",
                        "{\"streamId\":\"s2\",\"type\":\"C\"")),
                log.rejections());
        assertEquals(List.of(
                new Event(1, null, "s1", null, "A", 1L, null, null, null),
                new Event(2, null, "s1", null, "A", 3L, null, null, null),
                new Event(3, null, "s2", null, "C", null, null, json("{\"a\":1}"), null)),
                events(log));
    }

    @Test
    void eventsPlusRejectionsAreTheNonBlankLines() throws Exception {
        EventLog log = load(write(dir, "bad.jsonl", BAD_LINES));

        assertEquals(15, log.size() + log.rejections().size());
        assertEquals(15, log.records());
    }

    @Test
    void strictStopsAtTheFirstBadRecordNamingFileAndLine() throws Exception {
        Path file = write(dir, "orders.jsonl", BAD_LINES);

        SourceException e = assertThrows(SourceException.class,
                () -> load(file, LoadOptions.defaults().withStrict(true)));

        assertEquals(file + ":2: invalid JSON: unexpected end of input; expected a JSON object per line", e.getMessage());
    }

    @Test
    void strictReportsAMissingStreamAtItsLine() throws Exception {
        Path file = write(dir, "orders.jsonl", "{\"type\":\"A\"}\n{\"type\":\"A\",\"streamId\":\"s\"}\n");

        SourceException e = assertThrows(SourceException.class,
                () -> load(file, LoadOptions.defaults().withStrict(true)));

        assertEquals(file + ":1: missing stream: expected one of " + STREAM_KEYS, e.getMessage());
    }

    @Test
    void skipsAByteOrderMark() throws Exception {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = "{\"streamId\":\"s\",\"type\":\"A\"}\n".getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, all, 0, 3);
        System.arraycopy(body, 0, all, 3, body.length);

        EventLog log = load(write(dir, "bom.jsonl", all));

        assertEquals(List.of(new Event(1, null, "s", null, "A", null, null, null, null)), events(log));
    }

    @Test
    void readsCrlfLineEndsAndSkipsBlankLinesWithoutCountingThem() throws Exception {
        EventLog log = load(write(dir, "crlf.jsonl",
                "{\"streamId\":\"s\",\"type\":\"A\"}\r\n\r\n   \r\n{\"streamId\":\"s\",\"type\":\"B\",\r\n"
                        + "{\"streamId\":\"s\",\"type\":\"C\"}\r\n"));

        assertEquals(List.of("A", "C"), List.of(log.type(0), log.type(1)));
        assertEquals(List.of(new Rejection(4, "invalid JSON: unexpected end of input; expected a JSON object per line",
                "{\"streamId\":\"s\",\"type\":\"B\",")), log.rejections());
        assertEquals(3, log.records());
    }

    @Test
    void anEmptyFileIsAnEmptyLog() throws Exception {
        EventLog log = load(write(dir, "empty.jsonl", "\n\n"));

        assertEquals(0, log.records());
    }

    @Test
    void readsALineOfSeveralMegabytes() throws Exception {
        String big = "x".repeat(5 << 20);
        String content = "{\"streamId\":\"s\",\"type\":\"A\"}\n"
                + "{\"streamId\":\"s\",\"type\":\"Big\",\"data\":{\"blob\":\"" + big + "\"}}\n"
                + "{\"streamId\":\"s\",\"type\":\"C\"}\n";

        EventLog log = load(write(dir, "big-line.jsonl", content));

        assertEquals(List.of("A", "Big", "C"), List.of(log.type(0), log.type(1), log.type(2)));
        assertEquals(big, log.data(1).get("blob").textValue());
        assertEquals(List.of(), log.rejections());
    }

    @Nested
    class ManyBlocks {

        /**
         * About 25 MB, so several blocks parsed in parallel: bad lines, blank lines, CRLF and a 5 MB
         * line are spread over block boundaries, and every line number must still be right.
         */
        @Test
        void keepsLineNumbersAndOrderAcrossBlocks() throws Exception {
            Path file = dir.resolve("many.jsonl");
            List<Long> badLines = new ArrayList<>();
            int events = 0;
            long line = 0;
            try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                for (int i = 0; i < 150_000; i++) {
                    line++;
                    if (i % 9_973 == 5) {
                        w.write("{\"streamId\":\"s\",\"type\":\"broken\"\n");
                        badLines.add(line);
                    } else if (i % 7_919 == 3) {
                        w.write("\r\n");
                    } else if (i == 70_000) {
                        w.write("{\"streamId\":\"big\",\"type\":\"Big\",\"version\":" + i + ",\"data\":{\"b\":\""
                                + "y".repeat(5 << 20) + "\"}}\n");
                        events++;
                    } else {
                        w.write("{\"id\":\"e" + i + "\",\"streamId\":\"s" + (i % 100) + "\",\"type\":\"T\",\"version\":"
                                + i + ",\"timestamp\":\"2024-01-01T00:00:00Z\",\"data\":{\"i\":" + i
                                + ",\"pad\":\"" + "p".repeat(100) + "\"}}\r\n");
                        events++;
                    }
                }
            }
            List<long[]> progress = new ArrayList<>();

            EventLog log = EventLogLoader.load(file, LoadOptions.defaults(),
                    (records, read, total) -> progress.add(new long[] {records, read, total}));

            assertEquals(events, log.size());
            assertEquals(badLines, log.rejections().stream().map(Rejection::record).toList());
            long previous = -1;
            for (int k = 0; k < log.size(); k++) {
                long v = log.version(k);
                if (v <= previous) {
                    throw new AssertionError("out of order at index " + k + ": " + v + " after " + previous);
                }
                previous = v;
            }
            assertEquals(json("{\"i\":149999,\"pad\":\"" + "p".repeat(100) + "\"}"), log.data(log.size() - 1));
            long[] last = progress.get(progress.size() - 1);
            assertEquals(List.of(log.records(), Files.size(file), Files.size(file)), List.of(last[0], last[1], last[2]));
        }

        /**
         * Names met by several parser threads in several blocks (the loader maps each parser's
         * name numbers to the log's): every event keeps its own id, stream, stream type and type,
         * and streams are numbered in order of first appearance, also those first seen late.
         */
        @Test
        void keepsNamesAndTheirOrderAcrossBlocksAndThreads() throws Exception {
            Path file = dir.resolve("names.jsonl");
            int n = 120_000;
            List<String> firstSeen = new ArrayList<>();
            java.util.Set<String> seen = new java.util.HashSet<>();
            String[][] expected = new String[n][];
            try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                for (int i = 0; i < n; i++) {
                    String stream = i > 100_000 && i % 3 == 0 ? "late-" + (i % 50) : "s" + (i * 7919L % 3000);
                    String type = "T" + (i % 7);
                    String streamType = i % 4 == 0 ? null : "A" + (i % 3);
                    if (seen.add(stream)) {
                        firstSeen.add(stream);
                    }
                    expected[i] = new String[] {"e" + i, stream, streamType, type};
                    w.write("{\"id\":\"e" + i + "\",\"streamId\":\"" + stream + "\",\"type\":\"" + type + "\""
                            + (streamType == null ? "" : ",\"aggregateType\":\"" + streamType + "\"")
                            + ",\"data\":{\"pad\":\"" + "p".repeat(200) + "\"}}\n");
                }
            }

            EventLog log = load(file);

            assertEquals(n, log.size());
            for (int k = 0; k < n; k++) {
                assertEquals(java.util.Arrays.asList(expected[k]).toString(),
                        java.util.Arrays.asList(log.id(k), log.stream(k), log.streamType(k), log.type(k)).toString(),
                        "event " + k);
            }
            List<String> streams = new ArrayList<>();
            for (int s = 0; s < log.streamCount(); s++) {
                streams.add(log.streamName(s));
            }
            assertEquals(firstSeen, streams);
            assertEquals(7, log.typeCount());
        }

        @Test
        void readsABigGzipFileInBlocksToo() throws Exception {
            Path plain = dir.resolve("many.jsonl");
            BigLogGenerator.write(plain, 60_000, 500);
            Path gz = dir.resolve("many.jsonl.gz");
            try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(gz))) {
                Files.copy(plain, out);
            }

            EventLog fromPlain = load(plain);
            EventLog fromGzip = load(gz);

            assertEquals(List.of(60_000, 500, 0), List.of(fromGzip.size(), fromGzip.streamCount(),
                    fromGzip.rejections().size()));
            for (int i = 0; i < fromPlain.size(); i += 997) {
                assertEquals(fromPlain.event(i), fromGzip.event(i));
            }
        }

        @Test
        void strictNamesTheFirstBadLineEvenInALaterBlock() throws Exception {
            Path file = dir.resolve("many.jsonl");
            BigLogGenerator.write(file, 60_000, 500);
            try (var w = Files.newBufferedWriter(file, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND)) {
                w.write("{\"streamId\":\"s\",\"type\":\"A\",\"version\":\"x\"}\n{oops\n");
            }

            SourceException e = assertThrows(SourceException.class,
                    () -> load(file, LoadOptions.defaults().withStrict(true)));

            assertEquals(file + ":60001: version: expected an integer, got \"x\"", e.getMessage());
        }

        @Test
        void stopsWhenCancelled() throws Exception {
            Path file = dir.resolve("many.jsonl");
            BigLogGenerator.write(file, 100_000, 100);
            LoadListener cancelAfterFirstProgress = new LoadListener() {
                volatile boolean seen;

                @Override
                public void progress(long records, long bytesRead, long totalBytes) {
                    seen = true;
                }

                @Override
                public boolean cancelled() {
                    return seen;
                }
            };

            assertThrows(LoadCancelledException.class,
                    () -> EventLogLoader.load(file, LoadOptions.defaults(), cancelAfterFirstProgress));
        }
    }

    @Nested
    class JsonArrays {

        @Test
        void rejectsNonObjectElementsWithTheirIndex() throws Exception {
            EventLog log = load(write(dir, "log.json", """
                    [{"streamId":"s","type":"A"}, 42, "x", [1], {"type":"B","streamId":"s"}, {"streamId":"s"}]
                    """));

            assertEquals(List.of("A", "B"), List.of(log.type(0), log.type(1)));
            assertEquals(List.of(
                    new Rejection(2, "expected a JSON object per array element, got a number", "42"),
                    new Rejection(3, "expected a JSON object per array element, got a string", "\"x\""),
                    new Rejection(4, "expected a JSON object per array element, got an array", "[1]"),
                    new Rejection(6, "missing type: expected one of eventType, event_type, payloadType, payload_type, "
                            + "type, name", "{\"streamId\":\"s\"}")),
                    log.rejections());
            assertEquals(6, log.records());
        }

        @Test
        void keepsWhatWasReadBeforeTheFileBreaks() throws Exception {
            EventLog log = load(write(dir, "broken.json", "[{\"streamId\":\"s\",\"type\":\"A\"},\n"
                    + " {\"streamId\":\"s\",\"type\":\"B\"},\n"
                    + " {\"streamId\":\"s\",\"type\":\"C\",\"data\":{\"x\":[1,2}},\n"
                    + " {\"streamId\":\"s\",\"type\":\"D\"}]"));

            assertEquals(List.of("A", "B"), List.of(log.type(0), log.type(1)));
            assertEquals(List.of(new Rejection(3, "invalid JSON at line 3, column 45: unexpected close marker '}': "
                    + "expected ']'; expected a JSON object (records after this one could not be read)",
                    "{\"streamId\":\"s\",\"type\":\"C\",\"data\":{\"x\":[1,2}},\n {\"streamId\":\"s\",\"type\":\"D\"}]")),
                    log.rejections());
        }

        @Test
        void aFileCutMidElementRejectsThatElement() throws Exception {
            EventLog log = load(write(dir, "cut.json", "[{\"streamId\":\"s\",\"type\":\"A\"},{\"streamId\":\"s\",\"ty"));

            assertEquals(1, log.size());
            assertEquals(List.of(2L), log.rejections().stream().map(Rejection::record).toList());
        }

        @Test
        void strictNamesTheElement() throws Exception {
            Path file = write(dir, "log.json", "[{\"streamId\":\"s\",\"type\":\"A\"}, 42]");

            SourceException e = assertThrows(SourceException.class,
                    () -> load(file, LoadOptions.defaults().withStrict(true)));

            assertEquals(file + ":2: expected a JSON object per array element, got a number", e.getMessage());
        }

        @Test
        void refusesADocumentWithoutEvents() throws Exception {
            Path file = write(dir, "log.json", "{\"items\":[]}");

            SourceException e = assertThrows(SourceException.class, () -> load(file));

            assertEquals(file + ": expected a JSON array of event objects, an object with such an array under "
                    + "\"events\", or one CloudEvent", e.getMessage());
        }
    }

    @Test
    void namesAMissingFile() {
        Path file = dir.resolve("missing.jsonl");

        SourceException e = assertThrows(SourceException.class, () -> load(file));

        assertEquals(file + ": file not found", e.getMessage());
    }

    @Test
    void neverWritesToTheSource() throws Exception {
        Path file = write(dir, "bad.jsonl", BAD_LINES);
        byte[] before = Files.readAllBytes(file);
        var modified = Files.getLastModifiedTime(file);

        load(file);

        assertEquals(List.of(java.util.Arrays.toString(before), modified),
                List.of(java.util.Arrays.toString(Files.readAllBytes(file)), Files.getLastModifiedTime(file)));
        assertEquals(List.of("bad.jsonl"), Files.list(dir).map(p -> p.getFileName().toString()).toList());
    }

    private static List<Event> events(EventLog log) {
        List<Event> out = new ArrayList<>();
        for (int i = 0; i < log.size(); i++) {
            out.add(log.event(i));
        }
        return out;
    }

    private static JsonNode json(String text) throws Exception {
        return Json.MAPPER.readTree(text);
    }
}
