package dev.chronoscope.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chronoscope.event.EventLog;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvPreviewTest {

    @TempDir
    Path dir;

    private Path csv(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void readsHeaderDelimiterRowsAndDetectedRoles() throws Exception {
        Path f = csv("log.csv", "Case ID;Activity;Complete Timestamp;Resource\n"
                + "c1;Start;2024-01-01T10:00:00Z;ann\n"
                + "\n"
                + "c1;\"End; really\";2024-01-01T11:00:00Z;bob\n");
        CsvPreview p = CsvPreview.read(f, LoadOptions.defaults(), 200);
        assertEquals(';', p.delimiter());
        assertEquals(List.of("Case ID", "Activity", "Complete Timestamp", "Resource"), p.columns());
        assertEquals(List.of(List.of("c1", "Start", "2024-01-01T10:00:00Z", "ann"),
                List.of("c1", "End; really", "2024-01-01T11:00:00Z", "bob")), p.rows());
        assertEquals(Arrays.asList(Role.STREAM, Role.TYPE, Role.TIME, null), p.detected());
    }

    @Test
    void readsAtMostTheRequestedRecords() throws Exception {
        StringBuilder sb = new StringBuilder("case,activity\n");
        for (int i = 0; i < 500; i++) {
            sb.append("c").append(i).append(",a\n");
        }
        Path f = csv("many.csv", sb.toString());
        assertEquals(200, CsvPreview.read(f, LoadOptions.defaults(), 200).rows().size());
        PreviewCheck check = CsvPreview.check(f, LoadOptions.defaults(), 200);
        assertEquals(new PreviewCheck(200, 0, 0, null, null, Map.of("type", "activity", "data", "(other columns)")), check);
    }

    @Test
    void theGivenDelimiterWinsOverDetection() throws Exception {
        Path f = csv("pipes.csv", "type|note\nA|x,y,z\n");
        CsvPreview p = CsvPreview.read(f, LoadOptions.defaults().withDelimiter('|'), 10);
        assertEquals(List.of("type", "note"), p.columns());
        assertEquals(List.of(List.of("A", "x,y,z")), p.rows());
    }

    @Test
    void checkCountsRejectionsWithTheFirstReason() throws Exception {
        Path f = csv("gaps.csv", "number,state,updated\nINC1,New,2016-02-29 01:23\nINC1,?,2016-02-29 02:00\nINC2,,x\n");
        LoadOptions o = LoadOptions.defaults().withMapping(Map.of("stream", "number", "type", "state", "time", "updated"));
        PreviewCheck plain = CsvPreview.check(f, o, 200);
        assertEquals(3, plain.records());
        assertEquals(1, plain.rejected());
        assertEquals(4, plain.firstLine());
        assertEquals("missing type: expected a value in column 'state'", plain.firstReason());

        PreviewCheck withNull = CsvPreview.check(f, o.withNullToken("?"), 200);
        assertEquals(2, withNull.rejected());
        assertEquals(3, withNull.firstLine());
    }

    @Test
    void checkReportsALoadThatWouldFailAsAFailure() throws Exception {
        Path f = csv("notype.csv", "who,what\nx,y\n");
        PreviewCheck check = CsvPreview.check(f, LoadOptions.defaults(), 200);
        assertTrue(check.failure().contains("no column for the event type"), check.failure());
        assertTrue(CsvPreview.check(f, LoadOptions.defaults().withMap("type", "what"), 200).clean());
        assertTrue(CsvPreview.check(f, LoadOptions.defaults().withMap("type", "nope"), 200).failure()
                .contains("no such column"));
    }

    @Test
    void anEmptyFieldTakesNoColumnAndIgnoredColumnsLeaveTheData() throws Exception {
        Path f = csv("roles.csv", "id,type,version,note,secret\n7,A,x,hi,pw\n");
        // version 'x' would be rejected; mapped to no column it is data
        assertEquals(1, CsvPreview.check(f, LoadOptions.defaults(), 200).rejected());
        LoadOptions o = LoadOptions.defaults().withMap("version", "").withIgnored(Set.of("secret"));
        assertTrue(CsvPreview.check(f, o, 200).clean());
        EventLog log = EventLogLoader.load(f, o, null);
        assertEquals("{\"version\":\"x\",\"note\":\"hi\"}", log.dataJson(0));
    }

    @Test
    void noFileIsASourceException() {
        try {
            CsvPreview.read(dir.resolve("none.csv"), null, 10);
        } catch (SourceException e) {
            assertTrue(e.getMessage().endsWith("file not found"));
            return;
        }
        throw new AssertionError("expected a SourceException");
    }

    @Test
    void detectedRolesAreThoseWithoutTheMapping() throws Exception {
        Path f = csv("m.csv", "stream,type\ns,t\n");
        CsvPreview p = CsvPreview.read(f, LoadOptions.defaults().withMap("stream", "type"), 10);
        assertEquals(Arrays.asList(Role.STREAM, Role.TYPE), p.detected());
        assertNull(CsvPreview.check(f, LoadOptions.defaults(), 10).firstReason());
    }
}
