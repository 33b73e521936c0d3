package dev.chronoscope.ui;

import dev.chronoscope.source.LoadOptions;
import dev.chronoscope.source.db.DatabaseOptions;
import java.nio.file.Path;

/**
 * What the window opens on start (the {@code gui} command): the bundled sample, a file with the
 * load options given, or a database.
 *
 * @param file the log file, or {@code null}
 * @param options how to read the file or the database's rows ({@code null}: the defaults)
 * @param askImport for a file: show the import dialog when the file needs one (a CSV, a JSON file
 *     whose stream or type is not found), pre-filled with {@code options}; else open with them
 * @param database the database, or {@code null}
 * @param at the position to put the cursor at, or {@code null}
 */
public record GuiRequest(Path file, LoadOptions options, boolean askImport, DatabaseOptions database, Long at) {

    public static GuiRequest sample(Long at) {
        return new GuiRequest(null, null, false, null, at);
    }

    public static GuiRequest file(Path file, LoadOptions options, boolean askImport, Long at) {
        return new GuiRequest(file, options, askImport, null, at);
    }

    public static GuiRequest database(DatabaseOptions database, LoadOptions options, Long at) {
        return new GuiRequest(null, options, false, database, at);
    }
}
