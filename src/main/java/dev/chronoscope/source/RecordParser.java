package dev.chronoscope.source;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.base.ParserBase;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.chronoscope.event.EventLog;
import dev.chronoscope.event.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.function.BooleanSupplier;

/**
 * Turns JSON records into envelope values with Jackson's streaming parser: only the keys that can
 * fill a role are read, data and metadata are kept as byte ranges of the input. One instance per
 * thread.
 */
final class RecordParser {

    /** The factory for all loading: Jackson's read limits lifted like {@link Json#MAPPER}. */
    static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxStringLength(Integer.MAX_VALUE)
                    .maxNestingDepth(10_000)
                    .maxNumberLength(10_000)
                    .maxDocumentLength(-1)
                    .build())
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();

    private static final byte STRING = 1;
    private static final byte INT = 2;
    private static final byte BIG_INT = 3;
    private static final byte FLOAT = 4;
    private static final byte BOOL = 5;
    private static final byte OBJECT = 6;
    private static final byte ARRAY = 7;
    private static final int TYPE = Role.TYPE.ordinal();
    private static final int STREAM = Role.STREAM.ordinal();
    private static final int ID = Role.ID.ordinal();
    private static final int STREAM_TYPE = Role.STREAM_TYPE.ordinal();
    private static final int VERSION = Role.VERSION.ordinal();
    private static final int TIME_ROLE = Role.TIME.ordinal();
    private static final int DATA = Role.DATA.ordinal();
    private static final int METADATA = Role.METADATA.ordinal();
    /** A string already parsed as a time: microseconds in {@code num}. */
    private static final byte TIME = 8;

    /** The value of one top-level key of the current record. */
    private static final class Slot {
        int gen;
        byte kind;
        String text;
        long num;
        byte[] buf;
        int start;
        int end;
        JsonNode tree;
        int treeGen;
        /**
         * For a string taken straight from the input (ASCII, no escapes): where it is, and
         * {@link #text} stays {@code null} until asked for by {@link #str}; else {@code null}.
         */
        byte[] raw;
        int rawOff;
        int rawLen;
        /** For a string from {@link #names}: its entry number there, else -1. */
        int name = -1;
    }

    /** The text of a {@link #STRING} slot (made from its raw bytes on first use). */
    private static String str(Slot s) {
        if (s.text == null) {
            s.text = new String(s.raw, s.rawOff, s.rawLen, StandardCharsets.ISO_8859_1);
        }
        return s.text;
    }

    private final FieldMapping m;
    private final ZoneId zone;
    /** The user's pattern for time strings ({@code --time-format}), or {@code null} for the usual forms. */
    private final TimeFormat timeFormat;
    private final Slot[] slots;
    private final Slot[] pointerValues = new Slot[Role.ALL.size()];
    private final int[] chosen = new int[Role.ALL.size()];
    /** The value picked for each role in the current record ({@link #resolveInto}). */
    private final Slot[] picked = new Slot[Role.ALL.size()];
    private final long[] scratch = new long[2];
    private final NameCache names = new NameCache();
    private final FastScanner scanner;
    private final boolean fast;
    private final SlotSink sink = new SlotSink();
    /** The buffer {@link #fastLine} is scanning, for {@link SlotSink#structure}. */
    private byte[] currentBuf;
    private int gen;

    RecordParser(FieldMapping mapping, ZoneId zone) {
        this(mapping, zone, true);
    }

    /** Times read with the options' zone and time format. */
    RecordParser(FieldMapping mapping, LoadOptions options) {
        this(mapping, options.zone(), true,
                options.timeFormat() == null ? null : new TimeFormat(options.timeFormat(), options.zone()));
    }

    /** With {@code fast} false every line goes through Jackson (for tests comparing the two paths). */
    RecordParser(FieldMapping mapping, ZoneId zone, boolean fast) {
        this(mapping, zone, fast, null);
    }

    private RecordParser(FieldMapping mapping, ZoneId zone, boolean fast, TimeFormat timeFormat) {
        this.fast = fast;
        this.m = mapping;
        this.zone = zone;
        this.timeFormat = timeFormat;
        this.slots = new Slot[mapping.slotCount()];
        this.scanner = new FastScanner(mapping);
        for (int i = 0; i < slots.length; i++) {
            slots[i] = new Slot();
        }
        for (int i = 0; i < pointerValues.length; i++) {
            pointerValues[i] = new Slot();
        }
    }

    // ---- JSON Lines --------------------------------------------------------------------------

    /**
     * Parses the lines of {@code buf[from, to)} (whole lines; the last may lack its newline).
     * Record numbers in the result are 1-based line numbers within the chunk.
     */
    ChunkResult parseLines(byte[] buf, int from, int to, BooleanSupplier cancelled) {
        // Room for lines of 128 bytes and longer: growing the result mid-chunk would be a branch
        // the compiled record path has not seen (a deoptimisation and recompile of it).
        ChunkResult out = new ChunkResult(buf, slots.length, (to - from) / 128 + 16);
        out.lines = parseLines(out, buf, from, to, cancelled);
        return out;
    }

    /**
     * The loop of {@link #parseLines(byte[], int, int, BooleanSupplier)}, apart so that its
     * compilation does not take in the allocation of the result (once per chunk). Returns the
     * number of lines.
     */
    private int parseLines(ChunkResult out, byte[] buf, int from, int to, BooleanSupplier cancelled) {
        // One parser reads the chunk's objects back to back (creating a parser per line costs more
        // than parsing a typical line). Every object is checked to start at its line's start and
        // end on the same line; anything else is handed to parseLine, which has the last word.
        JsonParser chunk = null;
        int chunkBase = 0;
        int pos = from;
        int line = 0;
        try {
            while (pos < to) {
                line++;
                int i = pos;
                while (i < to && (buf[i] == ' ' || buf[i] == '\t' || buf[i] == '\r')) {
                    i++;
                }
                if (i == to || buf[i] == '\n') {
                    pos = i + 1; // blank line
                    continue;
                }
                int next = -1;
                if (buf[i] == '{' && (next = fastLine(buf, i, to, line, out)) >= 0) {
                    if (chunk != null) {
                        chunk.close();
                        chunk = null;
                    }
                } else if (buf[i] == '{') {
                    if (chunk == null) {
                        chunk = FACTORY.createParser(buf, i, to - i);
                        chunkBase = i;
                    }
                    next = parseInChunk(chunk, chunkBase, buf, i, to, line, out);
                }
                if (next < 0) {
                    if (chunk != null) {
                        chunk.close();
                        chunk = null;
                    }
                    int nl = i;
                    while (nl < to && buf[nl] != '\n') {
                        nl++;
                    }
                    int end = nl;
                    if (end > pos && buf[end - 1] == '\r') {
                        end--;
                    }
                    parseLine(buf, i, end, line, out);
                    next = nl + 1;
                }
                pos = next;
                if ((line & 4095) == 0 && cancelled.getAsBoolean()) {
                    break;
                }
            }
            if (chunk != null) {
                chunk.close();
            }
        } catch (IOException e) {
            throw new IllegalStateException("reading from memory failed", e);
        }
        return line;
    }

    /** The common case without Jackson: see {@link FastScanner}. Returns the next line's start or -1. */
    private int fastLine(byte[] buf, int start, int to, long line, ChunkResult out) {
        if (!fast) {
            return -1;
        }
        gen++;
        currentBuf = buf;
        int end = scanner.scan(buf, start, to, sink);
        if (end < 0) {
            return -1;
        }
        int next = afterLineEnd(buf, end, to);
        if (next >= 0) {
            resolve(out, line, start, end);
        }
        return next;
    }

    /**
     * Where the next line starts when only blanks follow a record that ended at {@code end}, or -1
     * when something else follows it on the same line.
     */
    private static int afterLineEnd(byte[] buf, int end, int to) {
        int k = end;
        while (k < to && (buf[k] == ' ' || buf[k] == '\t' || buf[k] == '\r')) {
            k++;
        }
        return k < to && buf[k] != '\n' ? -1 : k + 1;
    }

    /** Fills the slots from {@link FastScanner}, exactly as {@link #capture} does from Jackson. */
    private final class SlotSink implements FastScanner.Sink {
        private final char[] chars = new char[64];

        @Override
        public void string(int slot, byte[] buf, int off, int len) {
            Slot s = slots[slot];
            s.gen = gen;
            if (m.timeOnly[slot] && timeFormat == null) {
                long micros = Timestamps.isoUtcMicros(buf, off, len);
                if (micros == Long.MIN_VALUE) {
                    micros = otherTime(buf, off, len);
                }
                if (micros != Long.MIN_VALUE) {
                    s.kind = TIME;
                    s.num = micros;
                    return;
                }
            }
            s.kind = STRING;
            if (m.repeated[slot]) {
                s.text = names.get(buf, off, len);
                s.name = names.lastNumber;
            } else {
                s.text = null; // made when needed
                s.name = -1;
            }
            s.raw = buf;
            s.rawOff = off;
            s.rawLen = len;
        }

        /** A time in any other form ({@link Timestamps#fastMicros}), or {@link Long#MIN_VALUE}. */
        private long otherTime(byte[] buf, int off, int len) {
            if (len > chars.length) {
                return Long.MIN_VALUE;
            }
            for (int k = 0; k < len; k++) {
                chars[k] = (char) buf[off + k];
            }
            return Timestamps.fastMicros(chars, 0, len, zone, scratch);
        }

        @Override
        public void integer(int slot, long value) {
            Slot s = slots[slot];
            s.gen = gen;
            s.kind = INT;
            s.num = value;
        }

        @Override
        public void decimal(int slot, byte[] buf, int off, int len) {
            Slot s = slots[slot];
            s.gen = gen;
            s.text = new String(buf, off, len, StandardCharsets.ISO_8859_1);
            s.kind = FLOAT;
            for (int k = off; k < off + len; k++) {
                if (buf[k] == '.' || buf[k] == 'e' || buf[k] == 'E') {
                    return;
                }
            }
            try {
                s.num = Long.parseLong(s.text);
                s.kind = INT;
            } catch (NumberFormatException e) {
                s.kind = BIG_INT;
            }
        }

        @Override
        public void bool(int slot, boolean value) {
            Slot s = slots[slot];
            s.gen = gen;
            s.kind = BOOL;
            s.text = value ? "true" : "false";
        }

        @Override
        public void nul(int slot) {
            slots[slot].gen = 0;
        }

        @Override
        public void structure(int slot, boolean object, int start, int end) {
            Slot s = slots[slot];
            s.gen = gen;
            s.kind = object ? OBJECT : ARRAY;
            s.buf = currentBuf;
            s.start = start;
            s.end = end;
        }
    }

    /**
     * Reads the object at {@code start} with the chunk parser; returns where the next line starts,
     * or -1 when the line is not exactly one well-formed object (the caller then parses it alone).
     */
    private int parseInChunk(JsonParser p, int base, byte[] buf, int start, int to, long line, ChunkResult out) {
        try {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return -1;
            }
            if (base + tokenOffset(p) != start) {
                return -1;
            }
            int lineNr = tokenLine(p);
            capture(p, buf, base);
            if (tokenLine(p) != lineNr) {
                return -1;
            }
            int end = base + (int) tokenOffset(p) + 1;
            int next = afterLineEnd(buf, end, to);
            if (next >= 0) {
                resolve(out, line, start, end);
            }
            return next;
        } catch (IOException e) {
            return -1;
        }
    }

    private static boolean blank(byte[] buf, int from, int to) {
        for (int i = from; i < to; i++) {
            byte b = buf[i];
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
    }

    private void parseLine(byte[] buf, int from, int to, long line, ChunkResult out) {
        try (JsonParser p = FACTORY.createParser(buf, from, to - from)) {
            JsonToken t = p.nextToken();
            if (t != JsonToken.START_OBJECT) {
                out.reject(line, "expected a JSON object per line, got " + describe(t), excerpt(buf, from, to));
                return;
            }
            capture(p, buf, from);
            if (hasMore(p)) {
                out.reject(line, "invalid JSON: more content after the object; expected one JSON object per line",
                        excerpt(buf, from, to));
                return;
            }
        } catch (JsonProcessingException e) {
            out.reject(line, "invalid JSON: " + jsonError(e) + "; expected a JSON object per line",
                    excerpt(buf, from, to));
            return;
        } catch (IOException e) {
            throw new IllegalStateException("reading from memory failed", e);
        }
        resolve(out, line, from, to);
    }

    // ---- shared ------------------------------------------------------------------------------

    /**
     * Whether {@link ParserBase#getTokenCharacterOffset()} is the current token's byte offset plus
     * one (true for Jackson's UTF-8 byte parser; checked once, so a change in Jackson only costs speed).
     */
    private static final boolean FAST_OFFSETS = checkFastOffsets();

    private static boolean checkFastOffsets() {
        byte[] probe = "xx {\"a\":\n {\"b\":1}}".getBytes(StandardCharsets.UTF_8);
        try (JsonParser p = FACTORY.createParser(probe, 2, probe.length - 2)) {
            if (!(p instanceof ParserBase pb)) {
                return false;
            }
            boolean same = true;
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (t != JsonToken.FIELD_NAME) {
                    JsonLocation loc = p.currentTokenLocation();
                    same &= pb.getTokenCharacterOffset() - 1 == loc.getByteOffset() && pb.getTokenLineNr() == loc.getLineNr();
                }
            }
            return same;
        } catch (IOException e) {
            return false;
        }
    }

    /** Byte offset of the current (non-field-name) token from the parser's start, without allocating. */
    static long tokenOffset(JsonParser p) {
        return FAST_OFFSETS ? ((ParserBase) p).getTokenCharacterOffset() - 1 : p.currentTokenLocation().getByteOffset();
    }

    private static int tokenLine(JsonParser p) {
        return FAST_OFFSETS ? ((ParserBase) p).getTokenLineNr() : p.currentTokenLocation().getLineNr();
    }

    /**
     * Reads the object the parser stands at ({@code START_OBJECT}) up to its end into the slots.
     * {@code base} is where the parser's input starts in {@code buf}.
     */
    void capture(JsonParser p, byte[] buf, int base) throws IOException {
        int g = ++gen;
        String name;
        while ((name = p.nextFieldName()) != null) {
            Integer k = m.slotOf.get(name);
            JsonToken t = p.nextToken();
            if (k == null) {
                if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                    p.skipChildren();
                }
                continue;
            }
            Slot s = slots[k];
            s.gen = g;
            switch (t) {
                case VALUE_STRING -> {
                    if (m.timeOnly[k] && timeFormat == null) {
                        long micros = Timestamps.fastMicros(p.getTextCharacters(), p.getTextOffset(),
                                p.getTextLength(), zone, scratch);
                        if (micros != Long.MIN_VALUE) {
                            s.kind = TIME;
                            s.num = micros;
                            continue;
                        }
                    }
                    s.kind = STRING;
                    if (m.repeated[k]) {
                        s.text = names.get(p);
                        s.name = names.lastNumber;
                    } else {
                        s.text = p.getText();
                        s.name = -1;
                    }
                    s.raw = null;
                }
                case VALUE_NUMBER_INT -> {
                    JsonParser.NumberType nt = p.getNumberType();
                    if (nt == JsonParser.NumberType.INT || nt == JsonParser.NumberType.LONG) {
                        s.kind = INT;
                        s.num = p.getLongValue();
                    } else {
                        s.kind = BIG_INT;
                        s.text = p.getText();
                    }
                }
                case VALUE_NUMBER_FLOAT -> {
                    s.kind = FLOAT;
                    s.text = p.getText();
                }
                case VALUE_TRUE, VALUE_FALSE -> {
                    s.kind = BOOL;
                    s.text = t == JsonToken.VALUE_TRUE ? "true" : "false";
                }
                case START_OBJECT, START_ARRAY -> {
                    s.kind = t == JsonToken.START_OBJECT ? OBJECT : ARRAY;
                    s.buf = buf;
                    s.start = base + (int) tokenOffset(p);
                    p.skipChildren();
                    s.end = base + (int) tokenOffset(p) + 1;
                }
                default -> s.gen = 0; // null: as if absent
            }
        }
    }

    /** Resolves the captured record into an event (stream may still be missing) or a rejection. */
    void resolve(ChunkResult out, long record, int recordStart, int recordEnd) {
        String reason = resolveInto(out, record, recordStart, recordEnd);
        if (reason != null) {
            out.reject(record, reason, excerpt(out.buf, recordStart, recordEnd));
        }
    }

    private String resolveInto(ChunkResult out, long record, int recordStart, int recordEnd) {
        boolean ce = present(m.specversionSlot);
        // one call site for every role keeps this method small for the JIT
        Slot[] p = picked;
        for (int r = 0; r < p.length; r++) {
            p[r] = pick(r, ce);
        }
        Slot typeSlot = p[TYPE];
        if (typeSlot == null) {
            return "missing type: expected " + (ce && m.override[Role.TYPE.ordinal()] == null ? "type" : m.expected(Role.TYPE));
        }
        String type = text(typeSlot);
        if (type == null) {
            return "type: expected a string, got " + describe(typeSlot);
        }
        Slot streamSlot = p[STREAM];
        String stream = null;
        if (streamSlot != null) {
            stream = text(streamSlot);
            if (stream == null) {
                return "stream: expected a string or a number, got " + describe(streamSlot);
            }
        }
        Slot idSlot = p[ID];
        byte[] idBuf = null;
        int idOff = 0;
        int idLen = 0;
        if (idSlot != null) {
            if (idSlot.kind == STRING && idSlot.text == null) {
                idBuf = idSlot.raw; // ASCII straight from the input: no String, no re-encoding
                idOff = idSlot.rawOff;
                idLen = idSlot.rawLen;
            } else {
                String id = text(idSlot);
                if (id == null) {
                    return "id: expected a string or a number, got " + describe(idSlot);
                }
                idBuf = id.getBytes(StandardCharsets.UTF_8);
                idLen = idBuf.length;
            }
        }
        Slot streamTypeSlot = p[STREAM_TYPE];
        int typeChoice = chosen[Role.TYPE.ordinal()];
        if (streamTypeSlot == null && !ce && m.override[Role.STREAM_TYPE.ordinal()] == null
                && (typeChoice == m.payloadTypeSlot || typeChoice == m.payloadTypeSnakeSlot)
                && present(m.typeSlot)) {
            streamTypeSlot = slots[m.typeSlot];
            chosen[Role.STREAM_TYPE.ordinal()] = m.typeSlot;
            p[STREAM_TYPE] = streamTypeSlot;
        }
        String streamType = null;
        if (streamTypeSlot != null) {
            streamType = text(streamTypeSlot);
            if (streamType == null) {
                return "streamType: expected a string, got " + describe(streamTypeSlot);
            }
        }
        long version = EventLog.NO_VERSION;
        Slot v = p[VERSION];
        if (v != null) {
            if (v.kind == INT) {
                version = v.num;
            } else if (v.kind == STRING && isInteger(str(v))) {
                version = Long.parseLong(v.text.strip());
            } else {
                return "version: expected an integer, got " + describe(v);
            }
        }
        long time = EventLog.NO_TIME;
        Slot ts = p[TIME_ROLE];
        if (ts != null) {
            try {
                time = switch (ts.kind) {
                    case TIME -> ts.num;
                    case STRING -> timeFormat != null ? timeFormat.micros(str(ts))
                            : Timestamps.parseMicros(str(ts), zone, scratch);
                    case INT -> Math.multiplyExact(ts.num, 1000L);
                    case FLOAT -> millisToMicros(Double.parseDouble(ts.text));
                    case BIG_INT -> throw new ArithmeticException();
                    default -> EventLog.NO_TIME;
                };
            } catch (IllegalArgumentException e) {
                return "time: " + e.getMessage();
            } catch (ArithmeticException | java.time.DateTimeException e) {
                return "time: " + describe(ts) + " is out of range";
            }
            if (time == EventLog.NO_TIME) {
                return "time: expected a string or a number (epoch milliseconds), got " + describe(ts);
            }
        }
        Slot data = p[DATA];
        if (data == null && ce && m.override[DATA] == null && present(m.dataBase64Slot)) {
            String reason = base64Data();
            if (reason != null) {
                return reason;
            }
            data = p[DATA];
        }
        Slot meta = p[METADATA];

        int i = out.addEvent();
        out.idBufs[i] = idBuf;
        out.idOffs[i] = idOff;
        out.idLens[i] = idLen;
        out.streams[i] = stream;
        out.streamTypes[i] = streamType;
        out.types[i] = type;
        out.names = names;
        out.streamNames[i] = streamSlot == null ? -1 : nameOf(streamSlot);
        out.streamTypeNames[i] = streamTypeSlot == null ? -1 : nameOf(streamTypeSlot);
        out.typeNames[i] = nameOf(typeSlot);
        out.versions[i] = version;
        out.times[i] = time;
        if (data != null) {
            raw(data);
            out.dataBufs[i] = data.buf;
            out.dataOffs[i] = data.start;
            out.dataLens[i] = data.end - data.start;
        } else {
            out.dataBufs[i] = null;
        }
        if (meta != null) {
            raw(meta);
            out.metaBufs[i] = meta.buf;
            out.metaOffs[i] = meta.start;
            out.metaLens[i] = meta.end - meta.start;
        } else {
            out.metaBufs[i] = null;
        }
        out.eventRecords[i] = record;
        out.recordStarts[i] = recordStart;
        out.recordEnds[i] = recordEnd;
        int pointerChoice = slots.length;
        int[][] use = out.keyUse;
        use[TYPE][choiceIndex(TYPE, pointerChoice)]++; // a pointer override counts as itself (info names it)
        for (int r = 0; r < p.length; r++) {
            if (r != TYPE && p[r] != null) {
                use[r][choiceIndex(r, pointerChoice)]++;
            }
        }
        return null;
    }

    /**
     * CloudEvents {@code data_base64}: decoded into the data when {@code datacontenttype} is JSON
     * ({@code application/json}, {@code text/json}, {@code …+json}), else the base64 text is kept as
     * a JSON string. Puts the result in {@link #picked}; returns a rejection reason or {@code null}.
     */
    private String base64Data() {
        Slot b64 = slots[m.dataBase64Slot];
        if (b64.kind != STRING) {
            return "data_base64: expected a base64 string, got " + describe(b64);
        }
        String text = str(b64);
        Slot ct = present(m.dataContentTypeSlot) ? slots[m.dataContentTypeSlot] : null;
        String contentType = ct != null && ct.kind == STRING ? str(ct) : null;
        byte[] bytes;
        if (isJsonContentType(contentType)) {
            try {
                bytes = java.util.Base64.getMimeDecoder().decode(text);
            } catch (IllegalArgumentException e) {
                return "data_base64: not valid base64: " + e.getMessage();
            }
            if (!isOneJsonValue(bytes)) {
                return "data_base64: datacontenttype is " + contentType + " but the decoded data is not JSON";
            }
        } else {
            try {
                bytes = Json.MAPPER.writeValueAsBytes(text);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
        Slot s = pointerValues[DATA];
        s.gen = gen;
        s.kind = OBJECT; // raw JSON bytes, whatever the value
        s.buf = bytes;
        s.start = 0;
        s.end = bytes.length;
        picked[DATA] = s;
        chosen[DATA] = m.dataBase64Slot;
        return null;
    }

    static boolean isJsonContentType(String contentType) {
        if (contentType == null) {
            return false;
        }
        String t = contentType.toLowerCase(java.util.Locale.ROOT);
        int semi = t.indexOf(';');
        t = (semi >= 0 ? t.substring(0, semi) : t).strip();
        return t.equals("application/json") || t.equals("text/json") || t.endsWith("+json");
    }

    private static boolean isOneJsonValue(byte[] b) {
        try (JsonParser jp = FACTORY.createParser(b)) {
            JsonToken t = jp.nextToken();
            if (t == null) {
                return false;
            }
            jp.skipChildren();
            return jp.nextToken() == null;
        } catch (IOException e) {
            return false;
        }
    }

    /** The {@link NameCache} entry number of a slot's string, or -1. */
    private static int nameOf(Slot s) {
        return s.kind == STRING ? s.name : -1;
    }

    private int choiceIndex(int r, int pointerChoice) {
        return m.pointerTail[r] != null ? pointerChoice : chosen[r];
    }

    private boolean present(int slot) {
        return slots[slot].gen == gen;
    }

    /** The value that fills {@code role} in the current record, or {@code null}; notes the slot in {@link #chosen}. */
    private Slot pick(int r, boolean cloudEvents) {
        if (m.override[r] == null && cloudEvents && m.cloudEventsSlot[r] != FieldMapping.NONE) {
            int s = m.cloudEventsSlot[r];
            chosen[r] = s;
            return present(s) ? slots[s] : null;
        }
        int[] candidates = m.candidates[r];
        for (int s : candidates) {
            if (slots[s].gen == gen) {
                chosen[r] = s;
                return m.pointerTail[r] == null ? slots[s] : pointer(r, slots[s]);
            }
        }
        return null;
    }

    private Slot pointer(int r, Slot head) {
        if (head.kind != OBJECT && head.kind != ARRAY) {
            return null;
        }
        if (head.treeGen != gen || head.tree == null) {
            try {
                head.tree = Json.MAPPER.readTree(head.buf, head.start, head.end - head.start);
            } catch (IOException e) {
                throw new IllegalStateException("value was parsed once already", e);
            }
            head.treeGen = gen;
        }
        JsonNode n = head.tree.at(m.pointerTail[r]);
        if (n.isMissingNode() || n.isNull()) {
            return null;
        }
        Slot s = pointerValues[r];
        s.gen = gen;
        if (n.isTextual()) {
            s.kind = STRING;
            s.text = n.textValue();
            s.raw = null;
            s.name = -1;
        } else if (n.isIntegralNumber() && n.canConvertToLong()) {
            s.kind = INT;
            s.num = n.longValue();
        } else if (n.isIntegralNumber()) {
            s.kind = BIG_INT;
            s.text = n.asText();
        } else if (n.isNumber()) {
            s.kind = FLOAT;
            s.text = n.asText();
        } else if (n.isBoolean()) {
            s.kind = BOOL;
            s.text = n.asText();
        } else {
            s.kind = n.isArray() ? ARRAY : OBJECT;
            try {
                s.buf = Json.MAPPER.writeValueAsBytes(n);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
            s.start = 0;
            s.end = s.buf.length;
        }
        return s;
    }

    /** Makes sure a slot's buf/start/end hold its raw JSON (scalars are written out). */
    private static void raw(Slot s) {
        if (s.kind == OBJECT || s.kind == ARRAY) {
            return;
        }
        byte[] b;
        if (s.kind == STRING) {
            try {
                b = Json.MAPPER.writeValueAsBytes(str(s));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        } else {
            b = (s.kind == INT ? Long.toString(s.num) : s.text).getBytes(StandardCharsets.UTF_8);
        }
        s.buf = b;
        s.start = 0;
        s.end = b.length;
    }

    /** The text of a string or number, or {@code null} for other values. */
    private static String text(Slot s) {
        return switch (s.kind) {
            case STRING -> str(s);
            case BIG_INT, FLOAT -> s.text;
            case INT -> Long.toString(s.num);
            default -> null;
        };
    }

    private static String describe(Slot s) {
        return switch (s.kind) {
            case STRING -> "\"" + (str(s).length() > 40 ? s.text.substring(0, 40) + "…" : s.text) + "\"";
            case INT -> Long.toString(s.num);
            case BIG_INT, FLOAT, BOOL -> s.text;
            case OBJECT -> "an object";
            case TIME -> "a timestamp";
            default -> "an array";
        };
    }

    static String describe(JsonToken t) {
        if (t == null) {
            return "nothing";
        }
        return switch (t) {
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> "an object";
        };
    }

    private static boolean isInteger(String text) {
        String t = text.strip();
        int i = t.startsWith("-") || t.startsWith("+") ? 1 : 0;
        if (i == t.length() || t.length() - i > 18) {
            return false;
        }
        for (; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static long millisToMicros(double millis) {
        double micros = millis * 1000.0;
        if (Double.isNaN(micros) || Math.abs(micros) >= 9.2e18) {
            throw new ArithmeticException();
        }
        return Math.round(micros);
    }

    private static boolean hasMore(JsonParser p) {
        try {
            return p.nextToken() != null;
        } catch (IOException e) {
            return true;
        }
    }

    /** Jackson's message, cut to what a user can act on. */
    static String jsonError(JsonProcessingException e) {
        String msg = e.getOriginalMessage();
        if (e instanceof JsonEOFException || msg != null && msg.startsWith("Unexpected end-of-input")) {
            return "unexpected end of input";
        }
        if (msg == null) {
            return "malformed";
        }
        for (String cut : new String[] {"\n", " (for ", " at [Source"}) {
            int at = msg.indexOf(cut);
            if (at >= 0) {
                msg = msg.substring(0, at);
            }
        }
        return msg.isEmpty() ? msg : Character.toLowerCase(msg.charAt(0)) + msg.substring(1);
    }

    static String excerpt(byte[] buf, int from, int to) {
        int len = Math.min(to - from, EXCERPT_BYTES);
        return new String(buf, from, Math.max(len, 0), StandardCharsets.UTF_8);
    }

    private static final int EXCERPT_BYTES = 4 * dev.chronoscope.event.Rejection.MAX_EXCERPT;
}
