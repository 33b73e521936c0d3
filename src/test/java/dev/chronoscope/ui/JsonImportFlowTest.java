package dev.chronoscope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chronoscope.event.EventLog;
import dev.chronoscope.source.LoadOptions;
import dev.chronoscope.ui.importer.ColumnRole;
import dev.chronoscope.ui.settings.Settings;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
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
 * Opening JSON files and zip archives from the window: a JSON Lines log without a stream key opens
 * through the real import dialog, where the robot gives a field the stream role; an archive with
 * several files asks which one.
 */
@ExtendWith(ApplicationExtension.class)
class JsonImportFlowTest {

    @TempDir
    Path dir;

    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private RealWindow window;
    private MainViewModel viewModel;
    private Settings settings;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        window = RealWindow.show(stage, dir, dialogs);
        viewModel = window.viewModel();
        settings = window.settings();
        stage.setWidth(1280);
        stage.setHeight(800);
    }

    @AfterEach
    void stopWorkers(FxRobot robot) {
        window.close(robot);
    }

    private static final String LEDGER = """
            {"eventType":"Opened","at":"2024-01-01T10:00:00Z","meta":{"account":"acc-1","user":"ann"},"data":{"balance":0}}
            {"eventType":"Deposited","at":"2024-01-01T10:05:00Z","meta":{"account":"acc-1","user":"ann"},"data":{"balance":10}}
            {"eventType":"Opened","at":"2024-01-01T11:00:00Z","meta":{"account":"acc-2","user":"bob"},"data":{"balance":5}}
            {"eventType":"Deposited","at":"2024-01-01T11:30:00Z","meta":{"user":"bob"},"data":{"balance":6}}
            {"eventType":"Withdrawn","at":"2024-01-01T12:00:00Z","meta":{"account":"acc-2","user":"bob"},"data":{"balance":1}}
            """;

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
    }

    private String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private void openWithCtrlO(FxRobot robot) {
        robot.targetWindow(stage);
        robot.press(KeyCode.CONTROL, KeyCode.O).release(KeyCode.O, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aJsonLogWithoutAStreamKeyOpensThroughTheDialogWhereAFieldIsGivenTheStreamRole(FxRobot robot) throws Exception {
        Path file = dir.resolve("ledger.jsonl");
        Files.writeString(file, LEDGER, StandardCharsets.UTF_8);
        dialogs.logFile = file;
        dialogs.realImportDialog = true;
        openWithCtrlO(robot);
        waitUntil(() -> robot.lookup("#importTable").tryQuery().isPresent());
        DialogPane pane = robot.lookup(".import-dialog").queryAs(DialogPane.class);
        // the dialog asks for its full width before it is shown (Monocle, like an X server without a
        // window manager, ignores a later resize): column 4's selector is on screen
        assertTrue(pane.getScene().getWidth() >= 1040, "dialog width " + pane.getScene().getWidth());
        robot.targetWindow(pane.getScene().getWindow());
        assertEquals(List.of("log file", "import ledger.jsonl"), dialogs.asked);
        // JSON: no delimiter, encoding or null token; the header says what is missing
        assertTrue(robot.lookup("#importDelimiter").tryQuery().isEmpty());
        assertTrue(robot.lookup("#importNullToken").tryQuery().isEmpty());
        assertTrue(pane.getHeaderText().contains("none of the usual keys for the stream"), pane.getHeaderText());
        assertEquals("All 5 preview records load", robot.lookup("#importRejected").queryAs(Label.class).getText());

        // /meta/account is column 4 (after eventType, at, meta): pick "Stream" from its role selector
        @SuppressWarnings("unchecked")
        ComboBox<ColumnRole> role = (ComboBox<ColumnRole>) robot.lookup("#role-3").query();
        robot.clickOn(role);
        WaitForAsyncUtils.waitForFxEvents();
        // the popup's cell (not a cell the list keeps hidden for reuse)
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell").match((Node n) -> n instanceof javafx.scene.control.ListCell<?> c
                && c.getItem() == ColumnRole.STREAM && c.isVisible()).<Node>query());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(ColumnRole.STREAM, role.getValue());
        assertEquals("1 of 5 preview records would be rejected — line 4: missing stream: expected /meta/account",
                robot.lookup("#importRejected").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#importCli").queryAs(TextField.class).getText().startsWith("--map stream=/meta/account "),
                robot.lookup("#importCli").queryAs(TextField.class).getText());
        assertTrue(Files.size(Screenshots.save(pane.getScene(), "import-json-dialog.png")) > 0);

        robot.interact(() -> ((Button) pane.lookupButton(pane.getButtonTypes().get(0))).fire());
        waitUntil(() -> !viewModel.loadingProperty().get() && viewModel.logProperty().get() != null);
        EventLog log = viewModel.logProperty().get();
        assertEquals(4, log.size());
        assertEquals(2, log.streamCount());
        assertEquals(1, log.rejections().size());
        assertEquals("/meta/account", log.mapping().get("stream"));
        robot.targetWindow(stage);
        assertEquals("4 events · 2 streams", text(robot, "#statusText"));
        assertTrue(settings.importOptions(file).orElseThrow().contains("\"stream\":\"/meta/account\""));

        // File > Reopen with Import Options… works for JSON too and offers the mapping in use
        dialogs.realImportDialog = false;
        dialogs.importAnswer = null; // cancel
        robot.clickOn("File").clickOn("Reopen with Import Options…");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("/meta/account", dialogs.suggestedImport.mapping().get("stream"));
        assertEquals(List.of(), dialogs.notices);
    }

    @Test
    void anArchiveWithSeveralFilesAsksWhichOneAndASingleFileArchiveDoesNot(FxRobot robot) throws Exception {
        Path zip = dir.resolve("exports.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("readme.txt"));
            out.write("kind,who\nA,x\n".getBytes(StandardCharsets.UTF_8));
            out.putNextEntry(new ZipEntry("logs/bank.jsonl"));
            out.write("""
                    {"streamId":"a","type":"Opened","data":{"balance":0}}
                    {"streamId":"b","type":"Opened","data":{"balance":5}}
                    {"streamId":"a","type":"Deposited","data":{"balance":7}}
                    """.getBytes(StandardCharsets.UTF_8));
        }
        dialogs.logFile = zip;
        dialogs.zipEntry = null; // cancel: nothing opens
        openWithCtrlO(robot);
        assertEquals(List.of("log file", "zip entry of exports.zip"), dialogs.asked);
        assertEquals(List.of("readme.txt", "logs/bank.jsonl"), dialogs.zipEntriesOffered);
        assertEquals(null, viewModel.logProperty().get());

        dialogs.zipEntry = "logs/bank.jsonl";
        openWithCtrlO(robot);
        waitUntil(() -> !viewModel.loadingProperty().get() && viewModel.logProperty().get() != null);
        assertEquals(3, viewModel.logProperty().get().size());
        assertEquals("logs/bank.jsonl", viewModel.loadOptionsProperty().get().entry());
        assertTrue(viewModel.logProperty().get().source().endsWith("exports.zip!logs/bank.jsonl"));

        Path single = dir.resolve("one.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(single))) {
            out.putNextEntry(new ZipEntry("bank.jsonl"));
            out.write("{\"streamId\":\"a\",\"type\":\"Opened\"}\n".getBytes(StandardCharsets.UTF_8));
        }
        dialogs.asked.clear();
        dialogs.logFile = single;
        openWithCtrlO(robot);
        waitUntil(() -> !viewModel.loadingProperty().get() && viewModel.logProperty().get() != null
                && viewModel.logProperty().get().size() == 1);
        assertEquals(List.of("log file"), dialogs.asked);
    }

    @Test
    void theGuiCommandsOptionsOpenDirectlyOrThroughTheDialog(FxRobot robot) throws Exception {
        Path file = dir.resolve("ledger.jsonl");
        Files.writeString(file, LEDGER, StandardCharsets.UTF_8);
        // gui ledger.jsonl --map stream=/meta/account: no dialog
        robot.interact(() -> ChronoscopeApp.open(GuiRequest.file(file, LoadOptions.defaults()
                .withMapping(Map.of("stream", "/meta/account")), false, 2L), viewModel, window.view()));
        waitUntil(() -> !viewModel.loadingProperty().get() && viewModel.logProperty().get() != null);
        assertEquals(List.of(), dialogs.asked);
        assertEquals(2, viewModel.logProperty().get().streamCount());
        WaitForAsyncUtils.waitForFxEvents();
        waitUntil(() -> viewModel.explorer().cursorProperty().get() == 2L);

        // gui ledger.jsonl --zone Europe/Amsterdam: the dialog, pre-filled with the zone
        dialogs.importAnswer = suggested -> suggested;
        robot.interact(() -> ChronoscopeApp.open(GuiRequest.file(file, LoadOptions.defaults()
                .withZone(java.time.ZoneId.of("Europe/Amsterdam")), true, null), viewModel, window.view()));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("import ledger.jsonl"), dialogs.asked);
        assertEquals(java.time.ZoneId.of("Europe/Amsterdam"), dialogs.suggestedImport.zone());
        // the dialog's answer opens the file: let that load end before the workers stop
        waitUntil(() -> !viewModel.loadingProperty().get() && viewModel.loadOptionsProperty().get() != null
                && viewModel.loadOptionsProperty().get().zone().equals(java.time.ZoneId.of("Europe/Amsterdam")));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theGuiCommandsJdbcUrlOpensTheDatabase(FxRobot robot) throws Exception {
        String url = dev.chronoscope.ui.open.H2Stores.marten(dir, "shop", 50);
        // gui JDBC-URL --preset marten --at 10
        var database = new dev.chronoscope.source.db.DatabaseOptions(url, dev.chronoscope.source.db.Preset.byName("marten"),
                null, null, null, null);
        robot.interact(() -> ChronoscopeApp.open(GuiRequest.database(database, LoadOptions.defaults(), 10L), viewModel,
                window.view()));
        waitUntil(() -> !viewModel.loadingProperty().get() && viewModel.logProperty().get() != null);
        assertEquals(50, viewModel.logProperty().get().size());
        assertTrue(viewModel.sourceProperty().get() instanceof LogSource.Database);
        WaitForAsyncUtils.waitForFxEvents(); // the FX side of the arrival (the first inspection) has run
        waitUntil(() -> viewModel.explorer().cursorProperty().get() == 10L);
        assertEquals(List.of(), dialogs.asked);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
