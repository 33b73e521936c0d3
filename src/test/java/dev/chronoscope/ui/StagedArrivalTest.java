package dev.chronoscope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chronoscope.event.EventLog;
import dev.chronoscope.ui.ExplorerViewModel.Opened;
import dev.chronoscope.ui.inspector.StateView;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;
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
 * A big log reaches the streams list and the events table in frames of their own (ExplorerPane's
 * staged arrival), in the real window: once there, they show the cursor and stream of the moment,
 * and a log shown before the stages ran is never overwritten by them.
 */
@ExtendWith(ApplicationExtension.class)
class StagedArrivalTest {

    @TempDir
    static Path dir;

    private RealWindow window;

    @Start
    void start(Stage stage) throws IOException {
        window = RealWindow.show(stage, dir, new ScriptedDialogs());
    }

    @AfterEach
    void close(FxRobot robot) {
        window.close(robot);
    }

    @Test
    void theListsTakeABigLogInLaterFramesWithTheCursorAndStreamOfTheMoment(FxRobot robot) throws Exception {
        EventLog log = generated(ExplorerPane.STAGED_ARRIVAL_EVENTS + 20_000, 5_000);
        Opened opened = Opened.of(log, "generated");
        ExplorerViewModel explorer = window.viewModel().explorer();

        robot.interact(() -> {
            explorer.show(opened, 50_000L);
            assertTrue(streamsList(robot).getItems().isEmpty(), "the streams list waits for a frame of its own");
            assertTrue(eventsTable(robot).getItems().isEmpty(), "so does the events table");
        });
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> !streamsList(robot).getItems().isEmpty() && !eventsTable(robot).getItems().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();

        int stream = log.streamIndex(49_999);
        assertEquals(stream, explorer.inspectedStreamProperty().get(), "the arrival changed no stream of the view-model's");
        assertEquals(50_000, explorer.cursorProperty().get());
        assertEquals(log.streamCount(), streamsList(robot).getItems().size());
        assertEquals(Integer.valueOf(stream), streamsList(robot).getSelectionModel().getSelectedItem());
        assertVisible(streamsList(robot), streamsList(robot).getSelectionModel().getSelectedIndex());
        assertEquals(Integer.valueOf(49_999), eventsTable(robot).getSelectionModel().getSelectedItem());
        assertVisible(eventsTable(robot), eventsTable(robot).getSelectionModel().getSelectedIndex());

        // a move of the cursor and another stream now reach them at once
        robot.interact(() -> explorer.moveCursorTo(70_001));
        assertEquals(Integer.valueOf(70_000), eventsTable(robot).getSelectionModel().getSelectedItem());
        robot.interact(() -> explorer.inspect(log.streamIndex(10)));
        assertEquals(Integer.valueOf(log.streamIndex(10)), streamsList(robot).getSelectionModel().getSelectedItem());
    }

    @Test
    void theFirstStateOfTheArrivingLogIsShownInAFrameAfterTheEventsTables(FxRobot robot) throws Exception {
        EventLog log = generated(ExplorerPane.STAGED_ARRIVAL_EVENTS, 5_000);
        ExplorerViewModel explorer = window.viewModel().explorer();
        StateView state = window.view().explorerPane().stateView();
        TableView<?> table = eventsTable(robot);
        long[] frame = new long[1];
        long[] tableFrame = {-1};
        long[] stateFrame = {-1};
        // at the start of every frame: has the table, has the State tab got the log yet?
        AnimationTimer frames = new AnimationTimer() {
            @Override
            public void handle(long now) {
                frame[0]++;
                if (tableFrame[0] < 0 && !table.getItems().isEmpty()) {
                    tableFrame[0] = frame[0];
                }
                if (stateFrame[0] < 0 && state.getState() != null) {
                    stateFrame[0] = frame[0];
                }
            }
        };
        robot.interact(() -> {
            frames.start();
            explorer.show(Opened.of(log, "generated"), 50_000L);
        });
        // the state is replayed on a worker, ready long before the lists' frames have passed
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> stateFrame[0] >= 0 && tableFrame[0] >= 0);
        robot.interact(frames::stop);

        assertTrue(stateFrame[0] > tableFrame[0],
                "state shown in frame " + stateFrame[0] + ", the table filled in frame " + tableFrame[0]);
        assertEquals(explorer.inspectionProperty().get().state(), state.getState());
    }

    @Test
    void aLogShownBeforeTheStagesRanStaysShown(FxRobot robot) throws Exception {
        EventLog big = generated(ExplorerPane.STAGED_ARRIVAL_EVENTS, 4_000);
        EventLog small = generated(900, 30);
        Opened first = Opened.of(big, "big");
        Opened second = Opened.of(small, "small");
        ExplorerViewModel explorer = window.viewModel().explorer();

        robot.interact(() -> {
            explorer.show(first, null);
            explorer.show(second, null);
        });
        robot.sleep(200); // frames pass in which the big log's stages would have run
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(small.streamCount(), streamsList(robot).getItems().size());
        assertEquals(small.size(), eventsTable(robot).getItems().size());
        assertEquals(Integer.valueOf(small.size() - 1), eventsTable(robot).getSelectionModel().getSelectedItem());
    }

    /** {@code events} events round-robin over {@code streams} streams, each payload setting its number. */
    private static EventLog generated(int events, int streams) {
        EventLog.Builder b = EventLog.builder("generated");
        long t = 1_704_067_200_000_000L;
        for (int i = 0; i < events; i++) {
            int s = (int) ((i * 7_919L) % streams);
            b.add(null, "account-" + s, "Account", i % 3 == 0 ? "Opened" : "Deposited", i / streams + 1,
                    t + i * 1_000_000L, ("{\"n\":" + i + "}").getBytes(StandardCharsets.UTF_8), null);
        }
        return b.build();
    }

    private static void assertVisible(javafx.scene.control.Control control, int row) {
        VirtualFlow<?> flow = (VirtualFlow<?>) control.lookup(".virtual-flow");
        IndexedCell<?> first = flow.getFirstVisibleCell();
        IndexedCell<?> last = flow.getLastVisibleCell();
        assertTrue(row >= first.getIndex() && row <= last.getIndex(),
                "row " + row + " in view: " + first.getIndex() + ".." + last.getIndex());
    }

    private static ListView<Integer> streamsList(FxRobot robot) {
        @SuppressWarnings("unchecked")
        ListView<Integer> list = robot.lookup("#streamList").queryAs(ListView.class);
        return list;
    }

    private static TableView<Integer> eventsTable(FxRobot robot) {
        @SuppressWarnings("unchecked")
        TableView<Integer> table = robot.lookup("#eventsTable").queryAs(TableView.class);
        return table;
    }
}
