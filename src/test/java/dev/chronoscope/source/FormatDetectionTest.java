package dev.chronoscope.source;

import static dev.chronoscope.source.Fixtures.load;
import static dev.chronoscope.source.Fixtures.write;
import static dev.chronoscope.source.Fixtures.writeGzip;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.chronoscope.event.EventLog;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FormatDetectionTest {

    private static final String LINES = "{\"streamId\":\"s\",\"type\":\"A\"}\n{\"streamId\":\"s\",\"type\":\"B\"}\n";
    private static final String ARRAY = "[{\"streamId\":\"s\",\"type\":\"A\"},{\"streamId\":\"s\",\"type\":\"B\"}]";
    private static final String PRETTY_EVENTS = """
            {
              "events": [
                {"streamId": "s", "type": "A"},
                {"streamId": "s", "type": "B"}
              ]
            }
            """;

    @TempDir
    Path dir;

    private static List<String> types(EventLog log) {
        return java.util.stream.IntStream.range(0, log.size()).mapToObj(log::type).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"log.jsonl", "log.ndjson", "LOG.JSONL", "log"})
    void readsJsonLinesByExtensionOrContent(String name) throws Exception {
        assertEquals(List.of("A", "B"), types(load(write(dir, name, LINES))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"log.json", "log.txt"})
    void readsATopLevelArray(String name) throws Exception {
        assertEquals(List.of("A", "B"), types(load(write(dir, name, ARRAY))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"log.json", "log.data"})
    void readsAnArrayUnderEvents(String name) throws Exception {
        assertEquals(List.of("A", "B"), types(load(write(dir, name, PRETTY_EVENTS))));
    }

    @Test
    void readsASingleLineEventsDocumentWithoutExtension() throws Exception {
        String doc = "{\"events\":[{\"streamId\":\"s\",\"type\":\"A\"}],\"meta\":{}}";

        assertEquals(List.of("A"), types(load(write(dir, "export", doc))));
    }

    @Test
    void readsAPrettyPrintedDocumentWithEventsAfterOtherKeys() throws Exception {
        String doc = "{\n  \"exportedAt\": \"2024-01-01\",\n  \"events\": [{\"streamId\":\"s\",\"type\":\"A\"}]\n}\n";

        assertEquals(List.of("A"), types(load(write(dir, "export", doc))));
    }

    @Test
    void aBrokenFirstLineStillReadsAsJsonLines() throws Exception {
        EventLog log = load(write(dir, "log", "{\"streamId\":\n" + LINES));

        assertEquals(List.of("A", "B"), types(log));
        assertEquals(1, log.rejections().size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"log.jsonl.gz", "log.gz", "log.jsonl"})
    void readsGzipByMagicBytes(String name) throws Exception {
        assertEquals(List.of("A", "B"), types(load(writeGzip(dir, name, LINES))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"log.json.gz", "log.gz"})
    void readsGzipJson(String name) throws Exception {
        assertEquals(List.of("A", "B"), types(load(writeGzip(dir, name, PRETTY_EVENTS))));
    }

    @Test
    void theFormatOptionOverridesTheExtension() throws Exception {
        Path file = write(dir, "log.json", LINES);

        assertEquals(List.of("A", "B"), types(load(file, LoadOptions.defaults().withFormat(Format.JSONL))));
    }

    @Test
    void theSourceIsTheFileAsGiven() throws Exception {
        Path file = write(dir, "log.jsonl", LINES);

        assertEquals(file.toString(), load(file).source());
    }

    @Test
    void refusesContentThatIsNeitherFormat() throws Exception {
        Path file = write(dir, "notes", "hello world\n".getBytes(StandardCharsets.UTF_8));

        SourceException e = assertThrows(SourceException.class, () -> load(file));

        assertEquals(file + ": cannot tell the format: expected JSON Lines (one object per line), JSON (an array "
                + "of objects), CSV with a header row, or XES; name the file .jsonl, .json, .csv or .xes, or give the "
                + "format", e.getMessage());
    }

    @Test
    void refusesAFolder() {
        SourceException e = assertThrows(SourceException.class, () -> load(dir));

        assertEquals(dir + ": is a folder; expected an event log file", e.getMessage());
    }

    @Test
    void namesDamagedGzipData() throws Exception {
        byte[] gz = java.nio.file.Files.readAllBytes(writeGzip(dir, "full.jsonl.gz", LINES.repeat(100)));
        Path cut = write(dir, "cut.jsonl.gz", java.util.Arrays.copyOf(gz, gz.length / 2));

        SourceException e = assertThrows(SourceException.class, () -> load(cut));

        assertEquals(cut + ": damaged gzip data: the compressed file ends too early", e.getMessage());
    }
}
