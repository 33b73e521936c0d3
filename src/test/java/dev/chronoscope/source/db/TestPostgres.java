package dev.chronoscope.source.db;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A throw-away database on the PostgreSQL server named by {@code CHRONOSCOPE_PG_URL} and
 * {@code CHRONOSCOPE_PG_USER} (which {@code .ci/run} starts). Tests that need it skip when the
 * variables are unset or the server does not answer, except under CI (variable {@code CI} set),
 * where they fail — the same rule as {@link dev.chronoscope.SharedData}.
 */
final class TestPostgres implements AutoCloseable {

    final String url;
    final String user;
    private final String adminUrl;
    private final String name;

    private TestPostgres(String adminUrl, String user, String name) {
        this.adminUrl = adminUrl;
        this.user = user;
        this.name = name;
        int slash = adminUrl.lastIndexOf('/');
        int q = adminUrl.indexOf('?', slash);
        this.url = adminUrl.substring(0, slash + 1) + name + (q < 0 ? "" : adminUrl.substring(q));
    }

    /** Creates a fresh database; skips the calling test (fails it under CI) when there is no server. */
    static TestPostgres create(String prefix) {
        String url = System.getenv("CHRONOSCOPE_PG_URL");
        String user = System.getenv("CHRONOSCOPE_PG_USER");
        boolean ci = System.getenv("CI") != null;
        if (url == null || url.isBlank()) {
            if (ci) {
                fail("CI is set but CHRONOSCOPE_PG_URL is not: .ci/run starts PostgreSQL and exports it");
            }
            assumeTrue(false, "CHRONOSCOPE_PG_URL unset: no PostgreSQL to test against");
        }
        String name = (prefix + "_" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36)).toLowerCase(Locale.ROOT);
        try (Connection c = DriverManager.getConnection(url + (url.contains("?") ? "&" : "?") + "connectTimeout=3", user, null);
                Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            if (ci) {
                fail("CI is set but PostgreSQL at " + url + " does not answer: " + e.getMessage(), e);
            }
            assumeTrue(false, "PostgreSQL at " + url + " does not answer: " + e.getMessage());
        }
        return new TestPostgres(url, user, name);
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, null);
    }

    /** Runs statements (DDL and inserts) with autocommit on. */
    void execute(String... sql) throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            for (String q : sql) {
                s.execute(q);
            }
        }
    }

    DatabaseOptions options() {
        return DatabaseOptions.of(url).withCredentials(user, null);
    }

    @Override
    public void close() throws SQLException {
        try (Connection c = DriverManager.getConnection(adminUrl, user, null); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
    }
}
