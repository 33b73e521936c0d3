package dev.chronoscope.ui.events;

import dev.chronoscope.event.EventLog;
import dev.chronoscope.event.SortedArrays;
import java.util.Arrays;

/**
 * The events a table shows, as ascending event indices: all of a log's (held as a count, no
 * array), or a filtered {@code int[]}. Immutable. Finding the row for a cursor is a binary search,
 * so it can run on every frame of a cursor drag over a million rows.
 */
public final class Rows {

    private static final Rows NONE = new Rows(null, 0);

    /** Ascending event indices, or {@code null} for the identity {@code 0..size-1}. */
    private final int[] indices;
    private final int size;

    private Rows(int[] indices, int size) {
        this.indices = indices;
        this.size = size;
    }

    /** No rows. */
    public static Rows none() {
        return NONE;
    }

    /** Every event of a log with {@code size} events. */
    public static Rows all(int size) {
        return new Rows(null, size);
    }

    /** The given ascending event indices; the array is kept, not copied, and must not change. */
    public static Rows of(int[] ascendingIndices) {
        return new Rows(ascendingIndices, ascendingIndices.length);
    }

    /**
     * The events of {@code log} in stream {@code stream} and of type {@code type}; -1 for either
     * means "any". Built from the stream's own index when a stream is given, else in one pass over
     * the type column into an array sized by the type's count.
     */
    public static Rows select(EventLog log, int stream, int type) {
        if (log == null) {
            return NONE;
        }
        if (stream >= 0) {
            int[] events = log.eventsOfStream(stream);
            if (type < 0) {
                return of(events);
            }
            int[] out = new int[events.length];
            int k = 0;
            for (int i : events) {
                if (log.typeIndex(i) == type) {
                    out[k++] = i;
                }
            }
            return of(Arrays.copyOf(out, k));
        }
        if (type < 0) {
            return all(log.size());
        }
        int[] out = new int[log.typeCountOf(type)];
        int k = 0;
        for (int i = 0, n = log.size(); i < n && k < out.length; i++) {
            if (log.typeIndex(i) == type) {
                out[k++] = i;
            }
        }
        return of(out);
    }

    /** Number of rows. */
    public int size() {
        return size;
    }

    /** True when every event of the log is shown (no filter). */
    public boolean isAll() {
        return indices == null;
    }

    /** The event index shown in {@code row}. */
    public int indexAt(int row) {
        if (row < 0 || row >= size) {
            throw new IndexOutOfBoundsException(row);
        }
        return indices == null ? row : indices[row];
    }

    /**
     * The row for a cursor: the last row whose event has a position ≤ {@code cursorPosition}
     * (its index &lt; {@code cursorPosition}), or -1 when there is none (cursor 0, or before the
     * first shown event).
     */
    public int rowAtOrBefore(long cursorPosition) {
        if (cursorPosition <= 0) {
            return -1;
        }
        if (indices == null) {
            return (int) Math.min(cursorPosition, size) - 1;
        }
        return SortedArrays.lowerBound(indices, 0, cursorPosition) - 1;
    }

    /** The row showing event {@code index}, or -1 when it is not shown. */
    public int rowOf(int index) {
        if (indices == null) {
            return index >= 0 && index < size ? index : -1;
        }
        int row = Arrays.binarySearch(indices, index);
        return row >= 0 ? row : -1;
    }
}
