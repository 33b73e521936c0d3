package dev.chronoscope.event;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A whole event log, immutable once built, laid out in columns so that a million events fit in a
 * few hundred megabytes (see ADR 0001). Events are addressed by a 0-based <em>index</em>; their
 * position in the sense of DESIGN.md is {@code index + 1}.
 *
 * <p>Stream, type and stream-type names are interned into small dictionaries; version and time are
 * primitive longs with sentinels for "absent"; id, data and metadata stay raw UTF-8 JSON in a
 * {@link PayloadArena} and are parsed only when asked for. Thread-safe for reading.
 */
public final class EventLog {

    /** Sentinel in the version column for "the source gave no version". */
    public static final long NO_VERSION = Long.MIN_VALUE;
    /** Sentinel in the time column for "the source gave no time". */
    public static final long NO_TIME = Long.MIN_VALUE;
    /** Sentinel in the stream-type column for "the source gave no stream type". */
    public static final int NO_STREAM_TYPE = -1;

    private final String source;
    private final int size;
    private final int[] streamColumn;
    private final int[] typeColumn;
    private final int[] streamTypeColumn;
    private final long[] versionColumn;
    private final long[] timeColumn;
    private final long[] payloadColumn;
    private final PayloadArena arena;
    private final String[] streamNames;
    private final String[] typeNames;
    private final String[] streamTypeNames;
    private final Map<String, Integer> streamIndex;
    private final int[][] eventsByStream;
    private final int[] typeCounts;
    private final long firstTimeMicros;
    private final long lastTimeMicros;
    private final List<Rejection> rejections;
    private final Map<String, String> mapping;
    private final KnownStates knownStates;

    private EventLog(Builder b, int[] order) {
        this.source = b.source;
        this.size = b.size;
        this.streamColumn = permute(b.streamColumn, order, size);
        this.typeColumn = permute(b.typeColumn, order, size);
        this.streamTypeColumn = permute(b.streamTypeColumn, order, size);
        this.versionColumn = permute(b.versionColumn, order, size);
        this.timeColumn = permute(b.timeColumn, order, size);
        this.payloadColumn = permute(b.payloadColumn, order, size);
        this.arena = b.arena;
        this.arena.trim();
        this.streamNames = b.streams.names.toArray(String[]::new);
        this.typeNames = b.types.names.toArray(String[]::new);
        this.streamTypeNames = b.streamTypes.names.toArray(String[]::new);
        this.streamIndex = Map.copyOf(b.streams.index);
        this.rejections = List.copyOf(b.rejections);
        Map<String, String> m = new LinkedHashMap<>(b.mapping);

        int[] counts = new int[streamNames.length];
        typeCounts = new int[typeNames.length];
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        for (int i = 0; i < size; i++) {
            counts[streamColumn[i]]++;
            typeCounts[typeColumn[i]]++;
            long t = timeColumn[i];
            if (t != NO_TIME) {
                first = Math.min(first, t);
                last = Math.max(last, t);
            }
        }
        firstTimeMicros = first == Long.MAX_VALUE ? NO_TIME : first;
        lastTimeMicros = last == Long.MIN_VALUE ? NO_TIME : last;
        eventsByStream = new int[streamNames.length][];
        for (int s = 0; s < counts.length; s++) {
            eventsByStream[s] = new int[counts[s]];
        }
        int[] fill = new int[streamNames.length];
        for (int i = 0; i < size; i++) {
            int s = streamColumn[i];
            eventsByStream[s][fill[s]++] = i;
        }
        this.knownStates = KnownStates.resolve(this, b.knownStates, b.knownStateProblems);
        if (b.knownStatesFrom != null) {
            int read = b.knownStates.size() + b.knownStateProblems.size();
            int unusable = knownStates.problems().size();
            m.put("knownStates", read + " snapshot" + (read == 1 ? "" : "s") + " in " + b.knownStatesFrom
                    + (unusable == 0 ? "" : ", " + unusable + " not usable"));
        }
        this.mapping = Collections.unmodifiableMap(m);
    }

    private static int[] permute(int[] column, int[] order, int size) {
        if (order == null) {
            return Arrays.copyOf(column, size);
        }
        int[] out = new int[size];
        for (int i = 0; i < size; i++) {
            out[i] = column[order[i]];
        }
        return out;
    }

    private static long[] permute(long[] column, int[] order, int size) {
        if (order == null) {
            return Arrays.copyOf(column, size);
        }
        long[] out = new long[size];
        for (int i = 0; i < size; i++) {
            out[i] = column[order[i]];
        }
        return out;
    }

    /** The name of the source this log was read from, as given to the builder (a file name or URL). */
    public String source() {
        return source;
    }

    /** Number of events. */
    public int size() {
        return size;
    }

    /** Records read from the source: events plus rejections. */
    public long records() {
        return size + (long) rejections.size();
    }

    /** Records that did not become events, in source order. */
    public List<Rejection> rejections() {
        return rejections;
    }

    /** The source field that filled each envelope role ({@code stream → streamId}, …), in role order. */
    public Map<String, String> mapping() {
        return mapping;
    }

    /**
     * The states the source stored beside its events (Axon snapshots), tied to their events;
     * {@link KnownStates#NONE} for sources that keep none.
     */
    public KnownStates knownStates() {
        return knownStates;
    }

    // ---- streams and types -------------------------------------------------------------------

    /** Number of distinct streams. */
    public int streamCount() {
        return streamNames.length;
    }

    /** Name of stream number {@code streamIndex} (numbered in order of first appearance). */
    public String streamName(int streamIndex) {
        return streamNames[streamIndex];
    }

    /** The number of a stream, or -1 when the log has no such stream. */
    public int streamIndexOf(String stream) {
        Integer i = streamIndex.get(stream);
        return i == null ? -1 : i;
    }

    /** Event indices of one stream, ascending. The array is shared: do not modify it. */
    public int[] eventsOfStream(int streamIndex) {
        return eventsByStream[streamIndex];
    }

    /** Number of distinct event types. */
    public int typeCount() {
        return typeNames.length;
    }

    /** Name of event type number {@code typeIndex} (numbered in order of first appearance). */
    public String typeName(int typeIndex) {
        return typeNames[typeIndex];
    }

    /** The earliest event time (not the time of the first position), or {@code null} when no event has one. */
    public Instant firstTime() {
        return firstTimeMicros == NO_TIME ? null : Instants.fromMicros(firstTimeMicros);
    }

    /** The latest event time (not the time of the last position), or {@code null} when no event has one. */
    public Instant lastTime() {
        return lastTimeMicros == NO_TIME ? null : Instants.fromMicros(lastTimeMicros);
    }

    /** Number of events of type number {@code typeIndex}. */
    public int typeCountOf(int typeIndex) {
        return typeCounts[typeIndex];
    }

    // ---- columns ------------------------------------------------------------------------------

    /** The 1-based position of the event at {@code index}. */
    public static long positionOf(int index) {
        return index + 1L;
    }

    public int streamIndex(int index) {
        return streamColumn[index];
    }

    public String stream(int index) {
        return streamNames[streamColumn[index]];
    }

    public int typeIndex(int index) {
        return typeColumn[index];
    }

    public String type(int index) {
        return typeNames[typeColumn[index]];
    }

    /** The stream type of an event, or {@code null}. */
    public String streamType(int index) {
        int t = streamTypeColumn[index];
        return t == NO_STREAM_TYPE ? null : streamTypeNames[t];
    }

    /** The version of an event, or {@link #NO_VERSION}. */
    public long version(int index) {
        return versionColumn[index];
    }

    /** The time of an event in microseconds since the epoch, or {@link #NO_TIME}. */
    public long timeMicros(int index) {
        return timeColumn[index];
    }

    /** The time of an event, or {@code null}. */
    public Instant time(int index) {
        long t = timeColumn[index];
        return t == NO_TIME ? null : Instants.fromMicros(t);
    }

    /** The id of an event, or {@code null}. */
    public String id(int index) {
        return arena.id(payloadColumn[index]);
    }

    /** The payload of an event parsed into a fresh tree, or {@code null} when it had none. */
    public JsonNode data(int index) {
        return parse(arena.data(payloadColumn[index]));
    }

    /** The metadata of an event parsed into a fresh tree, or {@code null} when it had none. */
    public JsonNode metadata(int index) {
        return parse(arena.metadata(payloadColumn[index]));
    }

    /** The stored JSON text of an event's payload, as read from the source, or {@code null}. */
    public String dataJson(int index) {
        return text(arena.data(payloadColumn[index]));
    }

    /** The stored JSON text of an event's metadata, as read from the source, or {@code null}. */
    public String metadataJson(int index) {
        return text(arena.metadata(payloadColumn[index]));
    }

    private static String text(PayloadArena.Slice s) {
        return s == null ? null : new String(s.buf(), s.off(), s.len(), StandardCharsets.UTF_8);
    }

    /** The whole envelope of the event at {@code index}. */
    public Event event(int index) {
        long v = versionColumn[index];
        return new Event(
                positionOf(index),
                id(index),
                stream(index),
                streamType(index),
                type(index),
                v == NO_VERSION ? null : v,
                time(index),
                data(index),
                metadata(index));
    }

    /** Bytes held for ids and payloads (for memory reports). */
    public long payloadBytes() {
        return arena.bytes();
    }

    /**
     * A parser over the raw UTF-8 payload of an event, before its first token, or {@code null} when
     * it had none. For callers that stream the payload instead of building a tree (the fold);
     * cheaper than {@link #data(int)} and {@link #dataJson(int)}. The caller closes it.
     */
    public JsonParser dataParser(int index) throws IOException {
        PayloadArena.Slice s = arena.data(payloadColumn[index]);
        return s == null ? null : Json.MAPPER.getFactory().createParser(s.buf(), s.off(), s.len());
    }

    /** Reads raw UTF-8 JSON bytes; see {@link #readData}. */
    @FunctionalInterface
    public interface RawReader<T> {
        T read(byte[] buf, int off, int len);
    }

    /**
     * Hands the stored raw UTF-8 payload of an event to {@code reader} (which must not keep or
     * change the array) and returns its answer, or {@code null} when the event had no payload.
     * The cheapest access for callers with their own reader (the fold).
     */
    public <T> T readData(int index, RawReader<T> reader) {
        PayloadArena.Slice s = arena.data(payloadColumn[index]);
        return s == null ? null : reader.read(s.buf(), s.off(), s.len());
    }

    private static JsonNode parse(PayloadArena.Slice s) {
        if (s == null) {
            return null;
        }
        try {
            return Json.MAPPER.readTree(s.buf(), s.off(), s.len());
        } catch (IOException e) {
            // The builder only accepts bytes that were parsed as JSON once; this is a bug.
            throw new UncheckedIOException("stored payload is not valid JSON", e);
        }
    }

    /** Starts a log read from {@code source}. */
    public static Builder builder(String source) {
        return new Builder(source);
    }

    /**
     * Collects events in load order on one thread, then {@link #build()}s the immutable log. The
     * builder copies every byte it is given.
     */
    public static final class Builder {
        private final String source;
        private int size;
        private int[] streamColumn = new int[1024];
        private int[] typeColumn = new int[1024];
        private int[] streamTypeColumn = new int[1024];
        private long[] versionColumn = new long[1024];
        private long[] timeColumn = new long[1024];
        private long[] payloadColumn = new long[1024];
        private final PayloadArena arena = new PayloadArena();
        private final Dictionary streams = new Dictionary();
        private final Dictionary types = new Dictionary();
        private final Dictionary streamTypes = new Dictionary();
        private final List<Rejection> rejections = new ArrayList<>();
        private final Map<String, String> mapping = new LinkedHashMap<>();
        private final List<KnownStates.Raw> knownStates = new ArrayList<>();
        private final List<String> knownStateProblems = new ArrayList<>();
        private String knownStatesFrom;

        private Builder(String source) {
            this.source = source;
        }

        /**
         * Appends an event. {@code stream} and {@code type} are required; any other argument may be
         * absent ({@code null}, {@link #NO_VERSION}, {@link #NO_TIME}). {@code dataBuf} and
         * {@code metaBuf} must hold valid JSON in the given ranges.
         *
         * @return the index of the new event
         */
        public int add(String id, String stream, String streamType, String type, long version, long timeMicros,
                byte[] dataBuf, int dataOff, int dataLen, byte[] metaBuf, int metaOff, int metaLen) {
            byte[] idBytes = id == null ? null : id.getBytes(StandardCharsets.UTF_8);
            return add(idBytes, 0, idBytes == null ? 0 : idBytes.length, stream, streamType, type, version, timeMicros,
                    dataBuf, dataOff, dataLen, metaBuf, metaOff, metaLen);
        }

        /**
         * Like {@link #add(String, String, String, String, long, long, byte[], int, int, byte[], int, int)}
         * with the id given as UTF-8 bytes {@code idBuf[idOff, idOff+idLen)} ({@code idBuf} null: no
         * id), for loaders that have it as bytes already.
         */
        public int add(byte[] idBuf, int idOff, int idLen, String stream, String streamType, String type, long version,
                long timeMicros, byte[] dataBuf, int dataOff, int dataLen, byte[] metaBuf, int metaOff, int metaLen) {
            if (stream == null || type == null) {
                throw new IllegalArgumentException("stream and type are required");
            }
            if (size == streamColumn.length) {
                grow();
            }
            int i = size++;
            streamColumn[i] = streams.intern(stream);
            typeColumn[i] = types.intern(type);
            streamTypeColumn[i] = streamType == null ? NO_STREAM_TYPE : streamTypes.intern(streamType);
            versionColumn[i] = version;
            timeColumn[i] = timeMicros;
            payloadColumn[i] = arena.append(idBuf, idOff, idLen, dataBuf, dataOff, dataLen, metaBuf, metaOff, metaLen);
            return i;
        }

        /** The number of a stream name (numbered in order of first appearance), adding it if new. */
        public int internStream(String stream) {
            return streams.intern(Objects.requireNonNull(stream, "stream"));
        }

        /** The number of an event type name, adding it if new. */
        public int internType(String type) {
            return types.intern(Objects.requireNonNull(type, "type"));
        }

        /** The number of a stream type name, adding it if new. */
        public int internStreamType(String streamType) {
            return streamTypes.intern(Objects.requireNonNull(streamType, "streamType"));
        }

        /**
         * Like {@link #add(byte[], int, int, String, String, String, long, long, byte[], int, int, byte[], int, int)}
         * with the names given by their numbers from {@link #internStream}, {@link #internType} and
         * {@link #internStreamType} ({@link #NO_STREAM_TYPE} for none): for loaders that remember
         * the numbers of names they have seen, sparing a hash lookup per event.
         */
        public int addInterned(byte[] idBuf, int idOff, int idLen, int stream, int streamType, int type, long version,
                long timeMicros, byte[] dataBuf, int dataOff, int dataLen, byte[] metaBuf, int metaOff, int metaLen) {
            if (stream < 0 || stream >= streams.names.size() || type < 0 || type >= types.names.size()
                    || streamType < NO_STREAM_TYPE || streamType >= streamTypes.names.size()) {
                throw new IllegalArgumentException("not a name number of this builder");
            }
            if (size == streamColumn.length) {
                grow();
            }
            int i = size++;
            streamColumn[i] = stream;
            typeColumn[i] = type;
            streamTypeColumn[i] = streamType;
            versionColumn[i] = version;
            timeColumn[i] = timeMicros;
            payloadColumn[i] = arena.append(idBuf, idOff, idLen, dataBuf, dataOff, dataLen, metaBuf, metaOff, metaLen);
            return i;
        }

        /** Appends an event whose data and metadata are whole arrays (either may be {@code null}). */
        public int add(String id, String stream, String streamType, String type, long version, long timeMicros,
                byte[] data, byte[] metadata) {
            return add(id, stream, streamType, type, version, timeMicros,
                    data, 0, data == null ? 0 : data.length,
                    metadata, 0, metadata == null ? 0 : metadata.length);
        }

        /** Records a rejected record. */
        public void reject(Rejection rejection) {
            rejections.add(rejection);
        }

        /**
         * Adds a state the source stored for {@code stream} after its event with {@code version}
         * (an Axon snapshot); it is tied to that event when the log is built, or reported as a
         * problem when the log has no such event. {@code json} must be one valid JSON value.
         *
         * @param timeMicros when it was stored, or {@link #NO_TIME}
         * @param origin where it came from, in words ({@code Axon snapshot, payload type …})
         * @throws IllegalArgumentException when {@code json} is not valid JSON
         */
        public void knownState(String stream, long version, long timeMicros, String origin, byte[] json) {
            Objects.requireNonNull(stream, "stream");
            Objects.requireNonNull(origin, "origin");
            try (JsonParser p = Json.MAPPER.getFactory().createParser(json)) {
                if (p.nextToken() == null) {
                    throw new IllegalArgumentException("empty known state");
                }
                p.skipChildren();
                if (p.nextToken() != null) {
                    throw new IllegalArgumentException("more than one JSON value in a known state");
                }
            } catch (IOException e) {
                throw new IllegalArgumentException("known state is not valid JSON: " + e.getMessage(), e);
            }
            knownStates.add(new KnownStates.Raw(stream, version, timeMicros, origin, json.clone()));
        }

        /**
         * Says where the known states were read from ({@code public.snapshot_event_entry}): the
         * built log's {@link EventLog#mapping() mapping} then reports them under {@code knownStates}
         * ({@code 3 snapshots in public.snapshot_event_entry}, with {@code , 1 not usable} when some
         * could not be offered).
         */
        public void knownStatesFrom(String where) {
            knownStatesFrom = where;
        }

        /** Records a stored state that could not be read (never fatal), with the reason. */
        public void knownStateProblem(String problem) {
            knownStateProblems.add(Objects.requireNonNull(problem));
        }

        /** Records which source field filled an envelope role. */
        public void mapping(String role, String field) {
            mapping.put(role, field);
        }

        /** Events added so far. */
        public int size() {
            return size;
        }

        /** Records seen so far: events plus rejections. */
        public long records() {
            return size + (long) rejections.size();
        }

        private void grow() {
            int n = streamColumn.length * 2;
            streamColumn = Arrays.copyOf(streamColumn, n);
            typeColumn = Arrays.copyOf(typeColumn, n);
            streamTypeColumn = Arrays.copyOf(streamTypeColumn, n);
            versionColumn = Arrays.copyOf(versionColumn, n);
            timeColumn = Arrays.copyOf(timeColumn, n);
            payloadColumn = Arrays.copyOf(payloadColumn, n);
        }

        /** Builds the log in load order. The builder must not be used afterwards. */
        public EventLog build() {
            return new EventLog(this, null);
        }

        /**
         * Builds the log with events ordered by time, stably (load order breaks ties); events
         * without a time keep their place after the timed event that precedes them in load order.
         */
        public EventLog buildOrderedByTime() {
            long[] keys = new long[size];
            long last = Long.MIN_VALUE;
            boolean sorted = true;
            for (int i = 0; i < size; i++) {
                if (timeColumn[i] != NO_TIME) {
                    last = timeColumn[i];
                }
                keys[i] = timeColumn[i] == NO_TIME ? last : timeColumn[i];
                sorted &= i == 0 || keys[i - 1] <= keys[i];
            }
            if (sorted) {
                return new EventLog(this, null);
            }
            int[] order = new int[size];
            for (int i = 0; i < size; i++) {
                order[i] = i;
            }
            SortedArrays.stableSortByKey(order, keys);
            return new EventLog(this, order);
        }
    }

    /** Interns names to dense numbers in order of first appearance. */
    private static final class Dictionary {
        final Map<String, Integer> index = new HashMap<>();
        final List<String> names = new ArrayList<>();

        int intern(String name) {
            Integer i = index.get(name);
            if (i == null) {
                i = names.size();
                index.put(name, i);
                names.add(name);
            }
            return i;
        }
    }
}
