package dev.chronoscope.ui;

import dev.chronoscope.event.EventLog;
import dev.chronoscope.source.EventLogLoader;
import dev.chronoscope.source.LoadCancelledException;
import dev.chronoscope.source.LoadListener;
import dev.chronoscope.source.LoadOptions;
import dev.chronoscope.source.db.DatabaseOptions;
import dev.chronoscope.source.db.DatabaseSource;
import java.nio.file.Path;
import java.util.concurrent.CancellationException;

/**
 * Opens files with the engine's loaders ({@link EventLogLoader}), reporting bytes read, and databases
 * with {@link DatabaseSource}, reporting rows.
 */
public final class SourceLogOpener implements LogOpener {

    private final LoadOptions options;

    public SourceLogOpener() {
        this(LoadOptions.defaults());
    }

    public SourceLogOpener(LoadOptions options) {
        this.options = options;
    }

    @Override
    public EventLog open(Path file, ProgressSink progress) throws Exception {
        return open(file, options, progress);
    }

    /** Opens {@code file} with {@code options} for this call ({@code null}: this opener's options). */
    @Override
    public EventLog open(Path file, LoadOptions options, ProgressSink progress) throws Exception {
        try {
            return EventLogLoader.load(file, options == null ? this.options : options, listener(progress));
        } catch (LoadCancelledException e) {
            throw new CancellationException("loading " + file.getFileName() + " was cancelled");
        }
    }

    @Override
    public EventLog openDatabase(DatabaseOptions database, ProgressSink progress) throws Exception {
        try {
            return DatabaseSource.load(database, options, listener(progress));
        } catch (LoadCancelledException e) {
            throw new CancellationException("loading " + database.displayUrl() + " was cancelled");
        }
    }

    private static LoadListener listener(ProgressSink progress) {
        return new LoadListener() {
            @Override
            public void progress(long records, long bytesRead, long totalBytes) {
                progress.progress(bytesRead, totalBytes, records);
            }

            @Override
            public boolean cancelled() {
                return progress.cancelled();
            }
        };
    }
}
