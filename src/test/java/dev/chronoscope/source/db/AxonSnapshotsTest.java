package dev.chronoscope.source.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chronoscope.event.EventLog;
import dev.chronoscope.event.Json;
import dev.chronoscope.event.KnownState;
import dev.chronoscope.replay.MergePatchReducer;
import dev.chronoscope.replay.Replayer;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.PostgresEventTableFactory;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Snapshots that Axon Framework's own {@code AggregateSnapshotter} stored (see
 * {@link AxonWriter#writeWithSnapshots}) are offered as known states: tied to the event with their
 * sequence number, holding the aggregate's fields, and — only when asked — the start of a replay.
 */
class AxonSnapshotsTest {

    static final int THRESHOLD = 3;

    /** A snapshot row as Axon stored it: aggregate, sequence number, time text, payload type. */
    record Row(String stream, long version, String time, String payloadType) {}

    static List<Row> rows(Connection c, String table, String... cols) throws Exception {
        List<Row> out = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT " + String.join(", ", cols) + " FROM " + table + " ORDER BY 1, 2")) {
            while (rs.next()) {
                out.add(new Row(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4)));
            }
        }
        return out;
    }

    /** The {@link GiftCard} aggregate's fields after {@code redeemed} redemptions of 10 from 100 (gc-1) or 5 from 40 (gc-2). */
    static JsonNode aggregate(String card, long redeemed) {
        ObjectNode n = Json.MAPPER.createObjectNode();
        n.put("cardId", card);
        n.put("remaining", card.equals("gc-1") ? new BigDecimal(100 - 10 * redeemed) : new BigDecimal(40 - 5 * redeemed));
        n.put("cancelled", false);
        return n;
    }

    /** Compares JSON by value (75.5 = 75.50, 80 = 80.0). */
    static void assertJson(JsonNode expected, JsonNode actual) {
        assertEquals(Json.MAPPER.convertValue(expected, Object.class).toString(),
                Json.MAPPER.convertValue(actual, Object.class).toString().replace(".0,", ",").replace(".0}", "}"),
                () -> "expected " + expected + " but was " + actual);
    }

    /** Checks the known states of a store written by {@link AxonWriter#writeWithSnapshots} against the stored rows. */
    static void check(EventLog log, List<Row> stored, String table) {
        assertEquals(List.of(), log.rejections());
        assertFalse(stored.isEmpty(), "Axon stored snapshots");
        assertEquals(stored.size() + " snapshot" + (stored.size() == 1 ? "" : "s") + " in " + table,
                log.mapping().get("knownStates"));
        assertEquals(List.of(), log.knownStates().problems());
        assertEquals(stored.size(), log.knownStates().count());

        List<KnownState> all = log.knownStates().all();
        for (int i = 0; i < stored.size(); i++) {
            Row row = stored.get(i);
            KnownState k = all.get(i);
            assertEquals(row.stream(), k.stream());
            assertEquals(row.version(), k.version());
            int event = (int) k.position() - 1;
            assertEquals(row.stream(), log.stream(event), "tied to an event of its stream");
            assertEquals(row.version(), log.version(event), "tied to the event with its sequence number");
            assertEquals(Instant.parse(row.time()), k.time());
            assertEquals("Axon snapshot, payload type " + row.payloadType(), k.origin());
            assertEquals("dev.chronoscope.source.db.GiftCard", row.payloadType());
            // the aggregate object as Axon serialized it: its fields, not the events' merge
            assertJson(aggregate(k.stream(), k.version()), k.state());
        }
        // gc-1 has 8 events (0 … 7); Axon keeps the newest snapshot only, taken every THRESHOLD events
        KnownState gc1 = log.knownStates().latestAtOrBefore(log.streamIndexOf("gc-1"), log.size());
        assertTrue(gc1.version() >= THRESHOLD - 1 && gc1.version() < 7, "a snapshot inside gc-1's history: " + gc1);
        assertNull(log.knownStates().latestAtOrBefore(log.streamIndexOf("gc-3"), log.size()), "gc-3 has one event, no snapshot");

        replayFromTheSnapshot(log, gc1);
    }

    /** Off by default; when asked, gc-1's state is its snapshot plus the later events, merged. */
    static void replayFromTheSnapshot(EventLog log, KnownState k) {
        Replayer events = new Replayer(log, MergePatchReducer.INSTANCE);
        Replayer resuming = events.resumingFromKnownStates();
        int s = k.streamIndex();
        long end = log.size();

        assertFalse(events.resumesFromKnownStates());
        assertNull(events.knownStateAt(s, end));
        JsonNode folded = events.stateAt(s, end);
        assertEquals("t-7", folded.path("transactionId").asText());
        assertFalse(folded.has("remaining"), "the fold of events has the events' fields: " + folded);

        // before the snapshot's event: the same fold of events
        assertNull(resuming.knownStateAt(s, k.position() - 1));
        assertEquals(events.stateAt(s, k.position() - 1), resuming.stateAt(s, k.position() - 1));
        // at its event: the snapshot itself
        assertSame(k, resuming.knownStateAt(s, k.position()));
        assertEquals(k.state(), resuming.stateAt(s, k.position()));
        // after it: the snapshot with every later event of the stream merged in (RFC 7386, by hand)
        ObjectNode expected = k.state().deepCopy();
        int[] streamEvents = log.eventsOfStream(s);
        for (int e : streamEvents) {
            if (e + 1 > k.position()) {
                log.data(e).fields().forEachRemaining(f -> expected.set(f.getKey(), f.getValue()));
            }
        }
        assertSame(k, resuming.knownStateAt(s, end));
        assertEquals(expected, resuming.stateAt(s, end));
        assertEquals("t-7", resuming.stateAt(s, end).path("transactionId").asText());
        assertJson(aggregate("gc-1", k.version()).get("remaining"), resuming.stateAt(s, end).get("remaining"));
        // the world state follows the same choice; the events-only replayer is unchanged by it
        assertEquals(expected, resuming.worldStateAt(end).get("gc-1"));
        assertEquals(folded, events.stateAt(s, end));
        assertSame(events, resuming.eventsOnly());
    }

    @Nested
    class OnH2 {
        @TempDir
        Path dir;

        void check(Serializer serializer) throws Exception {
            String url = "jdbc:h2:" + dir.resolve("axon").toAbsolutePath();
            AxonWriter.writeWithSnapshots(url, "sa", serializer, EventSchema.builder().build(),
                    new AxonWriter.H2TableFactory(), THRESHOLD);
            List<Row> stored;
            try (Connection c = DriverManager.getConnection(url, "sa", null)) {
                stored = rows(c, "SnapshotEventEntry", "aggregateIdentifier", "sequenceNumber", "timeStamp", "payloadType");
                assertEquals(AxonStoreTest.expectedFirstByte(serializer), firstSnapshotByte(c, "SnapshotEventEntry"));
            }

            EventLog log = DatabaseSource.load(DatabaseOptions.of(url).withCredentials("sa", null), null, null);

            AxonSnapshotsTest.check(log, stored, "PUBLIC.SNAPSHOTEVENTENTRY");
        }

        @Test
        void offersSnapshotsStoredWithTheJacksonSerializerAsKnownStates() throws Exception {
            check(AxonStoreTest.jackson());
        }

        @Test
        void offersSnapshotsStoredWithTheDefaultXStreamSerializerAsKnownStates() throws Exception {
            check(AxonStoreTest.xstream());
        }

        @Test
        void anUnreadableSnapshotIsReportedAndTheRestLoad() throws Exception {
            String url = "jdbc:h2:" + dir.resolve("axon").toAbsolutePath();
            AxonWriter.writeWithSnapshots(url, "sa", AxonStoreTest.jackson(), EventSchema.builder().build(),
                    new AxonWriter.H2TableFactory(), THRESHOLD);
            try (Connection c = DriverManager.getConnection(url, "sa", null); Statement s = c.createStatement()) {
                // a snapshot in Java serialization (Axon's JavaSerializer) and one of an event that is not in the log
                s.execute("UPDATE SnapshotEventEntry SET payload = X'ACED0005' WHERE aggregateIdentifier = 'gc-2'");
                s.execute("INSERT INTO SnapshotEventEntry (aggregateIdentifier, sequenceNumber, type, eventIdentifier, "
                        + "timeStamp, payloadType, payload) VALUES ('gc-3', 9, 'GiftCard', 'x-1', '2024-03-04T10:00:00Z', "
                        + "'dev.chronoscope.source.db.GiftCard', X'7B7D')");
            }

            EventLog log = DatabaseSource.load(DatabaseOptions.of(url).withCredentials("sa", null), null, null);

            assertEquals(12, log.size(), "every event still loads");
            assertEquals(List.of(), log.rejections(), "snapshots are not records of the log");
            assertEquals(1, log.knownStates().count());
            assertEquals("gc-1", log.knownStates().all().get(0).stream());
            List<String> problems = log.knownStates().problems();
            assertEquals(2, problems.size(), problems.toString());
            assertTrue(problems.get(0).startsWith("snapshot of gc-2 at version "), problems.get(0));
            assertTrue(problems.get(0).contains("Java serialization"), problems.get(0));
            assertEquals("snapshot of gc-3 at version 9: the stream has no event with that version", problems.get(1));
            assertEquals("3 snapshots in PUBLIC.SNAPSHOTEVENTENTRY, 2 not usable", log.mapping().get("knownStates"));
        }
    }

    static char firstSnapshotByte(Connection c, String table) throws Exception {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT payload FROM " + table)) {
            rs.next();
            return (char) rs.getBytes(1)[0];
        }
    }

    @Nested
    class OnPostgres {

        void check(Serializer serializer) throws Exception {
            try (TestPostgres pg = TestPostgres.create("axonsnap")) {
                AxonWriter.writeWithSnapshots(pg.url, pg.user, serializer, AxonWriter.jpaSchema(),
                        PostgresEventTableFactory.INSTANCE, THRESHOLD);
                List<Row> stored;
                try (Connection c = pg.connect()) {
                    stored = rows(c, "snapshot_event_entry", "aggregate_identifier", "sequence_number", "time_stamp", "payload_type");
                }

                EventLog log = DatabaseSource.load(pg.options().withPreset(Preset.AXON), null, null);

                AxonSnapshotsTest.check(log, stored, "public.snapshot_event_entry");
            }
        }

        @Test
        void offersSnapshotsStoredWithTheJacksonSerializerAsKnownStates() throws Exception {
            check(AxonStoreTest.jackson());
        }

        @Test
        void offersSnapshotsStoredWithTheDefaultXStreamSerializerAsKnownStates() throws Exception {
            check(AxonStoreTest.xstream());
        }
    }
}
