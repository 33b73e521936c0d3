package dev.chronoscope.ui;

import java.nio.file.Path;

/** Starts the JavaFX application; the only way the CLI reaches the GUI. */
public final class GuiLauncher {

    private GuiLauncher() {}

    /** Opens the main window on {@code source} (the bundled sample when {@code null}), cursor at {@code at}. */
    public static void launch(Path source, Long at) {
        throw new IllegalStateException("GUI arrives with the ui package");
    }
}
