package dev.chronoscope.source;

import static dev.chronoscope.source.Fixtures.load;
import static dev.chronoscope.source.Fixtures.write;
import static dev.chronoscope.source.Fixtures.writeGzip;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chronoscope.event.EventLog;
import dev.chronoscope.event.Json;
import dev.chronoscope.event.Rejection;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The CSV reader: delimiters, quoting, encodings, typing, roles, times and rejections by line. */
class CsvReaderTest {

    @TempDir
    Path dir;

    static JsonNode json(String text) throws Exception {
        return Json.MAPPER.readTree(text);
    }

    static List<JsonNode> data(EventLog log) {
        return IntStream.range(0, log.size()).mapToObj(log::data).toList();
    }

    static List<String> streams(EventLog log) {
        return IntStream.range(0, log.size()).mapToObj(log::stream).toList();
    }

    static List<Instant> times(EventLog log) {
        return IntStream.range(0, log.size()).mapToObj(log::time).toList();
    }

    static List<Rejection> reasons(EventLog log) {
        return log.rejections().stream().map(r -> new Rejection(r.record(), r.reason(), "")).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
        "log.csv # ,",
        "log.csv # ;",
        "log.tsv # '\t'",
        "log.txt # '\t'",
        "log.csv # |"})
    void detectsTheDelimiter(String name, String delimiter) throws Exception {
        String d = delimiter;
        String csv = String.join(d, "case_id", "activity", "timestamp", "amount") + "\n"
                + String.join(d, "c1", "Opened", "2024-01-01T10:00:00Z", "5") + "\n"
                + String.join(d, "c2", "Closed", "2024-01-01T11:00:00Z", "\"x, y; z\"") + "\n";

        EventLog log = load(write(dir, name, csv));

        assertEquals(List.of("c1", "c2"), streams(log));
        assertEquals(List.of(json("{\"amount\":5}"), json("{\"amount\":\"x, y; z\"}")), data(log));
    }

    @Test
    void quotedFieldsMayHoldDelimitersQuotesAndNewlines() throws Exception {
        String csv = """
                case_id,activity,note
                c1,Opened,"a, ""quoted"" word"
                c1,Noted,"two
                lines"
                c1,Closed,
                c1,,broken
                """;

        EventLog log = load(write(dir, "log.csv", csv));

        assertEquals(List.of(json("{\"note\":\"a, \\\"quoted\\\" word\"}"), json("{\"note\":\"two\\nlines\"}"),
                json("{}")), data(log));
        // the quoted newline makes row 4 start on physical line 5, and the bad row on line 6
        assertEquals(List.of(new Rejection(6, "missing type: expected a value in column 'activity'", "")), reasons(log));
        assertEquals(4, log.records());
    }

    @Test
    void rejectionsNameThePhysicalLineAndWhatWasExpected() throws Exception {
        String csv = "case_id,activity,timestamp,version\n"
                + "c1,A,2024-01-01T10:00:00Z,1\n"
                + "\n"
                + "c1,B,yesterday,2\n"
                + "c1,C,2024-01-01T10:00:00Z,two\n"
                + ",D,2024-01-01T10:00:00Z,3\n"
                + "c1,E,2024-01-01T10:00:00Z,4,extra\n";

        EventLog log = load(write(dir, "log.csv", csv));

        assertEquals(1, log.size());
        assertEquals(List.of(4L, 5L, 6L, 7L), log.rejections().stream().map(Rejection::record).toList());
        assertTrue(log.rejections().get(0).reason().startsWith("time: cannot read 'yesterday' as a timestamp"),
                log.rejections().get(0).reason());
        assertEquals("version: expected an integer, got \"two\"", log.rejections().get(1).reason());
        assertEquals("missing stream: expected a value in column 'case_id'", log.rejections().get(2).reason());
        assertEquals("expected 4 cells (the header's columns), got 5", log.rejections().get(3).reason());
        assertEquals("c1,E,2024-01-01T10:00:00Z,4,extra", log.rejections().get(3).excerpt());
        assertEquals(5, log.records());
    }

    @Test
    void strictModeStopsAtTheFirstBadRowWithItsLine() throws Exception {
        Path file = write(dir, "log.csv", "case_id,activity\nc1,A\nc1,\n");

        SourceException e = assertThrows(SourceException.class, () -> load(file, LoadOptions.defaults().withStrict(true)));

        assertEquals(file + ":3: missing type: expected a value in column 'activity'", e.getMessage());
    }

    @Test
    void cellsAreStringsExceptJsonNumbersAndBooleans() throws Exception {
        String csv = """
                case_id;activity;a;b;c;d;e;f;g;h;i;j
                c1;A;-12;3.5;007;true;false;TRUE;1e3;.5;0;  7
                """;

        EventLog log = load(write(dir, "log.csv", csv));

        assertEquals(json("""
                {"a":-12,"b":3.5,"c":"007","d":true,"e":false,"f":"TRUE","g":1e3,"h":".5","i":0,"j":"  7"}"""),
                log.data(0));
        assertEquals("{\"a\":-12,\"b\":3.5,\"c\":\"007\",\"d\":true,\"e\":false,\"f\":\"TRUE\",\"g\":1e3,\"h\":\".5\","
                + "\"i\":0,\"j\":\"  7\"}", log.dataJson(0));
    }

    @Test
    void theNullTokenCountsAsEmpty() throws Exception {
        String csv = "number,incident_state,sys_updated_at,assigned_to,priority\n"
                + "INC1,New,29/2/2016 01:23,?,3 - Moderate\n"
                + "INC1,Active,?,Bob,?\n";

        EventLog log = load(write(dir, "log.csv", csv), LoadOptions.defaults().withNullToken("?")
                .withMap("stream", "number").withMap("type", "incident_state").withMap("time", "sys_updated_at"));

        assertEquals(List.of(json("{\"priority\":\"3 - Moderate\"}"), json("{\"assigned_to\":\"Bob\"}")), data(log));
        assertEquals(Instant.parse("2016-02-29T01:23:00Z"), log.time(0));
        assertEquals(null, log.time(1));
        assertEquals(Map.of("stream", "number", "type", "incident_state", "time", "sys_updated_at",
                "data", "(other columns)"), log.mapping());
    }

    @Test
    void readsUtf8WithAndWithoutByteOrderMark() throws Exception {
        String csv = "case_id,activity,name\nc1,A,Jürgen Ø\n";
        byte[] plain = csv.getBytes(StandardCharsets.UTF_8);
        byte[] bom = new byte[plain.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(plain, 0, bom, 3, plain.length);

        for (byte[] content : List.of(plain, bom)) {
            EventLog log = load(write(dir, "log.csv", content));
            assertEquals(json("{\"name\":\"Jürgen Ø\"}"), log.data(0));
            assertEquals("case_id", log.mapping().get("stream"));
        }
    }

    @Test
    void readsLatin1OnRequest() throws Exception {
        byte[] latin1 = "case_id;activity;city\nc1;A;Düsseldorf\n".getBytes(StandardCharsets.ISO_8859_1);
        Path file = write(dir, "log.csv", latin1);

        EventLog log = load(file, LoadOptions.defaults().withEncoding(StandardCharsets.ISO_8859_1));
        SourceException asUtf8 = assertThrows(SourceException.class, () -> load(file));

        assertEquals(json("{\"city\":\"Düsseldorf\"}"), log.data(0));
        assertTrue(asUtf8.getMessage().contains("give --encoding"), asUtf8.getMessage());
    }

    @Test
    void processMiningColumnsTakeTheRolesAndTheRestIsData() throws Exception {
        String csv = """
                Case ID,Activity,Complete Timestamp,org:group,lifecycle:transition
                A,ER Registration,2014/10/22 11:15:41.000,A,complete
                """;

        EventLog log = load(write(dir, "log.csv", csv));

        assertEquals(Map.of("stream", "Case ID", "type", "Activity", "time", "Complete Timestamp",
                "data", "(other columns)"), log.mapping());
        assertEquals(List.of("A", "ER Registration", Instant.parse("2014-10-22T11:15:41Z")),
                List.of(log.stream(0), log.type(0), log.time(0)));
        assertEquals(json("{\"org:group\":\"A\",\"lifecycle:transition\":\"complete\"}"), log.data(0));
    }

    @Test
    void withoutAStreamColumnTheLogIsOneStreamNamedAll() throws Exception {
        EventLog log = load(write(dir, "log.csv", "activity,x\nA,1\nB,2\n"));

        assertEquals(List.of("all", "all"), streams(log));
    }

    @Test
    void withoutATypeColumnTheFileIsRefusedNamingTheHeader() throws Exception {
        Path file = write(dir, "log.csv", "case,when\nc1,2024-01-01\n");

        SourceException e = assertThrows(SourceException.class, () -> load(file));

        assertTrue(e.getMessage().startsWith(file + ": no column for the event type: expected one of concept:name, "
                + "Activity, activity, eventType"), e.getMessage());
        assertTrue(e.getMessage().endsWith("--map type=COLUMN; the header has: case, when"), e.getMessage());
    }

    @Test
    void aMappedColumnThatDoesNotExistIsRefused() throws Exception {
        Path file = write(dir, "log.csv", "case,activity\nc1,A\n");

        SourceException e = assertThrows(SourceException.class,
                () -> load(file, LoadOptions.defaults().withMap("stream", "Case")));

        assertEquals(file + ": --map stream=Case: no such column; the header has: case, activity", e.getMessage());
    }

    @Test
    void emptyAndRepeatedHeaderNamesAreMadeUnique() throws Exception {
        EventLog log = load(write(dir, "log.csv", "activity,x,,x\nA,1,2,3\n"));

        assertEquals(json("{\"x\":1,\"column 3\":2,\"x_2\":3}"), log.data(0));
    }

    @Test
    void dayFirstDatesAreReadDayFirst() throws Exception {
        String csv = "case_id,activity,timestamp\nc,A,3/4/2016 10:00\nc,B,29/2/2016 01:23\n";

        EventLog log = load(write(dir, "log.csv", csv));

        assertEquals(List.of(Instant.parse("2016-04-03T10:00:00Z"), Instant.parse("2016-02-29T01:23:00Z")), times(log));
    }

    @Test
    void aColumnWhoseDatesAreMonthFirstIsReadMonthFirstThroughout() throws Exception {
        // 3/4 alone is ambiguous; 2/29 later in the file settles the column as month-first
        String csv = "case_id,activity,timestamp\nc,A,3/4/2016 10:00\nc,B,2/29/2016 01:23\n";

        EventLog log = load(write(dir, "log.csv", csv));

        assertEquals(List.of(Instant.parse("2016-03-04T10:00:00Z"), Instant.parse("2016-02-29T01:23:00Z")), times(log));
    }

    @Test
    void aTimeFormatPatternReadsTheTimeColumn() throws Exception {
        String csv = "case_id,activity,timestamp\nc,A,04.03.2016 10h00\nc,B,2016-03-04\n";

        EventLog log = load(write(dir, "log.csv", csv), LoadOptions.defaults().withTimeFormat("dd.MM.yyyy HH'h'mm")
                .withZone(ZoneId.of("Europe/Berlin")));

        assertEquals(Instant.parse("2016-03-04T09:00:00Z"), log.time(0));
        assertEquals(List.of(new Rejection(3, "time: cannot read '2016-03-04' with the time format 'dd.MM.yyyy HH'h'mm'",
                "")), reasons(log));
    }

    @Test
    void anInvalidTimeFormatIsRefusedUpFront() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LoadOptions.defaults().withTimeFormat("yyyy-MM-dd'T"));

        assertTrue(e.getMessage().startsWith("invalid time format 'yyyy-MM-dd'T'"), e.getMessage());
    }

    @Test
    void mixedOffsetsAcrossADaylightSavingChangeGiveTheRightInstants() throws Exception {
        // receipt.csv style: +02:00 in summer, +01:00 after the change on 2011-10-30
        String csv = """
                case:concept:name,concept:name,time:timestamp
                c,A,2011-10-30 02:30:00.000000+02:00
                c,B,2011-10-30 02:10:00.000000+01:00
                c,C,2011-10-30 02:20:00+01:00
                """;

        EventLog log = load(write(dir, "log.csv", csv), LoadOptions.defaults().withOrderByTime(true));

        assertEquals(List.of("A", "B", "C"), IntStream.range(0, 3).mapToObj(log::type).toList());
        assertEquals(List.of(Instant.parse("2011-10-30T00:30:00Z"), Instant.parse("2011-10-30T01:10:00Z"),
                Instant.parse("2011-10-30T01:20:00Z")), times(log));
    }

    @Test
    void zonelessTimesFollowTheZoneAcrossADaylightSavingChange() throws Exception {
        String csv = "case_id,activity,timestamp\nc,A,2024-03-30 12:00\nc,B,2024-03-31 12:00\n";

        EventLog log = load(write(dir, "log.csv", csv), LoadOptions.defaults().withZone(ZoneId.of("Europe/Amsterdam")));

        assertEquals(List.of(Instant.parse("2024-03-30T11:00:00Z"), Instant.parse("2024-03-31T10:00:00Z")), times(log));
    }

    @Test
    void orderTimeSortsRowsStablyByTime() throws Exception {
        String csv = "case_id,activity,timestamp\nc,B,2024-01-02\nc,A,2024-01-01\nc,C,2024-01-02\nc,D,\n";

        EventLog file = load(write(dir, "log.csv", csv));
        EventLog time = load(write(dir, "log.csv", csv), LoadOptions.defaults().withOrderByTime(true));

        assertEquals(List.of("B", "A", "C", "D"), IntStream.range(0, 4).mapToObj(file::type).toList());
        assertEquals(List.of("A", "B", "C", "D"), IntStream.range(0, 4).mapToObj(time::type).toList());
    }

    @Test
    void epochMillisecondsAreTimesToo() throws Exception {
        EventLog log = load(write(dir, "log.csv", "case_id,activity,timestamp\nc,A,1700000000000\n"));

        assertEquals(Instant.ofEpochMilli(1_700_000_000_000L), log.time(0));
    }

    @Test
    void readsGzipCompressedCsv() throws Exception {
        EventLog log = load(writeGzip(dir, "log.csv.gz", "case_id;activity\nc1;A\nc2;B\n"));

        assertEquals(List.of("c1", "c2"), streams(log));
    }

    @Test
    void explicitDataAndMetadataColumnsHoldJson() throws Exception {
        String csv = "stream_id,type,data,metadata,extra\n"
                + "s,Opened,\"{\"\"a\"\":1}\",\"{\"\"user\"\":\"\"x\"\"}\",dropped\n"
                + "s,Closed,not json,,\n";

        EventLog log = load(write(dir, "log.csv", csv),
                LoadOptions.defaults().withMap("data", "data").withMap("metadata", "metadata"));

        assertEquals(List.of(json("{\"a\":1}")), data(log));
        assertEquals(json("{\"user\":\"x\"}"), log.metadata(0));
        assertEquals(List.of(new Rejection(3, "data: column 'data' is not JSON", "")), reasons(log));
    }

    @Test
    void anUnclosedQuoteRejectsTheRestWithItsLine() throws Exception {
        String csv = "case_id,activity,note\nc,A,ok\nc,B,\"never closed\nc,C,x\n";

        EventLog log = load(write(dir, "log.csv", csv));

        assertEquals(1, log.size());
        assertEquals(1, log.rejections().size());
        assertEquals(3, log.rejections().get(0).record());
        assertTrue(log.rejections().get(0).reason().startsWith("invalid CSV: "), log.rejections().get(0).reason());
    }

    @Test
    void anEmptyFileIsAnEmptyLog() throws Exception {
        EventLog log = load(write(dir, "log.csv", ""));

        assertEquals(0, log.records());
    }
}
