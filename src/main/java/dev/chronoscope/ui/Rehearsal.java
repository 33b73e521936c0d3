package dev.chronoscope.ui;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chronoscope.event.EventLog;
import dev.chronoscope.source.EventLogLoader;
import dev.chronoscope.source.LoadListener;
import dev.chronoscope.source.LoadOptions;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.animation.AnimationTimer;

/**
 * Shows a small log in the explorer once, behind the empty window, when the window opens: the views'
 * skins, cells and styles are then built and the JIT has seen their code before the first real log
 * arrives. Without it a cold JVM spent 300–600 ms in the single frame in which a big log appeared
 * (creating table, list and tree cells and styling them), which the user saw as a freeze.
 *
 * <p>The small log is the first {@value #LINES} lines of the bundled sample, loaded on a worker.
 * The rehearsal runs one step per frame (the lists and table and state tree; then the Diff tab;
 * then back to the empty view) so that no single frame carries it all, and it steps aside as soon
 * as a real log is open.
 */
final class Rehearsal {

    static final int LINES = 300;

    /** The small log and the two states of one of its streams, around its last event. */
    record Material(ExplorerViewModel.Opened opened, JsonNode before, JsonNode after) {}

    private Rehearsal() {}

    /** Loads the material on {@code executor} and then rehearses in {@code pane}; failures are ignored. */
    static void start(ExplorerPane pane, TaskExecutor executor) {
        executor.submit(progress -> material(), new TaskExecutor.Listener<Material>() {
            @Override
            public void succeeded(Material m) {
                if (m != null) {
                    play(pane, m);
                }
            }

            @Override
            public void failed(Throwable error) {
                // a rehearsal is an optimisation: without it the first log only arrives more slowly
            }
        });
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

    /** Plays the steps, one per frame: an {@link AnimationTimer} runs at the start of a pulse. */
    private static void play(ExplorerPane pane, Material m) {
        new AnimationTimer() {
            private int step;

            @Override
            public void handle(long now) {
                if (!pane.rehearse(step++, m)) {
                    stop();
                }
            }
        }.start();
    }
}
