package dev.chronoscope.ui;

import dev.chronoscope.ui.settings.Settings;
import dev.chronoscope.ui.settings.WindowState;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javafx.animation.AnimationTimer;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/** Puts the main view into a stage: theme, scene, title, icons, remembered size. Shared by the app and the UI tests. */
public final class MainWindow {

    static final int[] ICON_SIZES = {16, 32, 64, 128, 256};

    private MainWindow() {}

    /** Sets the application-wide AtlantaFX theme of {@code settings}. Call on the FX thread. */
    public static void applyTheme(Settings settings) {
        settings.theme().apply();
    }

    /** Sets the light theme (for tests that show one control). Call on the FX thread. */
    public static void applyTheme() {
        dev.chronoscope.ui.settings.Theme.LIGHT.apply();
    }

    /** Shows {@code viewModel}'s main view in {@code stage}, where the user left the window last time. */
    static MainView show(Stage stage, MainViewModel viewModel, Dialogs dialogs, Settings settings) {
        MainView view = create(stage, viewModel, dialogs, settings);
        stage.show();
        return view;
    }

    /** Puts {@code viewModel}'s main view into {@code stage}, where the user left the window last time, without showing it. */
    static MainView create(Stage stage, MainViewModel viewModel, Dialogs dialogs, Settings settings) {
        MainView view = new MainView(viewModel, stage, dialogs, settings);
        Scene scene = new Scene(view.root(), WindowState.DEFAULT_WIDTH, WindowState.DEFAULT_HEIGHT);
        style(scene);
        stage.setScene(scene);
        stage.titleProperty().bind(viewModel.titleProperty());
        stage.getIcons().setAll(icons());
        stage.setMinWidth(900);
        stage.setMinHeight(560);
        WindowState.restore(stage, settings);
        WindowState.bind(stage, settings);
        return view;
    }

    /**
     * Runs {@code action} once the next frame has been painted — the window's first, when called as
     * it is shown (at the start of the third pulse: the second waits for the first one's painting).
     * In a cold JVM the first frame takes a few hundred milliseconds of styling, layout and painting,
     * and any frame is painted slowly while a load's threads take the cores: such a frame should not
     * share them with the work {@code action} starts, such as loading a big log.
     */
    static void afterNextFrame(Runnable action) {
        new AnimationTimer() {
            private int frames;

            @Override
            public void handle(long now) {
                if (++frames == 3) {
                    stop();
                    action.run();
                }
            }
        }.start();
    }

    /** Gives {@code scene} the main window's stylesheet (the theme is the application's, see {@link #applyTheme}). */
    static void style(Scene scene) {
        scene.getStylesheets().add(MainWindow.class.getResource("main-view.css").toExternalForm());
    }

    /** The app icon in every bundled size; none when the resources are missing. */
    static List<Image> icons() {
        List<Image> images = new ArrayList<>();
        for (int size : ICON_SIZES) {
            try (InputStream in = MainWindow.class.getResourceAsStream("/icons/chronoscope-" + size + ".png")) {
                if (in != null) {
                    images.add(new Image(in));
                }
            } catch (java.io.IOException e) {
                // an icon is decoration: a window without it is still usable
            }
        }
        return images;
    }
}
