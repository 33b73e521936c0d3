package dev.chronoscope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
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
 * The start-up rehearsal in the real window: it builds the views with a small log behind the empty
 * window and leaves them empty again, and it never hides or spoils a log the user opens meanwhile.
 */
@ExtendWith(ApplicationExtension.class)
class RehearsalTest {

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
    void materialIsTheSamplesFirstLinesWithAChangedState() throws Exception {
        Rehearsal.Material m = Rehearsal.material();

        assertNotNull(m, "the bundled sample is on the test class path");
        assertEquals(Rehearsal.LINES, m.opened().log().records());
        assertNotNull(m.before());
        assertFalse(m.before().equals(m.after()), "the rehearsed event changes its stream's state");
    }

    @Test
    void rehearsalBuildsTheCellsAndLeavesTheWindowEmpty(FxRobot robot) throws Exception {
        Rehearsal.Material m = Rehearsal.material();
        ExplorerPane pane = window.view().explorerPane();

        robot.interact(() -> pane.rehearse(0, m));
        // the small log is in the views (hidden by the empty window's cover) …
        assertEquals(m.opened().log().streamCount(), streamsList(robot).getItems().size());
        assertTrue(robot.lookup(".table-row-cell").queryAll().size() > 1, "table rows were made");
        robot.interact(() -> pane.rehearse(1, m));
        assertEquals("diffTab", pane.inspector().getSelectionModel().getSelectedItem().getId());
        robot.interact(() -> assertFalse(pane.rehearse(2, m)));

        // … and gone again: nothing open, the State tab chosen, the cells kept for the first real log
        assertTrue(streamsList(robot).getItems().isEmpty());
        assertTrue(eventsTable(robot).getItems().isEmpty());
        assertEquals("stateTab", pane.inspector().getSelectionModel().getSelectedItem().getId());
        assertTrue(shown(robot.lookup("#emptyPane").query()), "the empty window still covers the explorer");
    }

    @Test
    void aLogOpenedDuringTheRehearsalStaysShown(FxRobot robot) throws Exception {
        Path file = Files.writeString(dir.resolve("opened-meanwhile.jsonl"), MainViewModelTest.SMALL_LOG);
        Rehearsal.Material m = Rehearsal.material();
        ExplorerPane pane = window.view().explorerPane();
        robot.interact(() -> {
            pane.rehearse(0, m);
            pane.rehearse(1, m);
            window.viewModel().open(file);
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> window.viewModel().explorer().inspectionProperty().get() != null);

        robot.interact(() -> assertFalse(pane.rehearse(2, m)));

        int streams = window.viewModel().explorer().openedProperty().get().log().streamCount();
        assertEquals(streams, streamsList(robot).getItems().size());
        assertEquals(window.viewModel().explorer().sizeProperty().get(), eventsTable(robot).getItems().size());
        assertEquals("stateTab", pane.inspector().getSelectionModel().getSelectedItem().getId());
        assertFalse(shown(robot.lookup("#emptyPane").query()));
    }

    private static ListView<?> streamsList(FxRobot robot) {
        return robot.lookup("#streamList").queryAs(ListView.class);
    }

    private static TableView<?> eventsTable(FxRobot robot) {
        return robot.lookup("#eventsTable").queryAs(TableView.class);
    }

    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
