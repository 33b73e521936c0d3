package dev.chronoscope.source.db;

import dev.chronoscope.source.Role;
import dev.chronoscope.source.SourceException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Makes the {@link Plan} for a preset from the tables present, or detects the preset. Every
 * preset checks that its table has the columns it needs and says which were expected and which
 * exist when it does not.
 */
final class Planner {

    /** Axon's columns: normalised name → JPA (snake_case) name; the JDBC names are the camelCase forms. */
    private static final Map<String, String[]> AXON = columns(
            "globalindex", "global_index", "globalIndex",
            "eventidentifier", "event_identifier", "eventIdentifier",
            "aggregateidentifier", "aggregate_identifier", "aggregateIdentifier",
            "sequencenumber", "sequence_number", "sequenceNumber",
            "type", "type", "type",
            "timestamp", "time_stamp", "timeStamp",
            "payloadtype", "payload_type", "payloadType",
            "payloadrevision", "payload_revision", "payloadRevision",
            "payload", "payload", "payload",
            "metadata", "meta_data", "metaData");
    private static final List<String> AXON_REQUIRED =
            List.of("globalindex", "eventidentifier", "aggregateidentifier", "sequencenumber", "timestamp", "payloadtype", "payload");

    private static final List<String> MARTEN_REQUIRED = List.of("seq_id", "id", "stream_id", "version", "data", "type", "timestamp");
    private static final List<String> EVENTUOUS_REQUIRED =
            List.of("message_id", "message_type", "stream_id", "stream_position", "global_position", "json_data", "created");
    private static final List<String> MESSAGEDB_REQUIRED =
            List.of("global_position", "position", "time", "stream_name", "type", "data", "id");

    private static final Pattern SELECT_START = Pattern.compile("(?is)^\\s*(\\(\\s*)*(select|with|values|table)\\b.*");

    private final Connection connection;
    private final Catalog catalog;
    private final DatabaseOptions db;
    private final Map<String, String> map;
    private final boolean postgres;

    Planner(Connection connection, DatabaseOptions db, Map<String, String> map) throws SQLException {
        this.connection = connection;
        this.catalog = new Catalog(connection);
        this.db = db;
        this.map = map;
        this.postgres = Connections.vendorOf(db.url()) == Connections.Vendor.POSTGRESQL;
    }

    private static Map<String, String[]> columns(String... triples) {
        Map<String, String[]> m = new LinkedHashMap<>();
        for (int i = 0; i < triples.length; i += 3) {
            m.put(triples[i], new String[] {triples[i + 1], triples[i + 2]});
        }
        return m;
    }

    Plan plan() throws SQLException, SourceException {
        Preset preset = db.preset();
        if (preset == null && db.query() != null) {
            preset = Preset.GENERIC;
        }
        if (preset != Preset.GENERIC) {
            if (db.query() != null) {
                throw error("--query is for the generic preset; preset " + preset.cliName() + " reads its own tables");
            }
            if (!map.isEmpty()) {
                throw error("--map is for the generic preset; preset " + (preset == null ? "detection" : preset.cliName())
                        + " maps the store's own columns");
            }
        }
        if (preset == null) {
            return detect();
        }
        return switch (preset) {
            case AXON -> axon(false);
            case MARTEN -> marten(false);
            case EVENTUOUS -> eventuous(false);
            case MESSAGEDB -> messageDb(false);
            case GENERIC -> generic();
        };
    }

    private SourceException error(String message) {
        return new SourceException(db.displayUrl() + ": " + message);
    }

    // ---- detection ---------------------------------------------------------------------------

    private Plan detect() throws SQLException, SourceException {
        if (!catalog.find("domain_event_entry", db.schema()).isEmpty()) {
            return axon(true);
        }
        if (!catalog.find("mt_events", db.schema()).isEmpty()) {
            return marten(true);
        }
        for (Catalog.Table t : catalog.find("messages", db.schema())) {
            Map<String, Catalog.Column> cols = catalog.columns(t);
            if (cols.containsKey("jsondata") && cols.containsKey("messagetype")) {
                return eventuous(true);
            }
            if (cols.containsKey("streamname") && cols.containsKey("globalposition")) {
                return messageDb(true);
            }
        }
        throw error("no event store found: expected a table of a known store — domain_event_entry or "
                + "DomainEventEntry (axon), mt_events (marten), eventuous.messages (eventuous), "
                + "message_store.messages (messagedb) — or --preset generic --query SQL; tables present: "
                + tableList(null));
    }

    private String tableList(String schema) throws SQLException {
        List<String> names = catalog.tables().stream()
                .filter(t -> schema == null || schema.equalsIgnoreCase(t.schema()))
                .map(Catalog.Table::display).sorted().toList();
        if (names.isEmpty()) {
            return "none";
        }
        String s = String.join(", ", names.subList(0, Math.min(30, names.size())));
        return names.size() > 30 ? s + ", … (" + names.size() + " in all)" : s;
    }

    /** The one table named {@code name} (in the schema, when given), or a "missing table" error. */
    private Catalog.Table table(Preset preset, String name, String schema, String shownName) throws SQLException, SourceException {
        List<Catalog.Table> found = catalog.find(name, schema);
        if (found.isEmpty()) {
            throw error("preset " + preset.cliName() + ": table " + shownName + " not found"
                    + (schema == null ? "" : " in schema " + schema) + "; tables present"
                    + (schema == null ? "" : " there") + ": " + tableList(schema));
        }
        return found.get(0);
    }

    /** Checks that the table has every required column; else says which were expected and which exist. */
    private Map<String, Catalog.Column> require(Preset preset, Catalog.Table t, List<String> required, List<String> shown)
            throws SQLException, SourceException {
        Map<String, Catalog.Column> cols = catalog.columns(t);
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < required.size(); i++) {
            if (!cols.containsKey(Catalog.normalise(required.get(i)))) {
                missing.add(shown.get(i));
            }
        }
        if (!missing.isEmpty()) {
            throw error("preset " + preset.cliName() + " does not match table " + t.display() + ": missing column"
                    + (missing.size() == 1 ? " " : "s ") + String.join(", ", missing) + "; expected columns "
                    + String.join(", ", shown) + "; the table has "
                    + cols.values().stream().map(Catalog.Column::name).collect(Collectors.joining(", ")));
        }
        return cols;
    }

    private String q(Map<String, Catalog.Column> cols, String normalisedName) {
        return catalog.quote(cols.get(Catalog.normalise(normalisedName)).name());
    }

    private String name(Map<String, Catalog.Column> cols, String normalisedName) {
        Catalog.Column c = cols.get(Catalog.normalise(normalisedName));
        return c == null ? null : c.name();
    }

    private long count(Catalog.Table t) throws SQLException {
        if (postgres) {
            try (Statement s = connection.createStatement();
                    ResultSet rs = s.executeQuery("SELECT c.reltuples::bigint FROM pg_class c JOIN pg_namespace n "
                            + "ON n.oid = c.relnamespace WHERE n.nspname = " + literal(t.schema()) + " AND c.relname = "
                            + literal(t.name()))) {
                long n = rs.next() ? rs.getLong(1) : -1;
                if (n > 0) {
                    return n;
                }
            }
        }
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + t.sql(catalog.quote))) {
            return rs.next() ? rs.getLong(1) : -1;
        }
    }

    private static String literal(String s) {
        return s == null ? "NULL" : "'" + s.replace("'", "''") + "'";
    }

    private Map<String, String> lookup(String sql) throws SQLException {
        Map<String, String> m = new HashMap<>();
        try (Statement s = connection.createStatement()) {
            if (postgres) {
                s.setFetchSize(10_000);
            }
            try (ResultSet rs = s.executeQuery(sql)) {
                while (rs.next()) {
                    String k = rs.getString(1);
                    String v = rs.getString(2);
                    if (k != null && v != null) {
                        m.put(k, v);
                    }
                }
            }
        }
        return m;
    }

    // ---- presets -----------------------------------------------------------------------------

    private Plan axon(boolean detected) throws SQLException, SourceException {
        Catalog.Table t = table(Preset.AXON, "domain_event_entry", db.schema(), "domain_event_entry (JPA) or DomainEventEntry (JDBC)");
        boolean snake = t.name().contains("_");
        List<String> shown = AXON_REQUIRED.stream().map(k -> AXON.get(k)[snake ? 0 : 1]).toList();
        Map<String, Catalog.Column> cols = require(Preset.AXON, t, AXON_REQUIRED, shown);
        String sql = selectOrdered(t, cols, List.copyOf(AXON.keySet()), "globalindex");
        Plan p = new Plan(Preset.AXON, detected, "table " + t.display(), sql);
        p.roles.put(Role.ID, name(cols, "eventidentifier"));
        p.roles.put(Role.STREAM, name(cols, "aggregateidentifier"));
        if (cols.containsKey("type")) {
            p.roles.put(Role.STREAM_TYPE, name(cols, "type"));
        }
        p.roles.put(Role.TYPE, name(cols, "payloadtype"));
        p.roles.put(Role.VERSION, name(cols, "sequencenumber"));
        p.roles.put(Role.TIME, name(cols, "timestamp"));
        p.roles.put(Role.DATA, name(cols, "payload"));
        if (cols.containsKey("metadata")) {
            p.roles.put(Role.METADATA, name(cols, "metadata"));
        }
        p.simpleTypeName = true;
        p.extras.add(new Plan.Extra("payloadType", name(cols, "payloadtype"), false));
        if (cols.containsKey("payloadrevision")) {
            p.extras.add(new Plan.Extra("payloadRevision", name(cols, "payloadrevision"), false));
        }
        p.positionColumn = name(cols, "globalindex");
        p.estimatedRows = count(t);
        List<Catalog.Table> snapshots = catalog.find("snapshot_event_entry", t.schema());
        if (!snapshots.isEmpty()) {
            Catalog.Table s = snapshots.get(0);
            Map<String, Catalog.Column> sc = catalog.columns(s);
            p.knownStates = s.display();
            if (sc.containsKey("aggregateidentifier") && sc.containsKey("sequencenumber") && sc.containsKey("payload")) {
                List<String> columns = new ArrayList<>();
                for (String k : List.of("aggregateidentifier", "sequencenumber", "timestamp", "payloadtype", "payload")) {
                    columns.add(sc.containsKey(k) ? q(sc, k) : "NULL");
                }
                // the same transaction as the events: the snapshots match the events read
                p.knownStatesSql = "SELECT " + String.join(", ", columns) + " FROM " + s.sql(catalog.quote)
                        + " ORDER BY " + q(sc, "aggregateidentifier") + ", " + q(sc, "sequencenumber");
            } else {
                p.knownStatesProblem = "snapshot table " + s.display() + " lacks the columns aggregate identifier, "
                        + "sequence number and payload; it has " + sc.values().stream().map(Catalog.Column::name)
                        .collect(Collectors.joining(", "));
            }
        }
        return p;
    }

    private String schemaOr(String fallback) {
        return db.schema() != null ? db.schema() : fallback;
    }

    private Plan marten(boolean detected) throws SQLException, SourceException {
        String schema = db.schema();
        if (schema == null) {
            // --schema defaults to public; detection (or a store in one other schema) takes the one there is
            List<Catalog.Table> all = catalog.find("mt_events", null);
            schema = all.stream().anyMatch(x -> "public".equalsIgnoreCase(x.schema())) || all.isEmpty()
                    ? (postgres ? "public" : null) : all.get(0).schema();
        }
        Catalog.Table t = table(Preset.MARTEN, "mt_events", schema, "mt_events");
        Map<String, Catalog.Column> cols = require(Preset.MARTEN, t, MARTEN_REQUIRED, MARTEN_REQUIRED);
        String sql = selectOrdered(t, cols, List.of("seq_id", "id", "stream_id", "version", "type", "timestamp", "data", "headers",
                "correlation_id", "causation_id", "tenant_id", "mt_dotnet_type"), "seq_id");
        Plan p = new Plan(Preset.MARTEN, detected, "table " + t.display(), sql);
        p.roles.put(Role.ID, name(cols, "id"));
        p.roles.put(Role.STREAM, name(cols, "stream_id"));
        p.roles.put(Role.TYPE, name(cols, "type"));
        p.roles.put(Role.VERSION, name(cols, "version"));
        p.roles.put(Role.TIME, name(cols, "timestamp"));
        p.roles.put(Role.DATA, name(cols, "data"));
        if (cols.containsKey("headers")) {
            p.roles.put(Role.METADATA, name(cols, "headers"));
        }
        addExtra(p, cols, "correlationId", "correlation_id", false);
        addExtra(p, cols, "causationId", "causation_id", false);
        addExtra(p, cols, "tenantId", "tenant_id", true);
        addExtra(p, cols, "dotnetType", "mt_dotnet_type", false);
        p.positionColumn = name(cols, "seq_id");
        List<Catalog.Table> streams = catalog.find("mt_streams", t.schema());
        if (!streams.isEmpty()) {
            Map<String, Catalog.Column> sc = catalog.columns(streams.get(0));
            if (sc.containsKey("id") && sc.containsKey("type")) {
                p.lookedUp.put(Role.STREAM_TYPE, streams.get(0).display() + "." + sc.get("type").name());
                p.streamTypes = lookup("SELECT " + q(sc, "id") + ", " + q(sc, "type") + " FROM "
                        + streams.get(0).sql(catalog.quote) + " WHERE " + q(sc, "type") + " IS NOT NULL");
            }
        }
        p.estimatedRows = count(t);
        return p;
    }

    private static void addExtra(Plan p, Map<String, Catalog.Column> cols, String key, String column, boolean tenant) {
        Catalog.Column c = cols.get(Catalog.normalise(column));
        if (c != null) {
            p.extras.add(new Plan.Extra(key, c.name(), tenant));
        }
    }

    private Catalog.Table messagesTable(Preset preset, String defaultSchema, String marker) throws SQLException, SourceException {
        String schema = schemaOr(defaultSchema);
        List<Catalog.Table> found = catalog.find("messages", schema);
        if (found.isEmpty() && db.schema() == null) {
            for (Catalog.Table t : catalog.find("messages", null)) { // the store in another schema
                if (catalog.columns(t).containsKey(marker)) {
                    return t;
                }
            }
        }
        return table(preset, "messages", schema, "messages");
    }

    private Plan eventuous(boolean detected) throws SQLException, SourceException {
        Catalog.Table t = messagesTable(Preset.EVENTUOUS, "eventuous", "jsondata");
        Map<String, Catalog.Column> cols = require(Preset.EVENTUOUS, t, EVENTUOUS_REQUIRED, EVENTUOUS_REQUIRED);
        Catalog.Table st = table(Preset.EVENTUOUS, "streams", t.schema(), "streams");
        Map<String, Catalog.Column> sc = require(Preset.EVENTUOUS, st, List.of("stream_id", "stream_name"),
                List.of("stream_id", "stream_name"));
        String sql = selectOrdered(t, cols, List.of("global_position", "message_id", "stream_id", "stream_position", "message_type",
                "created", "json_data", "json_metadata"), "global_position");
        Plan p = new Plan(Preset.EVENTUOUS, detected, "table " + t.display(), sql);
        p.roles.put(Role.ID, name(cols, "message_id"));
        p.roles.put(Role.STREAM, name(cols, "stream_id"));
        p.roles.put(Role.TYPE, name(cols, "message_type"));
        p.roles.put(Role.VERSION, name(cols, "stream_position"));
        p.roles.put(Role.TIME, name(cols, "created"));
        p.roles.put(Role.DATA, name(cols, "json_data"));
        if (cols.containsKey("jsonmetadata")) {
            p.roles.put(Role.METADATA, name(cols, "json_metadata"));
        }
        p.positionColumn = name(cols, "global_position");
        p.lookedUp.put(Role.STREAM, st.display() + "." + name(sc, "stream_name"));
        p.streamNames = lookup("SELECT " + q(sc, "stream_id") + ", " + q(sc, "stream_name") + " FROM " + st.sql(catalog.quote));
        p.streamTypeFromCategory = true;
        p.lookedUp.put(Role.STREAM_TYPE, "(the stream name up to its first -)");
        p.estimatedRows = count(t);
        return p;
    }

    private Plan messageDb(boolean detected) throws SQLException, SourceException {
        Catalog.Table t = messagesTable(Preset.MESSAGEDB, "message_store", "streamname");
        Map<String, Catalog.Column> cols = require(Preset.MESSAGEDB, t, MESSAGEDB_REQUIRED, MESSAGEDB_REQUIRED);
        String sql = selectOrdered(t, cols, List.of("global_position", "id", "stream_name", "position", "type", "time", "data", "metadata"), "global_position");
        Plan p = new Plan(Preset.MESSAGEDB, detected, "table " + t.display(), sql);
        p.roles.put(Role.ID, name(cols, "id"));
        p.roles.put(Role.STREAM, name(cols, "stream_name"));
        p.roles.put(Role.TYPE, name(cols, "type"));
        p.roles.put(Role.VERSION, name(cols, "position"));
        p.roles.put(Role.TIME, name(cols, "time"));
        p.roles.put(Role.DATA, name(cols, "data"));
        if (cols.containsKey("metadata")) {
            p.roles.put(Role.METADATA, name(cols, "metadata"));
        }
        p.positionColumn = name(cols, "global_position");
        p.streamTypeFromCategory = true;
        p.lookedUp.put(Role.STREAM_TYPE, "(the stream name up to its first -)");
        p.estimatedRows = count(t);
        return p;
    }

    /** {@code SELECT} those of {@code wanted} the table has, in that order, {@code ORDER BY} {@code orderBy}. */
    private String selectOrdered(Catalog.Table t, Map<String, Catalog.Column> cols, List<String> wanted, String orderBy) {
        List<String> select = new ArrayList<>();
        for (String c : wanted) {
            if (cols.containsKey(Catalog.normalise(c))) {
                select.add(q(cols, c));
            }
        }
        return "SELECT " + String.join(", ", select) + " FROM " + t.sql(catalog.quote) + " ORDER BY " + q(cols, orderBy);
    }

    private Plan generic() throws SourceException {
        String query = db.query();
        if (query == null || query.isBlank()) {
            throw error("preset generic needs --query SQL, e.g. --query \"SELECT * FROM events ORDER BY position\"");
        }
        String trimmed = query.strip();
        while (trimmed.endsWith(";")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1).strip();
        }
        String code = trimmed.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("--[^\n]*", " "); // comments aside
        if (!SELECT_START.matcher(code).matches() || code.contains(";")) {
            throw error("--query must be one SELECT (or WITH … SELECT) statement; Chronoscope never writes to a database");
        }
        Plan p = new Plan(Preset.GENERIC, db.preset() == null, "query", trimmed);
        for (Map.Entry<String, String> e : map.entrySet()) {
            p.roles.put(Role.byName(e.getKey()), e.getValue());
        }
        return p;
    }

    /**
     * Completes a generic plan from the result's column labels: roles not given with {@code --map}
     * take the first column named like a key of DESIGN.md's table (case-insensitive); the data is
     * the column so named, else the object of all the other columns.
     */
    static void completeGeneric(Plan p, List<String> labels) {
        for (Role role : Role.values()) {
            if (p.roles.containsKey(role)) {
                continue;
            }
            for (String key : role.defaultKeys()) {
                int i = Plan.indexOf(labels, key);
                if (i > 0 && !p.roles.containsValue(labels.get(i - 1))) {
                    p.roles.put(role, labels.get(i - 1));
                    break;
                }
            }
        }
        // As in files: `type` is the stream type when a payload type column took the type role.
        String typeCol = p.roles.get(Role.TYPE);
        if (typeCol != null && (typeCol.equalsIgnoreCase("payloadType") || typeCol.equalsIgnoreCase("payload_type"))
                && !p.roles.containsKey(Role.STREAM_TYPE)) {
            int i = Plan.indexOf(labels, "type");
            if (i > 0) {
                p.roles.put(Role.STREAM_TYPE, labels.get(i - 1));
            }
        }
        if (!p.roles.containsKey(Role.DATA)) {
            p.restIntoData = true;
        }
    }
}
