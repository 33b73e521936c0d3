package dev.chronoscope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.chronoscope.source.db.DatabaseOptions;
import dev.chronoscope.source.db.Preset;
import dev.chronoscope.ui.open.H2Stores;
import dev.chronoscope.ui.settings.RecentDatabases;
import dev.chronoscope.ui.settings.Settings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
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

/**
 * File &gt; Open Database… (Ctrl+Shift+O) in the real window, on the real background executor and
 * the real database loader, headless; only the dialog's answer is scripted ({@link ScriptedDialogs}).
 */
@ExtendWith(ApplicationExtension.class)
class OpenDatabaseFlowTest {

    @TempDir
    static Path dir;
    static String url;

    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private RealWindow window;
    private FxTaskExecutor executor;
    private MainViewModel viewModel;
    private Settings settings;
    private Stage stage;

    @BeforeAll
    static void createAStore() throws Exception {
        url = H2Stores.marten(dir, "shop", 300, "reader", "s3cret");
    }

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        window = RealWindow.show(stage, dir, dialogs);
        executor = window.executor();
        viewModel = window.viewModel();
        settings = window.settings();
        stage.setWidth(1280);
        stage.setHeight(800);
    }

    @AfterEach
    void stopWorkers(FxRobot robot) {
        window.close(robot);
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
    }

    private void pressOpenDatabase(FxRobot robot) {
        robot.targetWindow(stage);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.O).release(KeyCode.O, KeyCode.SHIFT, KeyCode.CONTROL);
    }

    @Test
    void openingADatabaseFromTheMenuShowsItsCountsAndRemembersItWithoutThePassword(FxRobot robot) throws Exception {
        DatabaseOptions chosen = new DatabaseOptions(url, Preset.MARTEN, "reader", "s3cret", null, null);
        dialogs.database = chosen;

        pressOpenDatabase(robot);
        try {
            waitUntil(() -> !viewModel.loadingProperty().get() && viewModel.explorer().openedProperty().get() != null);
        } catch (Exception e) {
            throw new AssertionError(dialogs.asked + " " + viewModel.stateProperty().get() + " " + viewModel.errorMessageProperty().get()
                    + " " + dialogs.notices, e);
        }
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(List.of("database"), dialogs.asked);
        assertNull(dialogs.databaseInitial);
        assertEquals("300 events · 2 streams", robot.lookup("#statusText").queryAs(Label.class).getText());
        assertEquals(" · 0 rejected", robot.lookup("#statusRejected").queryAs(Label.class).getText());
        assertEquals(url + " — Chronoscope", stage.getTitle());
        DatabaseOptions remembered = RecentDatabases.withoutPassword(chosen);
        assertEquals(List.of(remembered), Settings.load(settings.file().getParent()).recentDatabases());
        assertFalse(Files.readString(settings.file()).contains("s3cret"));

        dialogs.database = null; // the user cancels the second time
        pressOpenDatabase(robot);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("database", "database"), dialogs.asked);
        assertEquals(List.of(remembered), dialogs.databaseRecent);
        assertEquals("300 events · 2 streams", robot.lookup("#statusText").queryAs(Label.class).getText());
    }
}
