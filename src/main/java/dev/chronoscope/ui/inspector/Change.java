package dev.chronoscope.ui.inspector;

/** How a value at one JSON pointer differs from the previous state. */
public enum Change {
    /** Equal to the previous value, or no previous state to compare with. */
    NONE,
    /** Present before and now, with a different value (or a different JSON type). */
    CHANGED,
    /** Present now, absent before. */
    ADDED,
    /** Present before, absent now. */
    REMOVED
}
