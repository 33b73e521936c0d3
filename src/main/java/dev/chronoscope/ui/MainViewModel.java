package dev.chronoscope.ui;

import dev.chronoscope.event.EventLog;
import dev.chronoscope.source.LoadOptions;
import dev.chronoscope.source.SourceException;
import java.io.FileNotFoundException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The state of the main window and its commands. Properties are read-only to views and change
 * only on the UI thread (the executor delivers there); the log is read by a {@link LogOpener} on a
 * worker thread. Knows nothing of nodes, so it is tested with {@link CurrentThreadTaskExecutor}.
 */
public final class MainViewModel {

    /** What a finished load hands back to the UI thread. */
    record Loaded(ExplorerViewModel.Opened opened, LogSummary summary, Duration took) {}

    /** {@link #progressProperty()} while the amount of work is not known yet (as in {@code ProgressIndicator}). */
    public static final double INDETERMINATE = -1;

    private final LogOpener opener;
    private final TaskExecutor executor;

    private final ReadOnlyObjectWrapper<LoadState> state = new ReadOnlyObjectWrapper<>(this, "state", LoadState.EMPTY);
    private final ReadOnlyObjectWrapper<LogSource> source = new ReadOnlyObjectWrapper<>(this, "source");
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final ReadOnlyStringWrapper fileName = new ReadOnlyStringWrapper(this, "fileName", "");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper(this, "progressText", "");
    private final ReadOnlyObjectWrapper<EventLog> log = new ReadOnlyObjectWrapper<>(this, "log");
    private final ReadOnlyObjectWrapper<LogSummary> summary = new ReadOnlyObjectWrapper<>(this, "summary");
    private final ReadOnlyObjectWrapper<Duration> loadTime = new ReadOnlyObjectWrapper<>(this, "loadTime");
    private final ReadOnlyStringWrapper errorMessage = new ReadOnlyStringWrapper(this, "errorMessage", "");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyObjectWrapper<Long> requestedCursor = new ReadOnlyObjectWrapper<>(this, "requestedCursor");
    private final ReadOnlyObjectWrapper<Notice> notice = new ReadOnlyObjectWrapper<>(this, "notice");
    private final ReadOnlyObjectWrapper<LoadOptions> loadOptions = new ReadOnlyObjectWrapper<>(this, "loadOptions");
    private final ExplorerViewModel explorer;
    private final List<Consumer<LogSource>> openedListeners = new ArrayList<>();

    /** The longest a load's work waits for the frame that shows it starting (see {@link #setLoadStart}). */
    static final long LOAD_START_WAIT_MILLIS = 1_000;

    private TaskExecutor.Handle running;
    /** Told of every load as it starts, with the signal that lets its work begin; the signal at once by default. */
    private Consumer<Runnable> loadStart = Runnable::run;
    /** The state to go back to when a load is cancelled. */
    private LoadState beforeLoading = LoadState.EMPTY;
    private LogSource sourceBeforeLoading;

    public MainViewModel(LogOpener opener, TaskExecutor executor) {
        this.opener = Objects.requireNonNull(opener);
        this.executor = Objects.requireNonNull(executor);
        this.explorer = new ExplorerViewModel(executor);
        title.bind(Bindings.createStringBinding(
                () -> fileName.get().isEmpty() ? "Chronoscope" : fileName.get() + " — Chronoscope", fileName));
        loading.bind(state.isEqualTo(LoadState.LOADING));
    }

    /**
     * Lets a window hold each load's work until it has painted the load starting (the progress
     * strip, "Opening …"): {@code start} is given, on the UI thread, a signal to run once that frame
     * is painted; the load's work waits for it, at most {@value #LOAD_START_WAIT_MILLIS} ms. A frame
     * painted while the loader's threads have taken the cores took 80–90 ms (ADR 0016).
     */
    public void setLoadStart(Consumer<Runnable> start) {
        loadStart = Objects.requireNonNull(start);
    }

    // ---- commands --------------------------------------------------------------------------------

    /** Opens {@code path} in the background; a load still running is cancelled and its outcome dropped. */
    public void open(Path path) {
        open(LogSource.file(Objects.requireNonNull(path)));
    }

    /**
     * Opens {@code path} with {@code options} (the import dialog's choice; {@code null}: the
     * opener's own) in the background; a load still running is cancelled and its outcome dropped.
     */
    public void open(Path path, LoadOptions options) {
        open(LogSource.file(Objects.requireNonNull(path)), null, options);
    }

    /**
     * Opens a file or a database in the background, with the same progress, Cancel and failure
     * notice; a load still running is cancelled and its outcome dropped.
     */
    public void open(LogSource source) {
        open(source, null, null);
    }

    /**
     * Creates the sample database in {@code folder} unless it is there already ({@link
     * dev.chronoscope.ui.open.SampleDatabase}), then opens it; both steps run in the background as
     * one load, so Cancel and the failure notice work as for any other source.
     */
    public void openSampleDatabase(Path folder) {
        Objects.requireNonNull(folder);
        open(LogSource.database(dev.chronoscope.ui.open.SampleDatabase.options(folder)),
                progress -> dev.chronoscope.ui.open.SampleDatabase.ensure(folder), null);
    }

    private void open(LogSource src, BackgroundTask<?> prepare, LoadOptions options) {
        Objects.requireNonNull(src);
        if (running != null) {
            running.cancel();
        } else {
            beforeLoading = state.get() == LoadState.LOADING ? LoadState.EMPTY : state.get();
            sourceBeforeLoading = source.get();
        }
        setSource(src);
        errorMessage.set("");
        progress.set(INDETERMINATE);
        progressText.set((prepare == null ? "Opening " : "Preparing ") + fileName.get() + "…");
        state.set(LoadState.LOADING);
        boolean database = src instanceof LogSource.Database;
        CountDownLatch shown = new CountDownLatch(1);
        loadStart.accept(shown::countDown);
        TaskExecutor.Handle handle = executor.submit(progressSink -> {
            // bounded: a window that is closed or hidden paints no more frames
            shown.await(LOAD_START_WAIT_MILLIS, TimeUnit.MILLISECONDS);
            long start = System.nanoTime();
            if (prepare != null) {
                prepare.run(progressSink);
            }
            EventLog opened = options != null && src instanceof LogSource.File f
                    ? opener.open(f.path(), options, progressSink)
                    : opener.open(src, progressSink);
            if (database) {
                progressSink.progress(opened.records(), opened.records(), opened.records());
            } else {
                progressSink.progress(1, 1, opened.records());
            }
            LogSummary s = LogSummary.of(opened);
            return new Loaded(ExplorerViewModel.Opened.of(opened, src.displayName()), s, Duration.ofNanos(System.nanoTime() - start));
        }, new TaskExecutor.Listener<Loaded>() {
            @Override
            public void progress(long done, long total, long records) {
                if (database) {
                    // rows: done and records are both the rows read; the total may be unknown (-1)
                    progress.set(total > 0 ? Math.min(1.0, (double) done / total) : INDETERMINATE);
                    progressText.set("Reading " + fileName.get() + " — " + Formats.count(Math.max(done, records))
                            + (total > 0 ? " of " + Formats.count(total) : "") + " rows");
                } else if (total > 0) {
                    progress.set(Math.min(1.0, (double) done / total));
                    progressText.set("Reading " + fileName.get() + " — "
                            + (records >= 0 ? Formats.count(records) + " records, " : "")
                            + Formats.bytes(done) + " of " + Formats.bytes(total));
                }
            }

            @Override
            public void succeeded(Loaded result) {
                running = null;
                Long at = requestedCursor.get();
                requestedCursor.set(null); // --at applies to the first log only
                log.set(result.opened().log());
                loadOptions.set(options);
                summary.set(result.summary());
                loadTime.set(result.took());
                progress.set(1);
                state.set(LoadState.LOADED);
                explorer.show(result.opened(), at);
                openedListeners.forEach(l -> l.accept(src));
            }

            @Override
            public void failed(Throwable error) {
                running = null;
                String reason = describe(src, error);
                if (log.get() == null) {
                    summary.set(null);
                    loadTime.set(null);
                    showFailure(reason);
                } else {
                    // the log that was open stays open; the dialog says why the new one did not
                    restoreBeforeLoading();
                    errorMessage.set(reason);
                }
                notice.set(Notice.error("Could not open " + src.displayName(), reason));
            }
        });
        // a synchronous executor has finished already; only a load still under way can be cancelled
        running = state.get() == LoadState.LOADING ? handle : null;
    }

    private void setSource(LogSource src) {
        source.set(src);
        file.set(src instanceof LogSource.File f ? f.path() : null);
        fileName.set(src == null ? "" : src.displayName());
    }

    /**
     * Stops the load that is running; the log that was open before (if any) stays open, as if the
     * load had never started.
     */
    public void cancelLoading() {
        if (running == null) {
            return;
        }
        running.cancel();
        running = null;
        restoreBeforeLoading();
        progressText.set("");
    }

    private void restoreBeforeLoading() {
        setSource(sourceBeforeLoading);
        state.set(log.get() != null ? LoadState.LOADED : beforeLoading == LoadState.FAILED ? LoadState.FAILED : LoadState.EMPTY);
    }

    /** The options the open log was read with, or {@code null} when it was opened with the opener's own. */
    public ReadOnlyObjectProperty<LoadOptions> loadOptionsProperty() {
        return loadOptions.getReadOnlyProperty();
    }

    /** Calls {@code listener} with each file once it has been opened successfully (e.g. recent files). */
    public void onOpened(Consumer<Path> listener) {
        Objects.requireNonNull(listener);
        openedListeners.add(s -> {
            if (s instanceof LogSource.File f) {
                listener.accept(f.path());
            }
        });
    }

    /** Calls {@code listener} with each source (file or database) once it has been opened successfully. */
    public void onOpenedSource(Consumer<LogSource> listener) {
        openedListeners.add(Objects.requireNonNull(listener));
    }

    /** Forgets the last notice once the view has shown it. */
    public void acknowledgeNotice() {
        notice.set(null);
    }

    /** Shows {@code message} in the window instead of a log (e.g. when no source can be found). */
    public void showFailure(String message) {
        errorMessage.set(message);
        state.set(LoadState.FAILED);
    }

    /** The position the cursor goes to when the next log has been opened ({@code gui --at N}). */
    public void requestCursor(Long position) {
        requestedCursor.set(position);
    }

    /** A one-line reason a user can act on, never a stack trace. */
    static String describe(LogSource source, Throwable error) {
        if (source instanceof LogSource.File f) {
            return describe(f.path(), error);
        }
        String name = source.displayName();
        if (error instanceof SourceException) {
            // names the URL (password blanked) and what was expected, in the dialog's terms
            return dev.chronoscope.ui.open.DatabaseMessages.inDialogTerms(error.getMessage());
        }
        if (error instanceof CancellationException) {
            return "Loading " + name + " was cancelled.";
        }
        if (error instanceof OutOfMemoryError) {
            return name + " does not fit in memory; start Chronoscope with a larger -Xmx.";
        }
        String message = error.getMessage();
        if (message == null || message.isBlank()) {
            message = error.getClass().getSimpleName();
        }
        return "Could not read " + name + ": " + message;
    }

    /** A one-line reason a user can act on, never a stack trace. */
    static String describe(Path path, Throwable error) {
        String name = path.getFileName() == null ? path.toString() : path.getFileName().toString();
        if (error instanceof SourceException && error.getCause() != null) {
            // the loader's message names the file and line; its cause says which kind of failure it was
            error = error.getCause() instanceof NoSuchFileException
                            || error.getCause() instanceof FileNotFoundException
                            || error.getCause() instanceof AccessDeniedException
                    ? error.getCause()
                    : error;
        }
        if (error instanceof SourceException) {
            return error.getMessage();
        }
        if (error instanceof NoSuchFileException || error instanceof FileNotFoundException) {
            return "File not found: " + path.toAbsolutePath();
        }
        if (error instanceof AccessDeniedException) {
            return "Permission denied: " + path.toAbsolutePath();
        }
        if (error instanceof CancellationException) {
            return "Loading " + name + " was cancelled.";
        }
        if (error instanceof OutOfMemoryError) {
            return name + " does not fit in memory; start Chronoscope with a larger -Xmx.";
        }
        String message = error.getMessage();
        if (message == null || message.isBlank()) {
            message = error.getClass().getSimpleName();
        }
        return "Could not read " + name + ": " + message;
    }

    // ---- properties ------------------------------------------------------------------------------

    public ReadOnlyObjectProperty<LoadState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** The source open or being opened: a file or a database; {@code null} before the first. */
    public ReadOnlyObjectProperty<LogSource> sourceProperty() {
        return source.getReadOnlyProperty();
    }

    /** The file open or being opened; {@code null} for a database. */
    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty fileNameProperty() {
        return fileName.getReadOnlyProperty();
    }

    /**
     * {@code "bank-and-shop.jsonl — Chronoscope"} or {@code "jdbc:h2:/data/shop — Chronoscope"} (no
     * password), or {@code "Chronoscope"} before a source is chosen.
     */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** Fraction read, 0 to 1, or -1 while the size is unknown. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** The open log, or {@code null}. */
    public ReadOnlyObjectProperty<EventLog> logProperty() {
        return log.getReadOnlyProperty();
    }

    /** The overview of the open log, or {@code null}. */
    public ReadOnlyObjectProperty<LogSummary> summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** How long the last successful load took, or {@code null}. */
    public ReadOnlyObjectProperty<Duration> loadTimeProperty() {
        return loadTime.getReadOnlyProperty();
    }

    /** Why the last open failed; empty otherwise. */
    public ReadOnlyStringProperty errorMessageProperty() {
        return errorMessage.getReadOnlyProperty();
    }

    /** The explorer of the open log: cursor, inspected stream, pins, inspection. */
    public ExplorerViewModel explorer() {
        return explorer;
    }

    /** The latest notice for a dialog (a file that could not be opened), or {@code null}. */
    public ReadOnlyObjectProperty<Notice> noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** The position asked for on the command line ({@code gui --at N}), or {@code null}. */
    public ReadOnlyObjectProperty<Long> requestedCursorProperty() {
        return requestedCursor.getReadOnlyProperty();
    }
}
