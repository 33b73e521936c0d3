package dev.chronoscope.source.db;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The tables and columns of a database, from {@link DatabaseMetaData}, matched the way event stores
 * are named in practice: case-insensitively and ignoring underscores, so that Axon's
 * {@code domain_event_entry} (JPA), {@code DomainEventEntry} (JDBC, unquoted: {@code DOMAINEVENTENTRY}
 * on H2, {@code domainevententry} on PostgreSQL) are the same table.
 */
final class Catalog {

    private static final Set<String> SYSTEM_SCHEMAS = Set.of("information_schema", "pg_catalog", "pg_toast");

    /** A table as the database spells it. */
    record Table(String schema, String name) {
        /** The table as SQL, each part quoted. */
        String sql(String quote) {
            return (schema == null || schema.isEmpty() ? "" : quote(schema, quote) + ".") + quote(name, quote);
        }

        String display() {
            return schema == null || schema.isEmpty() ? name : schema + "." + name;
        }
    }

    /** A column as the database spells it, with its SQL type name. */
    record Column(String name, String typeName) {}

    private final DatabaseMetaData meta;
    final String quote;
    private List<Table> tables;

    Catalog(Connection connection) throws SQLException {
        this.meta = connection.getMetaData();
        String q = meta.getIdentifierQuoteString();
        this.quote = q == null || q.isBlank() ? "\"" : q.trim();
    }

    static String normalise(String name) {
        return name.replace("_", "").toLowerCase(Locale.ROOT);
    }

    static String quote(String identifier, String quote) {
        return quote + identifier.replace(quote, quote + quote) + quote;
    }

    String quote(String identifier) {
        return quote(identifier, quote);
    }

    /** Every user table and view. */
    List<Table> tables() throws SQLException {
        if (tables == null) {
            List<Table> out = new ArrayList<>();
            try (ResultSet rs = meta.getTables(null, null, "%", null)) {
                while (rs.next()) {
                    String schema = rs.getString("TABLE_SCHEM");
                    String type = rs.getString("TABLE_TYPE");
                    if (type != null && type.toUpperCase(Locale.ROOT).contains("SYSTEM")) {
                        continue;
                    }
                    if (schema != null && SYSTEM_SCHEMAS.contains(schema.toLowerCase(Locale.ROOT))) {
                        continue;
                    }
                    out.add(new Table(schema, rs.getString("TABLE_NAME")));
                }
            }
            tables = out;
        }
        return tables;
    }

    /**
     * The tables whose name matches {@code name} ({@link #normalise normalised}), in schema
     * {@code schema} when it is given (case-insensitive).
     */
    List<Table> find(String name, String schema) throws SQLException {
        String n = normalise(name);
        List<Table> out = new ArrayList<>();
        for (Table t : tables()) {
            if (normalise(t.name()).equals(n)
                    && (schema == null || (t.schema() != null && t.schema().equalsIgnoreCase(schema)))) {
                out.add(t);
            }
        }
        return out;
    }

    private static String escape(String pattern, String esc) {
        if (pattern == null || esc == null || esc.isEmpty()) {
            return pattern;
        }
        return pattern.replace(esc, esc + esc).replace("_", esc + "_").replace("%", esc + "%");
    }

    /** The columns of a table, keyed by normalised name, in table order. */
    Map<String, Column> columns(Table table) throws SQLException {
        Map<String, Column> out = new LinkedHashMap<>();
        String esc = meta.getSearchStringEscape();
        try (ResultSet rs = meta.getColumns(null, escape(table.schema(), esc), escape(table.name(), esc), "%")) {
            while (rs.next()) {
                String name = rs.getString("COLUMN_NAME");
                out.putIfAbsent(normalise(name), new Column(name, rs.getString("TYPE_NAME")));
            }
        }
        return out;
    }
}
