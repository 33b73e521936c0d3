package dev.chronoscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chronoscope.source.db.AxonWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Axon snapshots on the command line: counted by {@code info}, used by {@code state --from-known-states}. */
class KnownStatesCliTest {

    @TempDir
    static Path dir;
    static String url;
    static long snapshotVersion;

    @BeforeAll
    static void writeAnAxonStoreWithSnapshots() throws Exception {
        url = "jdbc:h2:" + dir.resolve("axon").toAbsolutePath();
        AxonWriter.writeWithSnapshots(url, "sa", JacksonSerializer.defaultSerializer(), EventSchema.builder().build(),
                new AxonWriter.H2TableFactory(), 3);
        try (Connection c = DriverManager.getConnection(url, "sa", null); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT sequenceNumber FROM SnapshotEventEntry WHERE aggregateIdentifier = 'gc-1'")) {
            rs.next();
            snapshotVersion = rs.getLong(1);
        }
    }

    @Test
    void infoCountsTheSnapshotsOffered() throws Exception {
        CliTest.Result r = CliTest.run("info", url, "--user", "sa");
        assertEquals(0, r.exitCode(), r.err());
        String known = r.json().get("mapping").get("knownStates").asText();
        assertTrue(known.matches("\\d+ snapshots? in PUBLIC\\.SNAPSHOTEVENTENTRY"), known);
        assertFalse(r.err().contains("snapshot of"), "no unusable snapshot: " + r.err());
    }

    @Test
    void stateFromKnownStatesStartsAtTheSnapshot() throws Exception {
        CliTest.Result plain = CliTest.run("state", url, "--user", "sa", "--stream", "gc-1");
        CliTest.Result resumed = CliTest.run("state", url, "--user", "sa", "--stream", "gc-1", "--from-snapshots");
        assertEquals(0, plain.exitCode(), plain.err());
        assertEquals(0, resumed.exitCode(), resumed.err());
        JsonNode events = plain.json();
        JsonNode fromSnapshot = resumed.json();
        assertFalse(events.has("remaining"), "the fold of the events: " + events);
        // the aggregate's fields from the snapshot, the later redemptions merged in
        assertEquals(100 - 10 * snapshotVersion, fromSnapshot.get("remaining").asLong(), fromSnapshot.toString());
        assertFalse(fromSnapshot.get("cancelled").asBoolean());
        assertEquals("t-7", fromSnapshot.get("transactionId").asText());
    }
}
