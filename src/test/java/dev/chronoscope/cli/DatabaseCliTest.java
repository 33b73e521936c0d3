package dev.chronoscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Database sources on the command line: a JDBC URL where a file goes, with the database options. */
class DatabaseCliTest {

    @TempDir
    Path dir;
    String url;

    @BeforeEach
    void createStore() throws Exception {
        url = "jdbc:h2:" + dir.resolve("shop").toAbsolutePath();
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE mt_streams (id VARCHAR(40) PRIMARY KEY, type VARCHAR(100))");
            s.execute("CREATE TABLE mt_events (seq_id BIGINT PRIMARY KEY, id VARCHAR(40), stream_id VARCHAR(40), version BIGINT, "
                    + "data JSON, type VARCHAR(500), timestamp TIMESTAMP WITH TIME ZONE, tenant_id VARCHAR(100), mt_dotnet_type VARCHAR(200))");
            s.execute("INSERT INTO mt_streams VALUES ('order-1', 'order')");
            s.execute("INSERT INTO mt_events VALUES "
                    + "(1, 'e1', 'order-1', 1, JSON '{\"status\":\"placed\",\"total\":10}', 'order_placed', TIMESTAMP WITH TIME ZONE '2024-01-01 10:00:00+00', '*DEFAULT*', NULL), "
                    + "(3, 'e3', 'order-1', 2, JSON '{\"status\":\"paid\"}', 'order_paid', TIMESTAMP WITH TIME ZONE '2024-01-01 10:05:00+00', '*DEFAULT*', NULL)");
        }
    }

    @Test
    void infoOnAJdbcUrlReportsTheDetectedPresetInTheMapping() throws Exception {
        CliTest.Result r = CliTest.run("info", url, "--user", "sa");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode info = r.json();
        assertEquals(2, info.get("events").asInt());
        assertEquals(1, info.get("streams").asInt());
        assertEquals("2024-01-01T10:00:00Z", info.get("firstTime").asText());
        assertEquals("marten", info.get("mapping").get("preset").asText());
        assertEquals("VERSION", info.get("mapping").get("version").asText());
        assertEquals("PUBLIC.MT_STREAMS.TYPE", info.get("mapping").get("streamType").asText());
        assertTrue(r.err().contains("no --preset given; detected preset marten"), r.err());
    }

    @Test
    void stateAndEventsWorkOnADatabaseLikeOnAFile() throws Exception {
        CliTest.Result state = CliTest.run("state", url, "--user", "sa", "--preset", "marten", "--stream", "order-1");
        assertEquals(0, state.exitCode(), state.err());
        assertEquals("{\"status\":\"paid\",\"total\":10}", state.json().toString());
        CliTest.Result events = CliTest.run("events", url, "--user", "sa", "--preset", "marten", "--type", "order_paid");
        assertEquals(1, events.lines().size());
        assertEquals("order", events.lines().get(0).get("streamType").asText());
        assertEquals(2, events.lines().get(0).get("position").asInt());
    }

    @Test
    void thePasswordComesFromAnEnvironmentVariableOnly() {
        CliTest.Result r = CliTest.run("info", url, "--password-env", "CHRONOSCOPE_SURELY_UNSET_VARIABLE");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("the environment variable 'CHRONOSCOPE_SURELY_UNSET_VARIABLE' is not set"), r.err());
        CliTest.Result p = CliTest.run("info", url, "--password", "x");
        assertEquals(2, p.exitCode(), "there is no --password option");
    }

    @Test
    void databaseOptionsOnAFileAndUnknownPresetsAreUsageErrors() {
        CliTest.Result r = CliTest.run("info", CliTest.SAMPLE.toString(), "--preset", "axon");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("apply to a JDBC URL source only"), r.err());
        CliTest.Result u = CliTest.run("info", url, "--preset", "kafka");
        assertEquals(2, u.exitCode());
        assertTrue(u.err().contains("expected one of axon, marten, eventuous, messagedb, generic"), u.err());
    }

    @Test
    void anUnreadableDatabaseExitsWithOne() {
        CliTest.Result r = CliTest.run("info", url, "--user", "sa", "--preset", "axon");
        assertEquals(1, r.exitCode());
        assertTrue(r.err().contains("preset axon: table domain_event_entry (JPA) or DomainEventEntry (JDBC) not found"), r.err());
    }
}
