package dev.chronoscope.ui;

import atlantafx.base.controls.Spacer;
import atlantafx.base.theme.Styles;
import dev.chronoscope.source.db.DatabaseOptions;
import dev.chronoscope.timeline.Axis;
import dev.chronoscope.ui.ExplorerViewModel.Pin;
import dev.chronoscope.source.EventLogLoader;
import dev.chronoscope.source.Format;
import dev.chronoscope.source.JsonPreview;
import dev.chronoscope.source.LoadOptions;
import dev.chronoscope.source.SourceException;
import dev.chronoscope.ui.dialogs.ExportDialog;
import dev.chronoscope.ui.importer.ImportMemory;
import dev.chronoscope.ui.dialogs.GoToTarget;
import dev.chronoscope.ui.dialogs.Shortcut;
import dev.chronoscope.ui.settings.RecentDatabases;
import dev.chronoscope.ui.settings.RecentFiles;
import dev.chronoscope.ui.settings.Settings;
import dev.chronoscope.ui.settings.Theme;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.DragEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignK;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;

/**
 * The main window: menu bar, tool bar, the loading strip, the explorer (or, before a log is open,
 * a drop zone), and the status bar. Builds nodes and forwards commands to {@link MainViewModel}
 * and its {@link ExplorerViewModel}; the answers to dialogs come from {@link Dialogs}.
 *
 * <p>Keyboard: every shortcut is an accelerator of a menu item ({@link Shortcut} is the one list),
 * fired by a scene filter before the focused control sees the key (see {@link #dispatchShortcut}).
 */
final class MainView {

    static final List<Double> SPEEDS = List.of(1.0, 10.0, 100.0, 1_000.0, 10_000.0, 100_000.0);

    private final MainViewModel viewModel;
    private final ExplorerViewModel explorer;
    private final Stage stage;
    private final Dialogs dialogs;
    private final Settings settings;
    private final ImportMemory importMemory;
    private final RecentFiles recent;
    private final RecentDatabases recentDatabases;
    private final BorderPane root = new BorderPane();
    private final ExplorerPane explorerPane;
    private final Menu recentMenu = new Menu("Open _Recent");
    /** Menu items with an accelerator, in menu order: {@link #dispatchShortcut} fires them. */
    private final List<MenuItem> accelerated = new java.util.ArrayList<>();

    MainView(MainViewModel viewModel, Stage stage, Dialogs dialogs, Settings settings) {
        this.viewModel = viewModel;
        this.explorer = viewModel.explorer();
        this.stage = stage;
        this.dialogs = dialogs;
        this.settings = settings;
        this.recent = new RecentFiles(settings);
        this.recentDatabases = new RecentDatabases(settings);
        this.importMemory = new ImportMemory(settings);
        this.explorerPane = new ExplorerPane(explorer, settings);
        new Playback(explorer);

        root.getStyleClass().add("main-view");
        root.setTop(new VBox(menuBar(), toolBar()));
        root.setCenter(new StackPane(explorerPane.root(), emptyPane()));
        root.setBottom(statusBar());

        viewModel.onOpened(path -> {
            if (!BundledSample.isExtractedCopy(path)) { // a temporary file would be stale at the next start
                Settings.inBackground(() -> recent.add(path)); // saves the settings
            }
        });
        viewModel.onOpenedSource(source -> {
            if (source instanceof LogSource.Database d) {
                recentDatabases.add(d.options()); // saved at once, without the password
            }
        });
        viewModel.noticeProperty().addListener((obs, old, notice) -> showNotice(notice, viewModel::acknowledgeNotice));
        explorer.noticeProperty().addListener((obs, old, notice) -> showNotice(notice, explorer::acknowledgeNotice));
        explorer.speedProperty().set(settings.playbackSpeed());
        explorer.speedProperty().addListener((obs, old, speed) -> settings.setPlaybackSpeed(speed.doubleValue()));
        explorer.axisProperty().set(Settings.AXIS_TIME.equals(settings.axis()) ? Axis.TIME : Axis.POSITION);
        explorer.axisProperty().addListener((obs, old, axis) -> settings.setAxis(axis.name()));
        explorer.replayFromKnownStatesProperty().set(settings.replayFromKnownStates());
        explorer.replayFromKnownStatesProperty().addListener((obs, old, on) -> {
            settings.setReplayFromKnownStates(on);
            settings.save();
        });
        installDragAndDrop();
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                scene.addEventFilter(KeyEvent.KEY_PRESSED, this::dispatchShortcut);
            }
        });
    }

    Parent root() {
        return root;
    }

    ExplorerPane explorerPane() {
        return explorerPane;
    }

    // ---- commands --------------------------------------------------------------------------------

    /**
     * Opens {@code file}: the path of File > Open, Open Recent and drag-and-drop. A zip archive
     * holding several files asks which one. A CSV file, and a JSON Lines or JSON file whose stream
     * or type field detection does not find, opens with the options the import dialog returns
     * (offering those remembered for it); other files open with the options remembered for them,
     * if any, without a dialog.
     */
    void open(Path file) {
        LoadOptions remembered = importMemory.recall(file).orElse(null);
        String entry;
        List<String> entries = zipEntries(file);
        if (entries.size() > 1) {
            String initial = remembered != null && entries.contains(remembered.entry()) ? remembered.entry() : entries.get(0);
            Optional<String> chosen = dialogs.chooseZipEntry(stage, file, entries, initial);
            if (chosen.isEmpty()) {
                return;
            }
            entry = chosen.get();
        } else {
            entry = null;
        }
        if (remembered != null && !java.util.Objects.equals(remembered.entry(), entry)) {
            remembered = null; // chosen for another entry of the archive
        }
        LoadOptions suggested = remembered != null ? remembered : LoadOptions.defaults().withEntry(entry);
        if (needsImportDialog(file, entry)) {
            openWithImportDialog(file, suggested);
        } else if (remembered == null && entry == null) {
            viewModel.open(file);
        } else {
            viewModel.open(file, suggested);
        }
    }

    /**
     * Opens {@code file} as the {@code gui} command asks. Without options (or with the defaults)
     * and {@code ask}, exactly as File > Open does. With other options: through the import dialog
     * pre-filled with them when {@code ask} and the file needs the dialog, else directly with them.
     */
    void openFromCommandLine(Path file, LoadOptions options, boolean ask) {
        if (ask && (options == null || options.equals(LoadOptions.defaults()))) {
            open(file);
        } else if (ask && needsImportDialog(file, options.entry())) {
            openWithImportDialog(file, options);
        } else {
            viewModel.open(file, options == null ? LoadOptions.defaults() : options);
        }
    }

    /** The files in {@code file} when it is a zip archive, else none. */
    private static List<String> zipEntries(Path file) {
        try {
            String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
            return name.endsWith(".zip") || startsLikeZip(file) ? EventLogLoader.zipEntries(file) : List.of();
        } catch (SourceException e) {
            return List.of(); // the load says what is wrong with it
        }
    }

    private static boolean startsLikeZip(Path file) {
        try (java.io.InputStream in = Files.newInputStream(file)) {
            byte[] m = in.readNBytes(4);
            return m.length == 4 && m[0] == 'P' && m[1] == 'K' && m[2] == 3 && m[3] == 4;
        } catch (java.io.IOException e) {
            return false;
        }
    }

    // ---- import options (issue 5) ----------------------------------------------------------------

    /** File > Reopen with Import Options…: the import dialog again for the open file. */
    private MenuItem importMenuItem() {
        MenuItem item = new MenuItem("Reopen with _Import Options…", new FontIcon(MaterialDesignF.FILE_DELIMITED_OUTLINE));
        item.setId("reopenWithImportOptions");
        item.disableProperty().bind(viewModel.fileProperty().isNull().or(viewModel.loadingProperty()));
        item.setOnAction(e -> reopenWithImportOptions());
        return item;
    }

    private void reopenWithImportOptions() {
        Path file = viewModel.fileProperty().get();
        if (file == null) {
            return;
        }
        LoadOptions current = viewModel.loadOptionsProperty().get();
        if (current == null) {
            current = importMemory.recall(file).orElse(LoadOptions.defaults());
        }
        Format format = formatOf(file, current.entry());
        if (format != Format.CSV && format != Format.JSONL && format != Format.JSON) {
            dialogs.show(stage, Notice.info("No import options for " + file.getFileName(),
                    "Import options apply to CSV, JSON Lines and JSON files. XES logs name their roles themselves.",
                    null));
            return;
        }
        openWithImportDialog(file, current);
    }

    private void openWithImportDialog(Path file, LoadOptions suggested) {
        dialogs.chooseImport(stage, file, suggested).ifPresent(options -> {
            importMemory.remember(file, options);
            settings.save();
            viewModel.open(file, options);
        });
    }

    /**
     * Whether opening {@code file} asks for the import options: CSV always; JSON Lines and JSON
     * when detection finds no stream or no type field (CloudEvents never).
     */
    static boolean needsImportDialog(Path file, String entry) {
        Format f = formatOf(file, entry);
        return f == Format.CSV || (f == Format.JSONL || f == Format.JSON) && JsonPreview.mappingUncertain(file, entry);
    }

    /** The format a load would read {@code file} as; {@code null} when it cannot be told (the load says why). */
    private static Format formatOf(Path file, String entry) {
        try {
            return EventLogLoader.formatOf(file, entry);
        } catch (SourceException e) {
            return null;
        }
    }

    private void chooseAndOpen() {
        Path current = viewModel.fileProperty().get();
        Path folder = current == null ? null : current.toAbsolutePath().getParent();
        dialogs.chooseLogFile(stage, folder).ifPresent(this::open);
    }

    // ---- databases (issue 4) --------------------------------------------------------------------

    /** File > Open Database… and Open Sample Database, placed after File > Open…. */
    private List<MenuItem> databaseMenuItems() {
        return List.of(
                item("Open Data_base…", Shortcut.OPEN_DATABASE, MaterialDesignD.DATABASE_OUTLINE, () -> chooseAndOpenDatabase(null)),
                item("Open Sa_mple Database", null, MaterialDesignD.DATABASE_ARROW_RIGHT_OUTLINE, this::openSampleDatabase));
    }

    /** Asks for a database ({@code initial} fills the form, may be null) and opens it like a file. */
    void chooseAndOpenDatabase(DatabaseOptions initial) {
        dialogs.chooseDatabase(stage, initial, recentDatabases.list())
                .ifPresent(options -> viewModel.open(LogSource.database(options)));
    }

    /** Creates the sample database next to the settings on first use, then opens it. */
    void openSampleDatabase() {
        viewModel.openSampleDatabase(settings.file().toAbsolutePath().getParent());
    }

    /** A recent database opens at once when it needs no credentials; otherwise the dialog asks for the password. */
    private void openRecentDatabase(DatabaseOptions source) {
        if (RecentDatabases.opensWithoutAsking(source)) {
            viewModel.open(LogSource.database(source));
        } else {
            chooseAndOpenDatabase(source);
        }
    }

    void exportSnapshot() {
        if (explorer.openedProperty().get() == null) {
            return;
        }
        ExplorerViewModel.Opened opened = explorer.openedProperty().get();
        int s = explorer.inspectedStreamProperty().get();
        String stream = s < 0 ? null : opened.log().streamName(s);
        long at = explorer.cursorProperty().get();
        Optional<Boolean> world = dialogs.chooseSnapshotScope(stage, stream, at);
        if (world.isEmpty()) {
            return;
        }
        String name = ExportDialog.suggestedFileName(opened.sourceName(), world.get() ? null : stream, at);
        dialogs.chooseExportTarget(stage, "Export state snapshot", exportFolder(), name)
                .ifPresent(target -> explorer.exportSnapshot(world.get(), target));
    }

    void exportDiff() {
        ExplorerViewModel.Inspection shown = explorer.inspectionProperty().get();
        if (shown == null || shown.patch() == null) {
            explorer.exportDiff(null); // says why there is nothing to export
            return;
        }
        String name = ExportDialog.suggestedFileName(explorer.openedProperty().get().sourceName(), shown.streamName(),
                shown.cursor()).replace(".snapshot.json", ".diff.json");
        dialogs.chooseExportTarget(stage, "Export diff (RFC 6902)", exportFolder(), name)
                .ifPresent(explorer::exportDiff);
    }

    private Path exportFolder() {
        Path current = viewModel.fileProperty().get();
        return current == null ? null : current.toAbsolutePath().getParent();
    }

    private void goTo() {
        if (explorer.openedProperty().get() == null) {
            return;
        }
        dialogs.askGoTo(stage, explorer.sizeProperty().get()).ifPresent(target -> {
            if (target instanceof GoToTarget.Position p) {
                explorer.moveCursorTo(p.position());
            } else if (target instanceof GoToTarget.Time t) {
                explorer.goToTime(t.time());
            }
        });
    }

    private void showNotice(Notice notice, Runnable acknowledge) {
        if (notice == null) {
            return;
        }
        acknowledge.run();
        // not from inside the listener: a dialog's nested event loop must not run during a pulse
        Platform.runLater(() -> dialogs.show(stage, notice));
    }

    private void setTheme(Theme theme) {
        theme.apply();
        settings.setTheme(theme);
        settings.save();
    }

    // ---- menus -----------------------------------------------------------------------------------

    private MenuBar menuBar() {
        Menu file = new Menu("_File", null,
                item("_Open…", Shortcut.OPEN, MaterialDesignF.FOLDER_OPEN_OUTLINE, this::chooseAndOpen),
                recentMenu,
                importMenuItem(),
                new SeparatorMenuItem(),
                disabledWithoutLog(item("_Export State Snapshot…", Shortcut.EXPORT_SNAPSHOT, MaterialDesignE.EXPORT,
                        this::exportSnapshot)),
                disabledWithoutLog(item("Export _Diff…", Shortcut.EXPORT_DIFF, MaterialDesignF.FILE_COMPARE,
                        this::exportDiff)),
                new SeparatorMenuItem(),
                item("_Quit", Shortcut.QUIT, null, () -> stage.close()));
        file.getItems().addAll(1, databaseMenuItems());
        file.setOnShowing(e -> refreshRecentMenu());
        recentMenu.getItems().add(new MenuItem("(none)"));

        ToggleGroup themes = new ToggleGroup();
        RadioMenuItem light = new RadioMenuItem("_Light Theme");
        RadioMenuItem dark = new RadioMenuItem("_Dark Theme");
        light.setToggleGroup(themes);
        dark.setToggleGroup(themes);
        (settings.theme() == Theme.DARK ? dark : light).setSelected(true);
        light.setOnAction(e -> setTheme(Theme.LIGHT));
        dark.setOnAction(e -> setTheme(Theme.DARK));
        MenuItem toggleTheme = item("Toggle _Theme", Shortcut.THEME, MaterialDesignT.THEME_LIGHT_DARK, () -> {
            Theme next = (dark.isSelected() ? Theme.DARK : Theme.LIGHT).toggled();
            (next == Theme.DARK ? dark : light).setSelected(true);
            setTheme(next);
        });
        CheckMenuItem timeAxis = new CheckMenuItem("Time _Axis");
        timeAxis.setAccelerator(Shortcut.TOGGLE_AXIS.combination());
        accelerated.add(timeAxis);
        timeAxis.setSelected(explorer.axisProperty().get() == Axis.TIME);
        explorer.axisProperty().addListener((obs, old, axis) -> timeAxis.setSelected(axis == Axis.TIME));
        timeAxis.setOnAction(e -> explorer.axisProperty().set(timeAxis.isSelected() ? Axis.TIME : Axis.POSITION));
        CheckMenuItem fromKnownStates = new CheckMenuItem("Replay from _Known States",
                new FontIcon(org.kordamp.ikonli.materialdesign2.MaterialDesignR.RHOMBUS_OUTLINE));
        fromKnownStates.setId("replayFromKnownStates");
        fromKnownStates.setAccelerator(Shortcut.REPLAY_FROM_KNOWN_STATES.combination());
        accelerated.add(fromKnownStates);
        fromKnownStates.selectedProperty().bindBidirectional(explorer.replayFromKnownStatesProperty());
        // only a log with snapshots (an Axon store) offers known states
        fromKnownStates.disableProperty().bind(explorer.knownStateCountProperty().isEqualTo(0));
        Menu view = new Menu("_View", null, light, dark, toggleTheme, new SeparatorMenuItem(), timeAxis, fromKnownStates,
                disabledWithoutLog(item("_Fit Timeline", Shortcut.FIT_TIMELINE, MaterialDesignF.FIT_TO_PAGE_OUTLINE,
                        explorerPane::fitTimeline)),
                disabledWithoutLog(item("Find _Stream", Shortcut.FIND_STREAM, MaterialDesignM.MAGNIFY,
                        explorerPane::focusStreamFilter)),
                new SeparatorMenuItem(),
                disabledWithoutLog(item("S_tate", Shortcut.SHOW_STATE, MaterialDesignF.FILE_TREE_OUTLINE,
                        () -> explorerPane.showInspectorTab(0))),
                disabledWithoutLog(item("D_iff", Shortcut.SHOW_DIFF, MaterialDesignF.FILE_COMPARE,
                        () -> explorerPane.showInspectorTab(1))),
                disabledWithoutLog(item("_Event", Shortcut.SHOW_EVENT, MaterialDesignC.CODE_JSON,
                        () -> explorerPane.showInspectorTab(2))),
                disabledWithoutLog(item("_Problems", Shortcut.SHOW_PROBLEMS, MaterialDesignA.ALERT_OUTLINE,
                        () -> explorerPane.showInspectorTab(3))));

        Menu go = new Menu("_Go", null,
                disabledWithoutLog(item("_Previous Event", Shortcut.PREVIOUS_EVENT, MaterialDesignC.CHEVRON_LEFT, () -> explorer.step(-1))),
                disabledWithoutLog(item("_Next Event", Shortcut.NEXT_EVENT, MaterialDesignC.CHEVRON_RIGHT, () -> explorer.step(1))),
                disabledWithoutLog(item("Previous Event of _Stream", Shortcut.PREVIOUS_STREAM_EVENT, MaterialDesignC.CHEVRON_DOUBLE_LEFT,
                        () -> explorer.stepInStream(-1))),
                disabledWithoutLog(item("Next Event of S_tream", Shortcut.NEXT_STREAM_EVENT, MaterialDesignC.CHEVRON_DOUBLE_RIGHT,
                        () -> explorer.stepInStream(1))),
                disabledWithoutLog(item("_First Event", Shortcut.FIRST, MaterialDesignP.PAGE_FIRST, explorer::first)),
                disabledWithoutLog(item("_Last Event", Shortcut.LAST, MaterialDesignP.PAGE_LAST, explorer::last)),
                new SeparatorMenuItem(),
                disabledWithoutLog(item("Play / _Pause", Shortcut.PLAY_PAUSE, MaterialDesignP.PLAY_PAUSE, explorer::togglePlay)),
                disabledWithoutLog(item("_Go to Position or Time…", Shortcut.GO_TO, MaterialDesignC.CROSSHAIRS_GPS, this::goTo)),
                new SeparatorMenuItem(),
                disabledWithoutLog(item("Pin _A at Cursor", Shortcut.PIN_A, MaterialDesignP.PIN_OUTLINE, () -> explorer.pin(Pin.A))),
                disabledWithoutLog(item("Pin _B at Cursor", Shortcut.PIN_B, MaterialDesignP.PIN_OUTLINE, () -> explorer.pin(Pin.B))),
                disabledWithoutLog(item("_Clear Pins", Shortcut.CLEAR_PINS, MaterialDesignP.PIN_OFF_OUTLINE, explorer::clearPins)));

        Menu help = new Menu("_Help", null,
                item("_Keyboard Shortcuts", Shortcut.SHORTCUTS_SHEET, MaterialDesignK.KEYBOARD_OUTLINE,
                        () -> dialogs.showShortcuts(stage)));
        MenuBar bar = new MenuBar(file, view, go, help);
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    private MenuItem item(String text, Shortcut shortcut, org.kordamp.ikonli.Ikon icon, Runnable action) {
        MenuItem item = new MenuItem(text, icon == null ? null : new FontIcon(icon));
        if (shortcut != null) {
            item.setAccelerator(shortcut.combination());
            accelerated.add(item);
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    private MenuItem disabledWithoutLog(MenuItem item) {
        item.disableProperty().bind(explorer.openedProperty().isNull());
        return item;
    }

    private void refreshRecentMenu() {
        List<Path> stale = recent.removeStale();
        if (!stale.isEmpty()) {
            settings.save();
            Notice removed = Notice.info("Removed from recent files",
                    stale.size() == 1 ? stale.get(0) + " no longer exists."
                            : stale.size() + " files no longer exist: " + String.join(", ", stale.stream().map(Path::toString).toList()),
                    null);
            Platform.runLater(() -> dialogs.show(stage, removed)); // not while the menu is opening
        }
        recentMenu.getItems().clear();
        for (Path p : recent.list()) {
            MenuItem item = new MenuItem(p.getFileName() + "  —  " + p.toAbsolutePath().getParent());
            item.setMnemonicParsing(false);
            item.setOnAction(e -> open(p));
            recentMenu.getItems().add(item);
        }
        List<DatabaseOptions> databases = recentDatabases.list();
        if (!databases.isEmpty() && !recentMenu.getItems().isEmpty()) {
            recentMenu.getItems().add(new SeparatorMenuItem());
        }
        for (DatabaseOptions d : databases) {
            MenuItem item = new MenuItem(d.displayUrl() + "  —  " + (d.preset() == null ? "auto-detect" : d.preset().cliName())
                    + (d.user() == null ? "" : ", user " + d.user()), new FontIcon(MaterialDesignD.DATABASE_OUTLINE));
            item.setMnemonicParsing(false);
            item.setOnAction(e -> openRecentDatabase(d));
            recentMenu.getItems().add(item);
        }
        if (recentMenu.getItems().isEmpty()) {
            MenuItem none = new MenuItem("No recent files");
            none.setDisable(true);
            recentMenu.getItems().add(none);
        } else {
            MenuItem clear = new MenuItem("Clear Recent Files");
            clear.setOnAction(e -> {
                recent.clear();
                recentDatabases.clear();
                settings.save();
            });
            recentMenu.getItems().addAll(new SeparatorMenuItem(), clear);
        }
    }

    // ---- tool bar --------------------------------------------------------------------------------

    private Node toolBar() {
        Button open = toolButton("Open…", MaterialDesignF.FOLDER_OPEN_OUTLINE, Shortcut.OPEN, "Open an event log", this::chooseAndOpen);
        open.setId("openButton");
        Button export = toolButton("Export Snapshot", MaterialDesignE.EXPORT, Shortcut.EXPORT_SNAPSHOT,
                "Export the state at the cursor as a snapshot document", this::exportSnapshot);
        export.setId("exportButton");
        export.getStyleClass().add("export-button");
        export.disableProperty().bind(explorer.openedProperty().isNull().or(explorer.exportingProperty()));

        Button first = iconButton(MaterialDesignP.PAGE_FIRST, Shortcut.FIRST, "First event", explorer::first);
        Button previous = iconButton(MaterialDesignC.CHEVRON_LEFT, Shortcut.PREVIOUS_EVENT, "Previous event", () -> explorer.step(-1));
        ToggleButton play = new ToggleButton();
        play.setId("playButton");
        play.setFocusTraversable(false);
        play.graphicProperty().bind(Bindings.createObjectBinding(() -> new FontIcon(explorer.playingProperty().get()
                ? MaterialDesignP.PAUSE : MaterialDesignP.PLAY), explorer.playingProperty()));
        play.textProperty().bind(Bindings.when(explorer.playingProperty()).then("Pause").otherwise("Play"));
        play.setTooltip(new Tooltip(Shortcut.PLAY_PAUSE.tooltip("Play or pause")));
        explorer.playingProperty().addListener((obs, old, now) -> play.setSelected(now));
        play.setOnAction(e -> {
            explorer.togglePlay();
            play.setSelected(explorer.playingProperty().get());
        });
        Button next = iconButton(MaterialDesignC.CHEVRON_RIGHT, Shortcut.NEXT_EVENT, "Next event", () -> explorer.step(1));
        Button last = iconButton(MaterialDesignP.PAGE_LAST, Shortcut.LAST, "Last event", explorer::last);
        ComboBox<Double> speed = new ComboBox<>();
        speed.setId("speedBox");
        speed.getItems().setAll(SPEEDS);
        speed.setValue(explorer.speedProperty().get());
        speed.setConverter(new StringConverter<>() {
            @Override
            public String toString(Double v) {
                return v == null ? "" : Formats.count(v.longValue()) + " ev/s";
            }

            @Override
            public Double fromString(String s) {
                return Double.valueOf(s.replaceAll("[^0-9.]", ""));
            }
        });
        speed.setTooltip(new Tooltip("Playback speed in events per second"));
        speed.setFocusTraversable(false);
        speed.valueProperty().addListener((obs, old, v) -> {
            if (v != null) {
                explorer.speedProperty().set(v);
            }
        });

        Button pinA = iconButton(MaterialDesignA.ALPHA_A_BOX_OUTLINE, Shortcut.PIN_A, "Pin A at the cursor", () -> explorer.pin(Pin.A));
        Button pinB = iconButton(MaterialDesignA.ALPHA_B_BOX_OUTLINE, Shortcut.PIN_B, "Pin B at the cursor", () -> explorer.pin(Pin.B));
        Button clearPins = iconButton(MaterialDesignP.PIN_OFF_OUTLINE, Shortcut.CLEAR_PINS, "Clear pins", explorer::clearPins);
        clearPins.disableProperty().bind(explorer.pinAProperty().isNull().and(explorer.pinBProperty().isNull()));
        Button goTo = iconButton(MaterialDesignC.CROSSHAIRS_GPS, Shortcut.GO_TO, "Go to a position or time", this::goTo);

        for (ButtonBase b : List.of(first, previous, next, last, pinA, pinB, goTo)) {
            b.disableProperty().bind(explorer.openedProperty().isNull());
        }
        play.disableProperty().bind(explorer.openedProperty().isNull());

        Label file = new Label();
        file.setId("fileName");
        file.getStyleClass().add(Styles.TEXT_BOLD);
        file.textProperty().bind(viewModel.fileNameProperty());
        Label folder = new Label();
        folder.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        folder.textProperty().bind(Bindings.createStringBinding(() -> {
            Path p = viewModel.fileProperty().get();
            return p == null || p.toAbsolutePath().getParent() == null ? "" : p.toAbsolutePath().getParent().toString();
        }, viewModel.fileProperty()));

        ToolBar bar = new ToolBar(open, export, new Separator(Orientation.VERTICAL), first, previous, play, next, last,
                speed, new Separator(Orientation.VERTICAL), pinA, pinB, clearPins, goTo, new Spacer(12), file, folder);
        bar.getStyleClass().add("main-toolbar");
        return bar;
    }

    private static Button toolButton(String text, org.kordamp.ikonli.Ikon icon, Shortcut shortcut, String tip, Runnable action) {
        Button b = new Button(text, new FontIcon(icon));
        b.setTooltip(new Tooltip(shortcut.tooltip(tip)));
        b.setFocusTraversable(false);
        b.setOnAction(e -> action.run());
        return b;
    }

    private static Button iconButton(org.kordamp.ikonli.Ikon icon, Shortcut shortcut, String tip, Runnable action) {
        Button b = new Button(null, new FontIcon(icon));
        b.getStyleClass().add(Styles.BUTTON_ICON);
        b.setTooltip(new Tooltip(shortcut.tooltip(tip)));
        b.setFocusTraversable(false);
        b.setOnAction(e -> action.run());
        return b;
    }

    // ---- loading ---------------------------------------------------------------------------------

    /**
     * Loading progress in the status bar, where it takes no room from the explorer: showing it
     * must not lay out the whole window again while a big file is being read.
     */
    private Node loadingProgress() {
        Label text = new Label();
        text.setId("loadProgressText");
        text.textProperty().bind(viewModel.progressTextProperty());
        text.setMinWidth(0);
        ProgressBar bar = new ProgressBar();
        bar.setId("loadProgress");
        bar.setPrefWidth(220);
        bar.getStyleClass().add(Styles.SMALL);
        bar.progressProperty().bind(viewModel.progressProperty());
        Button cancel = new Button("Cancel", new FontIcon(MaterialDesignC.CLOSE));
        cancel.setId("cancelLoadButton");
        cancel.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        cancel.setFocusTraversable(false);
        cancel.setTooltip(new Tooltip("Stop loading; the log that was open stays open (Esc)"));
        cancel.setOnAction(e -> viewModel.cancelLoading());
        HBox box = new HBox(8, new FontIcon(MaterialDesignF.FILE_DOWNLOAD_OUTLINE), text, bar, cancel);
        box.getStyleClass().add("loading-progress");
        box.setAlignment(Pos.CENTER_RIGHT);
        box.visibleProperty().bind(viewModel.loadingProperty());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    // ---- before a log is open ------------------------------------------------------------------

    private Node emptyPane() {
        FontIcon icon = new FontIcon(MaterialDesignF.FILE_DOCUMENT_OUTLINE);
        icon.getStyleClass().add("empty-icon");
        Label title = new Label();
        title.getStyleClass().add(Styles.TITLE_3);
        title.textProperty().bind(Bindings.createStringBinding(() -> switch (viewModel.stateProperty().get()) {
            case LOADING -> "Opening " + viewModel.fileNameProperty().get() + "…";
            case FAILED -> "Could not open the log";
            default -> "Open an event log";
        }, viewModel.stateProperty(), viewModel.fileNameProperty()));
        Label detail = new Label();
        detail.setId("errorMessage");
        detail.setWrapText(true);
        detail.setMaxWidth(620);
        detail.getStyleClass().add(Styles.TEXT_MUTED);
        detail.textProperty().bind(Bindings.createStringBinding(() -> viewModel.stateProperty().get() == LoadState.FAILED
                ? viewModel.errorMessageProperty().get()
                : "Drop a JSON Lines, JSON, CloudEvents, CSV or XES file here, or choose one.", viewModel.stateProperty(),
                viewModel.errorMessageProperty()));
        Button open = new Button("Open…", new FontIcon(MaterialDesignF.FOLDER_OPEN_OUTLINE));
        open.getStyleClass().add(Styles.ACCENT);
        open.setOnAction(e -> chooseAndOpen());
        VBox box = new VBox(14, icon, title, detail, open);
        box.getStyleClass().add("empty-pane");
        box.setId("emptyPane");
        box.setAlignment(Pos.CENTER);
        box.visibleProperty().bind(explorer.openedProperty().isNull());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private void installDragAndDrop() {
        root.addEventHandler(DragEvent.DRAG_OVER, e -> {
            if (e.getDragboard().hasFiles() && e.getDragboard().getFiles().size() == 1) {
                e.acceptTransferModes(TransferMode.COPY, TransferMode.LINK);
                root.pseudoClassStateChanged(DROP_TARGET, true);
            }
            e.consume();
        });
        root.addEventHandler(DragEvent.DRAG_EXITED, e -> root.pseudoClassStateChanged(DROP_TARGET, false));
        root.addEventHandler(DragEvent.DRAG_DROPPED, e -> {
            root.pseudoClassStateChanged(DROP_TARGET, false);
            boolean done = false;
            if (e.getDragboard().hasFiles() && !e.getDragboard().getFiles().isEmpty()) {
                Path p = e.getDragboard().getFiles().get(0).toPath();
                if (Files.isRegularFile(p)) {
                    open(p);
                    done = true;
                }
            }
            e.setDropCompleted(done);
            e.consume();
        });
    }

    private static final javafx.css.PseudoClass DROP_TARGET = javafx.css.PseudoClass.getPseudoClass("drop-target");

    // ---- keys ------------------------------------------------------------------------------------

    /**
     * Shortcuts come first, before the focused control: a table or slider with focus would
     * otherwise take the arrow keys for itself. In a text field, plain keys belong to the field:
     * the letters, digits and Space it receives are kept from the menu accelerators (their
     * characters still arrive as KEY_TYPED), and keys with Ctrl, Alt or Meta go on to the menus.
     */
    private void dispatchShortcut(KeyEvent e) {
        if (e.getCode() == KeyCode.ESCAPE && viewModel.loadingProperty().get()) {
            viewModel.cancelLoading();
            e.consume();
            return;
        }
        if (stage.getScene().getFocusOwner() instanceof TextInputControl) {
            boolean plain = !(e.isShortcutDown() || e.isAltDown() || e.isMetaDown() || e.isControlDown());
            KeyCode code = e.getCode();
            if (plain && (code.isLetterKey() || code.isDigitKey() || code == KeyCode.SPACE)) {
                e.consume();
            }
            return;
        }
        for (MenuItem item : accelerated) {
            if (item.getAccelerator().match(e)) {
                if (!item.isDisable()) {
                    if (item instanceof CheckMenuItem check) {
                        // as the menu's own accelerator support does: fire() alone does not toggle a check item
                        check.setSelected(!check.isSelected());
                    }
                    item.fire();
                }
                e.consume();
                return;
            }
        }
    }

    // ---- status bar ------------------------------------------------------------------------------

    private Node statusBar() {
        Label counts = new Label();
        counts.setId("statusText");
        counts.textProperty().bind(Bindings.createStringBinding(() -> {
            LogSummary s = viewModel.summaryProperty().get();
            if (s == null || explorer.openedProperty().get() == null) {
                return viewModel.loadingProperty().get() ? "Loading…" : "No log open";
            }
            return Formats.count(s.events()) + (s.events() == 1 ? " event · " : " events · ")
                    + Formats.count(s.streams()) + (s.streams() == 1 ? " stream" : " streams");
        }, viewModel.summaryProperty(), explorer.openedProperty(), viewModel.loadingProperty()));
        Label rejected = new Label();
        rejected.setId("statusRejected");
        rejected.textProperty().bind(Bindings.createStringBinding(() -> {
            LogSummary s = viewModel.summaryProperty().get();
            return s == null || explorer.openedProperty().get() == null ? "" : " · " + Formats.count(s.rejected()) + " rejected";
        }, viewModel.summaryProperty(), explorer.openedProperty()));
        rejected.getStyleClass().add("status-rejected");
        viewModel.summaryProperty().addListener((obs, old, s) ->
                rejected.pseudoClassStateChanged(BAD, s != null && s.rejected() > 0));
        rejected.setOnMouseClicked(e -> explorerPane.showProblems());
        Label known = new Label();
        known.setId("statusKnownStates");
        known.getStyleClass().add("status-known-states");
        known.textProperty().bind(Bindings.createStringBinding(() -> {
            int n = explorer.knownStateCountProperty().get();
            int bad = knownStateProblems().size();
            if (n == 0 && bad == 0) {
                return "";
            }
            return " · " + Formats.count(n) + (n == 1 ? " known state" : " known states")
                    + (bad == 0 ? "" : ", " + Formats.count(bad) + " unusable")
                    + (n > 0 && explorer.replayFromKnownStatesProperty().get() ? " (replay starts from them)" : "");
        }, explorer.knownStateCountProperty(), explorer.replayFromKnownStatesProperty(), explorer.openedProperty()));
        known.visibleProperty().bind(known.textProperty().isNotEmpty());
        known.managedProperty().bind(known.visibleProperty());
        String about = "Snapshots the store kept (Axon's snapshot_event_entry), shown as diamonds on the timeline for "
                + "the inspected stream. View › Replay from Known States (K) starts states from them: the snapshot is "
                + "the aggregate object, which may differ in shape from the fold of the events.";
        Tooltip knownTip = new Tooltip(about);
        knownTip.setWrapText(true);
        knownTip.setMaxWidth(520);
        known.setTooltip(knownTip);
        explorer.openedProperty().addListener((obs, old, now) -> {
            List<String> problems = knownStateProblems();
            knownTip.setText(problems.isEmpty() ? about : about + "\n\nNot usable:\n• "
                    + String.join("\n• ", problems.subList(0, Math.min(10, problems.size())))
                    + (problems.size() > 10 ? "\n… and " + (problems.size() - 10) + " more" : ""));
        });
        Label cursor = new Label();
        cursor.setId("statusCursor");
        cursor.textProperty().bind(Bindings.createStringBinding(() -> explorer.cursorTextProperty().get().isEmpty()
                ? "" : " · " + explorer.cursorTextProperty().get(), explorer.cursorTextProperty()));
        Label right = new Label();
        right.getStyleClass().add(Styles.TEXT_MUTED);
        right.textProperty().bind(Bindings.createStringBinding(() -> viewModel.loadTimeProperty().get() == null
                ? "" : "loaded in " + Formats.duration(viewModel.loadTimeProperty().get()), viewModel.loadTimeProperty()));
        right.visibleProperty().bind(viewModel.loadingProperty().not());
        right.managedProperty().bind(right.visibleProperty());
        HBox bar = new HBox(counts, rejected, known, cursor, new Spacer(), loadingProgress(), right);
        bar.getStyleClass().add("status-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private static final javafx.css.PseudoClass BAD = javafx.css.PseudoClass.getPseudoClass("bad");

    /** The open log's snapshots that could not be offered as known states, with why. */
    private List<String> knownStateProblems() {
        ExplorerViewModel.Opened o = explorer.openedProperty().get();
        return o == null ? List.of() : o.log().knownStates().problems();
    }

    /** The status bar's known-state tooltip: for tests. */
    String knownStatesTooltip() {
        return ((Label) root.lookup("#statusKnownStates")).getTooltip().getText();
    }
}
