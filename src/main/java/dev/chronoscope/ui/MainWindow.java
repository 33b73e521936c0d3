package dev.chronoscope.ui;

import atlantafx.base.theme.PrimerLight;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/** Puts the main view into a stage: theme, scene, title, icons. Shared by the app and the UI tests. */
public final class MainWindow {

    static final int[] ICON_SIZES = {16, 32, 64, 128, 256};

    private MainWindow() {}

    /** Sets the application-wide AtlantaFX Primer Light theme. Call on the FX thread. */
    public static void applyTheme() {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    }

    /** Shows {@code viewModel}'s main view in {@code stage}. */
    public static void show(Stage stage, MainViewModel viewModel) {
        MainView view = new MainView(viewModel, stage);
        Scene scene = new Scene(view.root(), 1100, 720);
        scene.getStylesheets().add(MainWindow.class.getResource("main-view.css").toExternalForm());
        stage.setScene(scene);
        stage.titleProperty().bind(viewModel.titleProperty());
        stage.getIcons().setAll(icons());
        stage.setMinWidth(640);
        stage.setMinHeight(420);
        stage.show();
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
