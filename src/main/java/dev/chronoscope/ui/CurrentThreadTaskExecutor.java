package dev.chronoscope.ui;

/**
 * Runs each task to completion inside {@link #submit}, on the calling thread, and calls the
 * listener there too. The test double for {@link FxTaskExecutor}: view-models under test see the
 * outcome as soon as the command returns, with no toolkit and no waiting.
 */
public final class CurrentThreadTaskExecutor implements TaskExecutor {

    @Override
    public <T> Handle submit(BackgroundTask<T> task, Listener<? super T> listener) {
        Handle done = new Handle() {
            @Override
            public void cancel() {}

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
        T result;
        try {
            result = task.run(listener::progress);
        } catch (Exception | Error e) {
            listener.failed(e);
            return done;
        }
        listener.succeeded(result);
        return done;
    }

    @Override
    public void close() {}
}
