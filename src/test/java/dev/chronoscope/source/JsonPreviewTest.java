package dev.chronoscope.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chronoscope.event.EventLog;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonPreviewTest {

    @TempDir
    Path dir;

    private Path write(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    /** Ledger entries whose aggregate id sits in the metadata, under a name detection does not know. */
    private Path ledger() throws Exception {
        return write("ledger.jsonl", """
                {"eventType":"Opened","at":"2024-01-01T10:00:00Z","meta":{"account":"acc-1","user":"ann"},"data":{"balance":0}}

                {"eventType":"Deposited","at":"2024-01-01T10:05:00Z","meta":{"account":"acc-1","user":"ann"},"data":{"balance":10}}
                {"eventType":"Opened","at":"2024-01-01T11:00:00Z","meta":{"account":"acc-2"},"data":{"balance":5}}
                {"at":"2024-01-01T12:00:00Z","meta":{"account":"acc-2"},"data":{"balance":6}}
                """);
    }

    @Test
    void columnsAreTopLevelKeysThenThePointersIntoObjectValues() throws Exception {
        JsonPreview p = JsonPreview.read(ledger(), LoadOptions.defaults(), 200);
        assertEquals(Format.JSONL, p.format());
        assertEquals(List.of("eventType", "at", "meta", "/meta/account", "/meta/user", "data", "/data/balance"),
                p.columns());
        assertEquals(4, p.rows().size());
        assertEquals(List.of("Opened", "2024-01-01T10:00:00Z", "{\"account\":\"acc-1\",\"user\":\"ann\"}", "acc-1", "ann",
                "{\"balance\":0}", "0"), p.rows().get(0));
        assertEquals("", p.rows().get(2).get(4)); // acc-2's first record has no user
        // the loader's own detection: type, metadata, data; no stream key, no known time key
        assertEquals(Arrays.asList(Role.TYPE, null, Role.METADATA, null, null, Role.DATA, null), p.detected());
        assertTrue(p.mappingUncertain());
        assertFalse(p.cloudEvents());
    }

    @Test
    void checkIsTheLoaderOnTheFirstRecordsWithTheFileLineNumbers() throws Exception {
        Path f = ledger();
        PreviewCheck plain = JsonPreview.check(f, LoadOptions.defaults(), 200);
        assertEquals(4, plain.records());
        assertEquals(1, plain.rejected());
        assertEquals(5, plain.firstLine()); // line 2 is blank
        assertTrue(plain.firstReason().startsWith("missing type"), plain.firstReason());
        assertNull(plain.mapping().get("stream")); // one stream, "all"

        LoadOptions mapped = LoadOptions.defaults().withMapping(Map.of("stream", "/meta/account", "time", "at"));
        PreviewCheck check = JsonPreview.check(f, mapped, 200);
        assertEquals("/meta/account", check.mapping().get("stream"));
        assertEquals("at", check.mapping().get("time"));
        assertEquals(1, check.rejected());
        // the same as a full load of the file
        EventLog log = EventLogLoader.load(f, mapped, null);
        assertEquals(log.rejections().size(), check.rejected());
        assertEquals(log.rejections().get(0).reason(), check.firstReason());
        assertEquals(2, log.streamCount());
    }

    @Test
    void readsAtMostTheRequestedRecords() throws Exception {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < 500; i++) {
            sb.append(i == 0 ? "" : ",").append("{\"kind\":\"A\",\"ref\":\"r").append(i % 7).append("\"}");
        }
        Path f = write("many.json", sb.append("]").toString());
        JsonPreview p = JsonPreview.read(f, null, 200);
        assertEquals(Format.JSON, p.format());
        assertEquals(200, p.rows().size());
        PreviewCheck check = JsonPreview.check(f, LoadOptions.defaults().withMapping(Map.of("stream", "ref", "type", "kind")), 200);
        assertEquals(200, check.records());
        assertTrue(check.clean());
    }

    @Test
    void jsonArraysCountRecordsAndAnEventsObjectIsAnArray() throws Exception {
        Path f = write("wrapped.json", """
                {"events": [
                  {"type": "A", "streamId": "s1"},
                  {"streamId": "s1"},
                  {"type": "B", "streamId": "s2"}
                ]}
                """);
        JsonPreview p = JsonPreview.read(f, null, 200);
        assertEquals(List.of("type", "streamId"), p.columns());
        assertEquals(Arrays.asList(Role.TYPE, Role.STREAM), p.detected());
        assertFalse(p.mappingUncertain());
        PreviewCheck check = JsonPreview.check(f, null, 200);
        assertEquals(1, check.rejected());
        assertEquals(2, check.firstLine()); // the second record
    }

    @Test
    void cloudEventsAndUsualKeysAreCertainOthersAreNot() throws Exception {
        Path ce = write("ce.jsonl", "{\"specversion\":\"1.0\",\"id\":\"1\",\"source\":\"/x\",\"type\":\"t\",\"data\":{}}\n");
        Path usual = write("usual.jsonl", "{\"streamId\":\"a\",\"eventType\":\"E\"}\n");
        Path noStream = write("nostream.jsonl", "{\"eventType\":\"E\",\"data\":{}}\n");
        Path csv = write("x.csv", "a,b\n1,2\n");
        assertFalse(JsonPreview.mappingUncertain(ce, null));
        assertTrue(JsonPreview.read(ce, null, 200).cloudEvents());
        assertFalse(JsonPreview.mappingUncertain(usual, null));
        assertTrue(JsonPreview.mappingUncertain(noStream, null));
        assertFalse(JsonPreview.mappingUncertain(csv, null));
        assertFalse(JsonPreview.mappingUncertain(dir.resolve("gone.jsonl"), null));
    }

    @Test
    void gzipAndZipEntriesPreviewToo() throws Exception {
        Path gz = dir.resolve("log.jsonl.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write("{\"kind\":\"A\",\"who\":\"x\"}\n".getBytes(StandardCharsets.UTF_8));
        }
        assertEquals(List.of("kind", "who"), JsonPreview.read(gz, null, 200).columns());
        Path zip = dir.resolve("two.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("a.jsonl"));
            out.write("{\"kind\":\"A\"}\n".getBytes(StandardCharsets.UTF_8));
            out.putNextEntry(new ZipEntry("b.jsonl"));
            out.write("{\"streamId\":\"s\",\"type\":\"B\"}\n".getBytes(StandardCharsets.UTF_8));
        }
        assertEquals(List.of("kind"), JsonPreview.read(zip, LoadOptions.defaults().withEntry("a.jsonl"), 200).columns());
        assertTrue(JsonPreview.mappingUncertain(zip, "a.jsonl"));
        assertFalse(JsonPreview.mappingUncertain(zip, "b.jsonl"));
    }

    @Test
    void theTimeFormatAppliesToJsonTimes() throws Exception {
        Path f = write("dates.jsonl", "{\"streamId\":\"a\",\"type\":\"E\",\"time\":\"29.02.2016 01:23\"}\n");
        LoadOptions o = LoadOptions.defaults().withTimeFormat("dd.MM.yyyy HH:mm");
        assertTrue(JsonPreview.check(f, o, 200).clean());
        EventLog log = EventLogLoader.load(f, o.withZone(java.time.ZoneId.of("Europe/Amsterdam")), null);
        assertEquals("2016-02-29T00:23:00Z", log.time(0).toString());
    }

    @Test
    void theNeosExportAsksForTheStreamAndLoadsPerNodeAggregateOnceGiven() throws Exception {
        Path neos = dev.chronoscope.SharedData.file("realdata/neos-demo/events.jsonl");
        JsonPreview p = JsonPreview.read(neos, null, JsonPreview.RECORDS);
        assertTrue(p.mappingUncertain());
        assertEquals(200, p.rows().size());
        assertTrue(p.columns().contains("/payload/nodeAggregateId"), p.columns().toString());
        LoadOptions o = LoadOptions.defaults().withMap("stream", "/payload/nodeAggregateId");
        assertTrue(JsonPreview.check(neos, o, JsonPreview.RECORDS).clean());
        EventLog log = EventLogLoader.load(neos, o, null);
        // 210 lines; the last event (NodeReferencesWereSet)
        // names its aggregate sourceNodeAggregateId, past the preview, so the load rejects it
        assertEquals(209, log.size());
        assertEquals(1, log.rejections().size());
        assertEquals(210, log.rejections().get(0).record());
        assertEquals(188, log.streamCount()); // distinct payload.nodeAggregateId values in the file (counted apart)
    }
}
