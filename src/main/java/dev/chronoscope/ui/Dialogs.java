package dev.chronoscope.ui;

import dev.chronoscope.source.db.DatabaseOptions;
import dev.chronoscope.source.LoadOptions;
import dev.chronoscope.ui.dialogs.GoToTarget;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.stage.Window;

/**
 * The questions the main window asks the user in dialogs: which file to open, where to export,
 * which position to go to. The app uses native choosers and real dialogs ({@link FxDialogs}); the
 * end-to-end tests script the answers, so the rest of the path (menus, keys, view-models, writing)
 * is the one users take.
 */
interface Dialogs {

    /** A log file to open, or empty when the user cancels. */
    Optional<Path> chooseLogFile(Window owner, Path initialFolder);

    /**
     * A database to open (URL, credentials, preset, schema or query), or empty when the user
     * cancels. {@code initial} fills the form (a recent source, or {@code null}); {@code recent}
     * are the remembered sources (no passwords), most recent first, offered beside example URLs.
     */
    Optional<DatabaseOptions> chooseDatabase(Window owner, DatabaseOptions initial, List<DatabaseOptions> recent);

    /**
     * What to export: the inspected stream ({@code world == false}) or all streams, or empty when
     * the user cancels. {@code stream} is the inspected stream's id, or {@code null} when none is.
     */
    Optional<Boolean> chooseSnapshotScope(Window owner, String stream, long position);

    /** Where to write an export, or empty when the user cancels. */
    Optional<Path> chooseExportTarget(Window owner, String title, Path initialFolder, String suggestedName);

    /** A position or time to go to (Ctrl+G), or empty when the user cancels. */
    Optional<GoToTarget> askGoTo(Window owner, long maxPosition);

    /**
     * How to read a CSV, JSON Lines or JSON file (column or field roles, delimiter, encoding, times, null token, order),
     * starting from {@code suggested} (the options remembered for the file, or the defaults); empty
     * when the user cancels.
     */
    Optional<LoadOptions> chooseImport(Window owner, Path file, LoadOptions suggested);

    /**
     * Which file of a zip archive holding several to open ({@code entries}, in archive order;
     * {@code initial} is preselected), or empty when the user cancels.
     */
    Optional<String> chooseZipEntry(Window owner, Path archive, List<String> entries, String initial);

    /** Tells the user about an export written or a file that could not be read. */
    void show(Window owner, Notice notice);

    /** Shows the keyboard shortcuts. */
    void showShortcuts(Window owner);
}
