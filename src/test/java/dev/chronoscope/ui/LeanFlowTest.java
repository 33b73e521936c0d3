package dev.chronoscope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Tables that fill their rows once when all their rows are replaced, headless under Monocle. */
@ExtendWith(ApplicationExtension.class)
class LeanFlowTest {

    private final ObservableList<Integer> leanRows = FXCollections.observableArrayList();
    private final ObservableList<Integer> plainRows = FXCollections.observableArrayList();
    private final AtomicInteger leanRowFills = new AtomicInteger();
    private final AtomicInteger plainRowFills = new AtomicInteger();
    private TableView<Integer> leanTable;
    private TableView<Integer> plainTable;

    @Start
    void start(Stage stage) {
        leanTable = counted(LeanFlow.table(leanRows), leanRowFills);
        plainTable = counted(new TableView<>(plainRows), plainRowFills);
        stage.setScene(new Scene(new HBox(leanTable, plainTable), 600, 500));
        stage.show();
    }

    @Test
    void aTableGivenAllNewRowsFillsEachRowOnceWhereJavaFxFillsItTwice(FxRobot robot) {
        fill(robot, numbers(50_000, 300)); // cells made, as after the window's rehearsal
        for (boolean fromEmpty : new boolean[] {true, false}) {
            if (fromEmpty) {
                fill(robot, List.of()); // the rehearsal's log cleared away
            }
            List<Integer> rows = numbers(fromEmpty ? 0 : 1_000, fromEmpty ? 5_000 : 6_000);
            resetCounts();
            robot.interact(() -> {
                // as the events table takes a new log: all rows replaced, then a scroll
                leanRows.setAll(rows);
                LeanFlow.scrollTo(leanTable, 0);
                plainRows.setAll(rows);
                plainTable.scrollTo(0);
            });
            WaitForAsyncUtils.waitForFxEvents();

            String when = fromEmpty ? "from no rows" : "all rows replaced";
            int visible = visibleRows(leanTable);
            assertEquals(visible, visibleRows(plainTable), when);
            assertTrue(visible > 10, when);
            // each row on screen filled once (and a few measured ahead with the flow's spare row)
            assertTrue(leanRowFills.get() <= visible * 5 / 4, when + ": " + leanRowFills + " fills for " + visible + " rows");
            // JavaFX's own flow fills them all twice (if it ever stops, LeanFlow can go)
            assertTrue(plainRowFills.get() >= 2 * visible, when + ": " + plainRowFills + " plain fills for " + visible);
            // and both show the same rows
            assertEquals(shownRows(plainTable), shownRows(leanTable), when);
            assertEquals(rows.get(0), shownRows(leanTable).get(0), when);
        }
    }

    private void fill(FxRobot robot, List<Integer> rows) {
        robot.interact(() -> {
            leanRows.setAll(rows);
            plainRows.setAll(rows);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void resetCounts() {
        leanRowFills.set(0);
        plainRowFills.set(0);
    }

    private static List<Integer> numbers(int from, int count) {
        List<Integer> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(from + i);
        }
        return out;
    }

    private static TableView<Integer> counted(TableView<Integer> table, AtomicInteger fills) {
        TableColumn<Integer, Integer> c = new TableColumn<>("n");
        c.setCellValueFactory(f -> new javafx.beans.property.SimpleObjectProperty<>(f.getValue()));
        table.getColumns().add(c);
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(Integer item, boolean empty) {
                super.updateItem(item, empty);
                if (!empty) {
                    fills.incrementAndGet();
                }
            }
        });
        return table;
    }


    private static int visibleRows(TableView<Integer> table) {
        return shownRows(table).size();
    }

    private static List<Integer> shownRows(TableView<Integer> table) {
        List<Integer> out = new ArrayList<>();
        table.lookupAll(".table-row-cell").forEach(n -> {
            TableRow<?> r = (TableRow<?>) n;
            if (r.isVisible() && !r.isEmpty()) {
                out.add((Integer) r.getItem());
            }
        });
        out.sort(Integer::compare);
        return out;
    }
}
