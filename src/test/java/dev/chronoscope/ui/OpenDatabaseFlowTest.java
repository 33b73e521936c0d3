package dev.chronoscope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chronoscope.event.KnownState;
import dev.chronoscope.source.db.AxonWriter;
import dev.chronoscope.source.db.DatabaseOptions;
import dev.chronoscope.source.db.Preset;
import dev.chronoscope.ui.open.H2Stores;
import dev.chronoscope.ui.settings.RecentDatabases;
import dev.chronoscope.ui.settings.Settings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.serialization.json.JacksonSerializer;
import javafx.scene.input.KeyCode;
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
 * File &gt; Open Database… (Ctrl+Shift+O) in the real window, on the real background executor and
 * the real database loader, headless; only the dialog's answer is scripted ({@link ScriptedDialogs}).
 */
@ExtendWith(ApplicationExtension.class)
class OpenDatabaseFlowTest {

    @TempDir
    static Path dir;
    static String url;

    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private RealWindow window;
    private FxTaskExecutor executor;
    private MainViewModel viewModel;
    private Settings settings;
    private Stage stage;

    /** An Axon store without credentials (so Open Recent opens it at once), with Axon's own snapshots. */
    static String axonUrl;

    @BeforeAll
    static void createAStore() throws Exception {
        url = H2Stores.marten(dir, "shop", 300, "reader", "s3cret");
        axonUrl = "jdbc:h2:" + dir.resolve("giftcards").toAbsolutePath();
        AxonWriter.writeWithSnapshots(axonUrl, "", JacksonSerializer.defaultSerializer(), EventSchema.builder().build(),
                new AxonWriter.H2TableFactory(), 3);
    }

    @Test
    void snapshotsThatCannotBeUsedAreCountedInTheStatusBarWithTheirReasons(FxRobot robot) throws Exception {
        String bad = "jdbc:h2:" + dir.resolve("giftcards-bad").toAbsolutePath();
        AxonWriter.writeWithSnapshots(bad, "", JacksonSerializer.defaultSerializer(), EventSchema.builder().build(),
                new AxonWriter.H2TableFactory(), 3);
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(bad, "", null);
                java.sql.Statement st = c.createStatement()) {
            // what Axon's JavaSerializer would have written: not JSON, not XML
            st.execute("UPDATE SnapshotEventEntry SET payload = X'ACED0005' WHERE aggregateIdentifier = 'gc-2'");
        }
        dialogs.database = DatabaseOptions.of(bad);
        pressOpenDatabase(robot);
        waitUntil(() -> !viewModel.loadingProperty().get() && viewModel.explorer().openedProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("12 events · 3 streams", text(robot, "#statusText"), "every event loads");
        assertEquals(" · 0 rejected", text(robot, "#statusRejected"));
        assertEquals(" · 1 known state, 1 unusable", text(robot, "#statusKnownStates"));
        String tip = WaitForAsyncUtils.asyncFx(() -> window.view().knownStatesTooltip()).get(10, TimeUnit.SECONDS);
        assertTrue(tip.contains("Not usable:\n• snapshot of gc-2 at version "), tip);
        assertTrue(tip.contains("Java serialization"), tip);
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    /** The menu item (its label in the open menu) whose text starts with {@code prefix}. */
    private static Node menuItem(FxRobot robot, String prefix) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(n -> n instanceof Labeled l && l.getText() != null && l.getText().startsWith(prefix)
                && n.getScene() != null && n.isVisible() && n.getScene().getWindow() != null
                && n.getScene().getWindow().isShowing()).query();
    }

    @Test
    void fileOpenSampleDatabaseCreatesTheEmbeddedSampleAndOpensIt(FxRobot robot) throws Exception {
        robot.targetWindow(stage);
        robot.clickOn("File").clickOn("Open Sample Database");
        waitUntil(() -> !viewModel.loadingProperty().get() && viewModel.explorer().openedProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();

        Path folder = settings.file().getParent();
        assertTrue(Files.isRegularFile(folder.resolve("sample.mv.db")), "created next to the settings");
        assertEquals("3,768 events · 310 streams", text(robot, "#statusText")); // the bundled sample, every event
        assertEquals(" · 0 rejected", text(robot, "#statusRejected"));
        assertTrue(stage.getTitle().startsWith("jdbc:h2:") && stage.getTitle().contains("sample"), stage.getTitle());
        assertEquals(List.of(), dialogs.asked, "no dialog on the way");
        assertFalse(robot.lookup("#statusKnownStates").queryAs(Label.class).isVisible(), "the sample has no snapshots");
        assertEquals(1, Settings.load(folder).recentDatabases().size(), "remembered among the recent sources");
    }

    @Test
    void aDatabaseOpensAgainFromOpenRecentWithItsKnownStates(FxRobot robot) throws Exception {
        dialogs.database = DatabaseOptions.of(axonUrl);
        pressOpenDatabase(robot);
        waitUntil(() -> !viewModel.loadingProperty().get() && viewModel.explorer().openedProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("12 events · 3 streams", text(robot, "#statusText"));
        // another log in between: a file
        dialogs.logFile = Path.of("sample-data/bank-and-shop.jsonl");
        robot.press(KeyCode.CONTROL, KeyCode.O).release(KeyCode.O, KeyCode.CONTROL);
        waitUntil(() -> !viewModel.loadingProperty().get() && text(robot, "#statusText").startsWith("3,768 events"));
        assertFalse(robot.lookup("#statusKnownStates").queryAs(Label.class).isVisible());

        // File > Open Recent > the database: it opens at once, as it needs no password
        robot.clickOn("File").clickOn("Open Recent");
        Node item = menuItem(robot, axonUrl);
        // into the submenu along the Open Recent row, then down: a diagonal would cross the File menu and close it
        javafx.geometry.Bounds target = item.localToScreen(item.getBoundsInLocal());
        robot.moveTo(new javafx.geometry.Point2D(target.getMinX() + 20, robot.point("Open Recent").query().getY()));
        robot.clickOn(item);
        waitUntil(() -> !viewModel.loadingProperty().get() && text(robot, "#statusText").startsWith("12 events"));
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(List.of("database", "log file"), dialogs.asked, "no dialog for the recent database");
        assertEquals(axonUrl + " — Chronoscope", stage.getTitle());
        int known = viewModel.explorer().knownStateCountProperty().get();
        assertTrue(known >= 2, "gc-1 and gc-2 have snapshots: " + known);
        assertEquals(" · " + known + " known states", text(robot, "#statusKnownStates"));

        // the last event is gc-3's (no snapshot): inspect gc-1, then View > Replay from Known States
        robot.interact(() -> viewModel.explorer().inspect(viewModel.explorer().openedProperty().get().log().streamIndexOf("gc-1")));
        WaitForAsyncUtils.waitForFxEvents();
        Label banner = robot.lookup("#knownStateBanner").queryAs(Label.class);
        assertFalse(banner.isVisible(), "off by default");
        robot.clickOn("View").clickOn("Replay from Known States");
        waitUntil(() -> banner.isVisible());
        WaitForAsyncUtils.waitForFxEvents();

        KnownState k = viewModel.explorer().openedProperty().get().log().knownStates()
                .ofStream(viewModel.explorer().inspectedStreamProperty().get()).get(0);
        assertTrue(banner.getText().startsWith("From Axon snapshot at version " + k.version() + " (#" + k.position() + ")"),
                banner.getText());
        assertTrue(settings.replayFromKnownStates(), "remembered");
        assertEquals(" · " + known + " known states (replay starts from them)", text(robot, "#statusKnownStates"));
        // K turns it off again (and on): the same as the menu item
        robot.type(KeyCode.K);
        waitUntil(() -> !banner.isVisible());
        assertFalse(settings.replayFromKnownStates());
        robot.type(KeyCode.K);
        waitUntil(() -> banner.isVisible());
        assertEquals(k.position() + "", "" + window.view().explorerPane().timeline().getKnownStates()
                .ofStream(k.streamIndex()).get(0).position(), "the timeline has them");
    }

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        window = RealWindow.show(stage, dir, dialogs);
        executor = window.executor();
        viewModel = window.viewModel();
        settings = window.settings();
        stage.setWidth(1280);
        stage.setHeight(800);
    }

    @AfterEach
    void stopWorkers(FxRobot robot) {
        window.close(robot);
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
    }

    private void pressOpenDatabase(FxRobot robot) {
        robot.targetWindow(stage);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.O).release(KeyCode.O, KeyCode.SHIFT, KeyCode.CONTROL);
    }

    @Test
    void openingADatabaseFromTheMenuShowsItsCountsAndRemembersItWithoutThePassword(FxRobot robot) throws Exception {
        DatabaseOptions chosen = new DatabaseOptions(url, Preset.MARTEN, "reader", "s3cret", null, null);
        dialogs.database = chosen;

        pressOpenDatabase(robot);
        try {
            waitUntil(() -> !viewModel.loadingProperty().get() && viewModel.explorer().openedProperty().get() != null);
        } catch (Exception e) {
            throw new AssertionError(dialogs.asked + " " + viewModel.stateProperty().get() + " " + viewModel.errorMessageProperty().get()
                    + " " + dialogs.notices, e);
        }
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(List.of("database"), dialogs.asked);
        assertNull(dialogs.databaseInitial);
        assertEquals("300 events · 2 streams", robot.lookup("#statusText").queryAs(Label.class).getText());
        assertEquals(" · 0 rejected", robot.lookup("#statusRejected").queryAs(Label.class).getText());
        assertEquals(url + " — Chronoscope", stage.getTitle());
        DatabaseOptions remembered = RecentDatabases.withoutPassword(chosen);
        assertEquals(List.of(remembered), Settings.load(settings.file().getParent()).recentDatabases());
        assertFalse(Files.readString(settings.file()).contains("s3cret"));

        dialogs.database = null; // the user cancels the second time
        pressOpenDatabase(robot);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("database", "database"), dialogs.asked);
        assertEquals(List.of(remembered), dialogs.databaseRecent);
        assertEquals("300 events · 2 streams", robot.lookup("#statusText").queryAs(Label.class).getText());
    }
}
