package dev.chronoscope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chronoscope.event.EventLog;
import dev.chronoscope.timeline.Axis;
import dev.chronoscope.timeline.Density;
import dev.chronoscope.ui.timeline.TimelineView;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.event.Event;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Control;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.PickResult;
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
 * The right-click menus that set pins, in the real window on the bundled sample, headless under
 * Monocle: the robot right-clicks, the menu pops up as a window of its own, the robot clicks the
 * item in it, and the pin is where the click was.
 *
 * <p>One step is not the robot's: Monocle's glass never turns a right press into a context-menu
 * request (in openjfx-monocle 17.0.10 nothing calls {@code MonocleView.notifyMenu}, checked with
 * javap), which GTK, Windows and macOS glass do. {@link #rightClick} therefore fires the
 * {@link ContextMenuEvent} those platforms would deliver, at the same point, on the node under the
 * pointer, after the robot's real right click (whose press selects a table row and tells the
 * timeline where the pointer is). Showing the popup, finding its item and clicking it are real.
 */
@ExtendWith(ApplicationExtension.class)
class PinMenusTest {

    @TempDir
    static Path dir;

    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private RealWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        window = RealWindow.show(stage, dir, dialogs);
        stage.setWidth(1280);
        stage.setHeight(800);
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> {
            for (ContextMenu m : openMenus(robot)) {
                m.hide();
            }
        });
        window.close(robot);
    }

    private ExplorerViewModel explorer() {
        return window.viewModel().explorer();
    }

    private void openTheSample(FxRobot robot) throws Exception {
        dialogs.logFile = BundledSample.locate();
        robot.targetWindow(stage);
        robot.press(KeyCode.CONTROL, KeyCode.O).release(KeyCode.O, KeyCode.CONTROL);
        waitUntil(() -> !window.viewModel().loadingProperty().get() && window.viewModel().logProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void pinAHereOnTheTimelineSetsPinAWhereTheRightClickWas(FxRobot robot) throws Exception {
        openTheSample(robot);
        TimelineView timeline = robot.lookup("#timeline").queryAs(TimelineView.class);
        Canvas canvas = robot.lookup(".timeline-canvas").queryAs(Canvas.class);
        double x = 8 + 0.25 * (canvas.getWidth() - 16);
        Point2D point = canvas.localToScreen(x, canvas.getHeight() / 2);

        ContextMenu menu = rightClick(robot, point);
        assertTrue(menu.isShowing(), "the timeline's menu pops up");
        assertEquals(timeline.getContextMenu(), menu);
        robot.clickOn("Pin A Here");
        WaitForAsyncUtils.waitForFxEvents();

        Density density = timeline.getDensity();
        long expected = density.cursorAt(Axis.POSITION, Math.round((x - 8) * density.domain(Axis.POSITION).span()
                / (canvas.getWidth() - 16)) + density.domain(Axis.POSITION).from());
        Long pinA = explorer().pinAProperty().get();
        assertTrue(pinA != null && Math.abs(pinA - expected) <= 5, "pin A near #" + expected + ": " + pinA);
        assertEquals(pinA, timeline.pinAProperty().get(), "the timeline draws it");
        assertNotEquals(explorer().cursorProperty().get(), pinA.longValue(), "at the click, not at the cursor");
        assertNull(explorer().pinBProperty().get());
        assertFalse(menu.isShowing(), "the menu closes after the click");

        // B a little further right, from the same menu: the diff compares the two pins
        Point2D further = canvas.localToScreen(8 + 0.6 * (canvas.getWidth() - 16), canvas.getHeight() / 2);
        rightClick(robot, further);
        robot.clickOn("Pin B Here");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(explorer().pinBProperty().get() > pinA, "B right of A");
        assertEquals(ExplorerViewModel.DiffMode.PINS, explorer().diffModeProperty().get());
        Screenshots.save(stage.getScene(), "pins-from-the-timeline-menu.png");

        rightClick(robot, point);
        robot.clickOn("Clear Pins");
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(explorer().pinAProperty().get());
        assertNull(explorer().pinBProperty().get());
    }

    @Test
    void pinAtThisEventOnTheEventsTableSetsThePinAtTheRowThatWasRightClicked(FxRobot robot) throws Exception {
        openTheSample(robot);
        TableView<?> table = robot.lookup("#eventsTable").queryAs(TableView.class);
        robot.interact(() -> table.scrollTo(0));
        WaitForAsyncUtils.waitForFxEvents();
        TableRow<?> row = eventRow(robot, 5);
        TableRow<?> later = eventRow(robot, 9);

        ContextMenu menu = rightClick(robot, center(row));
        assertTrue(menu.isShowing(), "the table's menu pops up");
        assertEquals(((Control) table).getContextMenu(), menu);
        robot.clickOn("Pin A at This Event");
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(EventLog.positionOf(5), explorer().pinAProperty().get(), "the row right-clicked");
        assertFalse(menu.isShowing());

        rightClick(robot, center(later));
        robot.clickOn("Pin B at This Event");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(EventLog.positionOf(9), explorer().pinBProperty().get());
        assertEquals(EventLog.positionOf(5), explorer().pinAProperty().get(), "A stays");
        assertEquals("Diff A→B", window.view().explorerPane().inspector().getTabs().get(1).getText());
        Screenshots.save(stage.getScene(), "pins-from-the-events-menu.png");
    }

    // ---- helpers -----------------------------------------------------------------------------

    /**
     * Right-clicks at {@code point} with the robot, then, unless the platform already did, delivers
     * the context-menu request a desktop glass sends for a right click, and returns the menu shown.
     */
    private ContextMenu rightClick(FxRobot robot, Point2D point) throws Exception {
        robot.moveTo(point);
        robot.clickOn(MouseButton.SECONDARY);
        WaitForAsyncUtils.waitForFxEvents();
        if (openMenus(robot).isEmpty()) {
            robot.interact(() -> {
                Node target = pick(robot, point);
                Point2D local = target.screenToLocal(point);
                Event.fireEvent(target, new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED,
                        local.getX(), local.getY(), point.getX(), point.getY(), false,
                        new PickResult(target, local.getX(), local.getY())));
            });
        }
        waitUntil(() -> !openMenus(robot).isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        return openMenus(robot).get(0);
    }

    /** The deepest visible node of the main window under a screen point. */
    private Node pick(FxRobot robot, Point2D screen) {
        Node found = null;
        for (Node n : robot.lookup(node -> node.isVisible() && node.getScene() == stage.getScene()
                && node.localToScreen(node.getBoundsInLocal()) != null
                && node.localToScreen(node.getBoundsInLocal()).contains(screen)).queryAll()) {
            if (found == null || depth(n) > depth(found)) {
                found = n;
            }
        }
        return found;
    }

    private static int depth(Node n) {
        int d = 0;
        for (Node p = n; p != null; p = p.getParent()) {
            d++;
        }
        return d;
    }

    private static java.util.List<ContextMenu> openMenus(FxRobot robot) {
        return robot.listWindows().stream()
                .filter(w -> w instanceof ContextMenu && w.isShowing())
                .map(w -> (ContextMenu) w)
                .toList();
    }

    private static TableRow<?> eventRow(FxRobot robot, int index) {
        return robot.lookup(".event-row").queryAllAs(TableRow.class).stream()
                .filter(r -> r.isVisible() && r.getItem() instanceof Integer i && i == index)
                .findFirst().orElseThrow();
    }

    private static Point2D center(Node n) {
        var b = n.localToScreen(n.getBoundsInLocal());
        return new Point2D(b.getMinX() + Math.min(60, b.getWidth() / 2), b.getCenterY());
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
    }
}
