package dev.chronoscope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chronoscope.source.LoadOptions;
import dev.chronoscope.ui.settings.Settings;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Opening a CSV file from the window: File > Open asks for the import options first, the log
 * opens with them, they are remembered for the file, and File > Reopen with Import Options…
 * offers them again. Only the dialogs' answers are scripted.
 */
@ExtendWith(ApplicationExtension.class)
class ImportFlowTest {

    @TempDir
    Path dir;

    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private RealWindow window;
    private FxTaskExecutor executor;
    private MainViewModel viewModel;
    private Settings settings;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
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

    private Path incidents() throws Exception {
        Path p = dir.resolve("incidents.csv");
        Files.writeString(p, """
                number;incident_state;sys_updated_at;sys_mod_count;caller
                INC1;New;29/2/2016 01:23;0;?
                INC1;Resolved;29/2/2016 09:30;1;ann
                INC2;?;1/3/2016 10:00;0;bob
                INC2;Active;1/3/2016 10:05;1;bob
                INC3;New;2/3/2016 11:00;0;?
                """, StandardCharsets.UTF_8);
        return p;
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
    }

    private String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void aCsvOpensWithTheChosenImportOptionsWhichAreRememberedAndOfferedAgain(FxRobot robot) throws Exception {
        Path csv = incidents();
        dialogs.logFile = csv;
        dialogs.importAnswer = suggested -> suggested
                .withMapping(Map.of("stream", "number", "type", "incident_state", "time", "sys_updated_at"))
                .withNullToken("?");
        robot.targetWindow(stage);
        robot.press(KeyCode.CONTROL, KeyCode.O).release(KeyCode.O, KeyCode.CONTROL);
        waitUntil(() -> !viewModel.loadingProperty().get() && viewModel.logProperty().get() != null);

        assertEquals(List.of("log file", "import incidents.csv"), dialogs.asked);
        assertEquals(LoadOptions.defaults(), dialogs.suggestedImport);
        assertEquals("4 events · 3 streams", text(robot, "#statusText"));
        assertEquals(" · 1 rejected", text(robot, "#statusRejected"));
        assertTrue(settings.importOptions(csv).orElseThrow().contains("\"nullToken\":\"?\""));

        // File > Reopen with Import Options…: the options of the open log come back; this time no null token
        dialogs.importAnswer = suggested -> suggested.withNullToken(null);
        robot.clickOn("File").clickOn("Reopen with Import Options…");
        waitUntil(() -> !viewModel.loadingProperty().get() && viewModel.loadOptionsProperty().get() != null
                && viewModel.loadOptionsProperty().get().nullToken() == null);
        assertEquals("?", dialogs.suggestedImport.nullToken());
        assertEquals("sys_updated_at", dialogs.suggestedImport.mapping().get("time"));
        assertEquals("5 events · 3 streams", text(robot, "#statusText")); // "?" is now a type
        assertEquals(" · 0 rejected", text(robot, "#statusRejected"));

        // opened again later (Open Recent, drag-and-drop, File > Open): the remembered options are offered
        dialogs.importAnswer = null; // cancel: the open log stays
        robot.press(KeyCode.CONTROL, KeyCode.O).release(KeyCode.O, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(null, dialogs.suggestedImport.nullToken());
        assertEquals("incident_state", dialogs.suggestedImport.mapping().get("type"));
        assertEquals("5 events · 3 streams", text(robot, "#statusText"));
    }

    @Test
    void aJsonLinesLogOpensWithoutTheDialog(FxRobot robot) throws Exception {
        Path jsonl = dir.resolve("bank.jsonl");
        Files.writeString(jsonl, """
                {"stream":"a","type":"Opened","data":{"balance":0}}
                {"stream":"b","type":"Opened","data":{"balance":5}}
                """, StandardCharsets.UTF_8);
        dialogs.logFile = jsonl;
        robot.targetWindow(stage);
        robot.press(KeyCode.CONTROL, KeyCode.O).release(KeyCode.O, KeyCode.CONTROL);
        waitUntil(() -> !viewModel.loadingProperty().get() && viewModel.logProperty().get() != null);
        assertEquals(List.of("log file"), dialogs.asked);
        assertEquals("2 events · 2 streams", text(robot, "#statusText"));
    }
}
