package dev.chronoscope.ui.settings;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.util.Optional;
import javafx.application.Application;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Real stages and split panes under Monocle, whose one screen is the primary screen. */
@ExtendWith(ApplicationExtension.class)
class WindowStateTest {

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        Theme.LIGHT.apply();
    }

    @Test
    void restoreAppliesSavedBoundsThatAreOnTheScreen(FxRobot robot) {
        Settings settings = Settings.load(dir);
        settings.setWindowBounds(new WindowBounds(30, 40, 500, 300, false));
        Stage stage = onFx(Stage::new);

        robot.interact(() -> {
            WindowState.restore(stage, settings);
            stage.setScene(new Scene(new Label("restored")));
            stage.show();
        });

        assertEquals(new WindowBounds(30, 40, 500, 300, false), boundsOf(stage));
        robot.interact(stage::hide);
    }

    @Test
    void restoreCentresTheWindowWhenTheSavedScreenIsGone(FxRobot robot) {
        Settings settings = Settings.load(dir);
        settings.setWindowBounds(new WindowBounds(-5000, 40, 500, 300, false));
        Stage stage = onFx(Stage::new);

        robot.interact(() -> WindowState.restore(stage, settings));

        Rectangle2D screen = onFx(() -> Screen.getPrimary().getVisualBounds());
        double w = Math.min(1280, screen.getWidth());
        double h = Math.min(800, screen.getHeight());
        assertEquals(new WindowBounds(screen.getMinX() + (screen.getWidth() - w) / 2,
                screen.getMinY() + (screen.getHeight() - h) / 2, w, h, false), boundsOf(stage));
    }

    @Test
    void aBoundWindowSavesItsBoundsWhenItCloses(FxRobot robot) {
        Settings settings = Settings.load(dir);
        Stage stage = onFx(Stage::new);
        robot.interact(() -> {
            stage.setScene(new Scene(new Label("bound")));
            WindowState.bind(stage, settings);
            stage.show();
            stage.setX(60);
            stage.setY(70);
            stage.setWidth(640);
            stage.setHeight(480);
        });

        robot.interact(stage::hide);

        assertEquals(Optional.of(new WindowBounds(60, 70, 640, 480, false)), Settings.load(dir).windowBounds());
    }

    @Test
    void dividersAreRestoredAndTheirMovesRemembered(FxRobot robot) {
        Settings settings = Settings.load(dir);
        settings.setDividers("main", new double[] {0.2, 0.6});
        SplitPane split = onFx(() -> new SplitPane(new Label("a"), new Label("b"), new Label("c")));

        robot.interact(() -> {
            WindowState.restoreDividers(split, "main", settings);
            WindowState.rememberDividers(split, "main", settings);
        });
        assertArrayEquals(new double[] {0.2, 0.6}, split.getDividerPositions(), 1e-9);

        robot.interact(() -> split.getDividers().get(1).setPosition(0.75));

        assertArrayEquals(new double[] {0.2, 0.75}, settings.dividers("main"), 1e-9);
    }

    @Test
    void dividersSavedForAnotherLayoutAreIgnored(FxRobot robot) {
        Settings settings = Settings.load(dir);
        settings.setDividers("main", new double[] {0.2, 0.6});
        SplitPane split = onFx(() -> new SplitPane(new Label("a"), new Label("b")));
        double[] before = split.getDividerPositions();

        robot.interact(() -> WindowState.restoreDividers(split, "main", settings));

        assertArrayEquals(before, split.getDividerPositions());
    }

    @Test
    void applyingAThemeSetsItsAtlantaFxStylesheet(FxRobot robot) {
        robot.interact(Theme.DARK::apply);
        assertEquals(new PrimerDark().getUserAgentStylesheet(), Application.getUserAgentStylesheet());

        robot.interact(Theme.DARK.toggled()::apply);
        assertEquals(new PrimerLight().getUserAgentStylesheet(), Application.getUserAgentStylesheet());
        assertEquals("Light", Theme.LIGHT.displayName());
        assertEquals("Dark", Theme.DARK.displayName());
    }

    static <T> T onFx(java.util.concurrent.Callable<T> action) {
        try {
            return WaitForAsyncUtils.asyncFx(action).get(10, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static WindowBounds boundsOf(Stage stage) {
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(stage.getWidth() > 0);
        return new WindowBounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), stage.isMaximized());
    }
}
