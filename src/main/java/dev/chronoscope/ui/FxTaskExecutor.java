package dev.chronoscope.ui;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;

/**
 * Runs tasks on a small pool of daemon threads and delivers their results on the FX thread.
 * Progress is coalesced: however often a task reports, at most one progress update per task is
 * queued on the FX thread at a time, and it carries the latest values.
 */
public final class FxTaskExecutor implements TaskExecutor {

    private final ExecutorService workers;
    private final Executor uiThread;

    /** Two workers, results on the JavaFX application thread. */
    public FxTaskExecutor() {
        this(2, Platform::runLater);
    }

    /** {@code uiThread} runs the listener callbacks, in order. */
    FxTaskExecutor(int threads, Executor uiThread) {
        this.workers = Executors.newFixedThreadPool(threads, daemonThreads());
        this.uiThread = uiThread;
    }

    @Override
    public <T> Handle submit(BackgroundTask<T> task, Listener<? super T> listener) {
        Run<T> run = new Run<>(task, listener);
        workers.execute(run);
        return run;
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }

    private final class Run<T> implements Runnable, Handle, ProgressSink {
        private final BackgroundTask<T> task;
        private final Listener<? super T> listener;
        private final AtomicBoolean cancelled = new AtomicBoolean();
        private final AtomicReference<long[]> latest = new AtomicReference<>();
        private final AtomicBoolean progressQueued = new AtomicBoolean();

        Run(BackgroundTask<T> task, Listener<? super T> listener) {
            this.task = task;
            this.listener = listener;
        }

        @Override
        public void run() {
            T result;
            try {
                result = task.run(this);
            } catch (Exception | Error e) {
                deliver(() -> listener.failed(e));
                return;
            }
            deliver(() -> listener.succeeded(result));
        }

        @Override
        public void progress(long done, long total) {
            progress(done, total, -1);
        }

        @Override
        public void progress(long done, long total, long items) {
            latest.set(new long[] {done, total, items});
            if (progressQueued.compareAndSet(false, true)) {
                deliver(() -> {
                    progressQueued.set(false);
                    long[] p = latest.get();
                    listener.progress(p[0], p[1], p[2]);
                });
            }
        }

        @Override
        public boolean cancelled() {
            return cancelled.get() || Thread.currentThread().isInterrupted();
        }

        private void deliver(Runnable callback) {
            if (cancelled.get()) {
                return;
            }
            uiThread.execute(() -> {
                if (!cancelled.get()) {
                    callback.run();
                }
            });
        }

        @Override
        public void cancel() {
            cancelled.set(true);
        }

        @Override
        public boolean isCancelled() {
            return cancelled.get();
        }
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "chronoscope-worker-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
