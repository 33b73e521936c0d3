package dev.chronoscope.ui.open;

import dev.chronoscope.event.EventLog;
import dev.chronoscope.source.EventLogLoader;
import dev.chronoscope.source.LoadListener;
import dev.chronoscope.source.LoadOptions;
import dev.chronoscope.source.db.DatabaseOptions;
import dev.chronoscope.source.db.Preset;
import dev.chronoscope.ui.BundledSample;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The embedded H2 database behind File &gt; Open Sample Database: the bundled {@code
 * bank-and-shop.jsonl}, read with the engine and written once into a generic-shaped {@code events}
 * table ({@code sample.mv.db} in the given folder, the settings folder in the app). It is opened
 * read-only with the {@link Preset#GENERIC generic} preset and {@link #QUERY}, so it needs no
 * server and shows the same events as the file.
 */
public final class SampleDatabase {

    /** The database's name in its folder; H2 adds {@code .mv.db}. */
    public static final String NAME = "sample";
    /** The generic preset's query; its column names are the envelope's default keys. */
    public static final String QUERY = "SELECT id, stream_id, stream_type, type, version, occurred_at, data, metadata "
            + "FROM events ORDER BY global_position";

    private static final int BATCH = 500;

    private SampleDatabase() {}

    /** The H2 file (with H2's suffix) inside {@code folder}. */
    public static Path file(Path folder) {
        return folder.resolve(NAME + ".mv.db");
    }

    /** How to open the sample in {@code folder}: its URL, the generic preset and {@link #QUERY}. */
    public static DatabaseOptions options(Path folder) {
        return DatabaseOptions.of(url(folder.resolve(NAME))).withPreset(Preset.GENERIC).withQuery(QUERY);
    }

    /**
     * Creates the sample database in {@code folder} unless it exists; a half-written database is
     * never left under the final name (it is written under another name and moved).
     *
     * @return the database file
     * @throws Exception when the sample cannot be found or read, or the database cannot be written
     */
    public static synchronized Path ensure(Path folder) throws Exception {
        Path target = file(folder);
        if (Files.isRegularFile(target)) {
            return target;
        }
        Files.createDirectories(folder);
        EventLog log = EventLogLoader.load(BundledSample.locate(), LoadOptions.defaults(), LoadListener.NONE);
        Path base = folder.resolve(NAME + "-creating");
        Path written = folder.resolve(NAME + "-creating.mv.db");
        Files.deleteIfExists(written);
        try {
            write(log, url(base));
            Files.move(written, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (SQLException e) {
            throw new IOException("Could not create the sample database in " + folder + ": " + e.getMessage(), e);
        } finally {
            Files.deleteIfExists(written);
            Files.deleteIfExists(folder.resolve(NAME + "-creating.trace.db"));
        }
        return target;
    }

    private static String url(Path base) {
        return "jdbc:h2:" + base.toAbsolutePath();
    }

    /** Writes every event of {@code log} into a new {@code events} table at {@code url}. */
    static void write(EventLog log, String url) throws SQLException {
        try (Connection c = DriverManager.getConnection(url)) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE events (global_position BIGINT PRIMARY KEY, id VARCHAR(100), "
                        + "stream_id VARCHAR(500) NOT NULL, stream_type VARCHAR(200), type VARCHAR(500) NOT NULL, "
                        + "version BIGINT, occurred_at TIMESTAMP(6) WITH TIME ZONE, data CHARACTER LARGE OBJECT, "
                        + "metadata CHARACTER LARGE OBJECT)");
            }
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO events VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (int i = 0; i < log.size(); i++) {
                    insert.setLong(1, EventLog.positionOf(i));
                    insert.setString(2, log.id(i));
                    insert.setString(3, log.stream(i));
                    insert.setString(4, log.streamType(i));
                    insert.setString(5, log.type(i));
                    if (log.version(i) == EventLog.NO_VERSION) {
                        insert.setNull(6, Types.BIGINT);
                    } else {
                        insert.setLong(6, log.version(i));
                    }
                    Instant t = log.time(i);
                    if (t == null) {
                        insert.setNull(7, Types.TIMESTAMP_WITH_TIMEZONE);
                    } else {
                        insert.setObject(7, OffsetDateTime.ofInstant(t, ZoneOffset.UTC));
                    }
                    insert.setString(8, log.dataJson(i));
                    insert.setString(9, log.metadataJson(i));
                    insert.addBatch();
                    if ((i + 1) % BATCH == 0) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
            c.commit();
        }
    }
}
