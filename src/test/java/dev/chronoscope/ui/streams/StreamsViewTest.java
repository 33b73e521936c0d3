package dev.chronoscope.ui.streams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import dev.chronoscope.event.EventLog;
import dev.chronoscope.source.EventLogLoader;
import dev.chronoscope.source.LoadListener;
import dev.chronoscope.source.LoadOptions;
import dev.chronoscope.ui.Formats;
import dev.chronoscope.ui.MainWindow;
import dev.chronoscope.ui.Screenshots;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The streams list alone in a stage, driven by the robot, headless under Monocle. */
@ExtendWith(ApplicationExtension.class)
class StreamsViewTest {

    private static EventLog sample;

    private StreamsView view;
    private Stage stage;

    static synchronized EventLog sample() throws Exception {
        if (sample == null) {
            sample = EventLogLoader.load(Path.of("sample-data/bank-and-shop.jsonl"), LoadOptions.defaults(), LoadListener.NONE);
        }
        return sample;
    }

    /** {@code n} streams named stream-1..stream-n, in a shuffled order of first appearance, one to three events each. */
    static EventLog manyStreams(int n) {
        EventLog.Builder b = EventLog.builder("generated");
        for (int k = 0; k < n; k++) {
            int s = (int) ((k * 7_919L) % n) + 1;
            String type = s % 3 == 0 ? "Order" : "Account";
            for (int e = 0; e <= s % 3; e++) {
                b.add(null, "stream-" + s, type, "Happened", e + 1, EventLog.NO_TIME, null, null);
            }
        }
        return b.build();
    }

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        MainWindow.applyTheme();
        view = new StreamsView();
        view.setLog(sample());
        stage.setScene(new Scene(view, 300, 560));
        stage.sizeToScene(); // the shared primary stage may keep an earlier test's size
        stage.show();
    }

    @Test
    void listsEverySampleStreamWithItsTypeAndEventCount(FxRobot robot) {
        EventLog log = view.getLog();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(310, list(robot).getItems().size());
        assertEquals("310", label(robot, "#streamCount"));

        ListCell<?> first = visibleCells(robot).get(0);
        int stream = (Integer) first.getItem();
        List<String> sortedNames = new ArrayList<>();
        for (int s = 0; s < log.streamCount(); s++) {
            sortedNames.add(log.streamName(s));
        }
        sortedNames.sort(NaturalOrder.INSTANCE);
        assertEquals(List.of(sortedNames.get(0), log.streamType(log.eventsOfStream(stream)[0]),
                        Formats.count(log.eventsOfStream(stream).length)),
                cellTexts(first));
    }

    @Test
    void typingInTheFilterNarrowsTheListAndEscClearsIt(FxRobot robot) {
        EventLog log = view.getLog();
        robot.clickOn("#streamFilter").write("ORDER");
        WaitForAsyncUtils.waitForFxEvents();

        List<Integer> shown = List.copyOf(list(robot).getItems());
        long expected = 0;
        for (int s = 0; s < log.streamCount(); s++) {
            String type = log.streamType(log.eventsOfStream(s)[0]);
            if (log.streamName(s).toLowerCase(Locale.ROOT).contains("order")
                    || (type != null && type.toLowerCase(Locale.ROOT).contains("order"))) {
                expected++;
            }
        }
        assertTrue(expected > 0 && expected < 310, "the sample has some orders: " + expected);
        assertEquals(expected, shown.size());
        assertEquals(expected + " of 310", label(robot, "#streamCount"));

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("", robot.lookup("#streamFilter").queryAs(TextField.class).getText());
        assertEquals(310, list(robot).getItems().size());
    }

    @Test
    void namesSortNaturallyAndCanSortByEventsOrFirstAppearance(FxRobot robot) {
        EventLog log = manyStreams(12);
        robot.interact(() -> view.setLog(log));
        assertEquals(List.of("stream-1", "stream-2", "stream-3", "stream-4", "stream-5", "stream-6", "stream-7",
                "stream-8", "stream-9", "stream-10", "stream-11", "stream-12"), shownNames(robot));

        robot.interact(() -> view.setOrder(StreamOrder.EVENTS));
        List<String> byEvents = shownNames(robot);
        assertEquals(List.of("stream-2", "stream-5", "stream-8", "stream-11"), byEvents.subList(0, 4),
                "three events each, then by name");

        robot.interact(() -> view.setOrder(StreamOrder.FIRST_APPEARANCE));
        List<String> byAppearance = new ArrayList<>();
        for (int s = 0; s < log.streamCount(); s++) {
            byAppearance.add(log.streamName(s));
        }
        assertEquals(byAppearance, shownNames(robot));
    }

    @Test
    void clickingARowInspectsItsStream(FxRobot robot) {
        ListCell<?> third = visibleCells(robot).get(2);
        robot.clickOn(third);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(third.getItem(), view.getInspectedStream());
    }

    @Test
    void settingTheInspectedStreamSelectsItsRowAndScrollsItIntoView(FxRobot robot) {
        int last = list(robot).getItems().get(309);
        robot.interact(() -> view.setInspectedStream(last));
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(Integer.valueOf(last), list(robot).getSelectionModel().getSelectedItem());
        assertTrue(visibleCells(robot).stream().anyMatch(c -> c.getItem().equals(last)), "scrolled to the last row");

        robot.interact(() -> view.setInspectedStream(-1));
        assertEquals(-1, list(robot).getSelectionModel().getSelectedIndex());
    }

    @Test
    void settingAStreamTheFilterHidesClearsTheFilter(FxRobot robot) {
        EventLog log = view.getLog();
        robot.interact(() -> view.setFilterText("order"));
        int account = log.streamIndexOf("account-0001");
        assertTrue(account >= 0);
        robot.interact(() -> view.setInspectedStream(account));

        assertEquals("", view.getFilterText());
        assertEquals(310, list(robot).getItems().size());
        assertEquals(Integer.valueOf(account), list(robot).getSelectionModel().getSelectedItem());
    }

    @Test
    void downFromTheFilterMovesIntoTheListAndEnterInspects(FxRobot robot) {
        robot.clickOn("#streamFilter").write("account");
        robot.type(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        ListView<Integer> list = list(robot);
        assertTrue(list.isFocused(), "the list has the focus");
        assertEquals(-1, view.getInspectedStream(), "moving in does not inspect yet");

        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(list.getItems().get(0), view.getInspectedStream());

        robot.type(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(list.getItems().get(1), view.getInspectedStream(), "the arrows move the selection on");
    }

    @Test
    void enterInTheFilterInspectsTheFirstMatch(FxRobot robot) {
        EventLog log = view.getLog();
        robot.clickOn("#streamFilter").write("order-0042").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(log.streamIndexOf("order-0042"), view.getInspectedStream());
    }

    @Test
    void twentyThousandStreamsFilterAndRevealCorrectly(FxRobot robot) {
        EventLog log = manyStreams(20_000);
        robot.interact(() -> view.setLog(log));
        assertEquals("20,000", label(robot, "#streamCount"));

        robot.interact(() -> view.setFilterText("stream-1999"));
        // stream-1999 and stream-19990..19999
        assertEquals(List.of("stream-1999", "stream-19990", "stream-19991", "stream-19992", "stream-19993",
                "stream-19994", "stream-19995", "stream-19996", "stream-19997", "stream-19998", "stream-19999"),
                shownNames(robot));

        robot.interact(() -> view.setFilterText("order"));
        assertEquals("6,666 of 20,000", label(robot, "#streamCount"));

        int target = log.streamIndexOf("stream-15001");
        robot.interact(() -> view.setInspectedStream(target));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(20_000, list(robot).getItems().size(), "stream-15001 is no order: the filter was cleared");
        assertTrue(visibleCells(robot).stream().anyMatch(c -> c.getItem().equals(target)), "scrolled to stream-15001");
    }

    @Test
    void screenshotsInLightAndDarkThemes(FxRobot robot) throws Exception {
        EventLog log = view.getLog();
        robot.interact(() -> view.setInspectedStream(log.streamIndexOf("account-0003")));
        Path light = Screenshots.save(stage.getScene(), "streams.png");
        robot.interact(() -> view.setFilterText("order"));
        Path filtered = Screenshots.save(stage.getScene(), "streams-filtered.png");
        robot.interact(() -> {
            view.setFilterText("");
            view.setOrder(StreamOrder.EVENTS);
            Application.setUserAgentStylesheet(new PrimerDark().getUserAgentStylesheet());
        });
        Path dark = Screenshots.save(stage.getScene(), "streams-dark.png");
        robot.interact(() -> view.setFilterText("no such stream"));
        Path empty = Screenshots.save(stage.getScene(), "streams-empty-dark.png");
        robot.interact(() -> Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet()));
        for (Path p : List.of(light, filtered, dark, empty)) {
            assertTrue(Files.size(p) > 0);
        }
    }

    // ---- helpers ------------------------------------------------------------------------------

    @SuppressWarnings("unchecked")
    @Test
    void cellsThatWereEmptyShowTheirStreamAgainWhenALogArrives(FxRobot robot) throws Exception {
        EventLog log = view.getLog();
        Set<Node> boxes = cellBoxes(robot);
        java.util.concurrent.atomic.AtomicInteger moved = new java.util.concurrent.atomic.AtomicInteger();
        robot.interact(() -> boxes.forEach(n -> n.parentProperty().addListener(o -> moved.incrementAndGet())));
        robot.interact(() -> view.setLog(null));
        assertTrue(visibleCells(robot).isEmpty());
        robot.interact(() -> view.setLog(log));

        List<ListCell<?>> cells = visibleCells(robot);
        assertFalse(cells.isEmpty());
        for (ListCell<?> c : cells) {
            assertNotNull(c.getGraphic());
            assertTrue(c.getGraphic().isVisible() && c.getGraphic().getScene() != null, "cell " + c.getIndex());
            assertEquals(log.streamName((Integer) c.getItem()), cellTexts(c).get(0));
        }
        // the cells kept their graphics (put back into the scene, each would be styled from scratch)
        assertTrue(boxes.containsAll(cellBoxes(robot)));
        assertEquals(0, moved.get());
    }

    /** The graphics of the stream cells in the scene, by identity. */
    private static Set<Node> cellBoxes(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        Set<Node> out = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Node n : robot.lookup(".stream-cell").queryAll()) {
            if (((ListCell<?>) n).getGraphic() != null) {
                out.add(((ListCell<?>) n).getGraphic());
            }
        }
        return out;
    }

    private static ListView<Integer> list(FxRobot robot) {
        return robot.lookup("#streamList").queryAs(ListView.class);
    }

    private static String label(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private List<String> shownNames(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        List<String> names = new ArrayList<>();
        for (int s : list(robot).getItems()) {
            names.add(view.getLog().streamName(s));
        }
        return names;
    }

    /** The filled cells on screen, top to bottom. */
    private static List<ListCell<?>> visibleCells(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        List<ListCell<?>> cells = new ArrayList<>();
        for (Node n : robot.lookup(".stream-cell").queryAll()) {
            ListCell<?> c = (ListCell<?>) n;
            if (!c.isEmpty() && c.isVisible() && c.getItem() != null) {
                cells.add(c);
            }
        }
        cells.sort(Comparator.comparingInt(ListCell::getIndex));
        return cells;
    }

    private static List<String> cellTexts(ListCell<?> cell) {
        List<String> texts = new ArrayList<>();
        for (String cls : List.of(".stream-name", ".stream-type", ".stream-events")) {
            texts.add(((Label) cell.lookup(cls)).getText());
        }
        return texts;
    }
}
