package dev.chronoscope.source;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.chronoscope.event.EventLog;
import dev.chronoscope.event.Rejection;
import java.io.FileNotFoundException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Loads an event log from a file: detects the format (from the extension, else the content) and
 * gzip compression (from the magic bytes), maps fields to envelope roles per DESIGN.md and builds
 * the columnar {@link EventLog}.
 *
 * <p>Every non-blank line (JSON Lines) or array element (JSON) becomes an event or a
 * {@link Rejection} with its 1-based line or element number, so
 * {@code log.size() + log.rejections().size()} is the number of records. The file is only read.
 *
 * <p>JSON Lines are read in blocks of a few megabytes cut at line ends and parsed on two worker
 * threads while the calling thread reads ahead and appends the results in file order.
 */
public final class EventLogLoader {

    /** Size of the blocks JSON Lines are read and parsed in. */
    static final int CHUNK_SIZE = 4 << 20;
    /** JSON records handed over to the builder at a time. */
    private static final int JSON_BATCH = 4096;
    private static final String ALL_STREAM = "all";

    private EventLogLoader() {}

    /**
     * Loads a whole log.
     *
     * @param file the file; {@link EventLog#source()} is its {@code toString()}
     * @param options format, mapping overrides, zone, strictness and order ({@code null}: defaults)
     * @param listener progress and cancellation ({@code null}: {@link LoadListener#NONE})
     * @throws SourceException when the file cannot be read or is not of the format, or in strict
     *     mode at the first bad record; the message names the file (and line or record)
     * @throws LoadCancelledException when the listener asked to stop
     */
    public static EventLog load(Path file, LoadOptions options, LoadListener listener)
            throws SourceException, LoadCancelledException {
        Objects.requireNonNull(file, "file");
        LoadOptions opts = options == null ? LoadOptions.defaults() : options;
        LoadListener l = listener == null ? LoadListener.NONE : listener;
        String name = file.toString();
        try {
            if (Files.isDirectory(file)) {
                throw new SourceException(name + ": is a folder; expected an event log file");
            }
            try (SourceFile src = SourceFile.of(file, opts.entry())) {
                name = src.name;
                return read(src, opts, l);
            }
        } catch (NoSuchFileException | FileNotFoundException e) {
            throw new SourceException(name + ": file not found", e);
        } catch (AccessDeniedException e) {
            throw new SourceException(name + ": cannot read the file: permission denied", e);
        } catch (ZipException e) {
            throw new SourceException(name + ": damaged compressed data: " + e.getMessage(), e);
        } catch (java.io.EOFException e) {
            throw new SourceException(name + ": damaged gzip data: the compressed file ends too early", e);
        } catch (java.io.CharConversionException | java.nio.charset.CharacterCodingException e) {
            throw new SourceException(name + ": cannot decode the text: " + e.getMessage()
                    + "; expected UTF-8 (give --encoding for another character set)", e);
        } catch (IOException e) {
            throw new SourceException(name + ": cannot read the file: " + e.getMessage(), e);
        }
    }

    /** Reads an opened source (a file, or the bytes of a preview) with the options' format or the detected one. */
    static EventLog read(SourceFile src, LoadOptions opts, LoadListener l)
            throws IOException, SourceException, LoadCancelledException {
        Format format = opts.format() != null ? opts.format() : formatOf(src);
        switch (format) {
            case CSV:
                return new CsvReader(src, opts, l).read();
            case XES:
                return new XesReader(src, opts, l).read();
            default:
                break;
        }
        FieldMapping mapping;
        try {
            mapping = new FieldMapping(opts.mapping());
        } catch (IllegalArgumentException e) {
            throw new SourceException(src.name + ": " + e.getMessage(), e);
        }
        boolean streamMapped = opts.mapping().containsKey(Role.STREAM.roleName);
        try {
            return new Load(src, format, opts, l, mapping, streamMapped).run();
        } catch (StreamKeyFound restart) {
            // The first records had no stream key, later ones have: read again, requiring it.
            return new Load(src, format, opts, l, mapping, true).run();
        }
    }

    /**
     * The files of a zip archive a log can be read from, in archive order (folders and macOS
     * resource forks left out): choose one with {@link LoadOptions#entry()} when there are several.
     */
    public static java.util.List<String> zipEntries(Path file) throws SourceException {
        try {
            return SourceFile.entries(file);
        } catch (IOException e) {
            throw new SourceException(file + ": cannot read the zip archive: " + e.getMessage(), e);
        }
    }

    /**
     * The format a load of {@code file} would read it as (the extension, else the content; for a
     * zip archive, its entry), e.g. to ask for CSV import options before loading.
     *
     * @param entry the zip entry ({@code null}: the archive's only file)
     * @throws SourceException when the file cannot be read or its format cannot be told
     */
    public static Format formatOf(Path file, String entry) throws SourceException {
        Objects.requireNonNull(file, "file");
        try (SourceFile src = SourceFile.of(file, entry)) {
            return formatOf(src);
        } catch (IOException e) {
            throw new SourceException(file + ": cannot read the file: " + e.getMessage(), e);
        }
    }

    // ---- detection ---------------------------------------------------------------------------

    /** The format by extension, else by content. */
    static Format formatOf(SourceFile src) throws IOException, SourceException {
        String n = src.formatName;
        if (n.endsWith(".jsonl") || n.endsWith(".ndjson") || n.endsWith(".jsonlines")) {
            return Format.JSONL;
        }
        if (n.endsWith(".json")) {
            return Format.JSON;
        }
        if (n.endsWith(".csv") || n.endsWith(".tsv")) {
            return Format.CSV;
        }
        if (n.endsWith(".xes")) {
            return Format.XES;
        }
        byte[] head;
        try (InputStream in = src.open(null)) {
            head = in.readNBytes(64 << 10);
        }
        int i = bom(head, head.length);
        while (i < head.length && isSpace(head[i])) {
            i++;
        }
        if (i < head.length && head[i] == '<') {
            return Format.XES;
        }
        if (n.endsWith(".txt") && (i == head.length || head[i] != '[' && head[i] != '{')) {
            return Format.CSV; // .txt is CSV unless it holds JSON
        }
        Format f = formatOfContent(head);
        if (f == null && CsvReader.looksLikeCsv(head)) {
            return Format.CSV;
        }
        if (f == null) {
            throw new SourceException(src.name + ": cannot tell the format: expected JSON Lines (one object per line), "
                    + "JSON (an array of objects), CSV with a header row, or XES; name the file .jsonl, .json, .csv "
                    + "or .xes, or give the format");
        }
        return f;
    }

    /** JSON for a top-level array, for an object with an {@code events} array, or an object spanning lines; else JSON Lines. */
    static Format formatOfContent(byte[] head) {
        int i = bom(head, head.length);
        while (i < head.length && isSpace(head[i])) {
            i++;
        }
        if (i == head.length) {
            return Format.JSONL;
        }
        if (head[i] == '[') {
            return Format.JSON;
        }
        if (head[i] != '{') {
            return null;
        }
        int firstNewline = i;
        while (firstNewline < head.length && head[firstNewline] != '\n') {
            firstNewline++;
        }
        try (JsonParser p = RecordParser.FACTORY.createParser(head, i, head.length - i)) {
            p.nextToken();
            JsonToken t = p.nextToken();
            if (t == JsonToken.FIELD_NAME && "events".equals(p.currentName())
                    && p.nextToken() == JsonToken.START_ARRAY) {
                return Format.JSON;
            }
            int depth = 1;
            if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                depth++;
            }
            while (depth > 0) {
                t = p.nextToken();
                if (t == null) {
                    break;
                }
                if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                    depth++;
                } else if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                    depth--;
                }
            }
            long end = i + p.currentLocation().getByteOffset();
            return end > firstNewline ? Format.JSON : Format.JSONL;
        } catch (IOException e) {
            // Broken or cut by the peek: an object going on past the first line is a JSON document.
            return Format.JSONL;
        }
    }

    static int bom(byte[] b, int len) {
        return len >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF ? 3 : 0;
    }

    private static boolean isSpace(byte b) {
        return b == ' ' || b == '\n' || b == '\r' || b == '\t';
    }

    /** Thrown when a log first looked stream-less ({@code all}) but a later record has a stream key. */
    private static final class StreamKeyFound extends RuntimeException {
        private static final long serialVersionUID = 1L;

        StreamKeyFound() {
            super(null, null, false, false);
        }
    }

    // ---- one load ----------------------------------------------------------------------------

    private static final class Load {
        private final SourceFile src;
        private final String name;
        private final long size;
        private final boolean gzip;
        private final Format format;
        private final LoadOptions options;
        private final LoadListener listener;
        private final FieldMapping mapping;
        private final EventLog.Builder builder;
        private final SourceFile.Counting counter = new SourceFile.Counting();
        private final int[][] keyUse;
        /** Whether records must have a stream; {@code null} until the first record decides. */
        private Boolean streamRequired;
        private long lineBase;
        /**
         * Per parser name cache, per name role (stream, stream type, type): the builder's number
         * of each cache entry, plus one (0: not looked up yet).
         */
        private final java.util.IdentityHashMap<NameCache, int[][]> nameMaps = new java.util.IdentityHashMap<>();
        /** Chunk buffers whose results were appended, for reuse by the reader (same thread). */
        private final ArrayDeque<byte[]> spare = new ArrayDeque<>();

        Load(SourceFile src, Format format, LoadOptions options, LoadListener listener, FieldMapping mapping,
                boolean streamRequired) {
            this.src = src;
            this.name = src.name;
            this.size = src.size;
            this.gzip = src.gzip;
            this.format = format;
            this.options = options;
            this.listener = listener;
            this.mapping = mapping;
            this.builder = EventLog.builder(name);
            this.keyUse = new int[Role.ALL.size()][mapping.slotCount() + 1];
            this.streamRequired = streamRequired ? Boolean.TRUE : null;
        }

        EventLog run() throws IOException, SourceException, LoadCancelledException {
            try (InputStream in = src.open(counter)) {
                switch (format) {
                    case JSONL -> readLines(in);
                    case JSON -> readJson(in);
                    default -> throw new IllegalStateException("not a JSON format: " + format);
                }
            }
            listener.progress(builder.records(), counter.count, size);
            recordMapping();
            return options.orderByTime() ? builder.buildOrderedByTime() : builder.build();
        }

        private void checkCancelled() throws LoadCancelledException {
            if (listener.cancelled()) {
                throw new LoadCancelledException();
            }
        }

        // ---- JSON Lines ----

        private void readLines(InputStream in) throws IOException, SourceException, LoadCancelledException {
            int threads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
            ExecutorService pool = null;
            ArrayDeque<Future<ChunkResult>> pending = new ArrayDeque<>();
            try {
                byte[] buf = new byte[CHUNK_SIZE];
                int fill = 0;
                int skip = -1;
                boolean eof = false;
                while (!eof) {
                    checkCancelled();
                    while (fill < buf.length) {
                        int r = in.read(buf, fill, buf.length - fill);
                        if (r < 0) {
                            eof = true;
                            break;
                        }
                        fill += r;
                    }
                    if (skip < 0) {
                        skip = bom(buf, fill);
                    }
                    int cut = fill;
                    if (!eof) {
                        cut = lastNewline(buf, skip, fill) + 1;
                        if (cut == 0) {
                            buf = Arrays.copyOf(buf, buf.length * 2); // a line longer than the block
                            continue;
                        }
                    }
                    byte[] chunk = buf;
                    int from = skip;
                    int to = cut;
                    skip = 0;
                    if (!eof) {
                        int need = Math.max(CHUNK_SIZE, 2 * (fill - cut));
                        buf = need == CHUNK_SIZE && !spare.isEmpty() ? spare.pop() : new byte[need];
                        System.arraycopy(chunk, cut, buf, 0, fill - cut);
                        fill -= cut;
                    }
                    if (eof && pool == null) {
                        consume(new RecordParser(mapping, options).parseLines(chunk, from, to, listener::cancelled));
                        break;
                    }
                    if (pool == null) {
                        pool = newPool(threads);
                    }
                    ThreadLocal<RecordParser> parsers = PARSERS;
                    FieldMapping fm = mapping;
                    LoadOptions o = options;
                    LoadListener l = listener;
                    pending.add(pool.submit(() -> parser(parsers, fm, o).parseLines(chunk, from, to, l::cancelled)));
                    while (pending.size() > threads + 1) {
                        consume(await(pending.poll()));
                    }
                }
                while (!pending.isEmpty()) {
                    consume(await(pending.poll()));
                }
            } finally {
                if (pool != null) {
                    pool.shutdownNow();
                }
            }
        }

        private static final ThreadLocal<RecordParser> PARSERS = new ThreadLocal<>();

        /** The worker thread's parser (workers live for one load, so this never sees another mapping). */
        private static RecordParser parser(ThreadLocal<RecordParser> parsers, FieldMapping fm, LoadOptions o) {
            RecordParser p = parsers.get();
            if (p == null) {
                p = new RecordParser(fm, o);
                parsers.set(p);
            }
            return p;
        }

        private static ExecutorService newPool(int threads) {
            AtomicInteger n = new AtomicInteger();
            return Executors.newFixedThreadPool(threads, r -> {
                Thread t = new Thread(r, "chronoscope-load-" + n.incrementAndGet());
                t.setDaemon(true);
                return t;
            });
        }

        private static ChunkResult await(Future<ChunkResult> f) throws IOException {
            try {
                return f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new java.io.InterruptedIOException("interrupted while loading");
            } catch (ExecutionException e) {
                Throwable c = e.getCause();
                if (c instanceof RuntimeException re) {
                    throw re;
                }
                if (c instanceof Error err) {
                    throw err;
                }
                throw new IOException(c);
            }
        }

        private static int lastNewline(byte[] buf, int from, int to) {
            for (int i = to - 1; i >= from; i--) {
                if (buf[i] == '\n') {
                    return i;
                }
            }
            return -1;
        }

        // ---- JSON ----

        private void readJson(InputStream in) throws IOException, SourceException, LoadCancelledException {
            byte[] all = readAll(in);
            int len = all.length;
            int start = bom(all, len);
            RecordParser rp = new RecordParser(mapping, options);
            try (JsonParser p = RecordParser.FACTORY.createParser(all, start, len - start)) {
                JsonToken t;
                boolean object = false;
                boolean cloudEvent = false;
                try {
                    t = p.nextToken();
                    if (t == JsonToken.START_OBJECT) {
                        object = true;
                        t = null;
                        while (p.nextToken() == JsonToken.FIELD_NAME) {
                            String field = p.currentName();
                            JsonToken v = p.nextToken();
                            if ("events".equals(field) && v == JsonToken.START_ARRAY) {
                                t = v;
                                break;
                            }
                            cloudEvent |= "specversion".equals(field);
                            p.skipChildren();
                        }
                    }
                } catch (JsonProcessingException e) {
                    throw new SourceException(name + ": invalid JSON at line " + e.getLocation().getLineNr() + ": "
                            + RecordParser.jsonError(e) + "; expected an array of event objects", e);
                }
                if (t == null && object && cloudEvent) {
                    readSingleObject(all, start, len, rp);
                    return;
                }
                if (t != JsonToken.START_ARRAY) {
                    throw new SourceException(name + ": expected a JSON array of event objects, an object with "
                            + "such an array under \"events\", or one CloudEvent");
                }
                long index = 0;
                ChunkResult out = new ChunkResult(all, mapping.slotCount(), JSON_BATCH);
                while (true) {
                    int before = start + (int) p.currentLocation().getByteOffset();
                    JsonToken et;
                    try {
                        et = p.nextToken();
                    } catch (JsonProcessingException e) {
                        if (!blankOrComma(all, before, len)) {
                            out.reject(index + 1, brokenJson(e), RecordParser.excerpt(all, skipSpace(all, before, len), len));
                        }
                        break;
                    }
                    if (et == JsonToken.END_ARRAY || et == null) {
                        break;
                    }
                    index++;
                    int s = start + (int) p.currentTokenLocation().getByteOffset();
                    try {
                        if (et != JsonToken.START_OBJECT) {
                            if (et.isStructStart()) {
                                p.skipChildren();
                            } else {
                                p.finishToken();
                            }
                            int e = start + (int) p.currentLocation().getByteOffset();
                            out.reject(index, "expected a JSON object per array element, got " + RecordParser.describe(et),
                                    RecordParser.excerpt(all, s, e));
                        } else {
                            rp.capture(p, all, start);
                            int e = start + (int) p.currentTokenLocation().getByteOffset() + 1;
                            rp.resolve(out, index, s, e);
                        }
                    } catch (JsonProcessingException e) {
                        out.reject(index, brokenJson(e), RecordParser.excerpt(all, s, len));
                        break;
                    }
                    if (out.records() >= JSON_BATCH) {
                        consume(out);
                        out = new ChunkResult(all, mapping.slotCount(), JSON_BATCH);
                        checkCancelled();
                    }
                }
                consume(out);
            }
        }

        /** A document that is one object (a structured CloudEvent, say): one record. */
        private void readSingleObject(byte[] all, int start, int len, RecordParser rp)
                throws IOException, SourceException, LoadCancelledException {
            ChunkResult out = new ChunkResult(all, mapping.slotCount(), 1);
            try (JsonParser p = RecordParser.FACTORY.createParser(all, start, len - start)) {
                p.nextToken();
                int s = start + (int) p.currentTokenLocation().getByteOffset();
                rp.capture(p, all, start);
                int e = start + (int) p.currentTokenLocation().getByteOffset() + 1;
                if (p.nextToken() != null) {
                    out.reject(1, "invalid JSON: more content after the object; expected one JSON document",
                            RecordParser.excerpt(all, s, len));
                } else {
                    rp.resolve(out, 1, s, e);
                }
            } catch (JsonProcessingException e) {
                out.reject(1, brokenJson(e), RecordParser.excerpt(all, start, len));
            }
            consume(out);
        }

        private static String brokenJson(JsonProcessingException e) {
            return "invalid JSON at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr()
                    + ": " + RecordParser.jsonError(e) + "; expected a JSON object (records after this one could not be read)";
        }

        private static boolean blankOrComma(byte[] b, int from, int to) {
            for (int i = from; i < to; i++) {
                if (!isSpace(b[i]) && b[i] != ',') {
                    return false;
                }
            }
            return true;
        }

        private static int skipSpace(byte[] b, int from, int to) {
            while (from < to && (isSpace(b[from]) || b[from] == ',')) {
                from++;
            }
            return from;
        }

        private byte[] readAll(InputStream in) throws IOException, SourceException {
            long guess = gzip ? Math.min(Math.max(1 << 16, size * 4), 64 << 20) : size + 1;
            int cap = (int) Math.min(guess, Integer.MAX_VALUE - 16);
            byte[] b = new byte[Math.max(cap, 16)];
            int fill = 0;
            while (true) {
                if (fill == b.length) {
                    if (b.length >= Integer.MAX_VALUE - 16) {
                        throw new SourceException(name + ": too large for a JSON document (over 2 GB); expected "
                                + "JSON Lines for logs this big");
                    }
                    b = Arrays.copyOf(b, (int) Math.min((long) b.length * 2, Integer.MAX_VALUE - 16));
                }
                int r = in.read(b, fill, b.length - fill);
                if (r < 0) {
                    break;
                }
                fill += r;
            }
            return fill == b.length ? b : Arrays.copyOf(b, fill);
        }

        // ---- appending, in source order ----

        private void consume(ChunkResult r) throws SourceException, LoadCancelledException {
            checkCancelled();
            long base = lineBase;
            int[][] maps = r.names == null ? NO_MAPS : nameMaps.computeIfAbsent(r.names, k -> new int[3][256]);
            int e = 0;
            int j = 0;
            while (e < r.events || j < r.rejections) {
                if (j >= r.rejections || e < r.events && r.eventRecords[e] < r.rejectionRecords[j]) {
                    append(r, e++, base, maps);
                } else {
                    reject(base + r.rejectionRecords[j], r.reasons[j], r.excerpts[j]);
                    j++;
                }
            }
            for (int role = 0; role < keyUse.length; role++) {
                for (int k = 0; k < keyUse[role].length; k++) {
                    keyUse[role][k] += r.keyUse[role][k];
                }
            }
            lineBase += r.lines;
            if (r.buf.length == CHUNK_SIZE && spare.size() < 4) {
                spare.push(r.buf); // the builder copied what it needs
            }
            listener.progress(builder.records(), counter.count, size);
        }

        private static final int[][] NO_MAPS = new int[3][0];
        private static final int STREAM_NAMES = 0;
        private static final int STREAM_TYPE_NAMES = 1;
        private static final int TYPE_NAMES = 2;

        private void append(ChunkResult r, int i, long base, int[][] maps) throws SourceException {
            String stream = r.streams[i];
            if (stream == null) {
                if (streamRequired == Boolean.TRUE) {
                    reject(base + r.eventRecords[i], "missing stream: expected " + mapping.expected(Role.STREAM),
                            RecordParser.excerpt(r.buf, r.recordStarts[i], r.recordEnds[i]));
                    return;
                }
                streamRequired = Boolean.FALSE;
                stream = ALL_STREAM;
            } else if (streamRequired == Boolean.FALSE) {
                throw new StreamKeyFound();
            } else {
                streamRequired = Boolean.TRUE;
            }
            int streamNumber = r.streams[i] == null ? builder.internStream(stream)
                    : number(maps, STREAM_NAMES, r.streamNames[i], stream);
            String streamType = r.streamTypes[i];
            int streamTypeNumber = streamType == null ? EventLog.NO_STREAM_TYPE
                    : number(maps, STREAM_TYPE_NAMES, r.streamTypeNames[i], streamType);
            int typeNumber = number(maps, TYPE_NAMES, r.typeNames[i], r.types[i]);
            builder.addInterned(r.idBufs[i], r.idOffs[i], r.idLens[i], streamNumber, streamTypeNumber, typeNumber,
                    r.versions[i], r.times[i], r.dataBufs[i], r.dataOffs[i], r.dataLens[i], r.metaBufs[i],
                    r.metaOffs[i], r.metaLens[i]);
        }

        /** The builder's number of a name, through the map of its name cache entry when it has one. */
        private int number(int[][] maps, int role, int entry, String name) {
            if (entry < 0) {
                return intern(role, name);
            }
            int[] map = maps[role];
            if (entry >= map.length) {
                map = maps[role] = Arrays.copyOf(map, Math.max(entry + 1, map.length * 2));
            }
            int n = map[entry] - 1;
            if (n < 0) {
                n = intern(role, name);
                map[entry] = n + 1;
            }
            return n;
        }

        private int intern(int role, String name) {
            return switch (role) {
                case STREAM_NAMES -> builder.internStream(name);
                case STREAM_TYPE_NAMES -> builder.internStreamType(name);
                default -> builder.internType(name);
            };
        }

        private void reject(long record, String reason, String excerpt) throws SourceException {
            if (options.strict()) {
                throw new SourceException(name + ":" + record + ": " + reason);
            }
            builder.reject(new Rejection(record, reason, excerpt));
        }

        /** Reports, per role in role order, the field most events took it from. */
        private void recordMapping() {
            for (Role role : Role.ALL) {
                if (role == Role.STREAM && streamRequired != Boolean.TRUE) {
                    continue;
                }
                int[] use = keyUse[role.ordinal()];
                int best = -1;
                for (int k = 0; k < use.length; k++) {
                    if (use[k] > 0 && (best < 0 || use[k] > use[best])) {
                        best = k;
                    }
                }
                if (best >= 0) {
                    String field = best == mapping.slotCount() ? mapping.override[role.ordinal()] : mapping.keys.get(best);
                    builder.mapping(role.roleName, field);
                }
            }
        }
    }
}
