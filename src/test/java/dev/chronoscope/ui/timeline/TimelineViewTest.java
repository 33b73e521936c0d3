package dev.chronoscope.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import dev.chronoscope.event.EventLog;
import dev.chronoscope.timeline.Axis;
import dev.chronoscope.timeline.AxisRange;
import dev.chronoscope.timeline.Density;
import dev.chronoscope.ui.MainWindow;
import dev.chronoscope.ui.Screenshots;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.geometry.Point2D;
import javafx.geometry.VerticalDirection;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.scene.transform.Scale;
import javafx.scene.canvas.Canvas;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The timeline alone in a stage, driven by the robot, headless under Monocle. */
@ExtendWith(ApplicationExtension.class)
class TimelineViewTest {

    private static final String[] TYPES = {"AccountOpened", "MoneyDeposited", "MoneyWithdrawn", "ItemAdded", "OrderShipped"};

    private TimelineView view;
    private Density density;
    private Stage stage;

    /** Four thousand events over ten weeks, in waves, with a mix of types that drifts over time. */
    static EventLog generatedLog() {
        Random rnd = new Random(11);
        EventLog.Builder b = EventLog.builder("generated");
        long t = 1_704_067_200_000_000L; // 2024-01-01T00:00:00Z
        byte[] data = "{}".getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < 4_000; i++) {
            double wave = 1.6 + Math.sin(i / 300.0) + 0.5 * Math.sin(i / 37.0);
            t += (long) (rnd.nextExponential() * 1_500_000_000L / wave);
            int type = Math.min(TYPES.length - 1, (int) Math.abs(rnd.nextGaussian() * (1.2 + i / 2_500.0)));
            b.add(null, "account-" + (100 + rnd.nextInt(60)), "Account", TYPES[type], EventLog.NO_VERSION, t, data, null);
        }
        return b.build();
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        MainWindow.applyTheme();
        density = Density.of(generatedLog());
        view = new TimelineView();
        view.setDensity(density);
        view.setInspectedStream(density.log().streamIndexOf("account-120"));
        view.setCursorPosition(2_400);
        StackPane root = new StackPane(view);
        root.setStyle("-fx-padding: 12; -fx-background-color: -color-bg-subtle;");
        stage.setScene(new Scene(root, 960, 230));
        stage.sizeToScene(); // the shared primary stage may keep an earlier test's size
        stage.show();
    }

    @Test
    void draggingMovesTheCursorToThePositionUnderThePointer(FxRobot robot) {
        List<Boolean> changing = new ArrayList<>();
        robot.interact(() -> view.cursorChangingProperty().addListener((o, was, is) -> changing.add(is)));
        Canvas canvas = canvas(robot);
        double y = canvas.getHeight() / 2;

        robot.drag(screen(canvas, 200, y), MouseButton.PRIMARY).moveTo(screen(canvas, 420, y));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(view.isCursorChanging(), "changing while dragging");
        assertEquals(List.of(true), changing);
        long during = view.getCursorPosition();
        robot.moveTo(screen(canvas, 650, y)).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();

        assertFalse(view.isCursorChanging());
        assertEquals(List.of(true, false), changing);
        assertNear(expectedCursorAt(canvas, 420), during);
        assertNear(expectedCursorAt(canvas, 650), view.getCursorPosition());
    }

    @Test
    void theWheelZoomsAroundThePointerAndADoubleClickFitsAll(FxRobot robot) {
        Canvas canvas = canvas(robot);
        AxisRange all = density.domain(Axis.POSITION);
        double x = 300;
        long anchor = keyAt(canvas, all, x);

        // Under Monocle, TestFX's DOWN arrives as deltaY > 0: what a real wheel turned away from the user sends
        robot.moveTo(screen(canvas, x, canvas.getHeight() / 2)).scroll(5, VerticalDirection.DOWN);
        WaitForAsyncUtils.waitForFxEvents();

        AxisRange zoomed = view.getVisibleRange();
        assertNotNull(zoomed, "zoomed in");
        assertTrue(zoomed.span() < all.span() / 2, "narrower: " + zoomed);
        assertTrue(zoomed.contains(anchor), "around the pointer: " + zoomed + " " + anchor);
        long underPointer = keyAt(canvas, zoomed, x);
        assertTrue(Math.abs(underPointer - anchor) <= 2 + all.span() / plotWidth(canvas),
                "kept in place: " + anchor + " → " + underPointer);

        robot.doubleClickOn(screen(canvas, x, canvas.getHeight() / 2), MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(view.getVisibleRange());
    }

    @Test
    void pinsAtTheCursorKeepTheirFlagsVisibleBesideEachOtherAndBelowTheHandle(FxRobot robot) throws Exception {
        robot.interact(() -> {
            view.pinAProperty().set(2_400L);
            view.pinBProperty().set(2_400L);
        });
        WaitForAsyncUtils.waitForFxEvents();
        TimelineViewSkin skin = (TimelineViewSkin) view.getSkin();
        javafx.geometry.Bounds handle = skin.cursorHandleBounds();
        javafx.geometry.Bounds a = skin.pinFlagBounds()[0];
        javafx.geometry.Bounds b = skin.pinFlagBounds()[1];

        assertNotNull(handle);
        assertFalse(a.intersects(b), a + " " + b);
        assertFalse(a.intersects(handle) || b.intersects(handle), "the handle hides no flag");
        assertTrue(a.getMaxX() <= b.getMinX(), "A on the left, B on the right");
        // the cursor and the pins are on the overlay above the canvas: read what the user sees, the whole view
        Canvas canvas = canvas(robot);
        WritableImage image = fx(() -> view.snapshot(null, null));
        assertEquals(0, view.getBoundsInLocal().getMinX(), "the snapshot starts at the view's origin");
        assertEquals(0, view.getBoundsInLocal().getMinY());
        javafx.geometry.Bounds aInView = inView(canvas, a);
        javafx.geometry.Bounds bInView = inView(canvas, b);
        javafx.geometry.Bounds handleInView = inView(canvas, handle);
        javafx.scene.paint.Color pin = view.pinColorProperty().get();
        javafx.scene.paint.Color cursor = view.cursorColorProperty().get();
        for (javafx.geometry.Bounds flag : List.of(aInView, bInView)) {
            // a corner of the flag (its letter is in the middle) and the letter's white stroke
            assertEquals(pin, image.getPixelReader().getColor((int) flag.getMinX() + 2, (int) flag.getMinY() + 2));
            assertTrue(countPixels(image, flag, javafx.scene.paint.Color.WHITE) > 4, "a readable letter on " + flag);
        }
        assertEquals(cursor, image.getPixelReader().getColor((int) handleInView.getMinX() + 3, (int) handleInView.getMinY() + 2));
        Screenshots.save(stage.getScene(), "timeline-pins-at-cursor.png");
    }

    @Test
    void oneFlagHangsRightOfItsLineAndLeftAtTheRightEdge() {
        javafx.geometry.Bounds[] one = TimelineViewSkin.placeFlags(100.5, Double.NaN, 15, 900);
        javafx.geometry.Bounds[] edge = TimelineViewSkin.placeFlags(Double.NaN, 892.5, 15, 900);

        assertEquals(101, one[0].getMinX(), 1e-9);
        assertNull(one[1]);
        assertNull(edge[0]);
        assertEquals(892 - 15, edge[1].getMinX(), 1e-9);
    }

    @Test
    void twoFlagsNeverOverlapWhereverThePinsAre() {
        for (double xa = 0.5; xa < 60; xa += 1) {
            for (double xb = 0.5; xb < 60; xb += 1) {
                javafx.geometry.Bounds[] f = TimelineViewSkin.placeFlags(xa, xb, 15, 60);
                String where = "A at " + xa + ", B at " + xb + ": " + f[0] + " " + f[1];
                assertTrue(f[0].getMaxX() <= f[1].getMinX() || f[1].getMaxX() <= f[0].getMinX(), where);
                for (javafx.geometry.Bounds flag : f) {
                    assertTrue(flag.getMinX() >= 0 && flag.getMaxX() <= 60, where);
                }
                // each flag touches its line unless pushed aside at an edge
                if (xa >= 17 && xb >= 17 && xa <= 43 && xb <= 43) {
                    assertTrue(touches(f[0], xa) && touches(f[1], xb), where);
                }
            }
        }
        javafx.geometry.Bounds[] bFirst = TimelineViewSkin.placeFlags(30.5, 25.5, 15, 900);
        assertTrue(bFirst[1].getMaxX() <= bFirst[0].getMinX(), "B is left of A: B's flag hangs left");
    }

    private static boolean touches(javafx.geometry.Bounds flag, double x) {
        return Math.abs(flag.getMinX() - (x + 0.5)) < 1e-9 || Math.abs(flag.getMaxX() - (x - 0.5)) < 1e-9;
    }

    /** Bounds in the canvas's layout pixels (render scale 1) moved into the view's coordinates: the border and padding. */
    private static javafx.geometry.Bounds inView(Canvas canvas, javafx.geometry.Bounds inCanvas) {
        return canvas.localToParent(inCanvas);
    }

    private static int countPixels(WritableImage image, javafx.geometry.Bounds box, javafx.scene.paint.Color color) {
        int n = 0;
        for (int x = (int) box.getMinX(); x < (int) box.getMaxX(); x++) {
            for (int y = (int) box.getMinY(); y < (int) box.getMaxY(); y++) {
                if (image.getPixelReader().getColor(x, y).equals(color)) {
                    n++;
                }
            }
        }
        return n;
    }

    private static <T> T fx(java.util.concurrent.Callable<T> task) throws Exception {
        return WaitForAsyncUtils.asyncFx(task).get(10, TimeUnit.SECONDS);
    }

    @Test
    void screenshotsInLightAndDarkThemes(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Path light = Screenshots.save(stage.getScene(), "timeline.png");
        robot.interact(() -> view.setAxis(Axis.TIME));
        Path time = Screenshots.save(stage.getScene(), "timeline-time-axis.png");
        robot.interact(() -> {
            view.setAxis(Axis.POSITION);
            Application.setUserAgentStylesheet(new PrimerDark().getUserAgentStylesheet());
        });
        Path dark = Screenshots.save(stage.getScene(), "timeline-dark.png");
        robot.interact(() -> view.setVisibleRange(new AxisRange(2_360, 2_460)));
        Path zoomed = Screenshots.save(stage.getScene(), "timeline-zoomed-dark.png");
        robot.interact(() -> Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet()));
        for (Path p : List.of(light, time, dark, zoomed)) {
            assertTrue(Files.size(p) > 0);
        }
    }

    @Test
    void onTheTimeAxisDraggingMovesTheCursorToTheLastEventBeforeThePointer(FxRobot robot) {
        robot.interact(() -> view.setAxis(Axis.TIME));
        Canvas canvas = canvas(robot);
        double y = canvas.getHeight() / 2;

        robot.drag(screen(canvas, 100, y), MouseButton.PRIMARY).moveTo(screen(canvas, 500, y)).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();

        long expected = density.cursorAt(Axis.TIME, keyAt(canvas, density.domain(Axis.TIME), 500));
        assertNear(expected, view.getCursorPosition());
        assertFalse(view.isCursorChanging());
    }

    @Test
    void shiftDraggingPansTheVisibleRange(FxRobot robot) {
        robot.interact(() -> view.setVisibleRange(new AxisRange(1_000, 2_000)));
        Canvas canvas = canvas(robot);
        double y = canvas.getHeight() / 2;
        long cursorBefore = view.getCursorPosition();

        robot.press(KeyCode.SHIFT);
        try {
            robot.drag(screen(canvas, 600, y), MouseButton.PRIMARY).moveTo(screen(canvas, 364, y))
                    .release(MouseButton.PRIMARY);
        } finally {
            robot.release(KeyCode.SHIFT);
        }
        WaitForAsyncUtils.waitForFxEvents();

        // dragged 236 px to the left: the shown 1,000 events move that share of the plot to the later side
        long expectedFrom = 1_000 + Math.round(236 * 1_000.0 / plotWidth(canvas));
        AxisRange panned = view.getVisibleRange();
        assertEquals(1_000, panned.span());
        assertTrue(Math.abs(panned.from() - expectedFrom) <= 2, "panned to " + panned + ", expected from " + expectedFrom);
        assertEquals(cursorBefore, view.getCursorPosition(), "panning leaves the cursor");
    }

    @Test
    void hoveringABinDescribesItsEventsAndTypes(FxRobot robot) {
        Canvas canvas = canvas(robot);
        robot.interact(() -> view.setVisibleRange(new AxisRange(1_000, 1_040)));
        // 40 events over the plot: event 1,010 (index 1,009) is the tenth bar
        robot.moveTo(screen(canvas, TimelineViewSkin.PAD + 9.5 * plotWidth(canvas) / 40, canvas.getHeight() / 2));
        WaitForAsyncUtils.waitForFxEvents();

        EventLog log = density.log();
        String expected = "Event #1,010\n" + TimelineText.time(log.timeMicros(1_009)) + "\n1 event\n"
                + log.type(1_009) + " · " + log.stream(1_009);
        assertEquals(expected, skin().hoverText());
    }

    @Test
    void changesInOnePulseArePaintedOnceAndADisposedSkinStopsListening(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        TimelineViewSkin skin = skin();
        int before = skin.paintCount();
        robot.interact(() -> {
            view.setCursorPosition(10);
            view.setCursorPosition(20);
            view.setInspectedStream(0);
            view.setVisibleRange(new AxisRange(0, 2_000));
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before + 1, skin.paintCount());

        robot.interact(() -> view.setSkin(new TimelineViewSkin(view)));
        int disposedAt = skin.paintCount();
        robot.interact(() -> view.setCursorPosition(30));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(disposedAt, skin.paintCount());
        assertTrue(skin().paintCount() > 0, "the new skin paints");
    }

    @Test
    void movingTheCursorRepaintsOnlyTheOverlayAndTheHandleFollowsIt(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        TimelineViewSkin skin = skin();
        int paints = skin.paintCount();
        int basePaints = skin.basePaintCount();
        assertTrue(basePaints > 0, "painted before the moves");
        Canvas canvas = canvas(robot);
        AxisRange all = density.domain(Axis.POSITION);

        for (int i = 1; i <= 20; i++) {
            long position = 100 + 180L * i;
            robot.interact(() -> view.setCursorPosition(position));
            WaitForAsyncUtils.waitForFxEvents();

            assertEquals(paints + i, skin.paintCount(), "move " + i + " repaints the overlay");
            assertEquals(basePaints, skin.basePaintCount(), "move " + i + " leaves the base canvas");
            double x = TimelineViewSkin.PAD + Math.floor((position - all.from()) * (double) plotWidth(canvas) / all.span()) + 0.5;
            javafx.geometry.Bounds handle = skin.cursorHandleBounds();
            assertTrue(Math.abs(handle.getCenterX() - x) <= 1, "the handle at " + handle + " over the cursor at x " + x);
        }

        robot.interact(() -> view.setInspectedStream(0));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(basePaints + 1, skin.basePaintCount(), "another stream repaints the base canvas once");
        assertEquals(paints + 21, skin.paintCount());
    }

    @Test
    void onAHiDpiWindowTheCanvasHoldsDevicePixels(FxRobot robot) throws Exception {
        Canvas canvas = canvas(robot);
        double logical = canvas.getWidth();
        try {
            robot.interact(() -> {
                stage.setRenderScaleX(2);
                stage.setRenderScaleY(2);
            });
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(2 * logical, canvas.getWidth());
            assertEquals(logical, canvas.getBoundsInParent().getWidth(), 0.01);

            robot.interact(() -> view.setVisibleRange(new AxisRange(2_380, 2_420)));
            WritableImage image = WaitForAsyncUtils.asyncFx(() -> {
                SnapshotParameters twice = new SnapshotParameters();
                twice.setTransform(new Scale(2, 2));
                return view.snapshot(twice, null);
            }).get(10, TimeUnit.SECONDS);
            assertTrue(Files.size(Screenshots.save(image, "timeline-hidpi.png")) > 0);
        } finally {
            robot.interact(() -> {
                stage.setRenderScaleX(1);
                stage.setRenderScaleY(1);
            });
        }
    }

    @Test
    void theInspectedStreamsKnownStatesAreDiamondsWithATooltip(FxRobot robot) throws Exception {
        // 100 events, alternating between two streams, versions 0, 1, …; known states of s-1 at versions 10 and 30
        EventLog.Builder b = EventLog.builder("known");
        byte[] data = "{}".getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < 100; i++) {
            b.add(null, "s-" + (i % 2), null, TYPES[i % 3], i / 2, 1_704_067_200_000_000L + i * 60_000_000L, data, null);
        }
        b.knownState("s-1", 10, 1_704_070_000_000_000L, "Axon snapshot, payload type com.example.Card", data);
        b.knownState("s-1", 30, EventLog.NO_TIME, "Axon snapshot, payload type com.example.Card", data);
        EventLog log = b.build();
        assertEquals(2, log.knownStates().count());
        long at = log.knownStates().all().get(0).position(); // event #22: s-1's version 10
        assertEquals(22, at);
        robot.interact(() -> {
            view.setDensity(Density.of(log));
            view.setKnownStates(log.knownStates());
            view.setInspectedStream(log.streamIndexOf("s-1"));
            view.setCursorPosition(80);
        });
        Canvas canvas = canvas(robot);
        // the cursor counts events applied: position p is drawn at the left edge of its pixel column
        double x = TimelineViewSkin.PAD + Math.floor(at * (double) plotWidth(canvas) / log.size()) + 0.5;
        double y = canvas.getHeight() - TimelineViewSkin.MARKS_H - TimelineViewSkin.AXIS_H - TimelineViewSkin.LEGEND_H + 5;

        javafx.scene.paint.Color painted = WaitForAsyncUtils.asyncFx(() -> canvas.snapshot(null, null).getPixelReader()
                .getColor((int) x, (int) y)).get(10, TimeUnit.SECONDS);
        javafx.scene.paint.Color expected = view.knownStateColorProperty().get();
        assertEquals(expected.getRed(), painted.getRed(), 0.05, "a diamond in the known-state colour at #22: " + painted);
        assertEquals(expected.getGreen(), painted.getGreen(), 0.05);
        assertEquals(expected.getBlue(), painted.getBlue(), 0.05);

        robot.moveTo(screen(canvas, x + 1, y));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Known state of s-1 at version 10 (event #22)\nAxon snapshot, payload type com.example.Card\n"
                + "stored 2024-01-01 00:46:40.000 UTC\nView › Replay from Known States starts the state here", skin().hoverText());

        // another stream inspected: no diamonds, the bin's summary again
        robot.interact(() -> view.setInspectedStream(log.streamIndexOf("s-0")));
        robot.moveTo(screen(canvas, x + 2, y)).moveTo(screen(canvas, x + 1, y));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(skin().hoverText().startsWith("Event"), skin().hoverText());
    }

    private TimelineViewSkin skin() {
        return (TimelineViewSkin) view.getSkin();
    }

    private Canvas canvas(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(".timeline-canvas").queryAs(Canvas.class);
    }

    private static Point2D screen(Canvas canvas, double x, double y) {
        return canvas.localToScreen(x, y);
    }

    private static int plotWidth(Canvas canvas) {
        return (int) (canvas.getWidth() - 2 * TimelineViewSkin.PAD);
    }

    /** The axis value at canvas x, computed here from the layout rather than asked of the skin. */
    private static long keyAt(Canvas canvas, AxisRange range, double x) {
        return range.from() + Math.round((x - TimelineViewSkin.PAD) * range.span() / plotWidth(canvas));
    }

    private long expectedCursorAt(Canvas canvas, double x) {
        return density.cursorAt(Axis.POSITION, keyAt(canvas, density.domain(Axis.POSITION), x));
    }

    /** Within one bin (one pixel column) of the expected position. */
    private void assertNear(long expected, long actual) {
        long bin = (long) Math.ceil(density.domain(Axis.POSITION).span() / (double) 900);
        assertTrue(Math.abs(expected - actual) <= bin, "expected ~" + expected + " (±" + bin + "), was " + actual);
    }
}
