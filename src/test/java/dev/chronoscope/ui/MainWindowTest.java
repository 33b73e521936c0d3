package dev.chronoscope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chronoscope.ui.settings.Settings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real window, headless under Monocle, loading on the real background executor. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

    @TempDir
    static Path dir;
    static Path file;

    private RealWindow window;
    private FxTaskExecutor executor;
    private MainViewModel viewModel;
    private Stage stage;

    @BeforeAll
    static void writeLog() throws IOException {
        file = Files.writeString(dir.resolve("small.jsonl"), MainViewModelTest.SMALL_LOG);
    }

    private final ScriptedDialogs dialogs = new ScriptedDialogs();

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        window = RealWindow.show(stage, dir, dialogs);
        executor = window.executor();
        viewModel = window.viewModel();
        viewModel.open(file);
    }

    @AfterEach
    void stopWorkers(FxRobot robot) {
        window.close(robot);
    }

    @Test
    void windowShowsTheOpenedLogsCountsTitleAndIcons(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> viewModel.stateProperty().get() == LoadState.LOADED);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("4 events · 2 streams", robot.lookup("#statusText").queryAs(Label.class).getText());
        assertEquals(" · 1 rejected", robot.lookup("#statusRejected").queryAs(Label.class).getText());
        assertEquals("small.jsonl — Chronoscope", stage.getTitle());
        assertTrue(stage.getIcons().size() >= 4, "window icons: " + stage.getIcons().size());
        assertFalse(shown(robot.lookup("#emptyPane").query()));

        Path shot = saveScreenshot(stage.getScene(), "main-window.png");
        assertTrue(Files.size(shot) > 0);
    }

    @Test
    void theTKeyTogglesTheTimeAxis(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> viewModel.stateProperty().get() == LoadState.LOADED);
        WaitForAsyncUtils.waitForFxEvents();
        robot.targetWindow(stage);
        dev.chronoscope.timeline.Axis before = viewModel.explorer().axisProperty().get();
        robot.type(javafx.scene.input.KeyCode.T);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(before == viewModel.explorer().axisProperty().get(), "T switched the axis");
        robot.type(javafx.scene.input.KeyCode.T);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, viewModel.explorer().axisProperty().get(), "T again switched it back");
    }

    @Test
    void aFileThatCannotBeReadIsExplainedAndTheOpenLogStays(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> viewModel.stateProperty().get() == LoadState.LOADED);
        Path missing = dir.resolve("missing.jsonl");

        robot.interact(() -> viewModel.open(missing));
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !dialogs.notices.isEmpty());

        Notice notice = dialogs.notices.get(0);
        assertEquals(Notice.Kind.ERROR, notice.kind());
        assertEquals("Could not open missing.jsonl", notice.header());
        assertEquals("File not found: " + missing.toAbsolutePath(), notice.detail());
        assertFalse(shown(robot.lookup("#emptyPane").query()));
        assertEquals("small.jsonl — Chronoscope", stage.getTitle());
    }

    @Test
    void withoutALogTheWindowSaysWhyAndOffersToOpenOne(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> viewModel.stateProperty().get() == LoadState.LOADED);
        MainViewModel fresh = new MainViewModel(new SourceLogOpener(), executor);
        Path missing = dir.resolve("missing.jsonl");
        robot.interact(() -> {
            try {
                MainWindow.show(stage, fresh, dialogs, Settings.load(Files.createTempDirectory(dir, "s2")));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            fresh.open(missing);
        });
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> fresh.stateProperty().get() == LoadState.FAILED);
        WaitForAsyncUtils.waitForFxEvents();

        Label message = robot.lookup("#errorMessage").queryAs(Label.class);
        assertTrue(shown(message));
        assertEquals("File not found: " + missing.toAbsolutePath(), message.getText());
        assertTrue(shown(robot.lookup("#emptyPane").query()), "the empty pane covers the (empty) explorer");
        saveScreenshot(stage.getScene(), "main-window-error.png");
    }

    /** Whether the node and all its ancestors are visible. */
    private static boolean shown(javafx.scene.Node node) {
        for (javafx.scene.Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    static Path saveScreenshot(Scene scene, String name) throws Exception {
        return Screenshots.save(scene, name);
    }
}
