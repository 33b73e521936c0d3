package dev.chronoscope.ui;

import dev.chronoscope.event.EventLog;
import java.nio.file.Path;

/**
 * Reads a log file into an {@link EventLog}; the GUI's only door to the loaders. Runs on a worker
 * thread. At integration the implementation becomes a thin adapter over
 * {@code dev.chronoscope.source.EventLogLoader.load(file, LoadOptions.defaults(), listener)}.
 */
@FunctionalInterface
public interface LogOpener {

    /**
     * Opens {@code file}, reporting bytes read against the file size to {@code progress} and
     * stopping with a {@link java.util.concurrent.CancellationException} once it is cancelled.
     *
     * @throws Exception with a message a user can act on when the file cannot be read
     */
    EventLog open(Path file, ProgressSink progress) throws Exception;
}
