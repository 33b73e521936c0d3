package dev.chronoscope.ui.events;

import java.util.AbstractList;
import javafx.collections.ObservableListBase;

/**
 * A read-only observable list of event indices over a <em>window</em> of {@link Rows}: at most
 * {@link #WINDOW} consecutive rows starting at {@link #start()}. A table of a million events holds
 * one {@code int[]} (or none) rather than an object per event, and its VirtualFlow — whose layout
 * in JavaFX 21 walks its cells from the first to the current one (`computeCurrentIndex`) — only
 * ever sees the window, so scrolling costs the same at row 10 and at row 900,000. The table's
 * owner moves the window as the user scrolls ({@link #setStart}); each move replaces the contents
 * in one change.
 */
final class RowList extends ObservableListBase<Integer> {

    /** The most rows the table sees at once. */
    static final int WINDOW = 8_192;

    private Rows rows = Rows.none();
    private int start;
    private int length;

    /** All rows shown after filtering, of which this list is a window. */
    Rows rows() {
        return rows;
    }

    /** The row (in {@link #rows()}) of this list's element 0. */
    int start() {
        return start;
    }

    /** Whether the window holds every row: then the table is an ordinary table. */
    boolean whole() {
        return length == rows.size();
    }

    /** Shows {@code newRows}, the window starting near {@code around} (so that it holds it). */
    void setRows(Rows newRows, int around) {
        replace(newRows, startFor(newRows.size(), around));
    }

    /** Moves the window so that it starts at {@code newStart} (clamped); no change when it already does. */
    void setStart(int newStart) {
        int s = clampStart(rows.size(), newStart);
        if (s != start) {
            replace(rows, s);
        }
    }

    /** A window start that puts {@code row} in the middle of the window, clamped to the rows. */
    static int startFor(int size, int row) {
        return clampStart(size, row - WINDOW / 2);
    }

    private static int clampStart(int size, int s) {
        return Math.max(0, Math.min(s, size - WINDOW));
    }

    private void replace(Rows newRows, int newStart) {
        Rows oldRows = rows;
        int oldStart = start;
        int oldLength = length;
        rows = newRows;
        start = newStart;
        length = Math.min(WINDOW, newRows.size() - newStart);
        beginChange();
        if (newRows == oldRows && length == oldLength) {
            // the window slid over the same rows: every element changed in place. An update, not a
            // replacement, so the table refreshes the rows on screen instead of resetting its
            // selection and layout state for thousands of removed and added items
            for (int i = 0; i < length; i++) {
                nextUpdate(i);
            }
        } else {
            if (oldLength > 0) {
                nextRemove(0, new Window(oldRows, oldStart, oldLength));
            }
            if (length > 0) {
                nextAdd(0, length);
            }
        }
        endChange();
    }

    @Override
    public Integer get(int i) {
        if (i < 0 || i >= length) {
            throw new IndexOutOfBoundsException(i);
        }
        return rows.indexAt(start + i);
    }

    @Override
    public int size() {
        return length;
    }

    /** A window of old rows, viewed lazily: the removed part of a change. */
    private static final class Window extends AbstractList<Integer> {
        private final Rows rows;
        private final int start;
        private final int length;

        Window(Rows rows, int start, int length) {
            this.rows = rows;
            this.start = start;
            this.length = length;
        }

        @Override
        public Integer get(int i) {
            return rows.indexAt(start + i);
        }

        @Override
        public int size() {
            return length;
        }
    }
}
