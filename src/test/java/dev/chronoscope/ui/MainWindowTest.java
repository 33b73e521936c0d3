package dev.chronoscope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.controls.Message;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
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

    private FxTaskExecutor executor;
    private MainViewModel viewModel;
    private Stage stage;

    @BeforeAll
    static void writeLog() throws IOException {
        file = Files.writeString(dir.resolve("small.jsonl"), MainViewModelTest.SMALL_LOG);
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        MainWindow.applyTheme();
        executor = new FxTaskExecutor();
        viewModel = new MainViewModel(new SourceLogOpener(), executor);
        MainWindow.show(stage, viewModel);
        viewModel.open(file);
    }

    @AfterEach
    void stopWorkers() {
        executor.close();
    }

    @Test
    void windowShowsTheOpenedLogsCountsAndTitle(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> viewModel.stateProperty().get() == LoadState.LOADED);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(Formats.count(4), robot.lookup("#eventCount").queryAs(Label.class).getText());
        assertEquals(Formats.count(2), robot.lookup("#streamCount").queryAs(Label.class).getText());
        assertEquals(Formats.count(1), robot.lookup("#rejectedCount").queryAs(Label.class).getText());
        assertEquals(3, robot.lookup("#typeTable").queryAs(TableView.class).getItems().size());
        assertEquals("small.jsonl — Chronoscope", stage.getTitle());
        assertTrue(stage.getIcons().size() >= 4, "window icons: " + stage.getIcons().size());

        Path shot = saveScreenshot(stage.getScene(), "main-window.png");
        assertTrue(Files.size(shot) > 0);
    }

    @Test
    void aFileThatCannotBeReadShowsItsErrorInTheWindow(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> viewModel.stateProperty().get() == LoadState.LOADED);
        Path missing = dir.resolve("missing.jsonl");

        robot.interact(() -> viewModel.open(missing));
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> viewModel.stateProperty().get() == LoadState.FAILED);
        WaitForAsyncUtils.waitForFxEvents();

        Message message = robot.lookup("#errorMessage").queryAs(Message.class);
        assertTrue(shown(message));
        assertEquals("File not found: " + missing.toAbsolutePath(), message.getDescription());
        assertFalse(shown(robot.lookup("#eventCount").query()));
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
