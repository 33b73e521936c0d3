package dev.chronoscope.ui.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import dev.chronoscope.event.EventLog;
import dev.chronoscope.source.EventLogLoader;
import dev.chronoscope.source.LoadListener;
import dev.chronoscope.source.LoadOptions;
import dev.chronoscope.ui.MainWindow;
import dev.chronoscope.ui.Screenshots;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javafx.application.Application;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableCell;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The events table alone in a stage, driven by the robot, headless under Monocle. */
@ExtendWith(ApplicationExtension.class)
class EventsTableViewTest {

    private static final String[] TYPES = {"AccountOpened", "MoneyDeposited", "MoneyWithdrawn", "ItemAdded", "OrderShipped"};
    private static EventLog sample;
    private static EventLog million;

    private EventsTableView view;
    private Stage stage;

    static synchronized EventLog sample() throws Exception {
        if (sample == null) {
            sample = EventLogLoader.load(Path.of("sample-data/bank-and-shop.jsonl"), LoadOptions.defaults(), LoadListener.NONE);
        }
        return sample;
    }

    /** A million events over 20,000 streams, a second apart, five types, versions counting per stream. */
    static synchronized EventLog million() {
        if (million == null) {
            EventLog.Builder b = EventLog.builder("generated");
            byte[] data = "{}".getBytes(StandardCharsets.UTF_8);
            long t = 1_704_067_200_000_000L; // 2024-01-01T00:00:00Z
            for (int i = 0; i < 1_000_000; i++) {
                int stream = (int) ((i * 7_919L) % 20_000);
                b.add(null, "account-" + stream, "Account", TYPES[(i / 3 + i % 7) % TYPES.length], i / 20_000 + 1,
                        t + i * 1_000_000L, data, null);
            }
            million = b.build();
        }
        return million;
    }

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        MainWindow.applyTheme();
        view = new EventsTableView();
        view.setLog(sample());
        stage.setScene(new Scene(view, 900, 420));
        stage.sizeToScene(); // the shared primary stage may keep an earlier test's size
        stage.show();
    }

    @Test
    void showsEverySampleEventInLogOrderWithItsColumns(FxRobot robot) {
        EventLog log = view.getLog();
        assertEquals(3_768, table(robot).getItems().size());
        assertEquals("3,768 events", label(robot, "#eventCount"));

        TableRow<?> first = visibleRows(robot).get(0);
        assertEquals(0, first.getItem());
        String version = log.version(0) == EventLog.NO_VERSION ? "" : Long.toString(log.version(0));
        assertEquals(List.of("1", EventTimes.format(log.timeMicros(0)), log.stream(0), log.type(0), version),
                cellTexts(first));
        assertEquals("2024-03-04 08:03:30.663", cellTexts(first).get(1));
    }

    @Test
    void settingTheCursorSelectsTheEventAtTheCursor(FxRobot robot) {
        robot.interact(() -> view.setCursorPosition(2_000));
        assertEquals(Integer.valueOf(1_999), selectedItem(robot));
        assertInView(robot, 1_999);

        robot.interact(() -> view.setCursorPosition(3_768));
        assertEquals(Integer.valueOf(3_767), selectedItem(robot));
        assertInView(robot, 3_767);

        robot.interact(() -> view.setCursorPosition(0));
        assertNull(selectedItem(robot), "cursor 0: before the first event");
    }

    @Test
    void aCursorMoveWithinViewDoesNotScroll(FxRobot robot) {
        robot.interact(() -> view.setCursorPosition(1_000));
        int[] before = visibleRange(robot);
        robot.interact(() -> view.setCursorPosition(1_000 + (before[1] - before[0]) / 2 - 3));
        assertEquals(before[0], visibleRange(robot)[0], "no jump while the row is in view");

        robot.interact(() -> view.setCursorPosition(1_000 + (before[1] - before[0]) + 1));
        int[] after = visibleRange(robot);
        int row = 1_000 + (before[1] - before[0]);
        assertTrue(after[0] > before[0], "scrolled on");
        assertTrue(row >= after[0] + 3 && row <= after[1] - 3, "kept away from the edges: row " + row + " in "
                + after[0] + ".." + after[1]);
    }

    @Test
    void whileScrubbingFarJumpsAreShownAtMostEveryIntervalAndTheDragsEndCatchesUp(FxRobot robot) throws Exception {
        long[] now = {5_000_000_000L};
        long step = EventsTableView.SCRUB_JUMP_MILLIS * 1_000_000L;
        robot.interact(() -> {
            view.setClock(() -> now[0]);
            view.setScrubbing(true);
        });
        robot.interact(() -> view.setCursorPosition(500));
        assertEquals(Integer.valueOf(499), selectedItem(robot), "the first jump of a drag is shown at once");

        now[0] += step / 3;
        robot.interact(() -> view.setCursorPosition(2_000));
        robot.sleep(100); // pulses pass; the clock stands still
        assertEquals(Integer.valueOf(499), selectedItem(robot), "a second far jump so soon waits");
        robot.interact(() -> view.setCursorPosition(503));
        assertEquals(Integer.valueOf(502), selectedItem(robot), "a move within a page is shown at once");
        assertInView(robot, 502);

        robot.interact(() -> view.setCursorPosition(2_500));
        robot.sleep(100);
        assertEquals(Integer.valueOf(502), selectedItem(robot));
        now[0] += step;
        WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS, () -> Integer.valueOf(2_499).equals(selectedItem(robot)));
        assertInView(robot, 2_499);

        now[0] += step / 3;
        robot.interact(() -> view.setCursorPosition(3_700));
        robot.sleep(100);
        assertEquals(Integer.valueOf(2_499), selectedItem(robot));
        robot.interact(() -> view.setScrubbing(false));
        assertEquals(Integer.valueOf(3_699), selectedItem(robot), "the end of the drag shows the cursor's row at once");
        assertInView(robot, 3_699);

        robot.interact(() -> view.setCursorPosition(100));
        assertEquals(Integer.valueOf(99), selectedItem(robot), "not scrubbing: every jump is shown");
    }

    @Test
    void withATypeFilterTheCursorSelectsTheLastShownEventAtOrBeforeIt(FxRobot robot) {
        EventLog log = view.getLog();
        int deposited = typeIndex(log, "MoneyDeposited");
        @SuppressWarnings("unchecked")
        ComboBox<Integer> types = robot.lookup("#typeFilter").queryAs(ComboBox.class);
        assertEquals(log.typeCount() + 1, types.getItems().size(), "all types, then each type");
        robot.interact(() -> types.setValue(deposited));

        assertEquals(deposited, view.getTypeFilter());
        assertEquals("946 of 3,768", label(robot, "#eventCount"));
        List<Integer> shown = List.copyOf(table(robot).getItems());
        assertEquals(946, shown.size());
        assertTrue(shown.stream().allMatch(i -> log.typeIndex(i) == deposited));

        robot.interact(() -> view.setCursorPosition(2_000));
        int expected = -1;
        for (int i = 0; i < 2_000; i++) {
            if (log.typeIndex(i) == deposited) {
                expected = i;
            }
        }
        assertEquals(Integer.valueOf(expected), selectedItem(robot));
        assertEquals(2_000, view.getCursorPosition(), "selecting for the cursor leaves the cursor where it is");
    }

    @Test
    void theTypeFilterListsAllTypesThenEachTypeByNameWithItsCount(FxRobot robot) {
        EventLog log = view.getLog();
        robot.clickOn("#typeFilter");
        WaitForAsyncUtils.waitForFxEvents();
        List<String> shown = new ArrayList<>();
        for (Node n : robot.lookup(".combo-box-popup .list-cell").queryAll()) {
            ListCell<?> c = (ListCell<?>) n;
            if (!c.isEmpty() && c.getGraphic() != null) {
                List<String> texts = new ArrayList<>();
                for (Node l : ((javafx.scene.Parent) c.getGraphic()).getChildrenUnmodifiable()) {
                    if (l instanceof Label label) {
                        texts.add(label.getText());
                    }
                }
                shown.add(String.join(" ", texts));
            }
        }
        robot.type(KeyCode.ESCAPE);
        List<String> expected = new ArrayList<>();
        for (int t = 0; t < log.typeCount(); t++) {
            expected.add(log.typeName(t) + " " + String.format("%,d", log.typeCountOf(t)));
        }
        expected.sort(String.CASE_INSENSITIVE_ORDER);
        expected.add(0, "All types 3,768");
        assertTrue(shown.size() >= 10, "the popup shows a screenful: " + shown);
        assertEquals(expected.subList(0, shown.size()), shown, "all types, then each type by name with its count");
        assertTrue(shown.contains("MoneyDeposited 946"));
    }

    @Test
    void clickingARowMovesTheCursorToItAndCallsTheHandler(FxRobot robot) {
        List<Integer> chosen = new ArrayList<>();
        robot.interact(() -> view.setOnEventChosen(chosen::add));
        TableRow<?> third = visibleRows(robot).get(2);
        int index = (Integer) third.getItem();

        robot.clickOn(third);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(EventLog.positionOf(index), view.getCursorPosition());
        assertEquals(List.of(index), chosen);
        assertEquals(Integer.valueOf(index), selectedItem(robot));
    }

    @Test
    void theArrowKeysMoveTheCursorAndEnterChoosesTheRow(FxRobot robot) {
        List<Integer> chosen = new ArrayList<>();
        robot.interact(() -> view.setOnEventChosen(chosen::add));
        robot.clickOn(visibleRows(robot).get(0));
        robot.type(KeyCode.DOWN, KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(3, view.getCursorPosition());
        assertEquals(List.of(0), chosen, "arrows move the cursor without choosing");

        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(0, 2), chosen);
    }

    @Test
    void theInspectedStreamToggleShowsExactlyThatStreamsEvents(FxRobot robot) {
        EventLog log = view.getLog();
        int stream = log.streamIndexOf("account-0007");
        ToggleButton toggle = robot.lookup("#streamOnlyToggle").queryAs(ToggleButton.class);
        assertTrue(toggle.isDisabled(), "nothing to show while no stream is inspected");

        robot.interact(() -> view.setInspectedStream(stream));
        robot.clickOn(toggle);
        WaitForAsyncUtils.waitForFxEvents();

        List<Integer> expected = new ArrayList<>();
        for (int i : log.eventsOfStream(stream)) {
            expected.add(i);
        }
        assertTrue(view.isInspectedStreamOnly());
        assertEquals(expected, List.copyOf(table(robot).getItems()));
        assertEquals(expected.size() + " of 3,768", label(robot, "#eventCount"));

        robot.clickOn(toggle);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(3_768, table(robot).getItems().size());
    }

    @Test
    void theInspectedStreamsRowsAreMarked(FxRobot robot) {
        EventLog log = view.getLog();
        int stream = log.streamIndex(5);
        robot.interact(() -> view.setInspectedStream(stream));
        WaitForAsyncUtils.waitForFxEvents();

        PseudoClass inspected = PseudoClass.getPseudoClass("inspected");
        List<TableRow<?>> rows = visibleRows(robot);
        assertTrue(rows.stream().anyMatch(r -> r.getPseudoClassStates().contains(inspected)));
        for (TableRow<?> r : rows) {
            assertEquals(log.streamIndex((Integer) r.getItem()) == stream, r.getPseudoClassStates().contains(inspected),
                    "row of event " + r.getItem());
        }
    }

    @Test
    void aMillionEventsLoadAndTheCursorReachesTheEnd(FxRobot robot) throws Exception {
        EventLog log = million();
        robot.interact(() -> view.setLog(log));
        assertEquals(1_000_000, view.getShownCount());
        assertEquals(RowList.WINDOW, table(robot).getItems().size(), "the table holds a window of the rows");
        assertTrue(robot.lookup("#allRowsScrollBar").query().isVisible(), "a scroll bar spans all rows");
        assertEquals("1,000,000 events", label(robot, "#eventCount"));

        robot.interact(() -> view.setCursorPosition(999_999));
        assertEquals(Integer.valueOf(999_998), selectedItem(robot));
        assertInView(robot, table(robot).getSelectionModel().getSelectedIndex());
        TableRow<?> row = visibleRows(robot).stream().filter(r -> r.getItem().equals(999_998)).findFirst().orElseThrow();
        assertEquals("999,999", cellTexts(row).get(0));
        ScrollBar all = robot.lookup("#allRowsScrollBar").queryAs(ScrollBar.class);
        assertTrue(all.getValue() > all.getMax() - 40, "the scroll bar is at the end: " + all.getValue() + " of " + all.getMax());
        assertTrue(Files.size(Screenshots.save(stage.getScene(), "events-million.png")) > 0);

        robot.interact(() -> view.setCursorPosition(500_001));
        assertEquals(Integer.valueOf(500_000), selectedItem(robot));
        assertInView(robot, table(robot).getSelectionModel().getSelectedIndex());

        robot.interact(() -> all.setValue(123_456));
        WaitForAsyncUtils.waitForFxEvents();
        int top = visibleRows(robot).stream().mapToInt(r -> (Integer) r.getItem()).min().orElseThrow();
        assertTrue(Math.abs(top - 123_456) <= 2, "dragging the scroll bar shows its rows: top " + top);

        robot.interact(() -> view.setTypeFilter(2));
        assertEquals(log.typeCountOf(2), view.getShownCount());
        int selected = selectedItem(robot);
        assertEquals(2, log.typeIndex(selected));
        assertTrue(selected <= 500_000, "at or before the cursor");
        for (int i = selected + 1; i <= 500_000; i++) {
            assertFalse(log.typeIndex(i) == 2, "the last of the type at or before the cursor");
        }
        assertInView(robot, table(robot).getSelectionModel().getSelectedIndex());
    }

    @Test
    void screenshotsInLightAndDarkThemes(FxRobot robot) throws Exception {
        EventLog log = view.getLog();
        robot.interact(() -> {
            view.setInspectedStream(log.streamIndexOf("order-0005"));
            view.setCursorPosition(140);
        });
        Path light = Screenshots.save(stage.getScene(), "events.png");
        robot.interact(() -> {
            view.setInspectedStreamOnly(true);
            view.setTypeFilter(-1);
        });
        Path stream = Screenshots.save(stage.getScene(), "events-inspected-stream.png");
        robot.interact(() -> {
            view.setInspectedStreamOnly(false);
            Application.setUserAgentStylesheet(new PrimerDark().getUserAgentStylesheet());
        });
        Path dark = Screenshots.save(stage.getScene(), "events-dark.png");
        robot.interact(() -> view.setTypeFilter(typeIndex(log, "MoneyWithdrawn")));
        Path filtered = Screenshots.save(stage.getScene(), "events-type-filter-dark.png");
        robot.interact(() -> Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet()));
        for (Path p : List.of(light, stream, dark, filtered)) {
            assertTrue(Files.size(p) > 0);
        }
    }

    @Test
    void rowsThatWereEmptyShowTheTypeSwatchAgainWhenALogArrives(FxRobot robot) throws Exception {
        EventLog log = view.getLog();
        robot.interact(() -> view.setLog(null));
        assertTrue(visibleRows(robot).isEmpty());
        robot.interact(() -> view.setLog(log));

        List<TableRow<?>> rows = visibleRows(robot);
        assertFalse(rows.isEmpty());
        for (TableRow<?> r : rows) {
            Node swatch = r.lookup(".type-swatch");
            assertNotNull(swatch, "row " + r.getIndex());
            assertTrue(swatch.isVisible() && swatch.getScene() != null, "row " + r.getIndex());
            assertEquals(log.type((Integer) r.getItem()), cellTexts(r).get(3));
        }
    }

    // ---- helpers ------------------------------------------------------------------------------

    private static int typeIndex(EventLog log, String name) {
        for (int t = 0; t < log.typeCount(); t++) {
            if (log.typeName(t).equals(name)) {
                return t;
            }
        }
        throw new AssertionError("no type " + name);
    }

    @SuppressWarnings("unchecked")
    private static TableView<Integer> table(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#eventsTable").queryAs(TableView.class);
    }

    private static Integer selectedItem(FxRobot robot) {
        return table(robot).getSelectionModel().getSelectedItem();
    }

    private static String label(FxRobot robot, String query) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    /** The filled rows on screen, top to bottom. */
    private static List<TableRow<?>> visibleRows(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        List<TableRow<?>> rows = new ArrayList<>();
        for (Node n : robot.lookup(".event-row").queryAll()) {
            TableRow<?> r = (TableRow<?>) n;
            if (!r.isEmpty() && r.isVisible() && r.getItem() != null) {
                rows.add(r);
            }
        }
        rows.sort(Comparator.comparingInt(TableRow::getIndex));
        return rows;
    }

    /** First and last row index on screen (either may be cut off at the edge). */
    private static int[] visibleRange(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        VirtualFlow<?> flow = robot.from(table(robot)).lookup(".virtual-flow").queryAs(VirtualFlow.class);
        IndexedCell<?> first = flow.getFirstVisibleCell();
        IndexedCell<?> last = flow.getLastVisibleCell();
        return new int[] {first.getIndex(), last.getIndex()};
    }

    private static void assertInView(FxRobot robot, int row) {
        int[] range = visibleRange(robot);
        assertTrue(row > range[0] && row < range[1] || row == range[0] && row == 0
                        || row == range[1] && row == table(robot).getItems().size() - 1,
                "row " + row + " in view " + range[0] + ".." + range[1]);
    }

    private static List<String> cellTexts(TableRow<?> row) {
        List<String> texts = new ArrayList<>();
        for (Node n : row.getChildrenUnmodifiable()) {
            if (n instanceof TableCell<?, ?> c) {
                texts.add(c.getText() == null ? "" : c.getText());
            }
        }
        return texts;
    }
}
