package dev.chronoscope.ui;

import javafx.collections.ObservableList;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Skin;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableViewSkin;
import javafx.scene.control.skin.VirtualFlow;

/**
 * A table's {@link VirtualFlow} that takes a new number of rows without laying out its cells there
 * and then. JavaFX's flow lays out all its cells the moment its cell count changes, and when the
 * rows were all replaced (a new log, new filters) the table's skin then has every cell rebuilt for
 * the next layout pass: each row on screen filled, emptied and filled again in the same frame, about
 * half the frame in which a big log's events table appears (ADR 0016). Scrolled through {@link
 * #scrollTo}, the count is taken lazily and the rows are laid out once, by the pulse. (A ListView
 * gains nothing from it: its skin marks replaced rows dirty instead of rebuilding every cell.)
 */
public final class LeanFlow<T extends IndexedCell<?>> extends VirtualFlow<T> {

    /** True while a scroll request runs: a layout the count change asks for is left to the pulse. */
    private boolean countOnly;

    /**
     * Runs {@code scroll}, a {@code scrollTo} of the flow's control, which first brings the flow's
     * cell count up to date; a layout that asks for is done by the next pulse instead.
     */
    private void scroll(Runnable scroll) {
        countOnly = true;
        try {
            scroll.run();
        } finally {
            countOnly = false;
        }
        requestLayout();
    }

    @Override
    protected void layoutChildren() {
        if (!countOnly) {
            super.layoutChildren();
        }
    }

    /** Scrolls {@code table} to row {@code row} through its lean flow, or directly when its skin has none. */
    public static void scrollTo(TableView<?> table, int row) {
        if (table.getSkin() instanceof LeanTableSkin<?> skin) {
            skin.flow().scroll(() -> table.scrollTo(row));
        } else {
            table.scrollTo(row);
        }
    }

    /** A table whose skin has a lean flow. */
    public static <S> TableView<S> table(ObservableList<S> items) {
        return new TableView<>(items) {
            @Override
            protected Skin<?> createDefaultSkin() {
                return new LeanTableSkin<>(this);
            }
        };
    }

    private static final class LeanTableSkin<S> extends TableViewSkin<S> {
        LeanTableSkin(TableView<S> table) {
            super(table);
        }

        @Override
        protected VirtualFlow<TableRow<S>> createVirtualFlow() {
            return new LeanFlow<>();
        }

        LeanFlow<?> flow() {
            return (LeanFlow<?>) getVirtualFlow();
        }
    }
}
