package dev.chronoscope.replay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chronoscope.event.EventLog;
import dev.chronoscope.event.Instants;
import dev.chronoscope.event.KnownState;
import dev.chronoscope.event.SortedArrays;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.stream.IntStream;

/**
 * Answers "state of a stream at position p" and "world state at p" for one {@link EventLog} and
 * one {@link Reducer}.
 *
 * <p><b>Checkpoints</b> (pyeventsourcing's "nearest snapshot ≤ version, then fold forward"): per
 * stream, the state after every {@code checkpointInterval}-th event of that stream, plus the state
 * after the furthest event folded so far (the <em>frontier</em>). They are built lazily and
 * incrementally: a question past the frontier folds forward from it and records the checkpoints it
 * passes, so the first full fold fills them all. A question behind the frontier starts from the
 * nearest checkpoint ≤ p and folds at most {@code checkpointInterval - 1} events. The stream's
 * events ≤ p are found by binary search of its event index array. Checkpoints share structure with
 * each other (see {@link MergePatch}), so they cost little more than the changed paths.
 *
 * <p><b>Threads</b>: safe for concurrent use. Each stream's checkpoints are an immutable
 * {@code Track} published through an {@link AtomicReferenceArray}; readers never lock, and a
 * thread that extends a stream installs its longer track with compare-and-set. Two threads that
 * extend the same stream at once may both do the work (the results are equal, as reducers are
 * pure); there is no lock shared across streams.
 *
 * <p><b>Known states</b> (Axon snapshots, {@link EventLog#knownStates()}): off by default. The
 * replayer returned by {@link #resumingFromKnownStates()} starts a stream's fold from its latest
 * known state at or before the asked position, when there is one, and folds only the stream's
 * later events into it; it shares this replayer's checkpoints for everything else. The known state
 * is what the source stored (for Axon: the aggregate object's fields), which may differ in shape
 * from the fold of the events; that is why it is a choice and not a shortcut.
 *
 * <p>States handed out are shared with the checkpoints and the known states: treat them as read-only.
 */
public final class Replayer {

    /** Checkpoint every this many events of a stream unless told otherwise (see ADR 0002). */
    public static final int DEFAULT_CHECKPOINT_INTERVAL = 32;

    /** World states over at least this many streams are folded in parallel. */
    private static final int PARALLEL_WORLD_THRESHOLD = 256;

    private final EventLog log;
    private final Reducer reducer;
    private final int interval;
    private final AtomicReferenceArray<Track> tracks;
    /** Stream indices in order of first appearance by position. */
    private final int[] streamsInPositionOrder;
    /** suffixMinTime[i] = min time of the events at index ≥ i (ignoring events without time); lazy. */
    private volatile long[] suffixMinTime;
    /** Whether folds start from the latest known state at or before the position asked. */
    private final boolean fromKnownStates;
    /** The replayer over the same log that folds from the first event ({@code this} when it is that one). */
    private final Replayer eventsOnly;
    /** Per stream, the last state answered from a known state (resuming replayers only). */
    private final AtomicReferenceArray<Resumed> resumed;
    /** The one that starts from known states, made on first use; {@code this} when it is that one. */
    private volatile Replayer resuming;

    public Replayer(EventLog log, Reducer reducer) {
        this(log, reducer, DEFAULT_CHECKPOINT_INTERVAL);
    }

    /** @param checkpointInterval a checkpoint every this many events of a stream, at least 1 */
    public Replayer(EventLog log, Reducer reducer, int checkpointInterval) {
        this.log = Objects.requireNonNull(log, "log");
        this.reducer = Objects.requireNonNull(reducer, "reducer");
        if (checkpointInterval < 1) {
            throw new IllegalArgumentException("checkpoint interval must be at least 1, was " + checkpointInterval);
        }
        this.interval = checkpointInterval;
        this.tracks = new AtomicReferenceArray<>(log.streamCount());
        this.streamsInPositionOrder = firstAppearanceOrder(log);
        this.fromKnownStates = false;
        this.eventsOnly = this;
        this.resumed = null;
    }

    /** The replayer of {@code base} that starts from known states, sharing its checkpoints. */
    private Replayer(Replayer base) {
        this.log = base.log;
        this.reducer = base.reducer;
        this.interval = base.interval;
        this.tracks = base.tracks;
        this.streamsInPositionOrder = base.streamsInPositionOrder;
        this.fromKnownStates = true;
        this.eventsOnly = base;
        this.resumed = new AtomicReferenceArray<>(base.log.streamCount());
        this.resuming = this;
    }

    /**
     * A replayer over the same log and reducer that starts each stream's fold from the latest
     * {@link KnownState} at or before the position asked (when the stream has one there), then
     * folds the stream's later events into it. Shares this replayer's checkpoints; the same
     * object on every call. Without known states in the log its answers equal this one's.
     */
    public Replayer resumingFromKnownStates() {
        Replayer r = resuming;
        if (r == null) {
            r = new Replayer(this);
            resuming = r;
        }
        return r;
    }

    /** The replayer that folds every stream from its first event (this one, unless it resumes from known states). */
    public Replayer eventsOnly() {
        return eventsOnly;
    }

    /** Whether this replayer starts folds from known states. */
    public boolean resumesFromKnownStates() {
        return fromKnownStates;
    }

    /**
     * The known state the state of stream {@code streamIndex} at {@code position} starts from, or
     * {@code null} when it is the fold from the stream's first event (always, unless this replayer
     * {@link #resumesFromKnownStates() resumes from known states}).
     */
    public KnownState knownStateAt(int streamIndex, long position) {
        return fromKnownStates ? log.knownStates().latestAtOrBefore(streamIndex, position) : null;
    }

    private static int[] firstAppearanceOrder(EventLog log) {
        int n = log.streamCount();
        long[] keyed = new long[n];
        boolean sorted = true;
        for (int s = 0; s < n; s++) {
            int[] events = log.eventsOfStream(s);
            int first = events.length == 0 ? Integer.MAX_VALUE : events[0];
            keyed[s] = ((long) first << 32) | s;
            sorted &= s == 0 || keyed[s] > keyed[s - 1];
        }
        if (!sorted) {
            Arrays.sort(keyed);
        }
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = (int) keyed[i];
        }
        return order;
    }

    public EventLog log() {
        return log;
    }

    public Reducer reducer() {
        return reducer;
    }

    public int checkpointInterval() {
        return interval;
    }

    /**
     * The state of stream number {@code streamIndex} after every of its events with position ≤
     * {@code position}, or {@code null} when it has none. Positions past the end give the last
     * state.
     */
    public JsonNode stateAt(int streamIndex, long position) {
        if (position < 0) {
            throw new IllegalArgumentException("position must not be negative, was " + position);
        }
        int[] events = log.eventsOfStream(streamIndex);
        int n = countAtOrBefore(events, position);
        return n == 0 ? null : state(streamIndex, events, n, position);
    }

    /** Like {@link #stateAt(int, long)}; {@code null} also for a stream the log does not have. */
    public JsonNode stateAt(String stream, long position) {
        int s = log.streamIndexOf(stream);
        if (s < 0) {
            if (position < 0) {
                throw new IllegalArgumentException("position must not be negative, was " + position);
            }
            return null;
        }
        return stateAt(s, position);
    }

    /**
     * The world state at {@code position}: {@code {streamId: state}} over the streams with a state
     * there, in order of the streams' first appearance. A fresh object (its values are shared).
     */
    public ObjectNode worldStateAt(long position) {
        if (position < 0) {
            throw new IllegalArgumentException("position must not be negative, was " + position);
        }
        // streams are in first-appearance order: those with a state at position are a prefix
        int count = 0;
        while (count < streamsInPositionOrder.length
                && log.eventsOfStream(streamsInPositionOrder[count])[0] < position) {
            count++;
        }
        JsonNode[] states = new JsonNode[count];
        IntStream range = IntStream.range(0, count);
        (count >= PARALLEL_WORLD_THRESHOLD ? range.parallel() : range).forEach(i -> {
            int s = streamsInPositionOrder[i];
            int[] events = log.eventsOfStream(s);
            states[i] = state(s, events, countAtOrBefore(events, position), position);
        });
        ObjectNode world = JsonNodeFactory.instance.objectNode();
        for (int i = 0; i < count; i++) {
            world.set(log.streamName(streamsInPositionOrder[i]), states[i]);
        }
        return world;
    }

    /**
     * The position after every event with time ≤ {@code t}: the largest position whose event has a
     * time ≤ {@code t} (events without time are skipped; times need not be ordered), or 0 if none.
     * Sub-microsecond digits of {@code t} do not matter, as the log keeps microseconds.
     */
    public long positionAtTime(Instant t) {
        long micros;
        try {
            micros = Instants.toMicros(t);
        } catch (ArithmeticException e) {
            micros = t.isBefore(Instant.EPOCH) ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
        micros = Math.min(micros, Long.MAX_VALUE - 1); // Long.MAX_VALUE marks "no timed event after"

        long[] suffixMin = suffixMinTime();
        // suffixMin is non-decreasing; find the last index whose suffix minimum is ≤ micros.
        // There, the minimum is the event's own time (the next suffix minimum is larger).
        int lo = 0;
        int hi = suffixMin.length; // answer index + 1 in [0, length]
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (suffixMin[mid] <= micros) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo; // last index with suffixMin ≤ micros is lo - 1; its position is lo
    }

    private long[] suffixMinTime() {
        long[] m = suffixMinTime;
        if (m == null) {
            int size = log.size();
            m = new long[size];
            long min = Long.MAX_VALUE;
            for (int i = size - 1; i >= 0; i--) {
                long t = log.timeMicros(i);
                if (t != EventLog.NO_TIME && t < min) {
                    min = t;
                }
                m[i] = min;
            }
            suffixMinTime = m;
        }
        return m;
    }

    /**
     * Every stream's last state, keyed by stream id in first-appearance order, folded in parallel
     * across streams. Also fills every checkpoint, so later seeks are fast.
     */
    public Map<String, JsonNode> foldAll() {
        int n = log.streamCount();
        JsonNode[] last = new JsonNode[n];
        long end = log.size();
        IntStream.range(0, n).parallel().forEach(s -> last[s] = stateAt(s, end));
        Map<String, JsonNode> out = new LinkedHashMap<>(Math.max(16, n * 2));
        for (int s : streamsInPositionOrder) {
            if (last[s] != null) {
                out.put(log.streamName(s), last[s]);
            }
        }
        return Collections.unmodifiableMap(out);
    }

    // ---- the fold -----------------------------------------------------------------------------

    /** Number of entries of the ascending {@code events} whose position (index + 1) is ≤ position. */
    static int countAtOrBefore(int[] events, long position) {
        return SortedArrays.lowerBound(events, 0, position); // events with index < position
    }

    /**
     * The state after the first {@code n ≥ 1} events of the stream (those with position ≤
     * {@code position}): from the latest known state at or before {@code position} when this
     * replayer resumes from them, else from the checkpoints.
     */
    private JsonNode state(int s, int[] events, int n, long position) {
        if (fromKnownStates) {
            KnownState k = log.knownStates().latestAtOrBefore(s, position);
            if (k != null) {
                int m = countAtOrBefore(events, k.position()); // the known state includes its event
                if (m >= n) {
                    return k.state();
                }
                // fold on from the last answer after the same known state when it is not past n (a forward drag)
                Resumed last = resumed.get(s);
                int from = m;
                JsonNode state = k.state();
                if (last != null && last.from() == k && last.count() <= n && last.count() > m) {
                    from = last.count();
                    state = last.state();
                }
                state = from == n ? state : reducer.fold(state, log, events, from, n);
                resumed.set(s, new Resumed(k, n, state));
                return state;
            }
        }
        return stateAfter(s, events, n);
    }

    /** The state after the first {@code n ≥ 1} events of the stream. */
    private JsonNode stateAfter(int s, int[] events, int n) {
        Track track = tracks.get(s);
        if (track == null) {
            track = new Track(new JsonNode[] {reducer.initialState()}, 0, null);
        }
        if (n == track.frontier) {
            return track.frontierState;
        }
        if (n < track.frontier) {
            int j = n / interval;
            return reducer.fold(track.checkpoints[j], log, events, j * interval, n);
        }
        // Fold forward from the frontier in runs that end at checkpoints, record them, then publish.
        JsonNode[] checkpoints = track.checkpoints;
        int needed = n / interval + 1;
        if (needed > checkpoints.length) {
            checkpoints = Arrays.copyOf(checkpoints, needed);
        }
        JsonNode state = track.frontier == 0 ? checkpoints[0] : track.frontierState;
        for (int k = track.frontier; k < n; ) {
            int next = (int) Math.min(n, (k / interval + 1L) * interval);
            state = reducer.fold(state, log, events, k, next);
            if (next % interval == 0) {
                checkpoints[next / interval] = state;
            }
            k = next;
        }
        Track longer = new Track(checkpoints, n, state);
        while (true) {
            Track current = tracks.get(s);
            if (current != null && current.frontier >= n) {
                break;
            }
            if (tracks.compareAndSet(s, current, longer)) {
                break;
            }
        }
        return state;
    }

    /**
     * Immutable checkpoints of one stream: {@code checkpoints[j]} is the state after its first
     * {@code j * interval} events ({@code checkpoints[0]} the initial state), for every
     * {@code j * interval ≤ frontier}; {@code frontierState} is the state after {@code frontier}
     * events.
     */
    private record Track(JsonNode[] checkpoints, int frontier, JsonNode frontierState) {}

    /** The last state answered from a known state: after the stream's first {@code count} events, from {@code from}. */
    private record Resumed(KnownState from, int count, JsonNode state) {}
}
