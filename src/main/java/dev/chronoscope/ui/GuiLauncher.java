package dev.chronoscope.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Application;

/** Starts the JavaFX application; the only way the CLI reaches the GUI. */
public final class GuiLauncher {

    private GuiLauncher() {}

    /**
     * Opens the main window on {@code source} (the bundled sample when {@code null}), cursor at
     * {@code at} (may be {@code null}), and returns when the window is closed. Call once per JVM.
     */
    public static void launch(Path source, Long at) {
        List<String> args = new ArrayList<>();
        if (source != null) {
            args.add("--" + ChronoscopeApp.SOURCE + "=" + source.toAbsolutePath());
        }
        if (at != null) {
            args.add("--" + ChronoscopeApp.AT + "=" + at);
        }
        Application.launch(ChronoscopeApp.class, args.toArray(String[]::new));
    }
}
