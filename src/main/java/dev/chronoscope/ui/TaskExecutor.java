package dev.chronoscope.ui;

/**
 * Runs {@link BackgroundTask}s and delivers their progress and outcome to a {@link Listener} on the
 * thread that owns the UI state. {@link FxTaskExecutor} uses a worker pool and the FX thread;
 * {@link CurrentThreadTaskExecutor} runs everything at once on the caller's thread, for tests.
 */
public interface TaskExecutor extends AutoCloseable {

    /** Starts {@code task}; the listener hears progress, then exactly one of success or failure, unless cancelled. */
    <T> Handle submit(BackgroundTask<T> task, Listener<? super T> listener);

    /** Stops the workers; running tasks are cancelled. */
    @Override
    void close();

    /** Receives a task's progress and outcome on the UI thread. */
    interface Listener<T> {

        /** The latest progress; intermediate reports may be skipped (coalesced). */
        default void progress(long done, long total) {}

        /** The latest progress with an item count (records read), or -1 when the task reports none. */
        default void progress(long done, long total, long items) {
            progress(done, total);
        }

        void succeeded(T result);

        void failed(Throwable error);
    }

    /** A submitted task. */
    interface Handle {

        /** Asks the task to stop; its listener hears nothing more. */
        void cancel();

        boolean isCancelled();
    }
}
