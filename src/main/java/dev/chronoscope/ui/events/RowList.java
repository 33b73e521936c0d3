package dev.chronoscope.ui.events;

import java.util.AbstractList;
import javafx.collections.ObservableListBase;

/**
 * A read-only observable list of event indices over {@link Rows}, so a table of a million events
 * holds one {@code int[]} (or none) rather than an object per event. {@link #setRows} replaces the
 * contents in one change.
 */
final class RowList extends ObservableListBase<Integer> {

    private Rows rows = Rows.none();

    Rows rows() {
        return rows;
    }

    void setRows(Rows newRows) {
        Rows old = rows;
        rows = newRows;
        beginChange();
        if (old.size() > 0) {
            nextRemove(0, new Removed(old));
        }
        if (newRows.size() > 0) {
            nextAdd(0, newRows.size());
        }
        endChange();
    }

    @Override
    public Integer get(int row) {
        return rows.indexAt(row);
    }

    @Override
    public int size() {
        return rows.size();
    }

    /** The removed part of a change, viewed lazily over the old rows. */
    private static final class Removed extends AbstractList<Integer> {
        private final Rows rows;

        Removed(Rows rows) {
            this.rows = rows;
        }

        @Override
        public Integer get(int row) {
            return rows.indexAt(row);
        }

        @Override
        public int size() {
            return rows.size();
        }
    }
}
