package dev.chronoscope.ui;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Application;

/** Starts the JavaFX application; the only way the CLI reaches the GUI. */
public final class GuiLauncher {

    /** The request {@link ChronoscopeApp} takes on start (typed: load options and database settings are not strings). */
    private static final AtomicReference<GuiRequest> REQUEST = new AtomicReference<>();

    private GuiLauncher() {}

    /**
     * Opens the main window on {@code source} (the bundled sample when {@code null}), cursor at
     * {@code at} (may be {@code null}), and returns when the window is closed. Call once per JVM.
     */
    public static void launch(Path source, Long at) {
        launch(source == null ? GuiRequest.sample(at) : GuiRequest.file(source.toAbsolutePath(), null, true, at));
    }

    /** Opens the main window on what {@code request} names and returns when the window is closed. Call once per JVM. */
    public static void launch(GuiRequest request) {
        REQUEST.set(request);
        JitDirectives.installInBackground();
        Application.launch(ChronoscopeApp.class);
    }

    /** The request of {@link #launch}, once; the sample when the app was started otherwise. */
    static GuiRequest takeRequest() {
        GuiRequest r = REQUEST.getAndSet(null);
        return r == null ? GuiRequest.sample(null) : r;
    }
}
