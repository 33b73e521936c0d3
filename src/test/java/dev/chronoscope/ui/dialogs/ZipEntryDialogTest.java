package dev.chronoscope.ui.dialogs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chronoscope.ui.Screenshots;
import dev.chronoscope.ui.settings.Theme;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The zip entry picker, shown without waiting so that the robot can click in it. */
@ExtendWith(ApplicationExtension.class)
class ZipEntryDialogTest {

    private static final List<String> ENTRIES = List.of("readme.txt", "logs/bank.jsonl", "logs/shop.csv");

    private Stage owner;
    private Dialog<String> dialog;

    @Start
    void start(Stage stage) {
        Theme.LIGHT.apply();
        owner = stage;
        stage.setScene(new Scene(new Label("main window"), 600, 400));
        stage.sizeToScene();
        stage.show();
    }

    @AfterEach
    void closeDialog(FxRobot robot) {
        if (dialog != null) {
            robot.interact(() -> dialog.close());
        }
    }

    private ListView<?> open(FxRobot robot, String initial) {
        dialog = DialogTestSupport.onFx(() -> ZipEntryDialog.create(owner, Path.of("exports.zip"), ENTRIES, initial));
        robot.interact(() -> dialog.show());
        WaitForAsyncUtils.waitForFxEvents();
        robot.targetWindow(dialog.getDialogPane().getScene().getWindow());
        return (ListView<?>) dialog.getDialogPane().lookup("#zipEntries");
    }

    private Node cell(FxRobot robot, String text) {
        return robot.lookup(".list-cell").match((Node n) -> n instanceof ListCell<?> c && text.equals(c.getItem())
                && c.isVisible()).query();
    }

    @Test
    void everyEntryIsListedTheRememberedOneSelectedAndADoubleClickOpensOne(FxRobot robot) throws Exception {
        ListView<?> list = open(robot, "logs/bank.jsonl");
        assertEquals(ENTRIES, list.getItems());
        assertEquals("logs/bank.jsonl", list.getSelectionModel().getSelectedItem());
        assertEquals("exports.zip holds 3 files. Which one is the event log?", dialog.getHeaderText());
        assertTrue(Files.size(Screenshots.save(dialog.getDialogPane().getScene(), "zip-entry-dialog.png")) > 0);
        robot.doubleClickOn(cell(robot, "logs/shop.csv"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("logs/shop.csv", dialog.getResult());
        assertTrue(!dialog.isShowing());
        dialog = null;
    }

    @Test
    void cancelChoosesNothing(FxRobot robot) {
        open(robot, null);
        robot.clickOn("Cancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(dialog.getResult());
        dialog = null;
    }
}
