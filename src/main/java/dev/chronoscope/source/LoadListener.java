package dev.chronoscope.source;

/**
 * Observes a running load. Called from the loading thread(s), so implementations must be cheap
 * and thread-safe (hand the numbers over to the UI thread in a coalescing way).
 */
public interface LoadListener {

    /** A listener that ignores progress and never cancels. */
    LoadListener NONE = (records, bytesRead, totalBytes) -> {};

    /**
     * Reports progress, at most every few megabytes or few thousand records, and once at the end.
     *
     * @param records records read so far (events plus rejections)
     * @param bytesRead bytes of the file read so far (compressed bytes for gzip files); for a
     *     database, rows read so far
     * @param totalBytes the size of the file in bytes; for a database, the rows expected (an
     *     estimate on PostgreSQL), or -1 when unknown
     */
    void progress(long records, long bytesRead, long totalBytes);

    /** Polled during the load; once it answers {@code true} the load stops with {@link LoadCancelledException}. */
    default boolean cancelled() {
        return false;
    }
}
