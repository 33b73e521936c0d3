package dev.chronoscope.ui.settings;

import java.util.List;
import java.util.Optional;
import javafx.beans.InvalidationListener;
import javafx.collections.ListChangeListener;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.SplitPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * Puts the main window and its split panes back where the user left them, and remembers where
 * that is. Call on the FX thread.
 *
 * <p>Typical use: {@code restore(stage, settings); bind(stage, settings);} before
 * {@code stage.show()}, and {@code restoreDividers(split, "main", settings);
 * rememberDividers(split, "main", settings);} once the split pane has its items.
 */
public final class WindowState {

    /** The size of a window with nothing saved, shrunk to fit smaller screens. */
    public static final double DEFAULT_WIDTH = 1280;
    public static final double DEFAULT_HEIGHT = 800;

    /** How much of a window's top strip (its title bar) must be on one screen for it to count as visible. */
    static final double MIN_VISIBLE_WIDTH = 100;
    static final double MIN_VISIBLE_HEIGHT = 24;

    private static final Object NORMAL_BOUNDS = new Object();

    private WindowState() {}

    /**
     * Gives {@code stage} its saved bounds when they are still on a visible screen, else centres it
     * on the primary screen at {@value #DEFAULT_WIDTH} x {@value #DEFAULT_HEIGHT} (at most the
     * screen's size); maximises it if it was maximised. Best before {@code stage.show()}.
     */
    public static void restore(Stage stage, Settings settings) {
        List<Rectangle2D> screens = Screen.getScreens().stream().map(Screen::getVisualBounds).toList();
        WindowBounds b = place(settings.windowBounds(), screens, Screen.getPrimary().getVisualBounds());
        stage.setX(b.x());
        stage.setY(b.y());
        stage.setWidth(b.width());
        stage.setHeight(b.height());
        stage.getProperties().put(NORMAL_BOUNDS, new WindowBounds(b.x(), b.y(), b.width(), b.height(), false));
        stage.setMaximized(b.maximized());
    }

    /**
     * Where a window goes: {@code saved} as it is if its title bar is on one of {@code screens}
     * (so it can be grabbed), else centred on {@code primary} at the default size.
     */
    static WindowBounds place(Optional<WindowBounds> saved, List<Rectangle2D> screens, Rectangle2D primary) {
        if (saved.isPresent()) {
            WindowBounds s = saved.get();
            Rectangle2D titleBar = new Rectangle2D(s.x(), s.y(), s.width(), Math.min(s.height(), MIN_VISIBLE_HEIGHT));
            for (Rectangle2D screen : screens) {
                if (visibleOn(titleBar, screen)) {
                    return s;
                }
            }
        }
        double width = Math.min(DEFAULT_WIDTH, primary.getWidth());
        double height = Math.min(DEFAULT_HEIGHT, primary.getHeight());
        return new WindowBounds(primary.getMinX() + (primary.getWidth() - width) / 2,
                primary.getMinY() + (primary.getHeight() - height) / 2,
                width, height, saved.map(WindowBounds::maximized).orElse(false));
    }

    private static boolean visibleOn(Rectangle2D titleBar, Rectangle2D screen) {
        double w = Math.min(titleBar.getMaxX(), screen.getMaxX()) - Math.max(titleBar.getMinX(), screen.getMinX());
        double h = Math.min(titleBar.getMaxY(), screen.getMaxY()) - Math.max(titleBar.getMinY(), screen.getMinY());
        return w >= Math.min(MIN_VISIBLE_WIDTH, titleBar.getWidth()) && h >= Math.min(MIN_VISIBLE_HEIGHT, titleBar.getHeight())
                && titleBar.getMinY() >= screen.getMinY() - 1; // a title bar above the screen's top cannot be grabbed
    }

    /**
     * Follows {@code stage}'s normal (not maximised) bounds and, when it is hidden, stores them in
     * {@code settings} and saves the settings (with anything else changed meanwhile, such as
     * dividers). When the app quits with {@code Platform.exit()} the stage is not hidden: call
     * {@link #remember} from {@code Application.stop()} then.
     */
    public static void bind(Stage stage, Settings settings) {
        InvalidationListener track = o -> {
            if (!stage.isMaximized() && !stage.isIconified() && !stage.isFullScreen()) {
                currentBounds(stage).ifPresent(b -> stage.getProperties().put(NORMAL_BOUNDS, b));
            }
        };
        stage.xProperty().addListener(track);
        stage.yProperty().addListener(track);
        stage.widthProperty().addListener(track);
        stage.heightProperty().addListener(track);
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> remember(stage, settings));
    }

    /**
     * Stores {@code stage}'s bounds in {@code settings} now and saves them: its normal bounds
     * (as followed by {@link #bind}, else its current ones) and whether it is maximised.
     */
    public static void remember(Stage stage, Settings settings) {
        WindowBounds normal = stage.getProperties().get(NORMAL_BOUNDS) instanceof WindowBounds b ? b : null;
        if (normal == null && !stage.isMaximized()) {
            normal = currentBounds(stage).orElse(null);
        }
        if (normal == null) {
            normal = settings.windowBounds().orElse(null);
        }
        if (normal != null) {
            settings.setWindowBounds(new WindowBounds(normal.x(), normal.y(), normal.width(), normal.height(),
                    stage.isMaximized()));
        }
        settings.save();
    }

    /** The stage's bounds, unless it has none yet (a stage being shown has NaN for x and y a moment). */
    private static Optional<WindowBounds> currentBounds(Stage stage) {
        double x = stage.getX();
        double y = stage.getY();
        double w = stage.getWidth();
        double h = stage.getHeight();
        boolean valid = Double.isFinite(x) && Double.isFinite(y) && w > 0 && h > 0 && Double.isFinite(w) && Double.isFinite(h);
        return valid ? Optional.of(new WindowBounds(x, y, w, h, false)) : Optional.empty();
    }

    /**
     * Sets {@code pane}'s divider positions to those saved under {@code name}, when as many are
     * saved as the pane has dividers; otherwise leaves them alone.
     */
    public static void restoreDividers(SplitPane pane, String name, Settings settings) {
        double[] saved = settings.dividers(name);
        if (saved.length > 0 && saved.length == pane.getDividers().size()) {
            pane.setDividerPositions(saved);
        }
    }

    /**
     * Keeps the positions of {@code pane}'s dividers in {@code settings} under {@code name} as they
     * move (in memory; {@link #bind} or {@link #remember} writes them to disk).
     */
    public static void rememberDividers(SplitPane pane, String name, Settings settings) {
        InvalidationListener store = o -> settings.setDividers(name, ascendingInUnitRange(pane.getDividerPositions()));
        for (SplitPane.Divider d : pane.getDividers()) {
            d.positionProperty().addListener(store);
        }
        pane.getDividers().addListener((ListChangeListener<SplitPane.Divider>) change -> {
            while (change.next()) {
                change.getRemoved().forEach(d -> d.positionProperty().removeListener(store));
                change.getAddedSubList().forEach(d -> d.positionProperty().addListener(store));
            }
            store.invalidated(null);
        });
    }

    /** SplitPane reports positions that may stray a hair outside [0, 1] or out of order while laying out. */
    static double[] ascendingInUnitRange(double[] positions) {
        double[] out = new double[positions.length];
        double previous = 0;
        for (int i = 0; i < positions.length; i++) {
            double p = Double.isNaN(positions[i]) ? previous : Math.max(previous, Math.min(1, positions[i]));
            out[i] = p;
            previous = p;
        }
        return out;
    }
}
