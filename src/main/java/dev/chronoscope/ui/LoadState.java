package dev.chronoscope.ui;

/** Where the main window is with its log. */
public enum LoadState {
    /** No log asked for yet. */
    EMPTY,
    /** A log is being read. */
    LOADING,
    /** A log is open. */
    LOADED,
    /** The last open failed; the error message says why. */
    FAILED
}
