package dev.chronoscope.ui;

import dev.chronoscope.ui.settings.Settings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;

/**
 * The app's real main window in a TestFX stage, wired as {@link ChronoscopeApp} wires it but with
 * settings in a temporary folder and scripted dialogs. Call {@link #close} after each test: the
 * primary stage is shared by every TestFX class in the JVM, so it is left as it was found.
 */
record RealWindow(Stage stage, Settings settings, FxTaskExecutor executor, MainViewModel viewModel, MainView view) {

    /** Shows the window in {@code stage}, its settings in a new folder under {@code dir}. Call on the FX thread. */
    static RealWindow show(Stage stage, Path dir, Dialogs dialogs) throws IOException {
        Settings settings = Settings.load(Files.createTempDirectory(dir, "settings"));
        MainWindow.applyTheme(settings);
        FxTaskExecutor executor = new FxTaskExecutor();
        MainViewModel viewModel = new MainViewModel(new SourceLogOpener(), executor);
        MainView view = MainWindow.show(stage, viewModel, dialogs, settings);
        return new RealWindow(stage, settings, executor, viewModel, view);
    }

    /** Stops the workers and undoes what the window set on the shared stage. */
    void close(FxRobot robot) {
        executor.close();
        robot.interact(() -> {
            stage.setMinWidth(0);
            stage.setMinHeight(0);
            stage.setMaximized(false);
        });
    }
}
