package dev.chronoscope.ui.inspector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chronoscope.event.Rejection;
import dev.chronoscope.ui.MainWindow;
import dev.chronoscope.ui.Screenshots;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.collections.FXCollections;
import javafx.scene.Scene;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The problems view alone in a stage, headless under Monocle. */
@ExtendWith(ApplicationExtension.class)
class ProblemsViewTest {

    private static final String LONG = "{\"streamId\":\"acc-7\",\"eventType\":\"MoneyDeposited\",\"data\":{\"amount\":"
            + "1".repeat(170) + "}";
    private static final List<Rejection> REJECTIONS = List.of(
            new Rejection(12, "not JSON: unexpected end of input at column 41", "{\"streamId\":\"acc-1\",\"eventType\":\"Opene"),
            new Rejection(1_204, "no stream: none of streamId, aggregateId, … is present", "{\"eventType\":\"MoneyDeposited\",\"data\":{}}"),
            new Rejection(48_211, "no event type: eventType is a number, expected a string", LONG));

    private ProblemsView view;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        MainWindow.applyTheme();
        view = new ProblemsView();
        stage.setScene(new Scene(view, 760, 300));
        stage.sizeToScene(); // the shared primary stage may keep an earlier test's size
        stage.show();
    }

    @Test
    void listsTheRejectionsWithGroupedLineNumbersAndCutExcerpts(FxRobot robot) {
        robot.interact(() -> {
            view.setSourceName("bank.jsonl");
            view.getRejections().setAll(REJECTIONS);
        });

        assertEquals("3 records rejected in bank.jsonl — they were not loaded; the rest was.",
                robot.lookup("#problemsHeading").queryLabeled().getText());
        TableView<Rejection> table = robot.lookup("#problemsTable").queryTableView();
        assertEquals(REJECTIONS, table.getItems());
        assertEquals(List.of("12", String.format("%,d", 1_204), String.format("%,d", 48_211)), column(robot, 0));
        String cut = column(robot, 2).get(2);
        assertEquals(161, cut.length());
        assertTrue(cut.endsWith("…") && LONG.startsWith(cut.substring(0, 160)), cut);
        assertEquals(REJECTIONS.get(0).excerpt(), column(robot, 2).get(0));
    }

    @Test
    void theHeadingCountsInTheSingularAndSaysWhenThereIsNoProblem() {
        assertEquals("1 record rejected in a.csv — it was not loaded; the rest was.", ProblemsView.heading(1, "a.csv"));
        assertEquals("No problems in a.csv: every record was loaded.", ProblemsView.heading(0, "a.csv"));
        assertEquals(String.format("%,d", 2_000) + " records rejected — they were not loaded; the rest was.",
                ProblemsView.heading(2_000, null));
    }

    @Test
    void withoutRejectionsTheTableSaysEveryRecordWasLoaded(FxRobot robot) {
        robot.interact(() -> view.setRejections(FXCollections.observableArrayList()));

        assertTrue(robot.lookup("No problems: every record was loaded.").tryQuery().isPresent());
    }

    @Test
    void controlCCopiesTheSelectedRowsAsTabSeparatedText(FxRobot robot) throws Exception {
        robot.interact(() -> view.getRejections().setAll(REJECTIONS));
        TableView<Rejection> table = robot.lookup("#problemsTable").queryTableView();
        robot.interact(() -> {
            table.getSelectionModel().selectRange(0, 2);
            table.requestFocus();
        });

        robot.press(KeyCode.CONTROL).press(KeyCode.C).release(KeyCode.C).release(KeyCode.CONTROL);

        String text = WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get(5, TimeUnit.SECONDS);
        assertEquals("12\tnot JSON: unexpected end of input at column 41\t{\"streamId\":\"acc-1\",\"eventType\":\"Opene\n"
                + "1204\tno stream: none of streamId, aggregateId, … is present\t{\"eventType\":\"MoneyDeposited\",\"data\":{}}", text);
    }

    @Test
    void screenshot(FxRobot robot) throws Exception {
        robot.interact(() -> {
            view.setSourceName("bank.jsonl");
            view.getRejections().setAll(REJECTIONS);
        });

        assertTrue(Files.size(Screenshots.save(stage.getScene(), "inspector-problems.png")) > 0);
    }

    @SuppressWarnings("unchecked")
    private static List<String> column(FxRobot robot, int column) {
        WaitForAsyncUtils.waitForFxEvents();
        TableView<Rejection> table = robot.lookup("#problemsTable").queryTableView();
        return robot.lookup("#problemsTable").lookup(".table-cell").queryAllAs(TableCell.class).stream()
                .filter(c -> c.getTableColumn() == table.getColumns().get(column) && !c.isEmpty() && c.isVisible())
                .sorted((a, b) -> Integer.compare(a.getIndex(), b.getIndex()))
                .map(TableCell::getText)
                .toList();
    }
}
