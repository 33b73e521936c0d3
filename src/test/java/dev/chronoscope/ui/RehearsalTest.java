package dev.chronoscope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chronoscope.ui.settings.Settings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Node;
import javafx.scene.Scene;
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
 * The start-up rehearsal: it builds the main window's views with a small log before the window is
 * shown (and step by step in a shown one, behind its empty pane) and leaves them empty again, never
 * hiding or spoiling a log the user opens; and the offscreen scrub of a copy of the explorer.
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
        for (int step = 1; step <= ExplorerPane.REHEARSED_MOVES; step++) {
            int s = step;
            robot.interact(() -> assertTrue(pane.rehearse(s, m)));
        }
        robot.interact(() -> pane.rehearse(ExplorerPane.REHEARSED_MOVES + 1, m));
        assertEquals("diffTab", pane.inspector().getSelectionModel().getSelectedItem().getId());
        robot.interact(() -> assertFalse(pane.rehearse(ExplorerPane.REHEARSED_MOVES + 2, m)));

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
            for (int step = 0; step <= ExplorerPane.REHEARSED_MOVES + 1; step++) {
                pane.rehearse(step, m);
            }
            window.viewModel().open(file);
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> window.viewModel().explorer().inspectionProperty().get() != null);

        robot.interact(() -> assertFalse(pane.rehearse(ExplorerPane.REHEARSED_MOVES + 2, m)));

        int streams = window.viewModel().explorer().openedProperty().get().log().streamCount();
        assertEquals(streams, streamsList(robot).getItems().size());
        assertEquals(window.viewModel().explorer().sizeProperty().get(), eventsTable(robot).getItems().size());
        assertEquals("stateTab", pane.inspector().getSelectionModel().getSelectedItem().getId());
        assertFalse(shown(robot.lookup("#emptyPane").query()));
    }

    @Test
    void aPreparedWindowIsShownEmptyWithItsViewsCellsMadeBeforeItAppeared(FxRobot robot) throws Exception {
        Stage[] second = new Stage[1];
        try {
            robot.interact(() -> {
                // a second main window, started as the app starts its own with a log of the user's to open
                second[0] = new Stage();
                int[] rowsWhenShown = {-1};
                second[0].showingProperty().addListener((o, was, is) -> {
                    if (is) {
                        rowsWhenShown[0] = second[0].getScene().getRoot().lookupAll(".table-row-cell").size();
                    }
                });
                MainViewModel viewModel = new MainViewModel(new SourceLogOpener(), window.executor());
                MainView view = ChronoscopeApp.showPrepared(second[0], viewModel, new ScriptedDialogs(),
                        Settings.inMemory(), window.executor(), true);
                Scene scene = second[0].getScene();

                assertTrue(second[0].isShowing());
                assertTrue(rowsWhenShown[0] > 10, "the events table's rows were made before the window appeared");
                assertTrue(scene.getRoot().lookupAll(".tree-table-row-cell").size() > 3, "so were the state tree's");
                assertTrue(scene.getRoot().lookupAll(".stream-cell").size() > 3, "and the streams list's");
                assertTrue(((ListView<?>) scene.lookup("#streamList")).getItems().isEmpty(), "the views are empty again");
                assertTrue(((TableView<?>) scene.lookup("#eventsTable")).getItems().isEmpty());
                assertNull(viewModel.explorer().openedProperty().get(), "the view-model never saw the small log");
                assertEquals("stateTab", view.explorerPane().inspector().getSelectionModel().getSelectedItem().getId());
                assertTrue(shown(scene.lookup("#emptyPane")), "the window opens on its empty pane");
            });
        } finally {
            robot.interact(() -> {
                if (second[0] != null) {
                    second[0].close();
                }
            });
        }
    }

    @Test
    void theOffscreenScrubDragsACopyAndLeavesTheWindowAlone(FxRobot robot) throws Exception {
        ExplorerPane pane = window.view().explorerPane();
        ReadOnlyIntegerProperty[] steps = scrubOffscreen(robot, new SimpleBooleanProperty(true));

        // a load already under way at start-up (the bundled sample) does not hold it up
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> steps[0].get() == Rehearsal.OFFSCREEN_MOVES);
        robot.sleep(100);
        assertEquals(Rehearsal.OFFSCREEN_MOVES, steps[0].get(), "it stops after its moves");

        // the window's explorer showed nothing of it, and the settings file was never written
        assertTrue(streamsList(robot).getItems().isEmpty());
        assertTrue(eventsTable(robot).getItems().isEmpty());
        assertTrue(shown(robot.lookup("#emptyPane").query()));
        assertFalse(Files.exists(window.settings().file()), "no settings written");
        // the copy lived in a scene of its own that no window shows
        for (javafx.stage.Window w : javafx.stage.Window.getWindows()) {
            assertTrue(w.getScene() == null || w.getScene().lookup("#streamList") == null
                    || w.getScene() == pane.root().getScene(), "no window shows the copy");
        }
    }

    @Test
    void aLoadTheUserStartsEndsTheOffscreenScrub(FxRobot robot) throws Exception {
        BooleanProperty loading = new SimpleBooleanProperty(false);
        ReadOnlyIntegerProperty[] steps = scrubOffscreen(robot, loading);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> steps[0].get() >= 3);

        robot.interact(() -> loading.set(true));
        int stoppedAt = steps[0].get();
        robot.sleep(300); // frames pass
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(stoppedAt, steps[0].get(), "no step after the user's load started");
        assertTrue(stoppedAt < Rehearsal.OFFSCREEN_MOVES);
    }

    /** Starts the offscreen scrub of the window's explorer; element 0 counts its steps. */
    private ReadOnlyIntegerProperty[] scrubOffscreen(FxRobot robot, BooleanProperty loading) throws Exception {
        Rehearsal.Material m = Rehearsal.material();
        ReadOnlyIntegerProperty[] steps = new ReadOnlyIntegerProperty[1];
        robot.interact(() -> steps[0] = Rehearsal.scrubOffscreen(window.view().explorerPane(), window.executor(), m, loading));
        return steps;
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
