package dev.chronoscope.timeline;

/** The quantity a timeline is laid out along. */
public enum Axis {
    /** Event index, 0-based: event {@code i} occupies {@code [i, i + 1)}. */
    POSITION,
    /** Event time in microseconds since the epoch; events without a time are not on this axis. */
    TIME
}
