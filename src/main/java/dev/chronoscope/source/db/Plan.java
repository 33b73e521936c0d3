package dev.chronoscope.source.db;

import dev.chronoscope.source.Role;
import dev.chronoscope.source.SourceException;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What to run and how its result columns fill the envelope: made by {@link Planner} from the
 * tables present (or the user's query), then {@link #bind bound} to the result's columns.
 */
final class Plan {

    /** How a column is read. */
    enum Kind { TEXT, BYTES, LOB, JSON, LONG, NUMBER, BOOL, TIMESTAMP, TIMESTAMPTZ, DATE, DYNAMIC }

    /** A bound result column: 1-based index, label and how it is read. */
    record Col(int index, String label, Kind kind) {}

    /** A metadata key filled from a column (null values omitted). */
    record Extra(String key, String column, boolean skipDefaultTenant) {}

    final Preset preset;
    final boolean detected;
    /** What was read: {@code table public.mt_events} or {@code query}. */
    final String what;
    final String sql;
    /** Role → the column that fills it, as named in the SQL result (case-insensitive). */
    final Map<Role, String> roles = new EnumMap<>(Role.class);
    /** Roles filled from a lookup table rather than a result column, for the report only. */
    final Map<Role, String> lookedUp = new EnumMap<>(Role.class);
    final List<Extra> extras = new ArrayList<>();
    /** The column that orders the store (global position), for messages; may be {@code null}. */
    String positionColumn;
    /** Stream column value → stream name (Eventuous keeps names in a separate table). */
    Map<String, String> streamNames;
    /** Stream column value → stream type (Marten keeps types in mt_streams). */
    Map<String, String> streamTypes;
    /** Stream type = the stream name up to its first {@code -} (Eventuous, Message DB categories). */
    boolean streamTypeFromCategory;
    /** Type = the simple name of the class name in the type column (Axon's payload_type). */
    boolean simpleTypeName;
    /** Generic: the data is the object of the columns not mapped to a role. */
    boolean restIntoData;
    /** The table of known states (snapshots) found beside the events, for the report, or {@code null}. */
    String knownStates;
    /**
     * Reads the known states in the events' transaction, or {@code null}: columns stream, version,
     * time (ISO text or NULL), payload type (or NULL), payload.
     */
    String knownStatesSql;
    /** Why the snapshot table cannot be read, or {@code null}. */
    String knownStatesProblem;
    /** Rows expected, or -1 when unknown. */
    long estimatedRows = -1;

    // bound
    final Map<Role, Col> bound = new EnumMap<>(Role.class);
    final Map<String, Col> boundExtras = new LinkedHashMap<>();
    final List<Col> rest = new ArrayList<>();
    Col position;

    Plan(Preset preset, boolean detected, String what, String sql) {
        this.preset = preset;
        this.detected = detected;
        this.what = what;
        this.sql = sql;
    }

    /** Resolves the column names to the result's columns; a name that is not there is a plan error. */
    void bind(ResultSetMetaData md, boolean postgres, String source) throws SQLException, SourceException {
        int n = md.getColumnCount();
        List<String> labels = new ArrayList<>(n);
        for (int i = 1; i <= n; i++) {
            labels.add(md.getColumnLabel(i));
        }
        for (Map.Entry<Role, String> e : roles.entrySet()) {
            int i = indexOf(labels, e.getValue());
            if (i < 0) {
                throw new SourceException(source + ": the result has no column '" + e.getValue() + "' for role "
                        + e.getKey().roleName() + "; its columns are " + String.join(", ", labels));
            }
            bound.put(e.getKey(), col(md, i, postgres, e.getKey() == Role.DATA || e.getKey() == Role.METADATA));
        }
        for (Extra x : extras) {
            int i = indexOf(labels, x.column());
            if (i >= 0) {
                boundExtras.put(x.key(), col(md, i, postgres, false));
            }
        }
        if (positionColumn != null) {
            int i = indexOf(labels, positionColumn);
            position = i < 0 ? null : col(md, i, postgres, false);
        }
        if (restIntoData) {
            for (int i = 1; i <= n; i++) {
                int idx = i;
                if (bound.values().stream().noneMatch(c -> c.index() == idx)) {
                    rest.add(col(md, i, postgres, false));
                }
            }
        }
    }

    static int indexOf(List<String> labels, String name) {
        for (int i = 0; i < labels.size(); i++) {
            if (labels.get(i).equals(name)) {
                return i + 1;
            }
        }
        for (int i = 0; i < labels.size(); i++) {
            if (labels.get(i).equalsIgnoreCase(name)) {
                return i + 1;
            }
        }
        return -1;
    }

    static Col col(ResultSetMetaData md, int i, boolean postgres, boolean payload) throws SQLException {
        String typeName = md.getColumnTypeName(i);
        String tn = typeName == null ? "" : typeName.toLowerCase(Locale.ROOT);
        int type = md.getColumnType(i);
        Kind kind;
        if (tn.equals("json") || tn.equals("jsonb")) {
            kind = Kind.JSON;
        } else if (postgres && tn.equals("oid") && payload) {
            kind = Kind.LOB;
        } else if (tn.equals("timestamptz") || tn.equals("timestamp with time zone")) {
            kind = Kind.TIMESTAMPTZ;
        } else {
            kind = switch (type) {
                case Types.CHAR, Types.VARCHAR, Types.LONGVARCHAR, Types.NCHAR, Types.NVARCHAR, Types.LONGNVARCHAR,
                        Types.CLOB, Types.NCLOB -> Kind.TEXT;
                case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> Kind.BYTES;
                case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT -> Kind.LONG;
                case Types.DECIMAL, Types.NUMERIC, Types.REAL, Types.FLOAT, Types.DOUBLE -> Kind.NUMBER;
                case Types.BOOLEAN, Types.BIT -> Kind.BOOL;
                case Types.TIMESTAMP -> Kind.TIMESTAMP;
                case Types.TIMESTAMP_WITH_TIMEZONE -> Kind.TIMESTAMPTZ;
                case Types.DATE -> Kind.DATE;
                default -> Kind.DYNAMIC;
            };
        }
        return new Col(i, md.getColumnLabel(i), kind);
    }

    /** The mapping report: preset, where from, role → column, known states. */
    Map<String, String> report() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("preset", preset.cliName());
        m.put("presetChosen", detected ? "detected from the tables present" : "given");
        m.put("read", what);
        Map<Role, String> all = new EnumMap<>(roles);
        all.putAll(lookedUp);
        for (Map.Entry<Role, String> e : all.entrySet()) {
            m.put(e.getKey().roleName(), e.getValue());
        }
        if (restIntoData) {
            m.put("data", "(the other columns)");
        }
        return m;
    }
}
