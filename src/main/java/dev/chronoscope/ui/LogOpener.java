package dev.chronoscope.ui;

import dev.chronoscope.event.EventLog;
import dev.chronoscope.source.db.DatabaseOptions;
import dev.chronoscope.source.LoadOptions;
import java.nio.file.Path;

/**
 * Reads a log file or a database into an {@link EventLog}; the GUI's only door to the loaders
 * ({@link SourceLogOpener} in the app, anything else in tests). Runs on a worker thread.
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

    /**
     * Opens a database, reporting rows read (as both done and items) against the rows expected, or
     * a negative total when unknown. Openers that only read files refuse.
     *
     * @throws Exception with a message a user can act on when the database cannot be read
     */
    default EventLog openDatabase(DatabaseOptions database, ProgressSink progress) throws Exception {
        throw new UnsupportedOperationException("this opener reads files only, not " + database.displayUrl());
    }

    /** Opens either kind of source. */
    default EventLog open(LogSource source, ProgressSink progress) throws Exception {
        if (source instanceof LogSource.File f) {
            return open(f.path(), progress);
        }
        return openDatabase(((LogSource.Database) source).options(), progress);
    }

    /**
     * Opens {@code file} with the given options (the import dialog's choice); by default the
     * options are not used, as by openers that read no files (tests).
     *
     * @param options how to read the file, or {@code null} for the opener's own
     */
    default EventLog open(Path file, LoadOptions options, ProgressSink progress) throws Exception {
        return open(file, progress);
    }
}
