package dev.chronoscope.ui;

import dev.chronoscope.ui.settings.Settings;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import javafx.application.Application;
import javafx.stage.Stage;

/**
 * The JavaFX application: wires the settings, the executor, the loader and the main window.
 * Started by {@link GuiLauncher} with the named parameters {@code --source=PATH} and {@code --at=N}.
 */
public final class ChronoscopeApp extends Application {

    static final String SOURCE = "source";
    static final String AT = "at";

    private TaskExecutor executor;
    private Settings settings;

    @Override
    public void start(Stage stage) {
        settings = Settings.load(Settings.defaultDir());
        MainWindow.applyTheme(settings);
        executor = new FxTaskExecutor();
        MainViewModel viewModel = new MainViewModel(new SourceLogOpener(), executor);
        MainView view = MainWindow.show(stage, viewModel, new FxDialogs(), settings);
        Rehearsal.start(view.explorerPane(), executor);

        Map<String, String> named = getParameters().getNamed();
        if (named.containsKey(AT)) {
            viewModel.requestCursor(Long.valueOf(named.get(AT)));
        }
        String source = named.get(SOURCE);
        if (source != null) {
            viewModel.open(Path.of(source));
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
