package dev.chronoscope.ui;

import dev.chronoscope.source.db.DatabaseOptions;
import java.nio.file.Path;
import java.util.Objects;

/**
 * What the window opens: a log file or a database. Both go through the same loading path
 * ({@link MainViewModel#open(LogSource)}, {@link LogOpener#open(LogSource, ProgressSink)}).
 */
public sealed interface LogSource {

    /** A log file (JSON Lines, JSON, CloudEvents, CSV, XES, …). */
    record File(Path path) implements LogSource {
        public File {
            Objects.requireNonNull(path, "path");
        }

        @Override
        public String displayName() {
            return path.getFileName() == null ? path.toString() : path.getFileName().toString();
        }
    }

    /** A database read over JDBC; the password, if any, is used for this load only and never stored. */
    record Database(DatabaseOptions options) implements LogSource {
        public Database {
            Objects.requireNonNull(options, "options");
        }

        /** The URL with any password blanked. */
        @Override
        public String displayName() {
            return options.displayUrl();
        }
    }

    /** The name for the title bar and messages: the file name, or the URL without a password. */
    String displayName();

    static LogSource file(Path path) {
        return new File(path);
    }

    static LogSource database(DatabaseOptions options) {
        return new Database(options);
    }
}
