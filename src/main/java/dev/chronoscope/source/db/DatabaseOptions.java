package dev.chronoscope.source.db;

import java.util.Objects;

/**
 * Where and how to read a database source.
 *
 * @param url the JDBC URL ({@code jdbc:h2:…}, {@code jdbc:postgresql://…}, {@code jdbc:sqlite:…})
 * @param preset the table layout, or {@code null} to detect it from the tables present
 * @param user the user name, or {@code null}
 * @param password the password, or {@code null}; never put into messages or reports
 * @param query the SQL of the generic preset (a single SELECT), or {@code null}
 * @param schema the schema that holds the store's tables, or {@code null} for the preset's default
 *     ({@code public} for Marten, {@code eventuous}, {@code message_store}; any for Axon)
 */
public record DatabaseOptions(String url, Preset preset, String user, String password, String query, String schema) {

    public DatabaseOptions {
        Objects.requireNonNull(url, "url");
    }

    /** A URL with the preset detected and no credentials. */
    public static DatabaseOptions of(String url) {
        return new DatabaseOptions(url, null, null, null, null, null);
    }

    public DatabaseOptions withPreset(Preset preset) {
        return new DatabaseOptions(url, preset, user, password, query, schema);
    }

    public DatabaseOptions withQuery(String query) {
        return new DatabaseOptions(url, preset, user, password, query, schema);
    }

    public DatabaseOptions withSchema(String schema) {
        return new DatabaseOptions(url, preset, user, password, query, schema);
    }

    public DatabaseOptions withCredentials(String user, String password) {
        return new DatabaseOptions(url, preset, user, password, query, schema);
    }

    /** The URL with any password parameter blanked, for messages and {@link dev.chronoscope.event.EventLog#source()}. */
    public String displayUrl() {
        return url.replaceAll("(?i)(password=)[^;&]*", "$1***");
    }

    @Override
    public String toString() {
        return "DatabaseOptions[" + displayUrl() + ", preset=" + preset + ", user=" + user + "]";
    }
}
