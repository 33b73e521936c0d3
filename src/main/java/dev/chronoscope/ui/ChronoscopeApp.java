package dev.chronoscope.ui;

import dev.chronoscope.ui.settings.Settings;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import javafx.application.Application;
import javafx.stage.Stage;

/**
 * The JavaFX application: wires the settings, the executor, the loader and the main window.
 * Started by {@link GuiLauncher}, which hands over what to open as a {@link GuiRequest}.
 */
public final class ChronoscopeApp extends Application {

    private TaskExecutor executor;
    private Settings settings;

    @Override
    public void start(Stage stage) {
        settings = Settings.load(Settings.defaultDir());
        MainWindow.applyTheme(settings);
        executor = new FxTaskExecutor();
        GuiRequest request = GuiLauncher.takeRequest();
        // a database's rows are mapped with the options given on the command line
        LogOpener opener = request.database() != null && request.options() != null
                ? new SourceLogOpener(request.options()) : new SourceLogOpener();
        MainViewModel viewModel = new MainViewModel(opener, executor);
        boolean userLog = request.file() != null || request.database() != null;
        MainView view = showPrepared(stage, viewModel, new FxDialogs(), settings, executor, userLog);
        MainWindow.afterNextFrame(() -> open(request, viewModel, view));
    }

    /**
     * Builds the main window, rehearses in it before it is shown (see {@link Rehearsal}), and shows it.
     * Started without a log of the user's ({@code userLog} false), the offscreen scrub follows the
     * window's first frame. What to open should be opened after that frame too ({@link
     * MainWindow#afterNextFrame}): that frame (a few hundred cold milliseconds of styling, layout and
     * painting) would otherwise share the cores with the load.
     */
    static MainView showPrepared(Stage stage, MainViewModel viewModel, Dialogs dialogs, Settings settings,
            TaskExecutor executor, boolean userLog) {
        CompletableFuture<Rehearsal.Material> material = Rehearsal.loadMaterial(); // read while the window is built
        viewModel.setLoadStart(MainWindow::afterNextFrame); // each load shows itself before its threads take the cores
        MainView view = MainWindow.create(stage, viewModel, dialogs, settings);
        Rehearsal.Material m = material.join();
        if (m != null) {
            Rehearsal.beforeShowing(view.explorerPane(), m);
        }
        stage.show();
        if (m != null && !userLog) {
            MainWindow.afterNextFrame(() -> Rehearsal.scrubOffscreen(view.explorerPane(), executor, m,
                    viewModel.loadingProperty()));
        }
        return view;
    }

    /** Opens what the command line asked for: a file (through the import dialog when it needs one), a database, or the sample. */
    static void open(GuiRequest request, MainViewModel viewModel, MainView view) {
        if (request.at() != null) {
            viewModel.requestCursor(request.at());
        }
        if (request.database() != null) {
            viewModel.open(LogSource.database(request.database()));
        } else if (request.file() != null) {
            view.openFromCommandLine(request.file(), request.options(), request.askImport());
        } else {
            try {
                viewModel.open(BundledSample.locate());
            } catch (IOException e) {
                viewModel.showFailure(e.getMessage());
            }
        }
    }

    @Override
    public void stop() {
        if (settings != null) {
            settings.save();
        }
        if (executor != null) {
            executor.close();
        }
    }
}
