package dev.chronoscope.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The fast scanner must give exactly what Jackson gives, for good and bad lines alike. */
class FastScannerTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"id\":\"e1\",\"streamId\":\"s1\",\"type\":\"T\",\"version\":3,\"timestamp\":\"2024-01-01T00:00:00Z\",\"data\":{\"a\":[1,2.5,-3e2,true,false,null,\"x\\\"y\\u00e9\"],\"b\":{}},\"metadata\":[]}",
        "{ \"streamId\" : \"s1\" , \"type\" : \"T\" , \"data\" : { \"k\" : [ ] } }  ",
        "{\"streamId\":\"s1\",\"type\":\"T\",\"data\":{\"é\":\"ünïcödé ✓ 😀\"}}",
        "{\"streamId\":\"s\\u0031\",\"type\":\"T\"}",
        "{\"stream\\u0049d\":\"s1\",\"type\":\"T\"}",
        "{\"streamId\":\"sé\",\"type\":\"T\"}",
        "{\"streamId\":12345678901234567890,\"type\":\"T\",\"version\":1234567890123456789}",
        "{\"streamId\":-0.5e-3,\"type\":\"T\",\"version\":-7}",
        "{\"streamId\":\"s\",\"type\":\"T\",\"version\":1.0}",
        "{\"streamId\":\"s\",\"type\":\"T\",\"version\":\"42\",\"timestamp\":1700000000000}",
        "{\"streamId\":\"s\",\"type\":\"T\",\"timestamp\":\"29/2/2016 01:23\"}",
        "{\"streamId\":\"s\",\"type\":\"T\",\"timestamp\":\"2024-02-30T00:00:00Z\"}",
        "{\"streamId\":\"s\",\"type\":null,\"name\":\"N\"}",
        "{\"streamId\":\"s\",\"type\":\"T\",\"data\":\"just text\",\"metadata\":7}",
        "{\"streamId\":\"s\",\"type\":\"T\",\"streamId\":\"dup\"}",
        "{}",
        "{\"streamId\":\"s\",\"type\":\"T\",}",
        "{\"streamId\":\"s\",\"type\":\"T\",\"data\":{\"a\":1,}}",
        "{\"streamId\":\"s\",\"type\":\"T\",\"data\":[1,]}",
        "{\"streamId\":\"s\",\"type\":\"T\",\"data\":{\"a\":01}}",
        "{\"streamId\":\"s\",\"type\":\"T\",\"data\":{\"a\":1.}}",
        "{\"streamId\":\"s\",\"type\":\"T\",\"data\":{\"a\":.5}}",
        "{\"streamId\":\"s\",\"type\":\"T\",\"data\":{\"a\":tru}}",
        "{\"streamId\":\"s\",\"type\":\"T\",\"data\":{\"a\":truex}}",
        "{\"streamId\":\"s\",\"type\":\"T\",\"data\":{\"a\":\"\\x\"}}",
        "{\"streamId\":\"s\",\"type\":\"T\",\"data\":{\"a\":\"\\u12G4\"}}",
        "{\"streamId\":\"s\",\"type\":\"T\",\"data\":{\"a\" 1}}",
        "{\"streamId\":\"s\",\"type\":\"T\",\"data\":{a:1}}",
        "{\"streamId\":\"s\",\"type\":\"T\",\"data\":{\"a\":1}",
        "{\"streamId\":\"s\",\"type\":\"T\"}}",
        "{\"streamId\":\"s\",\"type\":\"T\"} {\"x\":1}",
        "{\"streamId\":\"s\",\"type\":\"T\",\"data\":[[[[[[[[[[1]]]]]]]]]]}",
        "{\"streamId\":\"s\",\"type\":\"T\",\"data\":{\"a\":\"tab\there\"}}",
        "{\"streamId\":\"s\",\"type\":[\"T\"]}",
        "{\"streamId\":{\"x\":1},\"type\":\"T\"}",
        "{\"streamId\":\"s\",\"type\":\"T\",\"timestamp\":{}}",
        "{\"streamId\":true,\"type\":\"T\"}",
        "{\"streamId\":\"s\",\"type\":\"T\",\"data\":-}",
        "{\"streamId\":\"s\",\"type\":\"T\",\"data\":1e}",
        "{\"specversion\":\"1.0\",\"id\":\"1\",\"source\":\"/x\",\"type\":\"t\",\"subject\":\"s\",\"time\":\"2024-01-01T00:00:00+01:00\",\"data\":{}}",
        "{\"aggregateId\":\"s\",\"payloadType\":\"P\",\"type\":\"Agg\"}",
    })
    void givesWhatJacksonGives(String line) {
        assertEquals(parse(line, false), parse(line, true), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/payload/node", "streamKey"})
    void givesWhatJacksonGivesWithOverrides(String field) {
        String line = "{\"streamKey\":\"k\",\"type\":\"T\",\"payload\":{\"node\":\"n\",\"x\":[1]}}";
        Map<String, String> overrides = Map.of("stream", field);

        assertEquals(parse(line, false, overrides), parse(line, true, overrides));
    }

    private static List<String> parse(String line, boolean fast) {
        return parse(line, fast, Map.of());
    }

    private static List<String> parse(String line, boolean fast, Map<String, String> overrides) {
        byte[] bytes = ("{\"streamId\":\"before\",\"type\":\"B\"}\n" + line + "\n").getBytes(StandardCharsets.UTF_8);
        ChunkResult r = new RecordParser(new FieldMapping(overrides), ZoneOffset.UTC, fast)
                .parseLines(bytes, 0, bytes.length, () -> false);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < r.events; i++) {
            out.add(String.join(" | ", "event " + r.eventRecords[i], r.idBufs[i] == null ? null : new String(r.idBufs[i], r.idOffs[i], r.idLens[i], StandardCharsets.UTF_8), r.streams[i], r.streamTypes[i], r.types[i],
                    Long.toString(r.versions[i]), Long.toString(r.times[i]),
                    r.dataBufs[i] == null ? null : new String(r.dataBufs[i], r.dataOffs[i], r.dataLens[i], StandardCharsets.UTF_8),
                    r.metaBufs[i] == null ? null : new String(r.metaBufs[i], r.metaOffs[i], r.metaLens[i], StandardCharsets.UTF_8)));
        }
        for (int j = 0; j < r.rejections; j++) {
            out.add("rejected " + r.rejectionRecords[j] + ": " + r.reasons[j] + " | " + r.excerpts[j]);
        }
        out.add("lines " + r.lines);
        return out;
    }
}
