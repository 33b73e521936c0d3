package dev.chronoscope.ui;

import javafx.scene.Node;
import javafx.scene.control.Labeled;

/** Ways of keeping reused list, table and tree cells cheap to update. */
public final class Cells {
    private Cells() {
    }

    /**
     * Gives a reused cell its graphic once, for good: the cell hides the graphic while it is empty
     * ({@code graphic.setVisible(false)}) instead of taking it away. A node added to the scene again
     * is matched against the style sheets anew, it and all its children (JavaFX's
     * {@code Node.reapplyCSS}); done for every cell that turns from empty to filled, as when a new
     * log arrives, that is most of the frame. The graphic stays managed: the cell's skin would take an
     * unmanaged one out of the scene (and not put it back). For the same reason the cell's own text
     * should stay {@code null} (the graphic shows the item): when a cell's text turns empty or back,
     * its skin takes its children out and puts them back.
     */
    public static void keepGraphic(Labeled cell, Node graphic) {
        cell.setGraphic(graphic);
    }
}
