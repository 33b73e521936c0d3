package dev.chronoscope.source;

import static dev.chronoscope.source.Fixtures.load;
import static dev.chronoscope.source.Fixtures.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chronoscope.event.EventLog;
import dev.chronoscope.event.Json;
import dev.chronoscope.event.Rejection;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Zip archives holding logs, and the CloudEvents encodings (structured, batch, JSON Lines, data_base64). */
class ArchiveAndCloudEventsTest {

    @TempDir
    Path dir;

    static final String CSV = "case_id,activity\nc1,A\nc2,B\n";

    Path zip(String name, String... entriesAndContents) throws IOException {
        Path p = dir.resolve(name);
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(p))) {
            for (int i = 0; i < entriesAndContents.length; i += 2) {
                z.putNextEntry(new ZipEntry(entriesAndContents[i]));
                byte[] content = entriesAndContents[i + 1].getBytes(StandardCharsets.UTF_8);
                if (entriesAndContents[i].endsWith(".gz")) {
                    GZIPOutputStream gz = new GZIPOutputStream(z);
                    gz.write(content);
                    gz.finish();
                } else {
                    z.write(content);
                }
                z.closeEntry();
            }
        }
        return p;
    }

    @Nested
    class ZipArchives {
        @Test
        void theOnlyFileIsRead() throws Exception {
            Path file = zip("log.csv.zip", "folder/", "", "folder/events.csv", CSV, "__MACOSX/folder/._events.csv", "x");

            EventLog log = load(file);

            assertEquals(2, log.size());
            assertEquals(file + "!folder/events.csv", log.source());
        }

        @Test
        void severalFilesAreListedAndOneCanBeChosen() throws Exception {
            Path file = zip("two.zip", "a.csv", CSV, "b.jsonl", "{\"streamId\":\"s\",\"type\":\"T\"}\n");

            SourceException e = assertThrows(SourceException.class, () -> load(file));
            EventLog b = load(file, LoadOptions.defaults().withEntry("b.jsonl"));

            assertEquals(file + ": the zip archive holds 2 files (a.csv, b.jsonl); choose one (command line: --entry NAME)",
                    e.getMessage());
            assertEquals(List.of("s", "T"), List.of(b.stream(0), b.type(0)));
            assertEquals(List.of("a.csv", "b.jsonl"), EventLogLoader.zipEntries(file));
        }

        @Test
        void anEntryIsFoundByItsFileNameToo() throws Exception {
            Path file = zip("two.zip", "x/a.csv", CSV, "x/b.csv", CSV);

            assertEquals(2, load(file, LoadOptions.defaults().withEntry("b.csv")).size());
        }

        @Test
        void aMissingEntryIsNamed() throws Exception {
            Path file = zip("two.zip", "a.csv", CSV, "b.csv", CSV);

            SourceException e = assertThrows(SourceException.class,
                    () -> load(file, LoadOptions.defaults().withEntry("c.csv")));

            assertEquals(file + ": the zip archive has no entry 'c.csv'; it holds: a.csv, b.csv", e.getMessage());
        }

        @Test
        void aGzipCompressedEntryIsReadToo() throws Exception {
            assertEquals(2, load(zip("log.zip", "events.csv.gz", CSV)).size());
        }

        @Test
        void anEntryOfAPlainFileIsAMistake() throws Exception {
            Path file = write(dir, "log.csv", CSV);

            SourceException e = assertThrows(SourceException.class,
                    () -> load(file, LoadOptions.defaults().withEntry("a.csv")));

            assertEquals(file + ": not a zip archive, so there is no entry 'a.csv' to choose; expected a .zip file",
                    e.getMessage());
        }
    }

    @Nested
    class CloudEvents {
        static final String EVENT = """
                {"specversion":"1.0","id":"1","source":"/shop","type":"com.shop.Placed","subject":"o-1",
                 "time":"2024-02-01T00:00:00Z","datacontenttype":"application/json","data":{"total":3}}""";

        JsonNode json(String s) throws IOException {
            return Json.MAPPER.readTree(s);
        }

        void assertPlaced(EventLog log) throws IOException {
            assertEquals(List.of("o-1", "/shop", "com.shop.Placed", "1"),
                    List.of(log.stream(0), log.streamType(0), log.type(0), log.id(0)));
            assertEquals(json("{\"total\":3}"), log.data(0));
        }

        @Test
        void aStructuredSingleEvent() throws Exception {
            EventLog log = load(write(dir, "event.json", EVENT.replace(",", ",\n  ")));

            assertEquals(1, log.size());
            assertPlaced(log);
        }

        @Test
        void aBatch() throws Exception {
            EventLog log = load(write(dir, "batch.json", "[" + EVENT + ",\n" + EVENT.replace("\"1\"", "\"2\"") + "]"));

            assertEquals(2, log.size());
            assertPlaced(log);
        }

        @Test
        void jsonLines() throws Exception {
            EventLog log = load(write(dir, "events.jsonl", EVENT.replace("\n", "") + "\n"));

            assertPlaced(log);
        }

        @Test
        void dataBase64IsDecodedWhenTheContentTypeIsJson() throws Exception {
            String b64 = Base64.getEncoder().encodeToString("{\"total\":3}".getBytes(StandardCharsets.UTF_8));
            String lines = EVENT.replace("\n", "").replace("\"data\":{\"total\":3}", "\"data_base64\":\"" + b64 + "\"")
                    + "\n"
                    + EVENT.replace("\n", "").replace("\"data\":{\"total\":3}", "\"data_base64\":\"AAEC\"")
                            .replace("application/json", "application/octet-stream") + "\n"
                    + EVENT.replace("\n", "").replace("\"data\":{\"total\":3}", "\"data_base64\":\"bm90IGpzb24=\"")
                            .replace("application/json", "application/cloudevents+json; charset=utf-8") + "\n";

            EventLog log = load(write(dir, "events.jsonl", lines));

            assertPlaced(log);
            assertEquals(json("\"AAEC\""), log.data(1));
            assertEquals(List.of(new Rejection(3, "data_base64: datacontenttype is application/cloudevents+json; "
                    + "charset=utf-8 but the decoded data is not JSON", "")),
                    log.rejections().stream().map(r -> new Rejection(r.record(), r.reason(), "")).toList());
            assertEquals("data_base64", log.mapping().get("data"));
        }

        @Test
        void aSingleObjectThatIsNoCloudEventIsStillRefused() throws Exception {
            Path file = write(dir, "doc.json", "{\n\"items\": []\n}");

            assertThrows(SourceException.class, () -> load(file));
        }
    }
}
