package dev.chronoscope.ui;

import dev.chronoscope.source.db.DatabaseOptions;
import dev.chronoscope.source.db.DatabaseSource;
import dev.chronoscope.source.LoadOptions;
import dev.chronoscope.ui.dialogs.Alerts;
import dev.chronoscope.ui.dialogs.ExportChoice;
import dev.chronoscope.ui.dialogs.ExportDialog;
import dev.chronoscope.ui.dialogs.GoToDialog;
import dev.chronoscope.ui.dialogs.GoToTarget;
import dev.chronoscope.ui.dialogs.ShortcutsSheet;
import dev.chronoscope.ui.open.OpenDatabaseDialog;
import dev.chronoscope.ui.open.OpenDatabaseViewModel;
import dev.chronoscope.ui.importer.ImportDialog;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The real dialogs: the platform's file choosers and Chronoscope's own dialogs ({@code ui.dialogs}). */
final class FxDialogs implements Dialogs {

    @Override
    public Optional<Path> chooseLogFile(Window owner, Path initialFolder) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open event log");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Event logs (JSON Lines, JSON, CloudEvents, CSV, XES, gzip, zip)",
                        "*.jsonl", "*.ndjson", "*.json", "*.jsonl.gz", "*.ndjson.gz", "*.json.gz", "*.csv", "*.tsv",
                        "*.csv.gz", "*.tsv.gz", "*.xes", "*.xes.gz", "*.zip"),
                new FileChooser.ExtensionFilter("JSON Lines", "*.jsonl", "*.ndjson", "*.jsonl.gz", "*.ndjson.gz"),
                new FileChooser.ExtensionFilter("JSON and CloudEvents batches", "*.json", "*.json.gz"),
                new FileChooser.ExtensionFilter("CSV (process mining, event store exports)", "*.csv", "*.tsv", "*.txt",
                        "*.csv.gz", "*.tsv.gz", "*.csv.zip"),
                new FileChooser.ExtensionFilter("XES (IEEE 1849)", "*.xes", "*.xes.gz"),
                new FileChooser.ExtensionFilter("All files", "*"));
        setFolder(chooser, initialFolder);
        File chosen = chooser.showOpenDialog(owner);
        return Optional.ofNullable(chosen).map(File::toPath);
    }

    @Override
    public Optional<DatabaseOptions> chooseDatabase(Window owner, DatabaseOptions initial, List<DatabaseOptions> recent) {
        // Test Connection runs on workers of its own, stopped when the dialog closes
        try (FxTaskExecutor executor = new FxTaskExecutor()) {
            OpenDatabaseViewModel model = new OpenDatabaseViewModel(executor, DatabaseSource::probe, recent);
            if (initial != null) {
                model.fill(initial);
            }
            return OpenDatabaseDialog.show(owner, model);
        }
    }

    @Override
    public Optional<Boolean> chooseSnapshotScope(Window owner, String stream, long position) {
        return ExportDialog.show(owner, stream, position, "#" + Formats.count(position))
                .map(choice -> choice.scope() == ExportChoice.Scope.WORLD);
    }

    @Override
    public Optional<Path> chooseExportTarget(Window owner, String title, Path initialFolder, String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("JSON documents", "*.json"),
                new FileChooser.ExtensionFilter("All files", "*"));
        setFolder(chooser, initialFolder);
        chooser.setInitialFileName(suggestedName);
        File chosen = chooser.showSaveDialog(owner);
        return Optional.ofNullable(chosen).map(File::toPath);
    }

    @Override
    public Optional<GoToTarget> askGoTo(Window owner, long maxPosition) {
        return GoToDialog.show(owner, maxPosition,
                "A position from 0 to " + Formats.count(maxPosition) + ", or a time (UTC unless it has an offset).");
    }

    @Override
    public Optional<LoadOptions> chooseImport(Window owner, Path file, LoadOptions suggested) {
        return ImportDialog.show(owner, file, suggested);
    }

    @Override
    public Optional<String> chooseZipEntry(Window owner, Path archive, List<String> entries, String initial) {
        return dev.chronoscope.ui.dialogs.ZipEntryDialog.show(owner, archive, entries, initial);
    }

    @Override
    public void show(Window owner, Notice notice) {
        if (notice.kind() == Notice.Kind.ERROR) {
            Alerts.error(owner, notice.header(), notice.detail());
        } else {
            Alerts.info(owner, notice.header(), notice.detail(), notice.path());
        }
    }

    @Override
    public void showShortcuts(Window owner) {
        ShortcutsSheet.show(owner);
    }

    private static void setFolder(FileChooser chooser, Path folder) {
        if (folder != null && Files.isDirectory(folder)) {
            chooser.setInitialDirectory(folder.toFile());
        }
    }
}
