package dev.chronoscope.source;

import static dev.chronoscope.source.Fixtures.load;
import static dev.chronoscope.source.Fixtures.write;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chronoscope.event.Event;
import dev.chronoscope.event.EventLog;
import dev.chronoscope.event.Json;
import dev.chronoscope.event.Rejection;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FieldMappingTest {

    @TempDir
    Path dir;

    private EventLog loadLines(String content, LoadOptions options) throws Exception {
        return load(write(dir, "log.jsonl", content), options);
    }

    private static JsonNode json(String text) throws Exception {
        return Json.MAPPER.readTree(text);
    }

    static Stream<Arguments> everyKeyOfEveryRole() {
        return Role.ALL.stream().flatMap(role -> role.keys.stream().map(key -> Arguments.of(role.roleName, key)));
    }

    @ParameterizedTest(name = "{0} from {1}")
    @MethodSource("everyKeyOfEveryRole")
    void fillsEachRoleFromEachKeyOfTheTable(String role, String key) throws Exception {
        String base = switch (role) {
            case "stream" -> "{\"eventType\":\"T\"";
            case "type" -> "{\"streamId\":\"s1\"";
            default -> "{\"streamId\":\"s1\",\"eventType\":\"T\"";
        };
        String value = switch (role) {
            case "version" -> "7";
            case "time" -> "\"2024-01-01T10:00:00Z\"";
            case "data" -> "{\"a\":1}";
            case "metadata" -> "{\"m\":true}";
            case "stream" -> "\"s1\"";
            case "type" -> "\"T\"";
            default -> "\"v\"";
        };
        EventLog log = loadLines(base + ",\"" + key + "\":" + value + "}\n", LoadOptions.defaults());

        Event e = log.event(0);
        Object actual = switch (role) {
            case "id" -> e.id();
            case "stream" -> e.stream();
            case "type" -> e.type();
            case "streamType" -> e.streamType();
            case "version" -> e.version();
            case "time" -> e.time();
            case "data" -> e.data();
            default -> e.metadata();
        };
        Object expected = switch (role) {
            case "version" -> 7L;
            case "time" -> Instant.parse("2024-01-01T10:00:00Z");
            case "data" -> json("{\"a\":1}");
            case "metadata" -> json("{\"m\":true}");
            case "stream" -> "s1";
            case "type" -> "T";
            default -> "v";
        };
        assertEquals(expected, actual);
        assertEquals(key, log.mapping().get(role));
        assertEquals(List.of(), log.rejections());
    }

    @Test
    void triesKeysInTableOrder() throws Exception {
        EventLog log = loadLines("""
                {"stream":"late","streamId":"early","type":"late","eventType":"early","created":"2000-01-01T00:00:00Z","timestamp":"2024-01-01T00:00:00Z","event":{"x":2},"data":{"x":1},"headers":{"h":2},"metadata":{"h":1},"seq":2,"version":1,"identifier":"late","id":"early"}
                """, LoadOptions.defaults());

        assertEquals(new Event(1, "early", "early", null, "early", 1L, Instant.parse("2024-01-01T00:00:00Z"),
                json("{\"x\":1}"), json("{\"h\":1}")), log.event(0));
        assertEquals(Map.of("id", "id", "stream", "streamId", "type", "eventType", "version", "version",
                "time", "timestamp", "data", "data", "metadata", "metadata"), log.mapping());
    }

    @Test
    void reportsTheMappingInRoleOrder() throws Exception {
        EventLog log = loadLines("""
                {"metadata":{},"data":{},"timestamp":1,"version":1,"aggregateType":"A","type":"T","streamId":"s","id":"i"}
                """, LoadOptions.defaults());

        assertEquals(List.of("id", "stream", "type", "streamType", "version", "time", "data", "metadata"),
                List.copyOf(log.mapping().keySet()));
    }

    @Test
    void reportsTheMostCommonKeyWhenRecordsDiffer() throws Exception {
        EventLog log = loadLines("""
                {"aggregate_id":"a","type":"T"}
                {"streamId":"b","type":"T"}
                {"streamId":"c","type":"T"}
                """, LoadOptions.defaults());

        assertEquals(Map.of("stream", "streamId", "type", "type"), log.mapping());
        assertEquals(List.of("a", "b", "c"), List.of(log.stream(0), log.stream(1), log.stream(2)));
    }

    @Nested
    class PayloadTypeRule {

        @Test
        void typeBecomesTheStreamTypeWhenPayloadTypeTookTheTypeRole() throws Exception {
            EventLog log = loadLines("{\"aggregateId\":\"s\",\"payloadType\":\"OrderPlaced\",\"type\":\"Order\"}\n"
                    + "{\"aggregateId\":\"s\",\"payload_type\":\"OrderPaid\",\"type\":\"Order\"}\n", LoadOptions.defaults());

            assertEquals(List.of("OrderPlaced", "OrderPaid"), List.of(log.type(0), log.type(1)));
            assertEquals(List.of("Order", "Order"), List.of(log.streamType(0), log.streamType(1)));
            assertEquals("type", log.mapping().get("streamType"));
        }

        @Test
        void typeIsNoStreamTypeWhenAnotherKeyTookTheTypeRole() throws Exception {
            EventLog log = loadLines("{\"streamId\":\"s\",\"eventType\":\"OrderPlaced\",\"type\":\"Order\"}\n",
                    LoadOptions.defaults());

            assertEquals(new Event(1, null, "s", null, "OrderPlaced", null, null, null, null), log.event(0));
        }

        @Test
        void anAggregateTypeKeyWinsOverType() throws Exception {
            EventLog log = loadLines("{\"streamId\":\"s\",\"payloadType\":\"P\",\"type\":\"Order\",\"aggregateType\":\"Agg\"}\n",
                    LoadOptions.defaults());

            assertEquals("Agg", log.streamType(0));
        }
    }

    @Nested
    class Overrides {

        @Test
        void aJsonPointerReachesIntoThePayload() throws Exception {
            EventLog log = loadLines("""
                    {"identifier":"e1","type":"Created","payload":{"node":{"id":"n1"},"n":5},"metadata":[]}
                    {"identifier":"e2","type":"Moved","payload":{"node":{"id":"n2"},"n":6},"metadata":[]}
                    {"identifier":"e3","type":"Removed","payload":{"node":{"id":"n1"}},"metadata":[]}
                    """, LoadOptions.defaults().withMap("stream", "/payload/node/id").withMap("version", "/payload/n"));

            assertEquals(new Event(1, "e1", "n1", null, "Created", 5L, null, json("{\"node\":{\"id\":\"n1\"},\"n\":5}"),
                    json("[]")), log.event(0));
            assertEquals(List.of("n1", "n2", "n1"), List.of(log.stream(0), log.stream(1), log.stream(2)));
            assertEquals(2, log.streamCount());
            Map<String, String> expected = new LinkedHashMap<>();
            expected.put("id", "identifier");
            expected.put("stream", "/payload/node/id");
            expected.put("type", "type");
            expected.put("version", "/payload/n");
            expected.put("data", "payload");
            expected.put("metadata", "metadata");
            assertEquals(expected, log.mapping());
        }

        @Test
        void aRecordWithoutTheOverriddenStreamIsRejected() throws Exception {
            EventLog log = loadLines("""
                    {"type":"A","payload":{"node":"n1"}}
                    {"type":"B","payload":{}}
                    """, LoadOptions.defaults().withMap("stream", "/payload/node"));

            assertEquals(1, log.size());
            assertEquals(List.of(new Rejection(2, "missing stream: expected /payload/node",
                    "{\"type\":\"B\",\"payload\":{}}")), log.rejections());
        }

        @Test
        void aJsonPointerCanTakeAWholeObjectAsData() throws Exception {
            EventLog log = loadLines("{\"streamId\":\"s\",\"type\":\"T\",\"payload\":{\"inner\":{\"a\":[1,2]}}}\n",
                    LoadOptions.defaults().withMap("data", "/payload/inner"));

            assertEquals(json("{\"a\":[1,2]}"), log.data(0));
        }

        @Test
        void aTopLevelKeyReplacesTheTable() throws Exception {
            EventLog log = loadLines("{\"streamId\":\"s\",\"account\":\"acc-1\",\"type\":\"T\",\"kind\":\"K\",\"at\":\"2024-01-01\"}\n",
                    LoadOptions.defaults().withMap("stream", "account").withMap("type", "kind").withMap("time", "at"));

            assertEquals(new Event(1, null, "acc-1", null, "K", null, Instant.parse("2024-01-01T00:00:00Z"), null, null),
                    log.event(0));
            assertEquals(Map.of("stream", "account", "type", "kind", "time", "at"), log.mapping());
        }

        @Test
        void anUnknownRoleIsRefused() {
            IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                    () -> LoadOptions.defaults().withMap("colour", "x"));
            assertEquals("unknown role 'colour': expected one of id, stream, type, streamType, version, time, data, metadata",
                    e.getMessage());
        }
    }

    @Test
    void readsCloudEvents() throws Exception {
        EventLog log = loadLines("""
                {"specversion":"1.0","id":"ce-1","source":"/orders","type":"com.example.order.placed","subject":"order-17","time":"2024-01-01T10:00:00Z","datacontenttype":"application/json","data":{"total":3}}
                """, LoadOptions.defaults());

        assertEquals(new Event(1, "ce-1", "order-17", "/orders", "com.example.order.placed", null,
                Instant.parse("2024-01-01T10:00:00Z"), json("{\"total\":3}"), null), log.event(0));
        assertEquals(Map.of("id", "id", "stream", "subject", "type", "type", "streamType", "source", "time", "time",
                "data", "data"), log.mapping());
    }

    @Test
    void cloudEventsTakeTypeEvenWhenEventTypeIsPresent() throws Exception {
        EventLog log = loadLines("{\"specversion\":\"1.0\",\"id\":\"1\",\"source\":\"s\",\"type\":\"ce.type\","
                + "\"eventType\":\"other\",\"subject\":\"x\"}\n", LoadOptions.defaults());

        assertEquals("ce.type", log.type(0));
    }

    @Nested
    class AllStream {

        @Test
        void aLogWithoutAnyStreamKeyIsOneStreamNamedAll() throws Exception {
            EventLog log = loadLines("""
                    {"type":"A","data":{"n":1}}
                    {"type":"B","data":{"n":2}}
                    """, LoadOptions.defaults());

            assertEquals(List.of("all", "all"), List.of(log.stream(0), log.stream(1)));
            assertEquals(1, log.streamCount());
            assertEquals(Map.of("type", "type", "data", "data"), log.mapping());
        }

        @Test
        void recordsWithoutAStreamAreRejectedWhenOthersHaveOne() throws Exception {
            EventLog log = loadLines("""
                    {"type":"A"}
                    {"type":"B","streamId":"s1"}
                    {"type":"C"}
                    """, LoadOptions.defaults());

            assertEquals(List.of("s1"), List.of(log.stream(0)));
            assertEquals(List.of(
                    new Rejection(1, "missing stream: expected one of streamId, stream_id, aggregateId, aggregate_id, "
                            + "aggregateIdentifier, subject, streamName, stream_name, stream", "{\"type\":\"A\"}"),
                    new Rejection(3, "missing stream: expected one of streamId, stream_id, aggregateId, aggregate_id, "
                            + "aggregateIdentifier, subject, streamName, stream_name, stream", "{\"type\":\"C\"}")),
                    log.rejections());
        }
    }

    @Test
    void numericStreamIdsUseTheirText() throws Exception {
        EventLog log = loadLines("{\"streamId\":42,\"type\":\"T\"}\n{\"streamId\":4.5,\"type\":\"T\"}\n",
                LoadOptions.defaults());

        assertEquals(List.of("42", "4.5"), List.of(log.stream(0), log.stream(1)));
    }

    @Test
    void dataAndMetadataMayBeAnyJsonValue() throws Exception {
        EventLog log = loadLines("""
                {"streamId":"s","type":"T","data":"text","metadata":[]}
                {"streamId":"s","type":"T","data":12.50,"metadata":true}
                {"streamId":"s","type":"T","data":[1,{"a":"é\\n"}],"metadata":null}
                """, LoadOptions.defaults());

        assertEquals(List.of(json("\"text\""), json("12.50"), json("[1,{\"a\":\"é\\n\"}]")),
                List.of(log.data(0), log.data(1), log.data(2)));
        assertEquals(java.util.Arrays.asList(json("[]"), json("true"), null),
                java.util.Arrays.asList(log.metadata(0), log.metadata(1), log.metadata(2)));
        assertEquals("[1,{\"a\":\"é\\n\"}]", log.dataJson(2));
    }

    @Test
    void versionMayBeAnIntegerString() throws Exception {
        EventLog log = loadLines("{\"streamId\":\"s\",\"type\":\"T\",\"version\":\"12\"}\n", LoadOptions.defaults());

        assertEquals(12L, log.version(0));
    }

    @Test
    void timeMayBeEpochMilliseconds() throws Exception {
        EventLog log = loadLines("{\"streamId\":\"s\",\"type\":\"T\",\"timestamp\":1709288130123}\n", LoadOptions.defaults());

        assertEquals(Instant.parse("2024-03-01T10:15:30.123Z"), log.time(0));
    }

    @Test
    void zoneLessTimesUseTheZoneOption() throws Exception {
        EventLog log = loadLines("{\"streamId\":\"s\",\"type\":\"T\",\"timestamp\":\"2024-01-01 10:00:00\"}\n",
                LoadOptions.defaults().withZone(java.time.ZoneId.of("Europe/Berlin")));

        assertEquals(Instant.parse("2024-01-01T09:00:00Z"), log.time(0));
    }

    @Test
    void ordersByTimeWhenAsked() throws Exception {
        EventLog log = loadLines("""
                {"streamId":"s","type":"B","timestamp":"2024-01-02T00:00:00Z"}
                {"streamId":"s","type":"A","timestamp":"2024-01-01T00:00:00Z"}
                """, LoadOptions.defaults().withOrderByTime(true));

        assertEquals(List.of("A", "B"), List.of(log.type(0), log.type(1)));
    }
}
