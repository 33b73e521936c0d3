package dev.chronoscope.ui;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chronoscope.event.EventLog;
import dev.chronoscope.source.EventLogLoader;
import dev.chronoscope.source.LoadListener;
import dev.chronoscope.source.LoadOptions;
import dev.chronoscope.ui.settings.Settings;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import javafx.animation.AnimationTimer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Parent;
import javafx.scene.Scene;

/**
 * Shows a small log in the explorer once, before the window is shown ({@link #beforeShowing}): the
 * views' skins, cells and styles are then built, in the window's own scene, and the JIT has seen
 * their code before the first real log arrives. Without it a cold JVM spent 300–600 ms in the frame
 * in which a big log appeared (creating table, list and tree cells and styling them). Played in
 * the shown window, one step per frame, its steps took 0.2–0.4 s each and froze the window's first
 * second, and a log opened at start-up loaded into those frames; before showing, they freeze
 * nothing the user sees, and the window appears that much later (ADR 0015).
 *
 * <p>The small log is the first {@value #LINES} lines of the bundled sample, loaded on a thread of
 * its own while the window is built.
 *
 * <p>When the app starts without a log of the user's, the offscreen scrub ({@link #scrubOffscreen})
 * follows: a copy of the explorer, in a scene of its own that no window shows, is dragged across the
 * small log for {@value #OFFSCREEN_MOVES} frames right after start-up, so the JIT compiles the code
 * of a drag and of a log's arrival (cells re-filled and re-styled, the state tree updated) before
 * the user opens a big log, instead of compiling it on the same cores in the very frames in which
 * that log arrives (ADR 0014). It ends early when the user starts loading a log. The window's own
 * views, view-models and settings are never touched.
 */
final class Rehearsal {

    static final int LINES = 300;
    /** Frames of the offscreen scrub: about two seconds after start-up. */
    static final int OFFSCREEN_MOVES = 80;

    /** The small log and the two states of one of its streams, around its last event. */
    record Material(ExplorerViewModel.Opened opened, JsonNode before, JsonNode after) {}

    private Rehearsal() {}

    /**
     * Starts loading the material on a thread of its own, so that it is ready by the time the window
     * is built; it completes with {@code null} when the bundled sample is missing or cannot be read.
     */
    static CompletableFuture<Material> loadMaterial() {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return material();
            } catch (Exception e) {
                throw new CompletionException(e);
            }
        }, work -> {
            Thread loader = new Thread(work, "chronoscope-rehearsal");
            loader.setDaemon(true);
            loader.start();
        }).exceptionally(e -> null); // a rehearsal is an optimisation: without it the first log only arrives more slowly
    }

    /**
     * Plays the rehearsal in {@code pane} at once, with the scene styled and laid out after every step
     * as a pulse would: for a window that is not shown yet, so that its cold steps freeze nothing the
     * user sees. The pane is empty again afterwards, its cells and styles made.
     */
    static void beforeShowing(ExplorerPane pane, Material m) {
        Parent root = pane.root().getScene().getRoot();
        for (int step = 0; pane.rehearse(step, m); step++) {
            root.applyCss();
            root.layout();
        }
        root.applyCss();
        root.layout();
    }

    /** The material, or {@code null} when the bundled sample is not on the class path. */
    static Material material() throws Exception {
        Path file = Files.createTempFile("chronoscope-rehearsal", ".jsonl");
        try {
            try (InputStream in = Rehearsal.class.getResourceAsStream("/sample-data/" + BundledSample.FILE_NAME)) {
                if (in == null) {
                    return null;
                }
                BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                    String line;
                    for (int n = 0; n < LINES && (line = lines.readLine()) != null; n++) {
                        out.write(line);
                        out.write('\n');
                    }
                }
            }
            EventLog log = EventLogLoader.load(file, LoadOptions.defaults(), LoadListener.NONE);
            if (log.size() == 0) {
                return null;
            }
            ExplorerViewModel.Opened opened = ExplorerViewModel.Opened.of(log, "rehearsal");
            for (int i = log.size() - 1; i >= 0; i--) { // the last event that changes a state there was
                int stream = log.streamIndex(i);
                JsonNode before = opened.replayer().stateAt(stream, i);
                if (before != null) {
                    return new Material(opened, before, opened.replayer().stateAt(stream, i + 1L));
                }
            }
            return null;
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /**
     * Drags a copy of {@code pane} — same views, a view-model and settings of its own, a scene of
     * the window's size and style that is in no window — across {@code m}, one step per frame,
     * {@value #OFFSCREEN_MOVES} steps, ending early when {@code loading} turns true (a log the user
     * opens; one loading already, such as the bundled sample at start-up, does not stop it). Returns
     * the steps done so far (for tests).
     */
    static ReadOnlyIntegerProperty scrubOffscreen(ExplorerPane pane, TaskExecutor executor, Material m,
            ReadOnlyBooleanProperty loading) {
        ExplorerPane copy = new ExplorerPane(new ExplorerViewModel(executor), Settings.inMemory());
        Scene window = pane.root().getScene();
        Scene scene = window == null ? new Scene((Parent) copy.root())
                : new Scene((Parent) copy.root(), window.getWidth(), window.getHeight());
        MainWindow.style(scene);
        OffscreenScrub scrub = new OffscreenScrub(copy, m, loading);
        scrub.start();
        return scrub.steps.getReadOnlyProperty();
    }

    /**
     * The offscreen scrub's frames. It listens to the loading flag only while it runs — a load that
     * starts (the user opens a log) ends it, as its last step does — so nothing holds the copy after.
     */
    private static final class OffscreenScrub extends AnimationTimer implements ChangeListener<Boolean> {
        private final ExplorerPane copy;
        private final Material material;
        private final ReadOnlyBooleanProperty loading;
        private final ReadOnlyIntegerWrapper steps = new ReadOnlyIntegerWrapper(0);

        OffscreenScrub(ExplorerPane copy, Material material, ReadOnlyBooleanProperty loading) {
            this.copy = copy;
            this.material = material;
            this.loading = loading;
        }

        @Override
        public void start() {
            loading.addListener(this);
            super.start();
        }

        @Override
        public void stop() {
            super.stop();
            loading.removeListener(this);
        }

        @Override
        public void handle(long now) {
            copy.rehearseScrub(steps.get(), material);
            steps.set(steps.get() + 1);
            if (steps.get() >= OFFSCREEN_MOVES) {
                stop();
            }
        }

        @Override
        public void changed(ObservableValue<? extends Boolean> observable, Boolean was, Boolean is) {
            if (is) {
                stop(); // that log's frames come first
            }
        }
    }
}
