package dev.chronoscope.ui;

/**
 * Where background work reports how far it got, and learns whether it should stop. Called on the
 * worker thread, possibly very often: implementations must be cheap and coalesce what they forward.
 */
public interface ProgressSink {

    /** A sink that ignores progress and never cancels. */
    ProgressSink NONE = (done, total) -> {};

    /**
     * Reports progress.
     *
     * @param done units done so far (for loading: bytes read)
     * @param total units in all, or a negative number when unknown
     */
    void progress(long done, long total);

    /**
     * Reports progress with a count of items handled so far (for loading: records read), which a
     * progress bar can show beside the units; sinks that do not show it fall back to {@link
     * #progress(long, long)}.
     */
    default void progress(long done, long total, long items) {
        progress(done, total);
    }

    /** Whether the work was cancelled; long loops check it and stop with a {@code CancellationException}. */
    default boolean cancelled() {
        return false;
    }
}
