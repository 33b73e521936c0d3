package dev.chronoscope.source.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chronoscope.event.Event;
import dev.chronoscope.event.EventLog;
import dev.chronoscope.event.Json;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.PostgresEventTableFactory;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.xml.XStreamSerializer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Event stores written by Axon Framework 4 itself (see {@link AxonWriter}), read back with the
 * {@code axon} preset: every event with the right stream, aggregate type, event type, sequence
 * number, time, payload and metadata, with both of Axon's serializers.
 */
class AxonStoreTest {

    /** What Chronoscope must show for the scenario of {@link AxonWriter#write}, with either serializer. */
    static final List<String> EXPECTED = List.of(
            "gc-1 GiftCard CardIssued 0 2024-03-04T09:00:00Z {\"cardId\":\"gc-1\",\"amount\":100,\"owner\":\"Ana\"} clerk.ana",
            "gc-2 GiftCard CardIssued 0 2024-03-04T09:01:00Z {\"cardId\":\"gc-2\",\"amount\":50,\"owner\":\"Bo\"} clerk.ana",
            "gc-1 GiftCard CardRedeemed 1 2024-03-04T09:02:00Z {\"cardId\":\"gc-1\",\"transactionId\":\"t-1\",\"amount\":30} shop.web",
            "gc-1 GiftCard CardReimbursed 2 2024-03-04T09:03:00Z {\"cardId\":\"gc-1\",\"transactionId\":\"t-1\",\"amount\":30} shop.web",
            "gc-2 GiftCard CardCancelled 1 2024-03-04T09:04:00Z {\"cardId\":\"gc-2\",\"reason\":\"lost\",\"refunded\":true} clerk.lena",
            "gc-3 GiftCard CardIssued 0 2024-03-04T09:05:00Z {\"cardId\":\"gc-3\",\"amount\":75.50,\"owner\":\"Cy\"} clerk.lena",
            "gc-1 GiftCard CardRedeemed 3 2024-03-04T09:06:00Z {\"cardId\":\"gc-1\",\"transactionId\":\"t-2\",\"amount\":20} shop.web",
            "gc-3 GiftCard CardRedeemed 1 2024-03-04T09:07:00Z {\"cardId\":\"gc-3\",\"transactionId\":\"t-3\",\"amount\":75.50} shop.pos");

    static Serializer jackson() {
        return JacksonSerializer.defaultSerializer();
    }

    static Serializer xstream() {
        return XStreamSerializer.defaultSerializer();
    }

    /** The log as comparable lines, checking ids and the full payload type on the way. */
    static List<String> describe(EventLog log) {
        List<String> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < log.size(); i++) {
            Event e = log.event(i);
            assertNotNull(e.id());
            ids.add(e.id());
            JsonNode meta = e.metadata();
            assertEquals("dev.chronoscope.source.db.GiftCard$" + e.type(), meta.path("payloadType").asText(), "full payload type kept");
            // numbers compared by value: 75.50 from either serializer
            out.add(e.stream() + " " + e.streamType() + " " + e.type() + " " + e.version() + " " + e.time() + " "
                    + canonical(e.data()) + " " + meta.path("user").asText());
        }
        assertEquals(log.size(), ids.size(), "event ids are unique");
        return out;
    }

    static String canonical(JsonNode n) {
        return n.toString();
    }

    /** The first byte of the first stored payload: {@code <} for XStream, {@code {} for Jackson. */
    static char firstPayloadByte(java.sql.Connection c, String table) throws java.sql.SQLException {
        try (java.sql.Statement s = c.createStatement();
                java.sql.ResultSet rs = s.executeQuery("SELECT payload FROM " + table + " ORDER BY 1")) {
            rs.next();
            return (char) rs.getBytes(1)[0];
        }
    }

    static char expectedFirstByte(Serializer serializer) {
        return serializer instanceof XStreamSerializer ? '<' : '{';
    }

    static List<String> expected() {
        return EXPECTED.stream().map(line -> {
            int brace = line.indexOf('{');
            int end = line.lastIndexOf('}') + 1;
            try {
                return line.substring(0, brace) + Json.MAPPER.readTree(line.substring(brace, end)).toString() + line.substring(end);
            } catch (java.io.IOException e) {
                throw new AssertionError(e);
            }
        }).toList();
    }

    @Nested
    class OnH2 {
        @TempDir
        Path dir;

        void check(Serializer serializer) throws Exception {
            String url = "jdbc:h2:" + dir.resolve("axon").toAbsolutePath();
            AxonWriter.write(url, "sa", serializer, EventSchema.builder().build(), new AxonWriter.H2TableFactory());
            try (java.sql.Connection c = java.sql.DriverManager.getConnection(url, "sa", null)) {
                assertEquals(expectedFirstByte(serializer), firstPayloadByte(c, "DomainEventEntry"));
            }

            EventLog log = DatabaseSource.load(DatabaseOptions.of(url).withCredentials("sa", null), null, null);

            assertEquals(expected(), describe(log));
            assertEquals(List.of(), log.rejections());
            assertEquals("axon", log.mapping().get("preset"));
            assertEquals("detected from the tables present", log.mapping().get("presetChosen"));
            assertEquals("PAYLOADTYPE", log.mapping().get("type"));
            assertEquals("1 snapshot in PUBLIC.SNAPSHOTEVENTENTRY", log.mapping().get("knownStates"));
        }

        @Test
        void readsEveryEventWrittenWithTheJacksonSerializer() throws Exception {
            check(jackson());
        }

        @Test
        void readsEveryEventWrittenWithTheDefaultXStreamSerializer() throws Exception {
            check(xstream());
        }
    }

    @Nested
    class OnPostgres {

        void check(Serializer serializer) throws Exception {
            try (TestPostgres pg = TestPostgres.create("axon")) {
                AxonWriter.write(pg.url, pg.user, serializer, AxonWriter.jpaSchema(), PostgresEventTableFactory.INSTANCE);
                try (java.sql.Connection c = pg.connect()) {
                    assertEquals(expectedFirstByte(serializer), firstPayloadByte(c, "domain_event_entry"));
                }

                EventLog log = DatabaseSource.load(pg.options().withPreset(Preset.AXON), null, null);

                assertEquals(expected(), describe(log));
                assertEquals(List.of(), log.rejections());
                assertEquals("payload_type", log.mapping().get("type"));
                assertEquals("given", log.mapping().get("presetChosen"));
                assertEquals("1 snapshot in public.snapshot_event_entry", log.mapping().get("knownStates"));
            }
        }

        @Test
        void readsEveryEventWrittenWithTheJacksonSerializer() throws Exception {
            check(jackson());
        }

        @Test
        void readsEveryEventWrittenWithTheDefaultXStreamSerializer() throws Exception {
            check(xstream());
        }
    }
}
