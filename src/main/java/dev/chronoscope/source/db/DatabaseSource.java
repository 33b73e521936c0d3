package dev.chronoscope.source.db;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import dev.chronoscope.event.EventLog;
import dev.chronoscope.event.Instants;
import dev.chronoscope.event.Rejection;
import dev.chronoscope.source.LoadCancelledException;
import dev.chronoscope.source.LoadListener;
import dev.chronoscope.source.LoadOptions;
import dev.chronoscope.source.Role;
import dev.chronoscope.source.SourceException;
import dev.chronoscope.source.Timestamps;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Blob;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Loads an event log from a database over JDBC: opens the connection read-only (see
 * {@link Connections}), makes a {@link Plan} for the preset (given, or detected from the tables),
 * streams the rows in the store's global order through a forward-only cursor and builds the same
 * {@link EventLog} as a file would give.
 *
 * <p>Every row becomes an event or a {@link Rejection} numbered by its 1-based row in the result,
 * so {@code events + rejected = rows}. Progress is reported in rows (as both "records" and
 * "bytes read"; the total is the row count or PostgreSQL's estimate, -1 when unknown), and a
 * cancel from the listener stops the running query with {@link Statement#cancel()}.
 */
public final class DatabaseSource {

    /** Rows fetched per round trip on PostgreSQL (cursor-based fetch). */
    static final int FETCH_SIZE = 4096;
    /** Rows between progress reports. */
    static final int PROGRESS_EVERY = 8192;
    /** Milliseconds between polls of the listener's cancel flag while the database works. */
    static final long CANCEL_POLL_MILLIS = 50;

    private static final JsonFactory JSON = new JsonFactory();
    private static final String ALL_STREAM = "all";

    private DatabaseSource() {}

    /** Whether a SOURCE argument is a JDBC URL rather than a file. */
    public static boolean isJdbcUrl(String source) {
        return source != null && source.regionMatches(true, 0, "jdbc:", 0, 5);
    }

    /**
     * Loads the whole store.
     *
     * @param db where and how to read; {@link EventLog#source()} is its {@link DatabaseOptions#displayUrl()}
     * @param options mapping overrides ({@code role → column}, generic preset only), zone for
     *     timestamps without one, strictness, order ({@code null}: defaults); the format is ignored
     * @param listener progress in rows and cancellation ({@code null}: none)
     * @throws SourceException when the database cannot be reached or read, the preset does not
     *     match, or in strict mode at the first bad row; the message names the URL and what was expected
     * @throws LoadCancelledException when the listener asked to stop
     */
    public static EventLog load(DatabaseOptions db, LoadOptions options, LoadListener listener)
            throws SourceException, LoadCancelledException {
        Objects.requireNonNull(db, "db");
        LoadOptions opts = options == null ? LoadOptions.defaults() : options;
        LoadListener l = listener == null ? LoadListener.NONE : listener;
        String source = db.displayUrl();
        Connection c = Connections.open(db);
        try {
            Plan plan;
            try {
                plan = new Planner(c, db, opts.mapping()).plan();
            } catch (SQLException e) {
                throw new SourceException(source + ": cannot read the tables: " + Connections.firstLine(e.getMessage()), e);
            }
            if (l.cancelled()) {
                throw new LoadCancelledException();
            }
            return new Load(c, db, plan, opts, l).run();
        } finally {
            Connections.closeQuietly(c);
        }
    }

    /**
     * What {@link #probe} found: the preset (given or detected), what it reads, and how many rows
     * it would load ({@code estimated} on PostgreSQL, where the planner's estimate is used), or -1
     * when unknown.
     */
    public record Probe(Preset preset, boolean detected, String read, long rows, boolean estimated) {}

    /**
     * Connects read-only, plans the preset (detecting it when none is given) and counts the rows
     * without reading them: the "Test Connection" of the Open Database dialog. A generic query is
     * counted as {@code SELECT COUNT(*) FROM (query)}, inside the same read-only transaction.
     *
     * @throws SourceException with the same messages as {@link #load}
     */
    public static Probe probe(DatabaseOptions db) throws SourceException {
        Objects.requireNonNull(db, "db");
        String source = db.displayUrl();
        Connection c = Connections.open(db);
        try {
            Plan plan = new Planner(c, db, Map.of()).plan();
            long rows = plan.estimatedRows;
            boolean estimated = Connections.vendorOf(db.url()) == Connections.Vendor.POSTGRESQL;
            if (plan.preset == Preset.GENERIC) {
                estimated = false;
                try (Statement s = c.createStatement();
                        ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM (" + plan.sql + ") q")) {
                    rows = rs.next() ? rs.getLong(1) : -1;
                }
            }
            return new Probe(plan.preset, plan.detected, plan.what, rows, estimated && rows >= 0);
        } catch (SQLException e) {
            throw new SourceException(source + ": " + Connections.firstLine(e.getMessage()), e);
        } finally {
            Connections.closeQuietly(c);
        }
    }

    /** One load: the query, the cursor and the builder. */
    private static final class Load {
        private final Connection connection;
        private final boolean postgres;
        private final Plan plan;
        private final LoadOptions options;
        private final LoadListener listener;
        private final String source;
        private final ZoneId zone;
        private final EventLog.Builder builder;
        private final ByteArrayOutputStream scratch = new ByteArrayOutputStream(256);
        private volatile boolean cancelRequested;
        private volatile boolean finished;

        Load(Connection connection, DatabaseOptions db, Plan plan, LoadOptions options, LoadListener listener) {
            this.connection = connection;
            this.postgres = Connections.vendorOf(db.url()) == Connections.Vendor.POSTGRESQL;
            this.plan = plan;
            this.options = options;
            this.listener = listener;
            this.source = db.displayUrl();
            this.zone = options.zone();
            this.builder = EventLog.builder(source);
        }

        /** Rows handed from the reading thread to the building thread at a time. */
        private static final int BATCH = 1024;
        private static final Object END = new Object();

        /** One row, converted on the reading thread: an event, or the reason it was rejected. */
        private record Row(long number, String id, String stream, String streamType, String type, long version,
                long time, byte[] data, byte[] metadata, String rejection, String excerpt) {}

        /** A failure of the reading thread, handed over to the building thread. */
        private record Failure(Exception error) {}

        /**
         * Runs the query on a reading thread that converts rows while this thread builds the log, so
         * that the database, the driver and the builder work at the same time; this thread also
         * watches the listener and cancels the statement when asked to stop.
         */
        EventLog run() throws SourceException, LoadCancelledException {
            listener.progress(0, 0, plan.estimatedRows);
            Statement st;
            try {
                st = connection.createStatement(ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
                st.setFetchSize(FETCH_SIZE);
            } catch (SQLException e) {
                throw new SourceException(source + ": cannot query: " + Connections.firstLine(e.getMessage()), e);
            }
            BlockingQueue<Object> queue = new ArrayBlockingQueue<>(8);
            Thread reader = new Thread(() -> read(st, queue), "chronoscope-db-reader");
            reader.setDaemon(true);
            reader.start();
            long rows = 0;
            try {
                while (true) {
                    Object item = queue.poll(CANCEL_POLL_MILLIS, TimeUnit.MILLISECONDS);
                    if (listener.cancelled()) {
                        throw new LoadCancelledException();
                    }
                    if (item == null) {
                        continue;
                    }
                    if (item == END) {
                        break;
                    }
                    if (item instanceof Failure f) {
                        throw f.error();
                    }
                    @SuppressWarnings("unchecked")
                    List<Row> batch = (List<Row>) item;
                    for (Row r : batch) {
                        append(r);
                        rows++;
                        if (rows == 1 || rows % PROGRESS_EVERY == 0) {
                            listener.progress(rows, rows, plan.estimatedRows);
                        }
                    }
                }
            } catch (SourceException | LoadCancelledException e) {
                throw e;
            } catch (SQLException e) {
                if (cancelRequested || listener.cancelled()) {
                    throw new LoadCancelledException();
                }
                String at = rows > 0 ? " at row " + (rows + 1) : "";
                throw new SourceException(source + ": " + (plan.preset == Preset.GENERIC ? "the query failed" : "reading "
                        + plan.what + " failed") + at + ": " + Connections.firstLine(e.getMessage()), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new LoadCancelledException();
            } catch (Exception e) {
                throw new SourceException(source + ": reading failed: " + e, e);
            } finally {
                finished = true;
                if (reader.isAlive()) {
                    cancelRequested = true;
                    try {
                        st.cancel();
                    } catch (SQLException ignored) {
                        // the reader stops at its next check of the flag
                    }
                }
                try {
                    reader.join(10_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                try {
                    st.close();
                } catch (SQLException ignored) {
                    // the connection is closed next
                }
            }
            listener.progress(rows, rows, Math.max(rows, plan.estimatedRows));
            for (Map.Entry<String, String> e : plan.report().entrySet()) {
                builder.mapping(e.getKey(), e.getValue());
            }
            readKnownStates();
            return options.orderByTime() ? builder.buildOrderedByTime() : builder.build();
        }

        /**
         * Reads the snapshots (Axon's {@code snapshot_event_entry}) into the builder as known states,
         * in the events' read-only transaction. A snapshot that cannot be read is a problem reported
         * with the log, never a failure of the load; so is a snapshot table that cannot be queried.
         */
        private void readKnownStates() throws LoadCancelledException {
            if (plan.knownStates == null) {
                return;
            }
            builder.knownStatesFrom(plan.knownStates);
            if (plan.knownStatesProblem != null) {
                builder.knownStateProblem(plan.knownStatesProblem);
                return;
            }
            try (Statement st = connection.createStatement(ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
                st.setFetchSize(256);
                try (ResultSet rs = st.executeQuery(plan.knownStatesSql)) {
                    ResultSetMetaData md = rs.getMetaData();
                    Plan.Col stream = Plan.col(md, 1, postgres, false);
                    Plan.Col time = Plan.col(md, 3, postgres, false);
                    Plan.Col payloadType = Plan.col(md, 4, postgres, false);
                    Plan.Col payload = Plan.col(md, 5, postgres, true);
                    while (rs.next()) {
                        if (listener.cancelled()) {
                            throw new LoadCancelledException();
                        }
                        knownState(rs, stream, time, payloadType, payload);
                    }
                }
            } catch (SQLException e) {
                builder.knownStateProblem("the snapshots in " + plan.knownStates + " could not be read: "
                        + Connections.firstLine(e.getMessage()));
            }
        }

        private void knownState(ResultSet rs, Plan.Col streamCol, Plan.Col timeCol, Plan.Col typeCol, Plan.Col payloadCol)
                throws SQLException {
            String stream = string(rs, streamCol);
            long version = rs.getLong(2);
            boolean noVersion = rs.wasNull();
            String type = string(rs, typeCol);
            String what = "snapshot of " + stream + " at version " + (noVersion ? "(none)" : Long.toString(version));
            if (stream == null || noVersion) {
                builder.knownStateProblem(what + ": no aggregate identifier or sequence number");
                return;
            }
            long micros = EventLog.NO_TIME;
            String t = string(rs, timeCol);
            if (t != null) {
                try {
                    micros = Instants.toMicros(Timestamps.parse(t.trim(), zone));
                } catch (IllegalArgumentException | ArithmeticException e) {
                    // the time is for the tooltip only; the snapshot stays usable without it
                }
            }
            byte[] json;
            try {
                json = payload(rs, payloadCol, "snapshot payload");
            } catch (RowProblem e) {
                builder.knownStateProblem(what + ": " + e.getMessage());
                return;
            }
            if (json == null) {
                builder.knownStateProblem(what + ": empty payload");
                return;
            }
            try {
                builder.knownState(stream, version, micros,
                        "Axon snapshot" + (type == null ? "" : ", payload type " + type), json);
            } catch (IllegalArgumentException e) {
                builder.knownStateProblem(what + ": " + e.getMessage());
            }
        }

        private void append(Row r) throws SourceException {
            if (r.rejection() == null) {
                builder.add(r.id(), r.stream(), r.streamType(), r.type(), r.version(), r.time(), r.data(), r.metadata());
            } else if (options.strict()) {
                throw new SourceException(source + ":" + r.number() + ": " + r.rejection());
            } else {
                builder.reject(new Rejection(r.number(), r.rejection(), r.excerpt()));
            }
        }

        /** The reading thread: executes, binds, converts rows and hands them over in batches. */
        private void read(Statement st, BlockingQueue<Object> queue) {
            Object last = END;
            try (ResultSet rs = st.executeQuery(plan.sql)) {
                ResultSetMetaData md = rs.getMetaData();
                if (plan.preset == Preset.GENERIC) {
                    List<String> labels = new ArrayList<>();
                    for (int i = 1; i <= md.getColumnCount(); i++) {
                        labels.add(md.getColumnLabel(i));
                    }
                    Planner.completeGeneric(plan, labels);
                    if (!plan.roles.containsKey(Role.TYPE)) {
                        throw new SourceException(source + ": no column for the event type: expected --map type=COLUMN "
                                + "or a column named one of " + String.join(", ", Role.TYPE.defaultKeys())
                                + "; the query returns " + String.join(", ", labels));
                    }
                }
                plan.bind(md, postgres, source);
                List<Row> batch = new ArrayList<>(BATCH);
                long number = 0;
                while (!finished && rs.next()) {
                    batch.add(row(rs, ++number));
                    if (batch.size() == BATCH || number == 1) {
                        if (!hand(queue, batch)) {
                            return;
                        }
                        batch = new ArrayList<>(BATCH);
                    }
                }
                if (!batch.isEmpty() && !hand(queue, batch)) {
                    return;
                }
            } catch (Exception e) {
                last = new Failure(e);
            }
            hand(queue, last);
        }

        /** Puts an item on the queue unless the load ended; {@code false} when it did. */
        private boolean hand(BlockingQueue<Object> queue, Object item) {
            try {
                while (!finished) {
                    if (queue.offer(item, CANCEL_POLL_MILLIS, TimeUnit.MILLISECONDS)) {
                        return true;
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return false;
        }

        // ---- one row -----------------------------------------------------------------------

        /** A problem with one row: the row is rejected. */
        private static final class RowProblem extends Exception {
            private static final long serialVersionUID = 1L;

            RowProblem(String message) {
                super(message, null, false, false);
            }
        }

        private Row row(ResultSet rs, long number) throws SQLException {
            String id = null;
            String stream = null;
            String type = null;
            try {
                Plan.Col idCol = plan.bound.get(Role.ID);
                id = idCol == null ? null : string(rs, idCol);
                stream = stream(rs);
                type = type(rs);
                String streamType = streamType(rs, stream);
                long version = version(rs);
                long time = time(rs);
                byte[] data = data(rs);
                byte[] meta = metadata(rs);
                return new Row(number, id, stream == null ? ALL_STREAM : stream, streamType, type, version, time, data,
                        meta, null, null);
            } catch (RowProblem p) {
                String where = plan.position == null ? "" : plan.position.label() + " " + rs.getString(plan.position.index()) + ": ";
                return new Row(number, null, null, null, null, 0, 0, null, null, where + p.getMessage(),
                        "id=" + id + " stream=" + stream + " type=" + type);
            }
        }

        private String stream(ResultSet rs) throws SQLException, RowProblem {
            Plan.Col c = plan.bound.get(Role.STREAM);
            if (c == null) {
                return null;
            }
            String raw = string(rs, c);
            if (raw == null) {
                throw new RowProblem("missing stream: expected a value in column " + c.label());
            }
            if (plan.streamNames != null) {
                String name = plan.streamNames.get(raw);
                if (name == null) {
                    throw new RowProblem("stream " + raw + " has no name in the streams table");
                }
                return name;
            }
            return raw;
        }

        private String type(ResultSet rs) throws SQLException, RowProblem {
            Plan.Col c = plan.bound.get(Role.TYPE);
            String t = string(rs, c);
            if (t == null || t.isEmpty()) {
                throw new RowProblem("missing type: expected a value in column " + c.label());
            }
            if (plan.simpleTypeName) {
                int cut = Math.max(t.lastIndexOf('.'), t.lastIndexOf('$'));
                if (cut >= 0 && cut < t.length() - 1) {
                    t = t.substring(cut + 1);
                }
            }
            return t;
        }

        private String streamType(ResultSet rs, String stream) throws SQLException {
            if (plan.streamTypes != null) {
                Plan.Col c = plan.bound.get(Role.STREAM);
                return c == null ? null : plan.streamTypes.get(string(rs, c));
            }
            if (plan.streamTypeFromCategory) {
                if (stream == null) {
                    return null;
                }
                int dash = stream.indexOf('-');
                return dash > 0 ? stream.substring(0, dash) : stream;
            }
            Plan.Col c = plan.bound.get(Role.STREAM_TYPE);
            return c == null ? null : string(rs, c);
        }

        private long version(ResultSet rs) throws SQLException, RowProblem {
            Plan.Col c = plan.bound.get(Role.VERSION);
            if (c == null) {
                return EventLog.NO_VERSION;
            }
            if (c.kind() == Plan.Kind.LONG) {
                long v = rs.getLong(c.index());
                return rs.wasNull() ? EventLog.NO_VERSION : v;
            }
            String s = string(rs, c);
            if (s == null) {
                return EventLog.NO_VERSION;
            }
            try {
                return new BigDecimal(s.trim()).longValueExact();
            } catch (NumberFormatException | ArithmeticException e) {
                throw new RowProblem("invalid version '" + s + "' in column " + c.label() + ": expected an integer");
            }
        }

        private long time(ResultSet rs) throws SQLException, RowProblem {
            Plan.Col c = plan.bound.get(Role.TIME);
            if (c == null) {
                return EventLog.NO_TIME;
            }
            int i = c.index();
            switch (c.kind()) {
                case TIMESTAMPTZ -> {
                    OffsetDateTime t = rs.getObject(i, OffsetDateTime.class);
                    return t == null ? EventLog.NO_TIME : Instants.toMicros(t.toInstant());
                }
                case TIMESTAMP -> {
                    LocalDateTime t = rs.getObject(i, LocalDateTime.class);
                    return t == null ? EventLog.NO_TIME : Instants.toMicros(t.atZone(zone).toInstant());
                }
                case DATE -> {
                    LocalDate d = rs.getObject(i, LocalDate.class);
                    return d == null ? EventLog.NO_TIME : Instants.toMicros(d.atStartOfDay(zone).toInstant());
                }
                case LONG, NUMBER -> {
                    long ms = rs.getLong(i);
                    return rs.wasNull() ? EventLog.NO_TIME : Math.multiplyExact(ms, 1000L);
                }
                default -> {
                    Object o = rs.getObject(i);
                    if (o == null) {
                        return EventLog.NO_TIME;
                    }
                    if (o instanceof Number n) {
                        return Math.multiplyExact(n.longValue(), 1000L);
                    }
                    if (o instanceof java.sql.Timestamp ts) {
                        return Instants.toMicros(ts.toLocalDateTime().atZone(zone).toInstant());
                    }
                    try {
                        return Instants.toMicros(Timestamps.parse(o.toString().trim(), zone));
                    } catch (IllegalArgumentException | ArithmeticException e) {
                        throw new RowProblem("invalid time in column " + c.label() + ": " + e.getMessage());
                    }
                }
            }
        }

        private byte[] data(ResultSet rs) throws SQLException, RowProblem {
            if (plan.restIntoData) {
                return rest(rs);
            }
            return payload(rs, plan.bound.get(Role.DATA), "payload");
        }

        private byte[] metadata(ResultSet rs) throws SQLException, RowProblem {
            Plan.Col c = plan.bound.get(Role.METADATA);
            byte[] base = c == null ? null : payload(rs, c, "metadata");
            if (plan.boundExtras.isEmpty()) {
                return base;
            }
            List<String> keys = null;
            List<String> values = null;
            for (Map.Entry<String, Plan.Col> e : plan.boundExtras.entrySet()) {
                String v = string(rs, e.getValue());
                if (v == null || (e.getKey().equals("tenantId") && v.equals("*DEFAULT*"))) {
                    continue;
                }
                if (keys == null) {
                    keys = new ArrayList<>(4);
                    values = new ArrayList<>(4);
                }
                keys.add(e.getKey());
                values.add(v);
            }
            return keys == null ? base : merge(base, keys, values);
        }

        /** The metadata object with the extra keys added (an object that was not one goes under {@code value}). */
        private byte[] merge(byte[] base, List<String> keys, List<String> values) {
            scratch.reset();
            boolean empty = true;
            int end = base == null ? -1 : lastNonSpace(base);
            if (base != null && base[firstNonSpace(base)] == '{' && end >= 0 && base[end] == '}') {
                scratch.write(base, 0, end);
                empty = isEmptyObject(base, end);
            } else {
                scratch.write('{');
                if (base != null) {
                    writeRaw("\"value\":");
                    scratch.write(base, 0, base.length);
                    empty = false;
                }
            }
            JsonStringEncoder enc = JsonStringEncoder.getInstance();
            for (int k = 0; k < keys.size(); k++) {
                if (!empty) {
                    scratch.write(',');
                }
                empty = false;
                scratch.write('"');
                scratch.writeBytes(enc.quoteAsUTF8(keys.get(k)));
                writeRaw("\":\"");
                scratch.writeBytes(enc.quoteAsUTF8(values.get(k)));
                scratch.write('"');
            }
            scratch.write('}');
            return scratch.toByteArray();
        }

        private void writeRaw(String s) {
            scratch.writeBytes(s.getBytes(StandardCharsets.UTF_8));
        }

        private static int firstNonSpace(byte[] b) {
            int i = 0;
            while (i < b.length - 1 && isSpace(b[i])) {
                i++;
            }
            return i;
        }

        private static int lastNonSpace(byte[] b) {
            int i = b.length - 1;
            while (i >= 0 && isSpace(b[i])) {
                i--;
            }
            return i;
        }

        private static boolean isEmptyObject(byte[] b, int closing) {
            int i = firstNonSpace(b) + 1;
            while (i < closing && isSpace(b[i])) {
                i++;
            }
            return i == closing;
        }

        private static boolean isSpace(byte c) {
            return c == ' ' || c == '\n' || c == '\r' || c == '\t';
        }

        /** A payload column as JSON bytes, or {@code null}. */
        private byte[] payload(ResultSet rs, Plan.Col c, String what) throws SQLException, RowProblem {
            int i = c.index();
            byte[] raw;
            switch (c.kind()) {
                case JSON -> {
                    if (postgres) {
                        return rs.getBytes(i); // the JSON text as sent, no decoding
                    }
                    String s = rs.getString(i);
                    return s == null ? null : s.getBytes(StandardCharsets.UTF_8);
                }
                case BYTES -> raw = rs.getBytes(i);
                case LOB -> {
                    Blob b = rs.getBlob(i);
                    if (b == null) {
                        return null;
                    }
                    long len = b.length();
                    if (len > Integer.MAX_VALUE - 16) {
                        throw new RowProblem(what + " is a large object of " + len + " bytes, too large to read");
                    }
                    raw = b.getBytes(1, (int) len);
                    b.free();
                }
                case TEXT -> {
                    String s = rs.getString(i);
                    raw = s == null ? null : s.getBytes(StandardCharsets.UTF_8);
                }
                case DYNAMIC -> {
                    Object o = rs.getObject(i);
                    if (o == null) {
                        return null;
                    }
                    if (o instanceof byte[] b) {
                        raw = b;
                    } else if (o instanceof Number || o instanceof Boolean) {
                        return o.toString().getBytes(StandardCharsets.UTF_8);
                    } else {
                        raw = o.toString().getBytes(StandardCharsets.UTF_8);
                    }
                }
                default -> {
                    return scalar(rs, c);
                }
            }
            if (raw == null) {
                return null;
            }
            try {
                return Payloads.decode(raw, what);
            } catch (Payloads.UnsupportedPayload e) {
                throw new RowProblem(e.getMessage() + " (column " + c.label() + ")");
            }
        }

        /** A non-text, non-binary column as one JSON value. */
        private byte[] scalar(ResultSet rs, Plan.Col c) throws SQLException {
            scratch.reset();
            try (JsonGenerator g = JSON.createGenerator(scratch)) {
                if (!writeValue(g, rs, c)) {
                    return null;
                }
            } catch (IOException e) {
                throw new SQLException("cannot write JSON", e);
            }
            return scratch.toByteArray();
        }

        /** The object of the columns no role took, null and empty values omitted (as CSV cells). */
        private byte[] rest(ResultSet rs) throws SQLException, RowProblem {
            scratch.reset();
            try (JsonGenerator g = JSON.createGenerator(scratch)) {
                g.writeStartObject();
                for (Plan.Col c : plan.rest) {
                    if (c.kind() == Plan.Kind.JSON || c.kind() == Plan.Kind.LOB || c.kind() == Plan.Kind.BYTES) {
                        byte[] json = payload(rs, c, "column " + c.label());
                        if (json != null) {
                            g.writeFieldName(c.label());
                            g.writeRawValue(new String(json, StandardCharsets.UTF_8));
                        }
                        continue;
                    }
                    Object probe = rs.getObject(c.index());
                    if (probe == null || (probe instanceof String s && s.isEmpty())) {
                        continue;
                    }
                    g.writeFieldName(c.label());
                    writeValue(g, rs, c);
                }
                g.writeEndObject();
            } catch (IOException e) {
                throw new SQLException("cannot write JSON", e);
            }
            return scratch.toByteArray();
        }

        /** Writes a column's value as JSON; {@code false} when it is SQL NULL (nothing written). */
        private boolean writeValue(JsonGenerator g, ResultSet rs, Plan.Col c) throws SQLException, IOException {
            int i = c.index();
            switch (c.kind()) {
                case LONG -> {
                    long v = rs.getLong(i);
                    if (rs.wasNull()) {
                        return false;
                    }
                    g.writeNumber(v);
                }
                case NUMBER -> {
                    BigDecimal v = rs.getBigDecimal(i);
                    if (v == null) {
                        return false;
                    }
                    g.writeNumber(v);
                }
                case BOOL -> {
                    boolean v = rs.getBoolean(i);
                    if (rs.wasNull()) {
                        return false;
                    }
                    g.writeBoolean(v);
                }
                case TIMESTAMPTZ -> {
                    OffsetDateTime t = rs.getObject(i, OffsetDateTime.class);
                    if (t == null) {
                        return false;
                    }
                    g.writeString(t.toInstant().toString());
                }
                case TIMESTAMP -> {
                    LocalDateTime t = rs.getObject(i, LocalDateTime.class);
                    if (t == null) {
                        return false;
                    }
                    g.writeString(t.toString());
                }
                case BYTES -> {
                    byte[] b = rs.getBytes(i);
                    if (b == null) {
                        return false;
                    }
                    g.writeString(Base64.getEncoder().encodeToString(b));
                }
                default -> {
                    Object o = rs.getObject(i);
                    if (o == null) {
                        return false;
                    }
                    if (o instanceof Integer || o instanceof Long || o instanceof Short) {
                        g.writeNumber(((Number) o).longValue());
                    } else if (o instanceof Double d && !d.isNaN() && !d.isInfinite()) {
                        g.writeNumber(d);
                    } else if (o instanceof Float f && !f.isNaN() && !f.isInfinite()) {
                        g.writeNumber(f);
                    } else if (o instanceof BigDecimal d) {
                        g.writeNumber(d);
                    } else if (o instanceof Boolean b) {
                        g.writeBoolean(b);
                    } else if (o instanceof byte[] b) {
                        g.writeString(Base64.getEncoder().encodeToString(b));
                    } else if (o instanceof Instant t) {
                        g.writeString(t.toString());
                    } else {
                        g.writeString(o.toString());
                    }
                }
            }
            return true;
        }

        /** A column's value as text (ids, names, types), or {@code null}. */
        private static String string(ResultSet rs, Plan.Col c) throws SQLException {
            if (c.kind() == Plan.Kind.BYTES) {
                byte[] b = rs.getBytes(c.index());
                return b == null ? null : new String(b, StandardCharsets.UTF_8);
            }
            if (c.kind() == Plan.Kind.DYNAMIC) {
                Object o = rs.getObject(c.index());
                if (o == null) {
                    return null;
                }
                if (o instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e15) {
                    return Long.toString(d.longValue());
                }
                return o.toString();
            }
            return rs.getString(c.index());
        }
    }
}
