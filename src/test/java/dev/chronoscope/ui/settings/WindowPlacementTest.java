package dev.chronoscope.ui.settings;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

/** Where {@link WindowState} puts a window, without a toolkit: screens are plain rectangles. */
class WindowPlacementTest {

    private static final Rectangle2D PRIMARY = new Rectangle2D(0, 0, 1920, 1040);
    private static final Rectangle2D LEFT_OF_PRIMARY = new Rectangle2D(-1600, 100, 1600, 900);

    @Test
    void savedBoundsOnAScreenAreUsedAsTheyAre() {
        WindowBounds saved = new WindowBounds(200, 100, 1100, 700, false);

        assertEquals(saved, WindowState.place(Optional.of(saved), List.of(PRIMARY), PRIMARY));
    }

    @Test
    void savedBoundsOnASecondScreenAreUsedWhileThatScreenIsThere() {
        WindowBounds saved = new WindowBounds(-1500, 150, 1200, 800, true);

        assertEquals(saved, WindowState.place(Optional.of(saved), List.of(PRIMARY, LEFT_OF_PRIMARY), PRIMARY));
    }

    @Test
    void savedBoundsOnAScreenThatIsGoneAreReplacedByTheDefaultCentredOnThePrimaryScreen() {
        WindowBounds saved = new WindowBounds(-1500, 150, 1200, 800, true);

        assertEquals(new WindowBounds(320, 120, 1280, 800, true),
                WindowState.place(Optional.of(saved), List.of(PRIMARY), PRIMARY));
    }

    @Test
    void aWindowWhoseTitleBarIsOffTheScreenIsMovedBack() {
        WindowBounds aboveTheTop = new WindowBounds(100, -500, 800, 600, false);
        WindowBounds barelyInFromTheRight = new WindowBounds(1880, 100, 800, 600, false);

        assertEquals(new WindowBounds(320, 120, 1280, 800, false),
                WindowState.place(Optional.of(aboveTheTop), List.of(PRIMARY), PRIMARY));
        assertEquals(new WindowBounds(320, 120, 1280, 800, false),
                WindowState.place(Optional.of(barelyInFromTheRight), List.of(PRIMARY), PRIMARY));
    }

    @Test
    void aWindowPartlyOffTheScreenWithItsTitleBarReachableStaysWhereItWas() {
        WindowBounds hangingOffTheRight = new WindowBounds(1500, 300, 800, 900, false);

        assertEquals(hangingOffTheRight, WindowState.place(Optional.of(hangingOffTheRight), List.of(PRIMARY), PRIMARY));
    }

    @Test
    void withNothingSavedTheDefaultSizeIsClampedToASmallScreen() {
        Rectangle2D small = new Rectangle2D(0, 30, 1024, 738);

        assertEquals(new WindowBounds(0, 30, 1024, 738, false), WindowState.place(Optional.empty(), List.of(small), small));
    }

    @Test
    void dividerPositionsAreMadeAscendingInsideTheUnitRange() {
        assertArrayEquals(new double[] {0, 0.4, 0.4, 1},
                WindowState.ascendingInUnitRange(new double[] {-0.0001, 0.4, 0.39999, 1.00001}));
    }
}
