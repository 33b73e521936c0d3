package dev.chronoscope.event;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The known states of a log (see {@link KnownState}): per stream, sorted by position, with the
 * snapshots that could not be offered and why (an unreadable payload, no event with that version).
 * Files have none; a database source fills them for presets whose store keeps snapshots (Axon).
 */
public final class KnownStates {

    /** No known states and no problems. */
    public static final KnownStates NONE = new KnownStates(new KnownState[0][], List.of(), 0);

    private static final KnownState[] EMPTY = new KnownState[0];

    private final KnownState[][] byStream;
    private final List<String> problems;
    private final int count;

    private KnownStates(KnownState[][] byStream, List<String> problems, int count) {
        this.byStream = byStream;
        this.problems = List.copyOf(problems);
        this.count = count;
    }

    /** Known states offered, over all streams. */
    public int count() {
        return count;
    }

    /** Whether there is none. */
    public boolean isEmpty() {
        return count == 0;
    }

    /** Snapshots read but not offered, each with its reason, in the order they were read. */
    public List<String> problems() {
        return problems;
    }

    /** The known states of stream number {@code streamIndex}, by position (a fresh list). */
    public List<KnownState> ofStream(int streamIndex) {
        return List.of(streamIndex < byStream.length && byStream[streamIndex] != null ? byStream[streamIndex] : EMPTY);
    }

    /** All known states, by stream number and then position (a fresh list). */
    public List<KnownState> all() {
        List<KnownState> out = new ArrayList<>(count);
        for (KnownState[] states : byStream) {
            if (states != null) {
                out.addAll(Arrays.asList(states));
            }
        }
        return out;
    }

    /**
     * The last known state of stream number {@code streamIndex} whose position is ≤ {@code position},
     * or {@code null} when there is none.
     */
    public KnownState latestAtOrBefore(int streamIndex, long position) {
        if (streamIndex < 0 || streamIndex >= byStream.length || byStream[streamIndex] == null) {
            return null;
        }
        KnownState[] states = byStream[streamIndex];
        int lo = 0;
        int hi = states.length; // first with position > position
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (states[mid].position() <= position) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo == 0 ? null : states[lo - 1];
    }

    /** A snapshot as read from the source, before it is tied to an event of the log. */
    record Raw(String stream, long version, long timeMicros, String origin, byte[] json) {}

    /**
     * Ties raw snapshots to the log's events: each goes to the event of its stream with its
     * version; one whose stream or version the log lacks becomes a problem. Of two snapshots of
     * the same event, the one read last wins.
     */
    static KnownStates resolve(EventLog log, List<Raw> raws, List<String> problemsSoFar) {
        if (raws.isEmpty() && problemsSoFar.isEmpty()) {
            return NONE;
        }
        List<String> problems = new ArrayList<>(problemsSoFar);
        List<List<KnownState>> lists = new ArrayList<>(log.streamCount());
        for (int s = 0; s < log.streamCount(); s++) {
            lists.add(null);
        }
        for (Raw r : raws) {
            int s = log.streamIndexOf(r.stream());
            if (s < 0) {
                problems.add("snapshot of " + r.stream() + " at version " + r.version() + ": the log has no event of that stream");
                continue;
            }
            int index = indexOfVersion(log, log.eventsOfStream(s), r.version());
            if (index < 0) {
                problems.add("snapshot of " + r.stream() + " at version " + r.version()
                        + ": the stream has no event with that version");
                continue;
            }
            if (lists.get(s) == null) {
                lists.set(s, new ArrayList<>(2));
            }
            lists.get(s).add(new KnownState(r.stream(), s, r.version(), EventLog.positionOf(index), r.timeMicros(),
                    r.origin(), r.json()));
        }
        KnownState[][] byStream = new KnownState[log.streamCount()][];
        int count = 0;
        for (int s = 0; s < byStream.length; s++) {
            List<KnownState> l = lists.get(s);
            if (l == null) {
                continue;
            }
            l.sort(Comparator.comparingLong(KnownState::position));
            List<KnownState> unique = new ArrayList<>(l.size());
            for (KnownState k : l) {
                if (!unique.isEmpty() && unique.get(unique.size() - 1).position() == k.position()) {
                    unique.set(unique.size() - 1, k);
                } else {
                    unique.add(k);
                }
            }
            byStream[s] = unique.toArray(EMPTY);
            count += unique.size();
        }
        return new KnownStates(byStream, problems, count);
    }

    /** The index of the stream's event with {@code version}, or -1; versions usually ascend, so look from the end. */
    private static int indexOfVersion(EventLog log, int[] events, long version) {
        for (int k = events.length - 1; k >= 0; k--) {
            if (log.version(events[k]) == version) {
                return events[k];
            }
        }
        return -1;
    }
}
