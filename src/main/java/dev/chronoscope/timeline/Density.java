package dev.chronoscope.timeline;

import dev.chronoscope.event.EventLog;
import dev.chronoscope.event.SortedArrays;
import java.util.Arrays;
import java.util.BitSet;

/**
 * Bins the events of one {@link EventLog} along an {@link Axis} for painting a timeline.
 *
 * <p>{@link #of(EventLog)} builds, once, per event type the ascending list of its events' indices
 * and the sorted list of their times (O(n log n), about a hundred milliseconds for a million events:
 * do it off the FX thread). A {@link #bin binning} then costs two binary searches per type and bin
 * boundary — O(types × bins × log n), independent of how many events the range holds — so zooming
 * and panning re-bin in well under a frame. Immutable and thread-safe.
 *
 * <p>Bin {@code b} of {@code bins} over {@code [from, to)} covers axis values {@code k} with
 * {@code floor((k - from) * bins / (to - from)) == b}; see {@link #binStart}.
 */
public final class Density {

    private final EventLog log;
    private final int[][] indicesByType;
    private final long[][] timesByType;
    private final long[] sortedTimes;
    private final AxisRange positionDomain;
    private final AxisRange timeDomain;

    private Density(EventLog log) {
        this.log = log;
        int types = log.typeCount();
        int n = log.size();
        indicesByType = new int[types][];
        int[] timed = new int[types];
        for (int t = 0; t < types; t++) {
            indicesByType[t] = new int[log.typeCountOf(t)];
        }
        int[] fill = new int[types];
        int timedTotal = 0;
        for (int i = 0; i < n; i++) {
            int t = log.typeIndex(i);
            indicesByType[t][fill[t]++] = i;
            if (log.timeMicros(i) != EventLog.NO_TIME) {
                timed[t]++;
                timedTotal++;
            }
        }
        timesByType = new long[types][];
        for (int t = 0; t < types; t++) {
            timesByType[t] = new long[timed[t]];
        }
        sortedTimes = new long[timedTotal];
        Arrays.fill(fill, 0);
        for (int i = 0, k = 0; i < n; i++) {
            long time = log.timeMicros(i);
            if (time != EventLog.NO_TIME) {
                int t = log.typeIndex(i);
                timesByType[t][fill[t]++] = time;
                sortedTimes[k++] = time;
            }
        }
        for (long[] times : timesByType) {
            Arrays.sort(times);
        }
        Arrays.sort(sortedTimes);
        positionDomain = new AxisRange(0, Math.max(1, n));
        timeDomain = timedTotal == 0 ? null
                : new AxisRange(sortedTimes[0], sortedTimes[timedTotal - 1] + 1);
    }

    /** Indexes {@code log} for binning. */
    public static Density of(EventLog log) {
        return new Density(log);
    }

    /** The indexed log. */
    public EventLog log() {
        return log;
    }

    /**
     * The whole extent of {@code axis}: {@code [0, size)} for positions ({@code [0, 1)} for an
     * empty log), {@code [earliest, latest + 1)} for time, or {@code null} when no event has a time.
     */
    public AxisRange domain(Axis axis) {
        return switch (axis) {
            case POSITION -> positionDomain;
            case TIME -> timeDomain;
        };
    }

    /** Counts the events of each type in each of {@code bins} equal bins over {@code range}. */
    public DensityBins bin(Axis axis, AxisRange range, int bins) {
        if (bins <= 0) {
            throw new IllegalArgumentException("bins must be positive: " + bins);
        }
        int types = indicesByType.length;
        int[] counts = new int[bins * types];
        long[] bounds = new long[bins + 1];
        for (int b = 0; b <= bins; b++) {
            bounds[b] = binStart(range, bins, b);
        }
        for (int t = 0; t < types; t++) {
            if (axis == Axis.POSITION) {
                binPositions(indicesByType[t], bounds, counts, t, types);
            } else {
                binTimes(timesByType[t], bounds, counts, t, types);
            }
        }
        return new DensityBins(range, bins, types, counts);
    }

    private static void binPositions(int[] keys, long[] bounds, int[] counts, int type, int types) {
        int lo = SortedArrays.lowerBound(keys, 0, bounds[0]);
        for (int b = 0; b < bounds.length - 1; b++) {
            int hi = SortedArrays.lowerBound(keys, lo, bounds[b + 1]);
            counts[b * types + type] = hi - lo;
            lo = hi;
        }
    }

    private static void binTimes(long[] keys, long[] bounds, int[] counts, int type, int types) {
        int lo = SortedArrays.lowerBound(keys, 0, bounds[0]);
        for (int b = 0; b < bounds.length - 1; b++) {
            int hi = SortedArrays.lowerBound(keys, lo, bounds[b + 1]);
            counts[b * types + type] = hi - lo;
            lo = hi;
        }
    }

    /**
     * The bins over {@code range} that hold at least one event of stream number {@code stream}:
     * where to mark the inspected stream.
     */
    public BitSet streamBins(Axis axis, int stream, AxisRange range, int bins) {
        BitSet marked = new BitSet(bins);
        for (int i : log.eventsOfStream(stream)) {
            long key = key(axis, i);
            if (key != EventLog.NO_TIME && range.contains(key)) {
                marked.set(binOf(range, bins, key));
            }
        }
        return marked;
    }

    /** Where event {@code index} lies on {@code axis}: its index, or its time ({@link EventLog#NO_TIME} if none). */
    public long key(Axis axis, int index) {
        return axis == Axis.POSITION ? index : log.timeMicros(index);
    }

    /**
     * Where a cursor (the number of events applied, {@code 0..size}) lies on {@code axis}: the
     * cursor itself on the position axis; on the time axis the time of the last applied event that
     * has one, or the start of the time domain.
     */
    public long cursorKey(Axis axis, long cursor) {
        if (axis == Axis.POSITION || timeDomain == null) {
            return cursor;
        }
        for (long i = Math.min(cursor, log.size()) - 1; i >= 0; i--) {
            long t = log.timeMicros((int) i);
            if (t != EventLog.NO_TIME) {
                return t;
            }
        }
        return timeDomain.from();
    }

    /**
     * The cursor for an axis value: {@code key} clamped to {@code 0..size} on the position axis; on
     * the time axis the number of events with a time at or before {@code key} (exact for logs
     * ordered by time, which is how loaders build them).
     */
    public long cursorAt(Axis axis, long key) {
        if (axis == Axis.POSITION) {
            return Math.max(0, Math.min(log.size(), key));
        }
        int count = SortedArrays.lowerBound(sortedTimes, 0, key == Long.MAX_VALUE ? key : key + 1);
        return Math.min(log.size(), count);
    }

    /** The first axis value of bin {@code bin} (0..bins; {@code bins} gives {@code range.to()}). */
    public static long binStart(AxisRange range, int bins, int bin) {
        return range.from() + ceilDiv(Math.multiplyExact(range.span(), (long) bin), bins);
    }

    /** The bin of {@code key}, which must lie in {@code range}. */
    public static int binOf(AxisRange range, int bins, long key) {
        return (int) (Math.multiplyExact(key - range.from(), (long) bins) / range.span());
    }

    private static long ceilDiv(long a, long b) {
        return -Math.floorDiv(-a, b);
    }
}
