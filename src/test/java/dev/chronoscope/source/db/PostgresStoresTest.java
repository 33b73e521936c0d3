package dev.chronoscope.source.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chronoscope.event.Event;
import dev.chronoscope.event.EventLog;
import dev.chronoscope.event.Json;
import dev.chronoscope.snapshot.CanonicalJson;
import dev.chronoscope.source.LoadCancelledException;
import dev.chronoscope.source.LoadListener;
import dev.chronoscope.source.SourceException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Marten, Eventuous and Message DB stores on a real PostgreSQL server. These frameworks are .NET
 * and Ruby projects that cannot run here, so their tables are created from the DDL the projects
 * publish (cited at each method) and filled with rows shaped as those frameworks write them.
 */
class PostgresStoresTest {

    private TestPostgres pg;

    /** A database per test: detection must see only that test's tables. */
    @BeforeEach
    void createDatabase() {
        pg = TestPostgres.create("stores");
    }

    @AfterEach
    void dropDatabase() throws Exception {
        if (pg != null) {
            pg.close();
        }
    }

    static List<String> lines(EventLog log) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < log.size(); i++) {
            Event e = log.event(i);
            out.add(e.position() + " " + e.stream() + " " + e.streamType() + " " + e.type() + " " + e.version() + " "
                    + e.time() + " " + canonical(e.data()) + " " + canonical(e.metadata()));
        }
        return out;
    }

    /** JSON with keys sorted (PostgreSQL's jsonb keeps its own key order). */
    static String canonical(com.fasterxml.jackson.databind.JsonNode n) {
        return n == null ? "null" : new String(CanonicalJson.bytes(n), java.nio.charset.StandardCharsets.UTF_8);
    }

    /**
     * Marten 7's event tables as its schema code generates them for the default options (Guid
     * stream ids, one tenant, correlation/causation/headers metadata on): JasperFx/marten
     * {@code src/Marten/Events/Schema/EventsTable.cs} and {@code StreamsTable.cs}. Put in a schema
     * of its own, as {@code StoreOptions.Events.DatabaseSchemaName = "shop"} does.
     */
    @Test
    void martenEventsWithStreamTypesFromMtStreamsInAnotherSchema() throws Exception {
        pg.execute("""
                CREATE SCHEMA shop;
                CREATE TABLE shop.mt_streams (
                    id uuid NOT NULL, type varchar NULL, version bigint NULL,
                    timestamp timestamptz DEFAULT (now()) NOT NULL, snapshot jsonb NULL, snapshot_version integer NULL,
                    created timestamptz DEFAULT (now()) NOT NULL, tenant_id varchar DEFAULT '*DEFAULT*' NULL,
                    is_archived bool DEFAULT FALSE NULL,
                    CONSTRAINT pkey_mt_streams_id PRIMARY KEY (id));
                CREATE SEQUENCE shop.mt_events_sequence;
                CREATE TABLE shop.mt_events (
                    seq_id bigint NOT NULL, id uuid NOT NULL, stream_id uuid NULL, version bigint NOT NULL,
                    data jsonb NOT NULL, type varchar(500) NOT NULL, timestamp timestamptz DEFAULT (now()) NOT NULL,
                    tenant_id varchar DEFAULT '*DEFAULT*' NULL, mt_dotnet_type varchar NULL,
                    correlation_id varchar NULL, causation_id varchar NULL, headers jsonb NULL,
                    is_archived bool DEFAULT FALSE NULL,
                    CONSTRAINT pkey_mt_events_seq_id PRIMARY KEY (seq_id),
                    CONSTRAINT fkey_mt_events_stream_id FOREIGN KEY (stream_id) REFERENCES shop.mt_streams (id) ON DELETE CASCADE);
                """,
                """
                INSERT INTO shop.mt_streams (id, type, version) VALUES
                  ('3f2504e0-4f89-11d3-9a0c-0305e82c3301', 'order', 3),
                  ('3f2504e0-4f89-11d3-9a0c-0305e82c3302', NULL, 1);
                INSERT INTO shop.mt_events (seq_id, id, stream_id, version, data, type, timestamp, mt_dotnet_type,
                                            correlation_id, causation_id, headers) VALUES
                  (1, 'a0000000-0000-0000-0000-000000000001', '3f2504e0-4f89-11d3-9a0c-0305e82c3301', 1,
                   '{"OrderId": "o-1", "Items": [{"Sku": "SKU-1", "Qty": 2}], "Total": 39.98}', 'order_placed',
                   '2024-03-04 10:00:00.123456+01', 'Shop.Events.OrderPlaced, Shop', 'corr-1', NULL, '{"user": "ana"}'),
                  (2, 'a0000000-0000-0000-0000-000000000002', '3f2504e0-4f89-11d3-9a0c-0305e82c3302', 1,
                   '{"Note": "hello"}', 'note_added', '2024-03-04 10:05:00+01', 'Shop.Events.NoteAdded, Shop', NULL, NULL, NULL),
                  (4, 'a0000000-0000-0000-0000-000000000004', '3f2504e0-4f89-11d3-9a0c-0305e82c3301', 2,
                   '{"Paid": true}', 'order_paid', '2024-03-04 10:10:00+01', 'Shop.Events.OrderPaid, Shop', 'corr-1', 'a0000000-0000-0000-0000-000000000001', '{}'),
                  (5, 'a0000000-0000-0000-0000-000000000005', '3f2504e0-4f89-11d3-9a0c-0305e82c3301', 3,
                   '{"Carrier": "DHL"}', 'order_shipped', '2024-03-04 11:00:00+01', 'Shop.Events.OrderShipped, Shop', NULL, NULL, NULL);
                """);

        EventLog log = DatabaseSource.load(pg.options().withPreset(Preset.MARTEN).withSchema("shop"), null, null);

        String s1 = "3f2504e0-4f89-11d3-9a0c-0305e82c3301";
        String s2 = "3f2504e0-4f89-11d3-9a0c-0305e82c3302";
        assertEquals(List.of(
                "1 " + s1 + " order order_placed 1 2024-03-04T09:00:00.123456Z "
                        + "{\"Items\":[{\"Qty\":2,\"Sku\":\"SKU-1\"}],\"OrderId\":\"o-1\",\"Total\":39.98} "
                        + "{\"correlationId\":\"corr-1\",\"dotnetType\":\"Shop.Events.OrderPlaced, Shop\",\"user\":\"ana\"}",
                "2 " + s2 + " null note_added 1 2024-03-04T09:05:00Z {\"Note\":\"hello\"} "
                        + "{\"dotnetType\":\"Shop.Events.NoteAdded, Shop\"}",
                "3 " + s1 + " order order_paid 2 2024-03-04T09:10:00Z {\"Paid\":true} "
                        + "{\"causationId\":\"a0000000-0000-0000-0000-000000000001\",\"correlationId\":\"corr-1\",\"dotnetType\":\"Shop.Events.OrderPaid, Shop\"}",
                "4 " + s1 + " order order_shipped 3 2024-03-04T10:00:00Z {\"Carrier\":\"DHL\"} "
                        + "{\"dotnetType\":\"Shop.Events.OrderShipped, Shop\"}"),
                lines(log));
        assertEquals("a0000000-0000-0000-0000-000000000001", log.id(0));
        assertEquals("table shop.mt_events", log.mapping().get("read"));

        SourceException wrongSchema = assertThrows(SourceException.class,
                () -> DatabaseSource.load(pg.options().withPreset(Preset.MARTEN).withSchema("nowhere"), null, null));
        assertTrue(wrongSchema.getMessage().contains("table mt_events not found in schema nowhere"), wrongSchema.getMessage());
    }

    /**
     * Eventuous's PostgreSQL store, from Eventuous/eventuous
     * {@code src/Postgres/src/Eventuous.Postgresql/Scripts/1_Schema.sql} with {@code __schema__} =
     * {@code eventuous} (its default schema).
     */
    @Test
    void eventuousMessagesWithStreamNamesAndCategories() throws Exception {
        pg.execute("""
                create schema if not exists eventuous;
                create table if not exists eventuous.streams (
                    stream_name varchar(1000) not null,
                    stream_id   integer primary key generated always as identity,
                    version     integer not null default(-1),
                    constraint uq_streams_name unique (stream_name),
                    constraint ck_version_gte_negative_one check (version >= -1));
                create table if not exists eventuous.messages (
                    message_id      uuid not null,
                    message_type    varchar not null,
                    stream_id       integer not null,
                    stream_position integer not null,
                    global_position bigint primary key generated always as identity,
                    json_data       jsonb not null,
                    json_metadata   jsonb null,
                    created         timestamp not null,
                    constraint fk_messages_stream foreign key (stream_id) references eventuous.streams (stream_id),
                    constraint uq_messages_stream_id_and_stream_position unique (stream_id, stream_position),
                    constraint uq_stream_id_and_message_id unique (stream_id, message_id),
                    constraint ck_stream_position_gte_zero check (stream_position >= 0));
                """,
                """
                insert into eventuous.streams (stream_name, version) values ('Booking-1', 1), ('Payment-9', 0);
                insert into eventuous.messages (message_id, message_type, stream_id, stream_position, json_data, json_metadata, created) values
                  ('b0000000-0000-0000-0000-000000000001', 'V1.RoomBooked', 1, 0,
                   '{"bookingId":"1","roomId":"101","checkIn":"2024-05-01","price":250.0}',
                   '{"eventuous.correlation-id":"c-1"}', '2024-03-04 10:00:00.5'),
                  ('b0000000-0000-0000-0000-000000000002', 'V1.PaymentRecorded', 2, 0,
                   '{"paymentId":"9","bookingId":"1","amount":250.0}', null, '2024-03-04 10:01:00'),
                  ('b0000000-0000-0000-0000-000000000003', 'V1.BookingFullyPaid', 1, 1,
                   '{"bookingId":"1"}', '{}', '2024-03-04 10:01:01');
                """);

        EventLog log = DatabaseSource.load(pg.options(), null, null); // detected

        assertEquals(List.of(
                "1 Booking-1 Booking V1.RoomBooked 0 2024-03-04T10:00:00.500Z "
                        + "{\"bookingId\":\"1\",\"checkIn\":\"2024-05-01\",\"price\":250.0,\"roomId\":\"101\"} "
                        + "{\"eventuous.correlation-id\":\"c-1\"}",
                "2 Payment-9 Payment V1.PaymentRecorded 0 2024-03-04T10:01:00Z "
                        + "{\"amount\":250.0,\"bookingId\":\"1\",\"paymentId\":\"9\"} null",
                "3 Booking-1 Booking V1.BookingFullyPaid 1 2024-03-04T10:01:01Z {\"bookingId\":\"1\"} {}"),
                lines(log));
        assertEquals("eventuous", log.mapping().get("preset"));
        assertEquals("detected from the tables present", log.mapping().get("presetChosen"));
    }

    /**
     * Message DB's table, from message-db/message-db {@code database/tables/messages.sql}; rows
     * as its {@code write_message} function stores them ({@code time} in UTC without zone).
     */
    @Test
    void messageDbMessagesWithCategoriesAsStreamTypes() throws Exception {
        pg.execute("""
                CREATE SCHEMA message_store;
                CREATE TABLE IF NOT EXISTS message_store.messages (
                  global_position bigserial NOT NULL,
                  position bigint NOT NULL,
                  time TIMESTAMP WITHOUT TIME ZONE DEFAULT (now() AT TIME ZONE 'utc') NOT NULL,
                  stream_name text NOT NULL,
                  type text NOT NULL,
                  data jsonb,
                  metadata jsonb,
                  id UUID NOT NULL DEFAULT gen_random_uuid());
                ALTER TABLE message_store.messages ADD PRIMARY KEY (global_position) NOT DEFERRABLE INITIALLY IMMEDIATE;
                """,
                """
                INSERT INTO message_store.messages (global_position, position, time, stream_name, type, data, metadata, id) VALUES
                  (1, 0, '2024-03-04 09:00:00', 'account-123', 'Opened', '{"accountId":"123","customerId":"c-9"}',
                   '{"correlationStreamName":"signup-7"}', 'c0000000-0000-0000-0000-000000000001'),
                  (2, 0, '2024-03-04 09:00:01', 'account:command-123', 'Deposit', '{"accountId":"123","amount":11}',
                   NULL, 'c0000000-0000-0000-0000-000000000002'),
                  (7, 1, '2024-03-04 09:00:02', 'account-123', 'Deposited', '{"accountId":"123","amount":11}',
                   '{"causationMessageStreamName":"account:command-123","causationMessagePosition":0}', 'c0000000-0000-0000-0000-000000000007');
                """);

        AtomicLong lastProgress = new AtomicLong(-1);
        EventLog log = DatabaseSource.load(pg.options().withPreset(Preset.MESSAGEDB), null,
                (records, bytesRead, total) -> lastProgress.set(records));

        assertEquals(List.of(
                "1 account-123 account Opened 0 2024-03-04T09:00:00Z {\"accountId\":\"123\",\"customerId\":\"c-9\"} "
                        + "{\"correlationStreamName\":\"signup-7\"}",
                "2 account:command-123 account:command Deposit 0 2024-03-04T09:00:01Z {\"accountId\":\"123\",\"amount\":11} null",
                "3 account-123 account Deposited 1 2024-03-04T09:00:02Z {\"accountId\":\"123\",\"amount\":11} "
                        + "{\"causationMessagePosition\":0,\"causationMessageStreamName\":\"account:command-123\"}"),
                lines(log), "global positions 1, 2, 7: the gap is not an error");
        assertEquals(3, lastProgress.get(), "progress counts rows");
    }

    /**
     * Axon's JPA engine on PostgreSQL keeps payloads as large objects (Hibernate maps {@code @Lob
     * byte[]} to {@code oid}); Hibernate is not a test dependency, so the table is created as
     * Hibernate creates it for Axon's {@code DomainEventEntry} entity and the large objects with
     * {@code lo_from_bytea}. A Java-serialized payload is rejected; the rest load.
     */
    @Test
    void axonJpaLargeObjectPayloadsAreReadAndAnUnsupportedEncodingRejectsOnlyItsRow() throws Exception {
        pg.execute("""
                CREATE TABLE domain_event_entry (
                  global_index int8 NOT NULL, aggregate_identifier varchar(255) NOT NULL, sequence_number int8 NOT NULL,
                  type varchar(255), event_identifier varchar(255) NOT NULL, meta_data oid, payload oid NOT NULL,
                  payload_revision varchar(255), payload_type varchar(255) NOT NULL, time_stamp varchar(255) NOT NULL,
                  PRIMARY KEY (global_index));
                """,
                """
                INSERT INTO domain_event_entry VALUES
                  (1, 'gc-9', 0, 'GiftCard', 'e-1', lo_from_bytea(0, convert_to('{"user":"ana"}', 'UTF8')),
                   lo_from_bytea(0, convert_to('{"cardId":"gc-9","amount":10}', 'UTF8')), NULL,
                   'com.example.giftcard.api.CardIssuedEvent', '2024-03-04T09:00:00.250Z'),
                  (3, 'gc-9', 1, 'GiftCard', 'e-3', NULL,
                   lo_from_bytea(0, '\\xaced0005737200'::bytea), '1', 'com.example.giftcard.api.CardRedeemedEvent', '2024-03-04T09:01:00Z'),
                  (8, 'gc-9', 2, 'GiftCard', 'e-8', lo_from_bytea(0, convert_to('<meta-data/>', 'UTF8')),
                   lo_from_bytea(0, convert_to('<com.example.giftcard.api.CardCancelledEvent><cardId>gc-9</cardId></com.example.giftcard.api.CardCancelledEvent>', 'UTF8')),
                   NULL, 'com.example.giftcard.api.CardCancelledEvent', '2024-03-04T09:02:00Z');
                """);

        EventLog log = DatabaseSource.load(pg.options().withPreset(Preset.AXON), null, null);

        assertEquals(List.of(
                "1 gc-9 GiftCard CardIssuedEvent 0 2024-03-04T09:00:00.250Z {\"amount\":10,\"cardId\":\"gc-9\"} "
                        + "{\"payloadType\":\"com.example.giftcard.api.CardIssuedEvent\",\"user\":\"ana\"}",
                "2 gc-9 GiftCard CardCancelledEvent 2 2024-03-04T09:02:00Z {\"cardId\":\"gc-9\"} "
                        + "{\"payloadType\":\"com.example.giftcard.api.CardCancelledEvent\"}"),
                lines(log));
        assertEquals(1, log.rejections().size());
        assertEquals(2, log.rejections().get(0).record());
        assertTrue(log.rejections().get(0).reason().startsWith("global_index 3: unsupported payload encoding: Java serialization"),
                log.rejections().get(0).reason());
        Json.MAPPER.readTree(log.metadataJson(0));
    }

    @Test
    void cancellingStopsTheQuery() throws Exception {
        pg.execute("CREATE TABLE many AS SELECT g AS position, 's-' || (g % 100) AS stream_id, 'Tick' AS type, "
                + "jsonb_build_object('n', g) AS data FROM generate_series(1, 200000) g");
        AtomicLong seen = new AtomicLong();
        LoadListener cancelAfterFirstRows = new LoadListener() {
            @Override
            public void progress(long records, long bytesRead, long totalBytes) {
                seen.set(records);
            }

            @Override
            public boolean cancelled() {
                return seen.get() > 0;
            }
        };
        long t0 = System.nanoTime();
        assertThrows(LoadCancelledException.class, () -> DatabaseSource.load(
                pg.options().withQuery("SELECT * FROM many ORDER BY position"), null, cancelAfterFirstRows));
        assertTrue(seen.get() < 200_000, "stopped early, after " + seen.get() + " rows");
        assertTrue(System.nanoTime() - t0 < 5_000_000_000L, "stopped within seconds");
    }

    @Test
    void theGenericQueryRunsInAReadOnlyTransaction() throws Exception {
        pg.execute("CREATE TABLE victim (id int)", "INSERT INTO victim VALUES (1)");
        SourceException e = assertThrows(SourceException.class, () -> DatabaseSource.load(
                pg.options().withQuery("WITH gone AS (DELETE FROM victim RETURNING id) SELECT id, 'X' AS type FROM gone"),
                null, null));
        assertTrue(e.getMessage().contains("read-only transaction"), e.getMessage());
        try (var c = pg.connect(); var s = c.createStatement(); var rs = s.executeQuery("SELECT count(*) FROM victim")) {
            rs.next();
            assertEquals(1, rs.getInt(1), "nothing deleted");
        }
    }
}
