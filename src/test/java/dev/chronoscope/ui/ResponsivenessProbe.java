package dev.chronoscope.ui;

import dev.chronoscope.ui.settings.Settings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Slider;
import javafx.scene.input.MouseButton;
import javafx.scene.robot.Robot;
import javafx.stage.Stage;

/**
 * Measures how the real window holds up on a big log, under a real display (Xvfb): the longest gap
 * between FX pulses while the file loads, then while the OS-level robot drags the slider thumb
 * across the whole track, and how many inspections (state + diff) the view received per second of
 * dragging ({@code inspectionsPerSecond}) and in how many frames per second a new one was shown
 * ({@code framesWithNewStatePerSecond}: several may arrive between two frames, and the user sees
 * only the last). Prints one JSON object and exits. Run with {@code scripts/responsiveness.sh}.
 *
 * <p>Pulses are timed by an {@link AnimationTimer}, which runs once per pulse (60 a second) while
 * the FX thread is free; a gap is the time between two runs.
 */
public final class ResponsivenessProbe {

    private static Path file;
    private static double dragSeconds = 6;
    /** A small log opened and dragged across first, so the JVM is warm (optional). */
    private static Path warmUp;
    /** How long the window stands idle before the big log is opened (unless {@code -Dprobe.openAtStart=true}). */
    private static final long SETTLE_MILLIS = 2000;

    private ResponsivenessProbe() {}

    /** {@code FILE [DRAG_SECONDS]}. Not an Application itself: the launcher then wants JavaFX as modules. */
    public static void main(String[] args) {
        file = Path.of(args[0]);
        if (args.length > 1) {
            dragSeconds = Double.parseDouble(args[1]);
        }
        if (args.length > 2) {
            warmUp = Path.of(args[2]);
        }
        JitDirectives.installInBackground(); // as GuiLauncher does
        Application.launch(Probe.class, args);
    }

    /** The window under measurement. */
    public static final class Probe extends Application {

    /** Gaps longer than this are listed with their time ({@code -Dprobe.longGapMillis}, 100 unless set). */
    private static final long LONG_GAP_NANOS = Long.getLong("probe.longGapMillis", 100) * 1_000_000L;

    private final AtomicLong maxGapNanos = new AtomicLong();
    /** The most CPU the FX thread spent between two pulses: the gap's own work, without waiting or other threads. */
    private final AtomicLong maxGapCpuNanos = new AtomicLong();
    private long lastPulseCpu = -1;
    private final java.util.List<String> longGaps = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final long probeStart = System.nanoTime();
    private volatile double loadedAt;
    private long lastPulse = -1;
    private long pulses;

    private long fxThreadId;
    /** JVM uptime when the window was shown, and at its first pulse (seconds): what start-up costs before the user sees it. */
    private volatile double windowShownAt;
    private volatile double firstPulseAt;
    private final CountDownLatch openedAtStart = new CountDownLatch(1);
    private volatile long openedAtStartNanos;
    private volatile long openedAtStartFxCpu;
    private ExplorerViewModel explorerModel;
    /** The inspection shown in the last pulse, and how many pulses showed a new one: the updates the user saw. */
    private Object lastShownInspection;
    private long pulsesWithNewInspection;
    private volatile long dragFxCpuNanos;
    private volatile long dragGapCpuNanos;
    private volatile long dragFramesWithNewState;

    /** CPU time the FX thread has used so far (not wall time: it does not grow while other threads hold the cores). */
    private long fxCpuNanos() {
        return java.lang.management.ManagementFactory.getThreadMXBean().getThreadCpuTime(fxThreadId);
    }

    @Override
    public void start(Stage stage) throws Exception {
        fxThreadId = Thread.currentThread().getId();
        Settings settings = Settings.load(Files.createTempDirectory("chronoscope-probe"));
        MainWindow.applyTheme(settings);
        FxTaskExecutor executor = new FxTaskExecutor();
        MainViewModel viewModel = new MainViewModel(new SourceLogOpener(), executor);
        boolean openAtStart = Boolean.getBoolean("probe.openAtStart");
        MainView view;
        if (Boolean.getBoolean("probe.noRehearsal")) {
            view = MainWindow.show(stage, viewModel, new ScriptedDialogs(), settings);
        } else { // as ChronoscopeApp starts
            view = ChronoscopeApp.showPrepared(stage, viewModel, new ScriptedDialogs(), settings, executor, openAtStart);
        }
        windowShownAt = java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime() / 1e3;
        explorerModel = viewModel.explorer();
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (lastPulse >= 0) {
                    maxGapNanos.accumulateAndGet(now - lastPulse, Math::max);
                    long cpu = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
                    if (lastPulseCpu >= 0) {
                        maxGapCpuNanos.accumulateAndGet(cpu - lastPulseCpu, Math::max);
                        if (cpu - lastPulseCpu > 40_000_000L) {
                            longGaps.add(String.format(Locale.ROOT, "FX CPU %.0f ms at +%.2f s (epoch ms %d)", (cpu - lastPulseCpu) / 1e6,
                                    (lastPulse - probeStart) / 1e9, System.currentTimeMillis()));
                        }
                    }
                    if (now - lastPulse > LONG_GAP_NANOS) {
                        longGaps.add(String.format(Locale.ROOT, "%.0f ms (FX CPU %.0f ms) at +%.2f s (epoch ms %d)",
                                (now - lastPulse) / 1e6, lastPulseCpu < 0 ? 0 : (cpu - lastPulseCpu) / 1e6, (lastPulse - probeStart) / 1e9,
                                System.currentTimeMillis()));
                    }
                    lastPulseCpu = cpu;
                }
                if (pulses == 0) {
                    firstPulseAt = java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime() / 1e3;
                }
                lastPulse = now;
                pulses++;
                Object shown = explorerModel.inspectionProperty().get();
                if (shown != lastShownInspection) {
                    lastShownInspection = shown;
                    pulsesWithNewInspection++;
                }
            }
        }.start();

        if (Boolean.getBoolean("probe.openAtStart")) {
            MainWindow.afterNextFrame(() -> {
                openMeasured(viewModel);
                openedAtStartNanos = System.nanoTime();
                openedAtStartFxCpu = fxCpuNanos();
                openedAtStart.countDown();
            });
        }
        Thread driver = new Thread(() -> {
            try {
                measure(stage, viewModel, view);
            } catch (Throwable e) {
                e.printStackTrace();
                System.exit(2);
            }
        }, "probe-driver");
        driver.setDaemon(true);
        Platform.runLater(driver::start);
    }

    private void measure(Stage stage, MainViewModel viewModel, MainView view) throws Exception {
        if (warmUp != null) {
            openAndWait(viewModel, warmUp);
            Thread.sleep(500);
            drag(viewModel, view);
            Thread.sleep(500);
            longGaps.clear();
        } else if (!Boolean.getBoolean("probe.openAtStart")) {
            if (!Boolean.getBoolean("probe.emptyStart")) {
                // started without a file the app opens its bundled sample after the first frame (ChronoscopeApp)
                CountDownLatch opened = new CountDownLatch(1);
                Path sample = BundledSample.locate();
                onFx(() -> {
                    MainWindow.afterNextFrame(() -> {
                        viewModel.open(sample);
                        opened.countDown();
                    });
                    return null;
                });
                opened.await();
                waitUntilShown(viewModel);
            }
            Thread.sleep(SETTLE_MILLIS); // the user opens the file in a window that is up, as with File > Open
            longGaps.clear();
        }
        long loadStart;
        long fxCpuAtOpen;
        if (Boolean.getBoolean("probe.openAtStart")) {
            openedAtStart.await(); // as ChronoscopeApp opens `gui FILE`: after the window's first frame
            loadStart = openedAtStartNanos;
            fxCpuAtOpen = openedAtStartFxCpu;
        } else {
            onFx(() -> {
                openMeasured(viewModel);
                return null;
            });
            loadStart = System.nanoTime();
            fxCpuAtOpen = fxCpuNanos();
        }
        waitUntilShown(viewModel);
        double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
        loadedAt = (System.nanoTime() - probeStart) / 1e9;
        Thread.sleep(1500); // the frames that show the arrived log belong to the load too
        long loadGap = maxGapNanos.getAndSet(0);
        double loadGapCpuMillis = maxGapCpuNanos.getAndSet(0) / 1e6;
        double loadFxCpuMillis = (fxCpuNanos() - fxCpuAtOpen) / 1e6;
        long loadPulses = pulses;

        long[] d = drag(viewModel, view);
        long dragGap = d[0];
        long published = d[1];
        double dragElapsed = d[2] / 1e9;
        long steps = d[3];
        long endCursor = d[4];
        ExplorerViewModel explorer = viewModel.explorer();
        long size = onFx(() -> explorer.sizeProperty().get());

        System.out.println(String.format(Locale.ROOT,
                "{\"file\":\"%s\",\"events\":%d,\"loadSeconds\":%.2f,\"loadFxCpuMillis\":%.0f,\"loadPulses\":%d,\"loadMaxPulseGapMillis\":%.1f,\"loadMaxGapFxCpuMillis\":%.1f,"
                        + "\"dragSeconds\":%.2f,\"dragFxCpuMillis\":%.0f,\"dragMoves\":%d,\"dragEndCursor\":%d,\"dragMaxPulseGapMillis\":%.1f,\"dragMaxGapFxCpuMillis\":%.1f,"
                        + "\"inspectionsPerSecond\":%.1f,\"framesWithNewStatePerSecond\":%.1f,\"loadedAtSeconds\":%.2f,"
                        + "\"windowShownAtUptimeSeconds\":%.2f,\"firstPulseAtUptimeSeconds\":%.2f,\"gapsOver100ms\":\"%s\"}",
                file.getFileName(), size, loadSeconds, loadFxCpuMillis, loadPulses, loadGap / 1e6, loadGapCpuMillis, dragElapsed, dragFxCpuNanos / 1e6, steps, endCursor,
                dragGap / 1e6, dragGapCpuNanos / 1e6, published / dragElapsed, dragFramesWithNewState / dragElapsed, loadedAt,
                windowShownAt, firstPulseAt, String.join("; ", longGaps)));
        Platform.exit();
        System.exit(0);
    }

    /** Opens the big log on the FX thread, measuring pulse gaps from now on. */
    private void openMeasured(MainViewModel viewModel) {
        lastPulse = -1;
        maxGapNanos.set(0);
        maxGapCpuNanos.set(0);
        lastPulseCpu = -1;
        viewModel.open(file);
    }

    /** Waits until the log being opened is loaded and its first inspection is out. */
    private static void waitUntilShown(MainViewModel viewModel) throws Exception {
        while (onFx(() -> viewModel.loadingProperty().get() || viewModel.explorer().inspectionProperty().get() == null)) {
            Thread.sleep(20);
        }
    }

    private void openAndWait(MainViewModel viewModel, Path log) throws Exception {
        onFx(() -> {
            viewModel.open(log);
            return null;
        });
        waitUntilShown(viewModel);
    }

    /** Drags the slider across its track; returns {max gap ns, inspections, nanos, moves, end cursor}. */
    private long[] drag(MainViewModel viewModel, MainView view) throws Exception {
        ExplorerViewModel explorer = viewModel.explorer();
        Slider slider = view.explorerPane().slider();
        double[] track = onFx(() -> {
            Node t = slider.lookup(".track");
            Bounds b = t.localToScreen(t.getBoundsInLocal());
            return new double[] {b.getMinX() + 2, b.getMaxX() - 2, b.getCenterY()};
        });
        onFx(() -> {
            explorer.moveCursorTo(0);
            return null;
        });
        Thread.sleep(300);
        Robot robot = onFx(Robot::new);
        onFx(() -> {
            robot.mouseMove(track[0], track[2]);
            robot.mousePress(MouseButton.PRIMARY);
            return null;
        });
        long published0 = onFx(() -> explorer.inspectionsPublishedProperty().get());
        long shown0 = onFx(() -> pulsesWithNewInspection);
        long fxCpu0 = fxCpuNanos();
        maxGapNanos.set(0);
        maxGapCpuNanos.set(0);
        lastPulse = -1;
        lastPulseCpu = -1;
        long dragStart = System.nanoTime();
        longGaps.add(String.format(Locale.ROOT, "drag from +%.2f s (epoch ms %d)", (dragStart - probeStart) / 1e9,
                System.currentTimeMillis()));
        long steps = 0;
        while (true) {
            double t = (System.nanoTime() - dragStart) / 1e9 / dragSeconds;
            if (t > 1) {
                break;
            }
            double x = track[0] + (track[1] - track[0]) * t;
            // the robot is driven like a hand: at most one move per 8 ms, never waiting for the FX thread
            Platform.runLater(() -> robot.mouseMove(x, track[2]));
            steps++;
            Thread.sleep(8);
        }
        long dragNanos = System.nanoTime() - dragStart;
        dragFxCpuNanos = fxCpuNanos() - fxCpu0;
        onFx(() -> {
            robot.mouseRelease(MouseButton.PRIMARY);
            return null;
        });
        long dragGap = maxGapNanos.get();
        dragGapCpuNanos = maxGapCpuNanos.get();
        long published = onFx(() -> explorer.inspectionsPublishedProperty().get()) - published0;
        dragFramesWithNewState = onFx(() -> pulsesWithNewInspection) - shown0;
        long endCursor = onFx(() -> explorer.cursorProperty().get());
        return new long[] {dragGap, published, dragNanos, steps, endCursor};
    }

    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work) throws Exception {
        CountDownLatch done = new CountDownLatch(1);
        Object[] out = new Object[1];
        Exception[] failure = new Exception[1];
        Platform.runLater(() -> {
            try {
                out[0] = work.call();
            } catch (Exception e) {
                failure[0] = e;
            } finally {
                done.countDown();
            }
        });
        if (!done.await(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the FX thread did not answer in 60 s");
        }
        if (failure[0] != null) {
            throw failure[0];
        }
        @SuppressWarnings("unchecked")
        T result = (T) out[0];
        return result;
    }
}
