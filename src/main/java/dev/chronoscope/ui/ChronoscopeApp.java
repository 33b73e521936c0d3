package dev.chronoscope.ui;

import dev.chronoscope.ui.settings.Settings;
import java.io.IOException;
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
        MainView view = MainWindow.show(stage, viewModel, new FxDialogs(), settings);
        if (request.file() == null && request.database() == null) {
            // warming up while the user's own log loads at start-up would only slow it and freeze the
            // window's first seconds (a step in a cold JVM takes 0.2–0.4 s): then that log is the warm-up
            Rehearsal.start(view.explorerPane(), executor, viewModel.loadingProperty());
        }
        open(request, viewModel, view);
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
