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
            result = task.run(new ProgressSink() {
                @Override
                public void progress(long done, long total) {
                    listener.progress(done, total, -1);
                }

                @Override
                public void progress(long done, long total, long items) {
                    listener.progress(done, total, items);
                }
            });
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
