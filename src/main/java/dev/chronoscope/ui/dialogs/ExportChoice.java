package dev.chronoscope.ui.dialogs;

import java.util.Objects;

/** What the user chose to export: one stream's state or the whole world's. */
public record ExportChoice(Scope scope) {

    public enum Scope {
        /** The inspected stream's state at the cursor. */
        STREAM,
        /** Every stream's state at the cursor. */
        WORLD
    }

    public ExportChoice {
        Objects.requireNonNull(scope, "scope");
    }
}
