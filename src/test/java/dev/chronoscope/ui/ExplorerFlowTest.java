package dev.chronoscope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chronoscope.event.EventLog;
import dev.chronoscope.event.Json;
import dev.chronoscope.event.Rejection;
import dev.chronoscope.replay.MergePatchReducer;
import dev.chronoscope.replay.Replayer;
import dev.chronoscope.snapshot.CanonicalJson;
import dev.chronoscope.source.EventLogLoader;
import dev.chronoscope.source.LoadListener;
import dev.chronoscope.source.LoadOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Slider;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
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
 * The product owner's flows end to end, in the real window, on the real background executor, headless
 * under Monocle: open a log, drag the slider, export a snapshot, step with the keyboard, read the
 * problems of a damaged file. Only the answers to dialogs are scripted ({@link ScriptedDialogs}).
 */
@ExtendWith(ApplicationExtension.class)
class ExplorerFlowTest {

    @TempDir
    static Path dir;
    static Path sample;
    static EventLog engineLog;
    static Replayer engine;

    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private RealWindow window;
    private FxTaskExecutor executor;
    private MainViewModel viewModel;
    private MainView view;
    private Stage stage;

    @BeforeAll
    static void loadTheSampleWithTheEngine() throws Exception {
        sample = BundledSample.locate();
        engineLog = EventLogLoader.load(sample, LoadOptions.defaults(), LoadListener.NONE);
        engine = new Replayer(engineLog, MergePatchReducer.INSTANCE);
    }

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        window = RealWindow.show(stage, dir, dialogs);
        executor = window.executor();
        viewModel = window.viewModel();
        view = window.view();
        stage.setWidth(1280);
        stage.setHeight(800);
    }

    @AfterEach
    void stopWorkers(FxRobot robot) {
        window.close(robot);
    }

    /** Opens {@code file} with File > Open (Ctrl+O), the chooser answering {@code file}. */
    private void openWithTheMenu(FxRobot robot, Path file) throws Exception {
        dialogs.logFile = file;
        robot.targetWindow(stage);
        robot.press(KeyCode.CONTROL, KeyCode.O).release(KeyCode.O, KeyCode.CONTROL);
        waitUntil(() -> !viewModel.loadingProperty().get() && viewModel.logProperty().get() != null
                && file.equals(viewModel.fileProperty().get()));
        waitForInspectionAtCursor();
    }

    private void waitForInspectionAtCursor() throws Exception {
        ExplorerViewModel explorer = viewModel.explorer();
        waitUntil(() -> {
            ExplorerViewModel.Inspection shown = explorer.inspectionProperty().get();
            return shown != null && shown.cursor() == explorer.cursorProperty().get()
                    && shown.stream() == explorer.inspectedStreamProperty().get();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
    }

    private String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    /** The state the window shows equals the engine's state of the inspected stream at the cursor. */
    private void assertStateViewShowsTheEnginesState() throws Exception {
        ExplorerViewModel explorer = viewModel.explorer();
        long cursor = explorer.cursorProperty().get();
        String stream = engineLog.streamName(explorer.inspectedStreamProperty().get());
        JsonNode expected = engine.stateAt(stream, cursor);
        JsonNode shown = WaitForAsyncUtils.asyncFx(() -> view.explorerPane().stateView().displayedState()).get(10, TimeUnit.SECONDS);
        assertEquals(expected, shown, stream + " at " + cursor);
    }

    @Test
    void openingALogShowsItsCountsStreamsAndTheLastState(FxRobot robot) throws Exception {
        openWithTheMenu(robot, sample);

        assertEquals(List.of("log file"), dialogs.asked);
        assertEquals("3,768 events · 310 streams", text(robot, "#statusText"));
        assertEquals(" · 0 rejected", text(robot, "#statusRejected"));
        ListView<?> streams = robot.lookup("#streamList").queryAs(ListView.class);
        assertEquals(310, streams.getItems().size());
        TableView<?> events = robot.lookup("#eventsTable").queryAs(TableView.class);
        assertEquals(3_768, events.getItems().size());
        assertEquals(3_768, viewModel.explorer().cursorProperty().get());
        assertEquals("bank-and-shop.jsonl — Chronoscope", stage.getTitle());
        assertTrue(!robot.lookup("#exportButton").query().isDisabled(), "export is offered");
        assertStateViewShowsTheEnginesState();
        Screenshots.save(stage.getScene(), "explorer-opened.png");
    }

    @Test
    void draggingTheSliderShowsTheStateAtTheNewCursor(FxRobot robot) throws Exception {
        openWithTheMenu(robot, sample);
        robot.interact(() -> viewModel.explorer().inspect(engineLog.streamIndexOf("account-0007")));
        Slider slider = robot.lookup("#timelineSlider").queryAs(Slider.class);
        Node thumb = slider.lookup(".thumb");
        robot.interact(() -> viewModel.explorer().moveCursorTo(3_000));
        WaitForAsyncUtils.waitForFxEvents();
        long before = viewModel.explorer().cursorProperty().get();

        Bounds track = slider.lookup(".track").localToScreen(slider.lookup(".track").getBoundsInLocal());
        robot.drag(thumb, MouseButton.PRIMARY).moveTo(track.getMinX() + track.getWidth() * 0.30, track.getCenterY())
                .moveTo(track.getMinX() + track.getWidth() * 0.25, track.getCenterY()).drop();
        waitForInspectionAtCursor();

        long after = viewModel.explorer().cursorProperty().get();
        assertNotEquals(before, after);
        assertEquals(Math.round(slider.getValue()), after);
        assertTrue(Math.abs(after - 0.25 * 3_768) < 3_768 * 0.03, "cursor near a quarter: " + after);
        assertEquals(engineLog.streamIndexOf("account-0007"), viewModel.explorer().inspectedStreamProperty().get());
        assertStateViewShowsTheEnginesState();
        assertEquals(after, view.explorerPane().timeline().getCursorPosition());
        Screenshots.save(stage.getScene(), "explorer-dragged.png");
    }

    @Test
    void exportingASnapshotWritesTheDocumentOfTheInspectedStream(FxRobot robot) throws Exception {
        openWithTheMenu(robot, sample);
        robot.interact(() -> {
            viewModel.explorer().inspect(engineLog.streamIndexOf("account-0023"));
            viewModel.explorer().moveCursorTo(2_000);
        });
        waitForInspectionAtCursor();
        Path target = dir.resolve("account-0023.snapshot.json");
        dialogs.snapshotWorld = false;
        dialogs.exportTarget = target;

        robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        waitUntil(() -> !dialogs.notices.isEmpty());

        Notice notice = dialogs.notices.get(0);
        assertEquals(Notice.Kind.INFO, notice.kind(), notice.detail());
        assertEquals(target.toAbsolutePath(), notice.path());
        assertEquals("bank-and-shop-account-0023-at-2000.snapshot.json", dialogs.suggestedName);
        JsonNode doc = Json.MAPPER.readTree(target.toFile());
        JsonNode state = engine.stateAt("account-0023", 2_000);
        assertEquals("chronoscope-snapshot/1", doc.get("format").asText());
        assertEquals("bank-and-shop.jsonl", doc.get("source").asText());
        assertEquals(2_000, doc.get("position").asLong());
        assertEquals("account-0023", doc.get("stream").asText());
        assertEquals(engineLog.id(1_999), doc.get("eventId").asText());
        assertEquals(engineLog.time(1_999).toString(), doc.get("time").asText());
        assertEquals("merge-patch", doc.get("reducer").asText());
        assertEquals(state, doc.get("state"));
        assertEquals(CanonicalJson.sha256Hex(state), doc.get("stateSha256").asText());
        Screenshots.save(stage.getScene(), "explorer-exported.png");
    }

    @Test
    void theKeyboardStepsThroughEventsAndTheInspectedStream(FxRobot robot) throws Exception {
        openWithTheMenu(robot, sample);
        ExplorerViewModel explorer = viewModel.explorer();
        int account = engineLog.streamIndexOf("account-0007");
        robot.interact(() -> {
            explorer.inspect(account);
            explorer.moveCursorTo(100);
            view.explorerPane().timeline().requestFocus();
        });

        robot.type(KeyCode.RIGHT);
        assertEquals(101, explorer.cursorProperty().get());
        robot.type(KeyCode.LEFT, 2);
        assertEquals(99, explorer.cursorProperty().get());

        int[] events = engineLog.eventsOfStream(account);
        long next = java.util.Arrays.stream(events).mapToLong(i -> i + 1L).filter(p -> p > 99).findFirst().orElseThrow();
        robot.press(KeyCode.SHIFT).type(KeyCode.RIGHT).release(KeyCode.SHIFT);
        assertEquals(next, explorer.cursorProperty().get());
        waitForInspectionAtCursor();
        assertStateViewShowsTheEnginesState();
        assertTrue(view.explorerPane().stateView().changedCountProperty().get() > 0, "the event's changes are highlighted");

        robot.type(KeyCode.A);
        assertEquals(next, explorer.pinAProperty().get());
        robot.type(KeyCode.HOME);
        assertEquals(1, explorer.cursorProperty().get());
        robot.type(KeyCode.B);
        waitForInspectionAtCursor();
        assertEquals(ExplorerViewModel.DiffMode.PINS, explorer.diffModeProperty().get());
        robot.type(KeyCode.END);
        assertEquals(3_768, explorer.cursorProperty().get());

        // typing in the stream filter is typing, not shortcuts
        robot.clickOn("#streamFilter").write("account-00a");
        assertEquals(3_768, explorer.cursorProperty().get());
        assertEquals(1L, explorer.pinBProperty().get());

        robot.interact(() -> view.explorerPane().timeline().requestFocus());
        robot.type(KeyCode.HOME);
        robot.type(KeyCode.SPACE);
        assertTrue(explorer.playingProperty().get());
        waitUntil(() -> explorer.cursorProperty().get() > 5);
        robot.type(KeyCode.SPACE);
        assertTrue(!explorer.playingProperty().get());
        Screenshots.save(stage.getScene(), "explorer-keyboard.png");
    }

    @Test
    void aFileWithBadLinesListsThemInTheProblemsPanel(FxRobot robot) throws Exception {
        Path damaged = dir.resolve("damaged.jsonl");
        List<String> lines = Files.readAllLines(sample).subList(0, 40);
        List<String> edited = new java.util.ArrayList<>(lines);
        edited.set(9, "{\"streamId\":\"account-0001\",\"type\":\"MoneyDeposited\",\"data\":{\"amount\":");
        edited.set(19, "this is not JSON at all, and it goes on for a while so that the panel has to cut it short "
                + "x".repeat(300));
        Files.write(damaged, edited);

        openWithTheMenu(robot, damaged);
        robot.clickOn("#statusRejected");
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("38 events · " + viewModel.summaryProperty().get().streams() + " streams", text(robot, "#statusText"));
        assertEquals(" · 2 rejected", text(robot, "#statusRejected"));
        assertEquals("problemsTab", view.explorerPane().inspector().getSelectionModel().getSelectedItem().getId());
        assertEquals("Problems (2)", view.explorerPane().inspector().getSelectionModel().getSelectedItem().getText());
        TableView<?> table = robot.lookup("#problemsTable").queryAs(TableView.class);
        assertEquals(List.of(10L, 20L), table.getItems().stream().map(r -> ((Rejection) r).record()).toList());
        Screenshots.save(stage.getScene(), "explorer-problems.png");
    }

    @Test
    void cancellingALoadKeepsTheOpenLog(FxRobot robot) throws Exception {
        openWithTheMenu(robot, sample);
        robot.interact(() -> viewModel.explorer().moveCursorTo(1_234));
        Path big = dir.resolve("big.jsonl");
        Files.writeString(big, Files.readString(sample).repeat(10));

        boolean[] wasLoading = new boolean[1];
        robot.interact(() -> {
            view.open(big);
            wasLoading[0] = viewModel.loadingProperty().get() && robot.lookup("#cancelLoadButton").query().isVisible();
            robot.lookup("#cancelLoadButton").queryButton().fire();
        });
        waitUntil(() -> !viewModel.loadingProperty().get());
        Thread.sleep(1_000); // a cancelled load that went on would land now
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(wasLoading[0], "the loading strip with its Cancel button was shown");

        assertEquals(sample, viewModel.fileProperty().get());
        assertNotNull(viewModel.explorer().openedProperty().get());
        assertEquals(1_234, viewModel.explorer().cursorProperty().get());
    }
}
