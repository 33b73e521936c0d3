package dev.chronoscope.ui;

import dev.chronoscope.event.EventLog;
import dev.chronoscope.source.EventLogLoader;
import dev.chronoscope.source.LoadCancelledException;
import dev.chronoscope.source.LoadListener;
import dev.chronoscope.source.LoadOptions;
import java.nio.file.Path;
import java.util.concurrent.CancellationException;

/** Opens files with the engine's loaders ({@link EventLogLoader}), reporting bytes read. */
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
            return EventLogLoader.load(file, options == null ? this.options : options, new LoadListener() {
                @Override
                public void progress(long records, long bytesRead, long totalBytes) {
                    progress.progress(bytesRead, totalBytes, records);
                }

                @Override
                public boolean cancelled() {
                    return progress.cancelled();
                }
            });
        } catch (LoadCancelledException e) {
            throw new CancellationException("loading " + file.getFileName() + " was cancelled");
        }
    }
}
