package dev.chronoscope.ui;

import dev.chronoscope.source.db.DatabaseOptions;
import dev.chronoscope.source.LoadOptions;
import dev.chronoscope.ui.dialogs.GoToTarget;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.stage.Window;

/**
 * The user's answers to the window's dialogs, set by a test before it presses the key or clicks the
 * menu; everything else on the path is the app's own code. Records what it was asked and shown.
 */
final class ScriptedDialogs implements Dialogs {

    volatile Path logFile;
    volatile Boolean snapshotWorld;
    volatile Path exportTarget;
    volatile GoToTarget goTo;
    volatile DatabaseOptions database;
    /** What the Open Database dialog was filled with, and the recent sources it offered. */
    volatile DatabaseOptions databaseInitial;
    volatile List<DatabaseOptions> databaseRecent;
    final List<Notice> notices = new CopyOnWriteArrayList<>();
    final List<String> asked = new CopyOnWriteArrayList<>();
    volatile String suggestedName;
    volatile int shortcutSheets;
    /** The import dialog's answer: the options to use given the suggested ones, or null to cancel. */
    volatile java.util.function.UnaryOperator<LoadOptions> importAnswer;
    /** The options the import dialog was last offered. */
    volatile LoadOptions suggestedImport;
    /** Whether the import dialog is the app's real one (driven by the test's robot) instead of {@link #importAnswer}. */
    volatile boolean realImportDialog;
    /** The zip entry picker's answer (null: cancel), and the entries it was last offered. */
    volatile String zipEntry;
    volatile List<String> zipEntriesOffered;

    @Override
    public Optional<Path> chooseLogFile(Window owner, Path initialFolder) {
        asked.add("log file");
        return Optional.ofNullable(logFile);
    }

    @Override
    public Optional<DatabaseOptions> chooseDatabase(Window owner, DatabaseOptions initial, List<DatabaseOptions> recent) {
        asked.add("database");
        databaseInitial = initial;
        databaseRecent = List.copyOf(recent);
        return Optional.ofNullable(database);
    }

    @Override
    public Optional<Boolean> chooseSnapshotScope(Window owner, String stream, long position) {
        asked.add("snapshot scope: " + stream + " at " + position);
        return Optional.ofNullable(snapshotWorld);
    }

    @Override
    public Optional<Path> chooseExportTarget(Window owner, String title, Path initialFolder, String suggestedName) {
        asked.add(title);
        this.suggestedName = suggestedName;
        return Optional.ofNullable(exportTarget);
    }

    @Override
    public Optional<GoToTarget> askGoTo(Window owner, long maxPosition) {
        asked.add("go to");
        return Optional.ofNullable(goTo);
    }

    @Override
    public Optional<LoadOptions> chooseImport(Window owner, Path file, LoadOptions suggested) {
        asked.add("import " + file.getFileName());
        suggestedImport = suggested;
        if (realImportDialog) {
            return dev.chronoscope.ui.importer.ImportDialog.show(owner, file, suggested);
        }
        java.util.function.UnaryOperator<LoadOptions> answer = importAnswer;
        return answer == null ? Optional.empty() : Optional.ofNullable(answer.apply(suggested));
    }

    @Override
    public Optional<String> chooseZipEntry(Window owner, Path archive, List<String> entries, String initial) {
        asked.add("zip entry of " + archive.getFileName());
        zipEntriesOffered = List.copyOf(entries);
        return Optional.ofNullable(zipEntry);
    }

    @Override
    public void show(Window owner, Notice notice) {
        notices.add(notice);
    }

    @Override
    public void showShortcuts(Window owner) {
        shortcutSheets++;
    }
}
