package dev.chronoscope.source;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.chronoscope.event.EventLog;
import dev.chronoscope.event.Rejection;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a CSV log with a header row (DESIGN.md, "Tabular and process-mining sources") through
 * Jackson's CSV parser: delimiter detected among {@code , ; tab |}, RFC 4180 quoting (quoted
 * newlines included), UTF-8 with or without a byte order mark or another character set.
 *
 * <p>Each row is one record: an event, or a rejection numbered with the physical line the row
 * starts on (the header is line 1). Columns are given roles by name (process-mining names first,
 * then the table of DESIGN.md, or {@code --map ROLE=COLUMN}); the other non-empty cells form the
 * event's data object, typed as DESIGN.md says.
 */
final class CsvReader {

    static final char[] DELIMITERS = {',', ';', '\t', '|'};

    /** Column names of process-mining tools, tried before the keys of DESIGN.md's table. */
    private static final Map<Role, List<String>> PROCESS_MINING = Map.of(
            Role.STREAM, List.of("case:concept:name", "Case ID", "case_id"),
            Role.TYPE, List.of("concept:name", "Activity", "activity"),
            Role.TIME, List.of("time:timestamp", "Complete Timestamp", "timestamp"));

    private static final CsvFactory FACTORY = CsvFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE).build())
            .build();

    private static final int BATCH = 4096;
    private static final int IGNORED = -2;

    private final SourceFile src;
    private final LoadOptions options;
    private final LoadListener listener;
    private final String name;
    /** Rows read at most (blank lines not counted): a preview stops early. */
    private long limit = Long.MAX_VALUE;

    CsvReader(SourceFile src, LoadOptions options, LoadListener listener) {
        this.src = src;
        this.options = options;
        this.listener = listener;
        this.name = src.name;
    }

    /** Whether the start of a file looks like a CSV header: a first line holding one of the delimiters. */
    static boolean looksLikeCsv(byte[] head) {
        for (int i = 0; i < head.length && head[i] != '\n'; i++) {
            for (char d : DELIMITERS) {
                if (head[i] == d) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Reads at most {@code rows} rows (for a preview); returns this reader. */
    CsvReader limit(long rows) {
        this.limit = rows;
        return this;
    }

    EventLog read() throws IOException, SourceException, LoadCancelledException {
        char delimiter = delimiter();
        Pass first = new Pass(delimiter, Timestamps.AUTO);
        first.run();
        if (first.monthFirst > 0 && first.dayFirst == 0 && first.ambiguous > 0) {
            // Every unambiguous a/b/yyyy date of the column was month-first: read the ambiguous ones so too.
            Pass again = new Pass(delimiter, Timestamps.MONTH_FIRST);
            again.run();
            return again.build();
        }
        return first.build();
    }

    /** The delimiter of the options, else the one detected from the header row. */
    char delimiter() throws IOException {
        return options.delimiter() != null ? options.delimiter() : detectDelimiter();
    }

    /** The first rows of the file as the reader splits them: header (made unique) and up to {@code max} rows. */
    record Sample(char delimiter, List<String> columns, List<List<String>> rows, List<Long> lines) {}

    Sample sample(int max) throws IOException, SourceException {
        char delimiter = delimiter();
        List<String> columns = List.of();
        List<List<String>> rows = new ArrayList<>();
        List<Long> lines = new ArrayList<>();
        try (CsvParser p = parser(delimiter, null)) {
            if (p.nextToken() == JsonToken.START_ARRAY) {
                columns = columnNames(cellsOf(p));
                JsonToken t;
                while (rows.size() < max && (t = p.nextToken()) != null) {
                    long line = p.currentLocation().getLineNr();
                    if (t != JsonToken.START_ARRAY) {
                        continue;
                    }
                    List<String> row = cellsOf(p);
                    if (row.size() == 1 && row.get(0).isEmpty()) {
                        continue;
                    }
                    rows.add(row);
                    lines.add(line);
                }
            }
        } catch (JsonProcessingException e) {
            if (columns.isEmpty()) {
                throw new SourceException(name + ": cannot read the header row: " + reason(e));
            }
            // broken quoting: the preview shows the rows before it; the check reports the rejection
        }
        return new Sample(delimiter, columns, rows, lines);
    }

    private static List<String> cellsOf(JsonParser p) throws IOException {
        List<String> row = new ArrayList<>();
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY && t != null) {
            row.add(p.getText());
        }
        return row;
    }

    private CsvParser parser(char delimiter, SourceFile.Counting counter) throws IOException {
        CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(delimiter).withQuoteChar('"')
                .withoutEscapeChar();
        CsvParser p = FACTORY.createParser(reader(src.open(counter)));
        p.setSchema(schema);
        p.enable(CsvParser.Feature.SKIP_EMPTY_LINES);
        p.disable(CsvParser.Feature.ALLOW_TRAILING_COMMA);
        return p;
    }

    // ---- set-up ------------------------------------------------------------------------------

    private Reader reader(InputStream in) throws IOException {
        Charset cs = options.encoding();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, cs.newDecoder()
                .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)), 64 << 10);
        r.mark(1);
        if (r.read() != '\uFEFF') {
            r.reset();
        }
        return r;
    }

    /**
     * The delimiter of the header row: the candidate that occurs most often outside quotes (ties:
     * {@code , ; tab |} in that order; tab first for {@code .tsv}); a comma when none occurs.
     */
    private char detectDelimiter() throws IOException {
        char[] head = new char[64 << 10];
        int n = 0;
        try (Reader r = reader(src.open(null))) {
            int k;
            while (n < head.length && (k = r.read(head, n, head.length - n)) > 0) {
                n += k;
            }
        }
        return delimiterOf(head, n, src.formatName.endsWith(".tsv"));
    }

    static char delimiterOf(char[] head, int n, boolean tsv) {
        int[] counts = new int[DELIMITERS.length];
        boolean quoted = false;
        for (int i = 0; i < n; i++) {
            char c = head[i];
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted) {
                for (int d = 0; d < DELIMITERS.length; d++) {
                    if (c == DELIMITERS[d]) {
                        counts[d]++;
                    }
                }
            }
        }
        if (tsv && counts[2] > 0) {
            return '\t';
        }
        int best = 0;
        for (int d = 1; d < DELIMITERS.length; d++) {
            if (counts[d] > counts[best]) {
                best = d;
            }
        }
        return DELIMITERS[best];
    }

    /** Column names made unique and non-empty: {@code column 3} for an empty one, {@code name_2} for a repeat. */
    static List<String> columnNames(List<String> header) {
        List<String> out = new ArrayList<>(header.size());
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < header.size(); i++) {
            String h = header.get(i);
            String base = h.isEmpty() ? "column " + (i + 1) : h;
            String n = base;
            for (int k = 2; !seen.add(n); k++) {
                n = base + "_" + k;
            }
            out.add(n);
        }
        return out;
    }

    /**
     * Per role, the column that fills it, or -1; data and metadata only when mapped explicitly;
     * ignored columns fill none; a role mapped to the empty field takes no column.
     *
     * @throws SourceException when the mapping names a column the header does not have
     */
    static int[] roleColumns(List<String> columns, LoadOptions options, String name) throws SourceException {
        int[] col = new int[Role.ALL.size()];
        java.util.Arrays.fill(col, -1);
        boolean[] taken = new boolean[columns.size()];
        for (int c = 0; c < columns.size(); c++) {
            taken[c] = options.ignored().contains(columns.get(c));
        }
        for (Role role : Role.ALL) {
            String field = options.mapping().get(role.roleName);
            if (field != null && !field.isEmpty()) {
                int c = columns.indexOf(field);
                if (c < 0) {
                    throw new SourceException(name + ": --map " + role.roleName + "=" + field + ": no such column; the "
                            + "header has: " + String.join(", ", columns));
                }
                col[role.ordinal()] = c;
                taken[c] = true;
            }
        }
        for (Role role : Role.ALL) {
            if (col[role.ordinal()] >= 0 || role == Role.DATA || role == Role.METADATA
                    || options.mapping().containsKey(role.roleName)) {
                continue;
            }
            List<String> candidates = new ArrayList<>(PROCESS_MINING.getOrDefault(role, List.of()));
            candidates.addAll(role.keys);
            for (String key : candidates) {
                int c = columns.indexOf(key);
                if (c >= 0 && !taken[c]) {
                    col[role.ordinal()] = c;
                    taken[c] = true;
                    break;
                }
            }
        }
        int typeCol = col[Role.TYPE.ordinal()];
        if (col[Role.STREAM_TYPE.ordinal()] < 0 && !options.mapping().containsKey(Role.STREAM_TYPE.roleName)
                && typeCol >= 0 && (columns.get(typeCol).equals("payloadType") || columns.get(typeCol).equals("payload_type"))) {
            int c = columns.indexOf("type");
            if (c >= 0 && !taken[c]) {
                col[Role.STREAM_TYPE.ordinal()] = c;
            }
        }
        return col;
    }

    /** {@link #roleColumns}, requiring a type column. */
    private int[] assignRoles(List<String> columns) throws SourceException {
        int[] col = roleColumns(columns, options, name);
        if (col[Role.TYPE.ordinal()] < 0) {
            List<String> expected = new ArrayList<>(PROCESS_MINING.get(Role.TYPE));
            expected.addAll(Role.TYPE.keys);
            throw new SourceException(name + ": no column for the event type: expected one of "
                    + String.join(", ", expected) + ", or choose one with --map type=COLUMN; the header has: "
                    + String.join(", ", columns));
        }
        return col;
    }

    // ---- one pass over the rows --------------------------------------------------------------

    private final class Pass {
        private final char delimiter;
        private final int dateOrder;
        private final EventLog.Builder builder = EventLog.builder(name);
        private final SourceFile.Counting counter = new SourceFile.Counting();
        private final ZoneId zone = options.zone();
        private final TimeFormat timeFormat;
        private final String nullToken = options.nullToken();
        private final JsonBytes data = new JsonBytes();
        private final long[] scratch = new long[2];
        private final char[] timeChars = new char[64];
        int dayFirst;
        int monthFirst;
        int ambiguous;

        private List<String> columns;
        private int[] roleCol;
        /** Per column: its role, -1 for a data column, {@link #IGNORED} for an ignored one. */
        private int[] roleOf;
        /** Per column: {@code "name":} as UTF-8 JSON. */
        private byte[][] keys;
        private String[] cells = new String[16];
        private String lastStream;
        private int lastStreamNumber;
        private String lastType;
        private int lastTypeNumber;

        Pass(char delimiter, int dateOrder) {
            this.delimiter = delimiter;
            this.dateOrder = dateOrder;
            this.timeFormat = options.timeFormat() == null ? null : new TimeFormat(options.timeFormat(), options.zone());
        }

        void run() throws IOException, SourceException, LoadCancelledException {
            try (CsvParser p = parser(delimiter, counter)) {
                rows(p);
            }
            listener.progress(builder.records(), counter.count, src.size);
        }

        private void rows(CsvParser p) throws IOException, SourceException, LoadCancelledException {
            long line = 1;
            int count;
            try {
                if (p.nextToken() != JsonToken.START_ARRAY) {
                    return; // an empty file: no header, no records
                }
                count = readRow(p);
                line = rowLine;
            } catch (JsonProcessingException e) {
                throw new SourceException(name + ":" + line + ": cannot read the header row: " + reason(e));
            }
            List<String> header = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                header.add(cells[i]);
            }
            columns = columnNames(header);
            roleCol = assignRoles(columns);
            roleOf = new int[columns.size()];
            java.util.Arrays.fill(roleOf, -1);
            for (int c = 0; c < roleOf.length; c++) {
                if (options.ignored().contains(columns.get(c))) {
                    roleOf[c] = IGNORED;
                }
            }
            for (int r = 0; r < roleCol.length; r++) {
                if (roleCol[r] >= 0) {
                    roleOf[roleCol[r]] = r;
                }
            }
            keys = new byte[columns.size()][];
            for (int c = 0; c < keys.length; c++) {
                byte[] lit = JsonBytes.literal(columns.get(c));
                keys[c] = java.util.Arrays.copyOf(lit, lit.length + 1);
                keys[c][lit.length] = ':';
            }
            long rows = 0;
            while (true) {
                JsonToken t;
                try {
                    t = p.nextToken();
                    if (t == null) {
                        break;
                    }
                    line = p.currentLocation().getLineNr(); // where the row starts, if it breaks early
                    count = readRow(p);
                    line = rowLine;
                } catch (JsonProcessingException e) {
                    // Quoting broken beyond repair: what follows cannot be split into rows.
                    reject(line, "invalid CSV: " + reason(e) + "; expected RFC 4180 quoting (rows after this one "
                            + "could not be read)", "");
                    break;
                }
                if (count == 1 && cells[0].isEmpty()) {
                    continue; // a blank line is no record
                }
                row(line, count);
                if (++rows >= limit) {
                    break;
                }
                if ((rows & (BATCH - 1)) == 0) {
                    if (listener.cancelled()) {
                        throw new LoadCancelledException();
                    }
                    listener.progress(builder.records(), counter.count, src.size);
                }
            }
            recordMapping();
        }

        /** The physical line the last row read started on (the line of its first cell). */
        private long rowLine;

        /**
         * Reads the cells of the row the parser stands at (after {@code START_ARRAY}); returns their
         * number and notes the line the row starts on in {@link #rowLine}.
         */
        private int readRow(JsonParser p) throws IOException {
            int n = 0;
            JsonToken t;
            while ((t = p.nextToken()) != JsonToken.END_ARRAY && t != null) {
                if (n == cells.length) {
                    cells = java.util.Arrays.copyOf(cells, n * 2);
                }
                if (n == 0) {
                    rowLine = p.currentTokenLocation().getLineNr();
                }
                cells[n++] = p.getText();
            }
            return n;
        }

        private String cell(int role) {
            int c = roleCol[role];
            return c < 0 ? null : cells[c];
        }

        private boolean empty(String cell) {
            return cell == null || cell.isEmpty() || cell.equals(nullToken);
        }

        private void row(long line, int count) throws SourceException {
            if (count > columns.size()) {
                reject(line, "expected " + columns.size() + " cells (the header's columns), got " + count, excerpt(count));
                return;
            }
            for (int c = count; c < columns.size(); c++) {
                cells[c] = null; // a short row: the missing cells are empty
            }
            String type = cell(Role.TYPE.ordinal());
            if (empty(type)) {
                reject(line, "missing type: expected a value in column '" + columns.get(roleCol[Role.TYPE.ordinal()]) + "'",
                        excerpt(count));
                return;
            }
            String stream = "all";
            if (roleCol[Role.STREAM.ordinal()] >= 0) {
                stream = cell(Role.STREAM.ordinal());
                if (empty(stream)) {
                    reject(line, "missing stream: expected a value in column '"
                            + columns.get(roleCol[Role.STREAM.ordinal()]) + "'", excerpt(count));
                    return;
                }
            }
            long version = EventLog.NO_VERSION;
            String v = cell(Role.VERSION.ordinal());
            if (!empty(v)) {
                try {
                    version = Long.parseLong(v.strip());
                } catch (NumberFormatException e) {
                    reject(line, "version: expected an integer, got \"" + cut(v) + "\"", excerpt(count));
                    return;
                }
            }
            long time = EventLog.NO_TIME;
            String ts = cell(Role.TIME.ordinal());
            if (!empty(ts)) {
                try {
                    time = time(ts);
                } catch (IllegalArgumentException e) {
                    reject(line, "time: " + e.getMessage(), excerpt(count));
                    return;
                } catch (ArithmeticException | java.time.DateTimeException e) {
                    reject(line, "time: \"" + cut(ts) + "\" is out of range", excerpt(count));
                    return;
                }
            }
            byte[] dataBuf;
            int dataLen;
            byte[] metaBuf = null;
            int metaLen = 0;
            if (roleCol[Role.DATA.ordinal()] >= 0) {
                String d = cell(Role.DATA.ordinal());
                dataBuf = empty(d) ? null : json(d);
                if (dataBuf == null && !empty(d)) {
                    reject(line, "data: column '" + columns.get(roleCol[Role.DATA.ordinal()]) + "' is not JSON",
                            excerpt(count));
                    return;
                }
                dataLen = dataBuf == null ? 0 : dataBuf.length;
            } else {
                dataObject(count);
                dataBuf = data.buf;
                dataLen = data.len;
            }
            if (roleCol[Role.METADATA.ordinal()] >= 0) {
                String m = cell(Role.METADATA.ordinal());
                metaBuf = empty(m) ? null : json(m);
                if (metaBuf == null && !empty(m)) {
                    reject(line, "metadata: column '" + columns.get(roleCol[Role.METADATA.ordinal()]) + "' is not JSON",
                            excerpt(count));
                    return;
                }
                metaLen = metaBuf == null ? 0 : metaBuf.length;
            }
            String id = cell(Role.ID.ordinal());
            byte[] idBytes = empty(id) ? null : id.getBytes(StandardCharsets.UTF_8);
            String streamType = cell(Role.STREAM_TYPE.ordinal());
            int streamTypeNumber = empty(streamType) ? EventLog.NO_STREAM_TYPE : builder.internStreamType(streamType);
            if (!stream.equals(lastStream)) {
                lastStream = stream;
                lastStreamNumber = builder.internStream(stream);
            }
            if (!type.equals(lastType)) {
                lastType = type;
                lastTypeNumber = builder.internType(type);
            }
            builder.addInterned(idBytes, 0, idBytes == null ? 0 : idBytes.length, lastStreamNumber, streamTypeNumber,
                    lastTypeNumber, version, time, dataBuf, 0, dataLen, metaBuf, 0, metaLen);
        }

        /** Writes the data object of the current row: its non-role, non-empty cells, typed. */
        private void dataObject(int count) {
            JsonBytes d = data;
            d.reset();
            d.raw((byte) '{');
            boolean first = true;
            for (int c = 0; c < count; c++) {
                String v = cells[c];
                if (roleOf[c] != -1 || empty(v)) {
                    continue;
                }
                if (!first) {
                    d.raw((byte) ',');
                }
                first = false;
                d.raw(keys[c]);
                if (JsonBytes.isJsonNumber(v) || v.equals("true") || v.equals("false")) {
                    d.ascii(v);
                } else {
                    d.string(v);
                }
            }
            d.raw((byte) '}');
        }

        private long time(String text) {
            if (timeFormat != null) {
                return timeFormat.micros(text);
            }
            int len = text.length();
            if (dateOrder == Timestamps.AUTO) {
                switch (Timestamps.dateOrderEvidence(text)) {
                    case Timestamps.DAY_FIRST -> dayFirst++;
                    case Timestamps.MONTH_FIRST -> monthFirst++;
                    case Timestamps.AMBIGUOUS -> ambiguous++;
                    default -> { }
                }
            }
            if (len <= timeChars.length) {
                text.getChars(0, len, timeChars, 0);
                long micros = Timestamps.fastMicros(timeChars, 0, len, zone, scratch, dateOrder);
                if (micros != Long.MIN_VALUE) {
                    return micros;
                }
            }
            if (isInteger(text)) {
                return Math.multiplyExact(Long.parseLong(text.strip()), 1000L); // epoch milliseconds
            }
            return Timestamps.parseMicros(text, zone, scratch, dateOrder);
        }

        private String excerpt(int count) {
            StringBuilder sb = new StringBuilder();
            for (int c = 0; c < count && sb.length() < Rejection.MAX_EXCERPT; c++) {
                if (c > 0) {
                    sb.append(delimiter);
                }
                sb.append(cells[c] == null ? "" : cells[c]);
            }
            return sb.toString();
        }

        private void reject(long line, String reason, String excerpt) throws SourceException {
            if (options.strict()) {
                throw new SourceException(name + ":" + line + ": " + reason);
            }
            builder.reject(new Rejection(line, reason, excerpt));
        }

        private void recordMapping() {
            for (Role role : Role.ALL) {
                int c = roleCol[role.ordinal()];
                if (c >= 0) {
                    builder.mapping(role.roleName, columns.get(c));
                } else if (role == Role.DATA) {
                    builder.mapping(role.roleName, "(other columns)");
                }
            }
        }

        EventLog build() {
            return options.orderByTime() ? builder.buildOrderedByTime() : builder.build();
        }
    }

    /** The cell as compact JSON bytes, or {@code null} when it is not one JSON value. */
    private static byte[] json(String text) {
        try {
            return dev.chronoscope.event.Json.MAPPER.writeValueAsBytes(dev.chronoscope.event.Json.MAPPER.readTree(text));
        } catch (IOException e) {
            return null;
        }
    }

    private static boolean isInteger(String s) {
        String t = s.strip();
        int i = t.startsWith("-") ? 1 : 0;
        if (i == t.length() || t.length() - i > 18) {
            return false;
        }
        for (; i < t.length(); i++) {
            if (t.charAt(i) < '0' || t.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static String cut(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }

    private static String reason(JsonProcessingException e) {
        String msg = e.getOriginalMessage();
        if (msg == null) {
            return "malformed";
        }
        int at = msg.indexOf('\n');
        msg = at >= 0 ? msg.substring(0, at) : msg;
        return msg.isEmpty() ? msg : Character.toLowerCase(msg.charAt(0)) + msg.substring(1);
    }
}
