package dev.chronoscope.source.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chronoscope.event.Event;
import dev.chronoscope.event.EventLog;
import dev.chronoscope.source.LoadOptions;
import dev.chronoscope.source.SourceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Database sources on embedded H2 files: the generic preset, read-only opening, and the errors users meet. */
class DatabaseSourceTest {

    @TempDir
    Path dir;
    String url;

    @BeforeEach
    void createDatabase() throws SQLException {
        url = "jdbc:h2:" + dir.resolve("store").toAbsolutePath();
        try (Connection c = DriverManager.getConnection(url, "sa", "secret"); Statement s = c.createStatement()) {
            s.execute("""
                    CREATE TABLE events (position BIGINT PRIMARY KEY, event_id VARCHAR(40), stream VARCHAR(40),
                      kind VARCHAR(40), version INT, created_at TIMESTAMP WITH TIME ZONE, body JSON, amount DECIMAL(10,2),
                      note VARCHAR(100), blob_data BLOB)
                    """);
            s.execute("""
                    INSERT INTO events VALUES
                      (1, 'e1', 'acc-1', 'Opened', 1, TIMESTAMP WITH TIME ZONE '2024-01-01 10:00:00+00', JSON '{"owner":"ana"}', 0, NULL, NULL),
                      (2, 'e2', 'acc-1', 'Deposited', 2, TIMESTAMP WITH TIME ZONE '2024-01-01 11:00:00+01', JSON '{"balance":30}', 30.00, '', NULL),
                      (5, 'e5', 'acc-2', 'Opened', 1, NULL, NULL, 5, 'walk-in', NULL)
                    """);
            try (PreparedStatement p = c.prepareStatement("INSERT INTO events (position, event_id, stream, kind, blob_data) VALUES (?, ?, ?, ?, ?)")) {
                p.setLong(1, 6);
                p.setString(2, "e6");
                p.setString(3, "acc-2");
                p.setString(4, "Closed");
                p.setBytes(5, new byte[] {(byte) 0xAC, (byte) 0xED, 0, 5, 0x73, 0x72});
                p.executeUpdate();
                p.setLong(1, 7);
                p.setString(2, "e7");
                p.setString(4, "Closed");
                p.setBytes(5, "{\"closed\":true}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
                p.executeUpdate();
            }
        }
    }

    DatabaseOptions db() {
        return DatabaseOptions.of(url).withCredentials("sa", "secret");
    }

    static List<String> lines(EventLog log) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < log.size(); i++) {
            Event e = log.event(i);
            out.add(e.position() + " " + e.id() + " " + e.stream() + " " + e.type() + " " + e.version() + " " + e.time() + " " + e.data());
        }
        return out;
    }

    @Test
    void genericQueryMapsColumnsByNameAndByMapAndKeepsTheRestAsData() throws Exception {
        EventLog log = DatabaseSource.load(db().withQuery("SELECT event_id, stream, kind, version, created_at, amount, note "
                + "FROM events WHERE position < 6 ORDER BY position"), new LoadOptions(null, Map.of("type", "kind"), null, false, false), null);

        assertEquals(List.of(
                "1 e1 acc-1 Opened 1 2024-01-01T10:00:00Z {\"AMOUNT\":0.0}",
                "2 e2 acc-1 Deposited 2 2024-01-01T10:00:00Z {\"AMOUNT\":30.0}",
                "3 e5 acc-2 Opened 1 null {\"AMOUNT\":5.0,\"NOTE\":\"walk-in\"}"), lines(log));
        assertEquals("generic", log.mapping().get("preset"));
        assertEquals("kind", log.mapping().get("type"));
        assertEquals("EVENT_ID", log.mapping().get("id"));
        assertEquals("CREATED_AT", log.mapping().get("time"));
    }

    @Test
    void jsonAndBlobPayloadsAreReadAndAnUnsupportedEncodingRejectsOnlyThatRow() throws Exception {
        EventLog json = DatabaseSource.load(db().withQuery(
                "SELECT position, stream, kind AS type, body AS data FROM events WHERE position < 6 ORDER BY position"),
                null, null);
        assertEquals("{\"owner\":\"ana\"}", json.dataJson(0));
        assertEquals(null, json.dataJson(2));

        EventLog log = DatabaseSource.load(db().withQuery(
                "SELECT position, stream, kind AS type, blob_data AS data FROM events ORDER BY position"), null, null);

        assertEquals(4, log.size());
        assertEquals("{\"closed\":true}", log.dataJson(3));
        assertEquals(1, log.rejections().size());
        assertEquals(4, log.rejections().get(0).record());
        assertTrue(log.rejections().get(0).reason().startsWith("unsupported payload encoding: Java serialization"),
                log.rejections().get(0).reason());
        assertEquals(5, log.records(), "every row is an event or a rejection");
    }

    @Test
    void aLogWithoutAStreamColumnIsOneStreamNamedAll() throws Exception {
        EventLog log = DatabaseSource.load(db().withQuery("SELECT kind AS type FROM events ORDER BY position"), null, null);
        assertEquals(5, log.size());
        assertEquals(1, log.streamCount());
        assertEquals("all", log.streamName(0));
    }

    @Test
    void theFileIsOpenedReadOnlyAndOnlySelectQueriesAreAccepted() throws Exception {
        Path file = dir.resolve("store.mv.db");
        byte[] before = Files.readAllBytes(file);

        SourceException e = assertThrows(SourceException.class,
                () -> DatabaseSource.load(db().withQuery("DELETE FROM events"), null, null));
        assertTrue(e.getMessage().contains("--query must be one SELECT"), e.getMessage());
        e = assertThrows(SourceException.class,
                () -> DatabaseSource.load(db().withQuery("SELECT 1 AS type; DROP TABLE events"), null, null));
        assertTrue(e.getMessage().contains("--query must be one SELECT"), e.getMessage());
        DatabaseSource.load(db().withQuery("SELECT kind AS type FROM events"), null, null);

        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(file)), "the database file is unchanged");
        assertEquals(url + ";ACCESS_MODE_DATA=r;IFEXISTS=TRUE", Connections.effectiveUrl(url + ";ACCESS_MODE_DATA=rw"));
        assertEquals("jdbc:h2:mem:x", Connections.effectiveUrl("jdbc:h2:mem:x"));
    }

    @Test
    void aMissingDatabaseFileIsNotCreated() {
        Path missing = dir.resolve("typo");
        SourceException e = assertThrows(SourceException.class,
                () -> DatabaseSource.load(DatabaseOptions.of("jdbc:h2:" + missing.toAbsolutePath()), null, null));
        assertTrue(e.getMessage().contains("database not found"), e.getMessage());
        assertFalse(Files.exists(dir.resolve("typo.mv.db")));
    }

    @Test
    void aWrongPasswordSaysSo() {
        SourceException e = assertThrows(SourceException.class,
                () -> DatabaseSource.load(DatabaseOptions.of(url).withCredentials("sa", "guess"), null, null));
        assertTrue(e.getMessage().contains("authentication failed for user 'sa': wrong user name or password"), e.getMessage());
        assertFalse(e.getMessage().contains("guess"));
    }

    @Test
    void anUnreachableServerIsReportedWithinTenSeconds() {
        for (String unreachable : List.of("jdbc:postgresql://127.0.0.1:1/store", "jdbc:postgresql://10.255.255.1:5432/store")) {
            long t0 = System.nanoTime();
            SourceException e = assertThrows(SourceException.class,
                    () -> DatabaseSource.load(DatabaseOptions.of(unreachable), null, null));
            long seconds = (System.nanoTime() - t0) / 1_000_000_000L;
            assertTrue(seconds <= 10, unreachable + " took " + seconds + " s");
            assertTrue(e.getMessage().contains("cannot reach the database server"), e.getMessage());
        }
    }

    @Test
    void aPresetWhoseTableIsMissingNamesTheTablesThatExist() {
        SourceException e = assertThrows(SourceException.class,
                () -> DatabaseSource.load(db().withPreset(Preset.MARTEN), null, null));
        assertTrue(e.getMessage().contains("preset marten: table mt_events not found; tables present: PUBLIC.EVENTS"), e.getMessage());
        e = assertThrows(SourceException.class, () -> DatabaseSource.load(db(), null, null));
        assertTrue(e.getMessage().contains("no event store found"), e.getMessage());
        e = assertThrows(SourceException.class,
                () -> DatabaseSource.load(db().withQuery("SELECT * FROM nowhere"), null, null));
        assertTrue(e.getMessage().contains("the query failed") && e.getMessage().contains("NOWHERE"), e.getMessage());
    }

    @Test
    void aPresetThatDoesNotMatchTheSchemaSaysWhichColumnsWereExpectedAndWhichExist() throws SQLException {
        try (Connection c = DriverManager.getConnection(url, "sa", "secret"); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE domain_event_entry (global_index BIGINT, event_identifier VARCHAR(40), "
                    + "aggregate_identifier VARCHAR(40), sequence_number BIGINT, time_stamp VARCHAR(40), payload BLOB)");
        }
        SourceException e = assertThrows(SourceException.class, () -> DatabaseSource.load(db().withPreset(Preset.AXON), null, null));
        assertEquals(url + ": preset axon does not match table PUBLIC.DOMAIN_EVENT_ENTRY: missing column payload_type; "
                + "expected columns global_index, event_identifier, aggregate_identifier, sequence_number, time_stamp, "
                + "payload_type, payload; the table has GLOBAL_INDEX, EVENT_IDENTIFIER, AGGREGATE_IDENTIFIER, "
                + "SEQUENCE_NUMBER, TIME_STAMP, PAYLOAD", e.getMessage());
    }

    @Test
    void progressIsReportedInRowsAndAMissingTypeRejectsTheRow() throws Exception {
        List<long[]> progress = new ArrayList<>();
        EventLog log = DatabaseSource.load(db().withQuery("SELECT stream, note AS type FROM events ORDER BY position"), null,
                (records, read, total) -> progress.add(new long[] {records, total}));
        assertEquals(1, log.size(), "only one row has a note");
        assertEquals(4, log.rejections().size());
        assertEquals("missing type: expected a value in column TYPE", log.rejections().get(0).reason());
        long[] last = progress.get(progress.size() - 1);
        assertEquals(5, last[0]);
        assertTrue(progress.stream().anyMatch(p -> p[0] == 1), "the first row is reported at once");
    }
}
