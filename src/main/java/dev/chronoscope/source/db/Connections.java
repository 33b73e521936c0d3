package dev.chronoscope.source.db;

import dev.chronoscope.source.SourceException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Properties;

/**
 * Opens database connections read-only, with timeouts that turn an unreachable host into an error
 * within seconds, and turns driver errors into messages that say what was expected.
 */
final class Connections {

    /** Seconds a PostgreSQL connection attempt may take (TCP connect). */
    static final int CONNECT_TIMEOUT_SECONDS = 5;
    /** Seconds a PostgreSQL login (connect, authenticate, start-up) may take in all. */
    static final int LOGIN_TIMEOUT_SECONDS = 8;

    enum Vendor { H2, POSTGRESQL, SQLITE, OTHER }

    private Connections() {}

    static Vendor vendorOf(String url) {
        String u = url.toLowerCase(Locale.ROOT);
        if (u.startsWith("jdbc:h2:")) {
            return Vendor.H2;
        }
        if (u.startsWith("jdbc:postgresql:")) {
            return Vendor.POSTGRESQL;
        }
        if (u.startsWith("jdbc:sqlite:")) {
            return Vendor.SQLITE;
        }
        return Vendor.OTHER;
    }

    /**
     * The URL as it is opened: H2 databases in files get {@code ACCESS_MODE_DATA=r} (replacing any
     * other access mode) and {@code IFEXISTS=TRUE}, so that a typo never creates an empty database.
     * In-memory and server ({@code tcp:}, {@code ssl:}) H2 URLs are left as they are: the server
     * decides how it opens its files.
     */
    static String effectiveUrl(String url) {
        if (vendorOf(url) != Vendor.H2) {
            return url;
        }
        String rest = url.substring("jdbc:h2:".length()).toLowerCase(Locale.ROOT);
        if (rest.startsWith("mem:") || rest.startsWith("tcp:") || rest.startsWith("ssl:")) {
            return url;
        }
        StringBuilder sb = new StringBuilder();
        String[] parts = url.split(";");
        sb.append(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            String key = parts[i].split("=", 2)[0].trim().toUpperCase(Locale.ROOT);
            if (key.equals("ACCESS_MODE_DATA") || key.equals("IFEXISTS") || parts[i].isBlank()) {
                continue;
            }
            sb.append(';').append(parts[i]);
        }
        return sb.append(";ACCESS_MODE_DATA=r;IFEXISTS=TRUE").toString();
    }

    /** Opens the connection read-only, autocommit off (a cursor needs a transaction on PostgreSQL). */
    static Connection open(DatabaseOptions db) throws SourceException {
        Vendor vendor = vendorOf(db.url());
        if (vendor == Vendor.OTHER) {
            throw new SourceException(db.displayUrl()
                    + ": unsupported database URL; expected jdbc:h2:…, jdbc:postgresql://… or jdbc:sqlite:…");
        }
        Properties p = new Properties();
        if (db.user() != null) {
            p.setProperty("user", db.user());
        }
        if (db.password() != null) {
            p.setProperty("password", db.password());
        }
        switch (vendor) {
            case POSTGRESQL -> {
                p.setProperty("connectTimeout", Integer.toString(CONNECT_TIMEOUT_SECONDS));
                p.setProperty("loginTimeout", Integer.toString(LOGIN_TIMEOUT_SECONDS));
                p.setProperty("ApplicationName", "chronoscope");
                // binary results from the first execution: the server sends timestamps, numbers and
                // uuids without formatting them and the driver reads them without parsing (measured on
                // 1M Marten rows: about 10 % less CPU on both sides); a URL parameter still wins
                p.setProperty("prepareThreshold", "-1");
            }
            case SQLITE -> p.setProperty("open_mode", "1"); // SQLITE_OPEN_READONLY: no create, no write
            default -> { }
        }
        Connection c;
        try {
            c = DriverManager.getConnection(effectiveUrl(db.url()), p);
        } catch (SQLException e) {
            throw new SourceException(db.displayUrl() + ": " + describeConnectError(e, db), e);
        }
        try {
            c.setAutoCommit(false);
            if (vendor != Vendor.SQLITE) { // SQLite: read-only from the open mode; it refuses the call
                c.setReadOnly(true);
            }
            if (vendor == Vendor.POSTGRESQL) {
                // one snapshot for the lookup queries and the event query
                c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            }
            return c;
        } catch (SQLException e) {
            closeQuietly(c);
            throw new SourceException(db.displayUrl() + ": cannot start a read-only transaction: " + e.getMessage(), e);
        }
    }

    static String describeConnectError(SQLException e, DatabaseOptions db) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String msg = firstLine(e.getMessage());
        if (state.startsWith("28") || msg.toLowerCase(Locale.ROOT).contains("password")) {
            return "authentication failed for user '" + (db.user() == null ? "" : db.user())
                    + "': wrong user name or password (" + msg + "); expected the user with --user and the password "
                    + "in the environment variable named by --password-env";
        }
        if (state.equals("90146") || state.equals("90013")) {
            return "database not found (" + msg + "); expected an existing H2 database (the file NAME.mv.db)";
        }
        if (state.equals("3D000")) {
            return "database does not exist (" + msg + ")";
        }
        if (state.startsWith("08") || e.getCause() instanceof java.io.IOException) {
            return "cannot reach the database server (" + msg + "); expected a server accepting connections "
                    + "at the URL's host and port (tried for at most " + LOGIN_TIMEOUT_SECONDS + " s)";
        }
        if (msg.contains("No suitable driver")) {
            return "no JDBC driver for this URL; expected jdbc:h2:…, jdbc:postgresql://… or jdbc:sqlite:…";
        }
        if (vendorOf(db.url()) == Vendor.SQLITE && msg.contains("SQLITE_CANTOPEN")) {
            return "cannot open the SQLite file (" + msg + "); expected an existing database file";
        }
        return "cannot connect: " + msg;
    }

    static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).trim();
    }

    static void closeQuietly(Connection c) {
        if (c == null) {
            return;
        }
        try {
            c.rollback(); // never commit: nothing was written, and nothing may be
        } catch (SQLException ignored) {
            // closing anyway
        }
        try {
            c.close();
        } catch (SQLException ignored) {
            // nothing more to do
        }
    }
}
