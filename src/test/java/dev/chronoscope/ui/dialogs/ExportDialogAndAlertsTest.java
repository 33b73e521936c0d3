package dev.chronoscope.ui.dialogs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chronoscope.ui.Formats;
import dev.chronoscope.ui.Screenshots;
import dev.chronoscope.ui.settings.Theme;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The export dialog and the alerts, shown without waiting, headless under Monocle. */
@ExtendWith(ApplicationExtension.class)
class ExportDialogAndAlertsTest {

    @TempDir
    Path dir;

    private Stage owner;
    private Dialog<?> dialog;

    @Start
    void start(Stage stage) {
        Theme.LIGHT.apply();
        owner = stage;
        stage.getIcons().setAll(DialogSupport.icons()); // as the main window has; owned dialogs show their owner's
        stage.setScene(new Scene(new Label("main window"), 600, 400));
        stage.sizeToScene(); // the shared primary stage may keep an earlier test's size
        stage.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        if (dialog != null) {
            robot.interact(() -> dialog.close());
        }
    }

    private <T extends Dialog<?>> T show(FxRobot robot, java.util.concurrent.Callable<T> create) {
        T d = DialogTestSupport.onFx(create);
        dialog = d;
        robot.interact(d::show);
        WaitForAsyncUtils.waitForFxEvents();
        return d;
    }

    @Test
    void withAnInspectedStreamTheStreamIsOfferedAndChosenFirst(FxRobot robot) throws Exception {
        Dialog<ExportChoice> d = show(robot, () -> ExportDialog.create(owner, "account-0007", 1234, "#1,234"));
        RadioButton stream = (RadioButton) d.getDialogPane().lookup("#exportStream");
        RadioButton world = (RadioButton) d.getDialogPane().lookup("#exportWorld");

        assertEquals("Stream account-0007 (its state at #1,234)", stream.getText());
        assertEquals("All streams (world state at #1,234)", world.getText());
        assertTrue(stream.isSelected());
        assertFalse(stream.isDisabled());
        assertTrue(Files.size(Screenshots.save(d.getDialogPane().getScene(), "export-dialog.png")) > 0);

        robot.clickOn(world);
        robot.clickOn((Button) d.getDialogPane().lookupButton(ExportDialog.NEXT));
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(new ExportChoice(ExportChoice.Scope.WORLD), d.getResult());
    }

    @Test
    void withoutAnInspectedStreamOnlyTheWorldCanBeChosen(FxRobot robot) {
        Dialog<ExportChoice> d = show(robot, () -> ExportDialog.create(owner, null, 1234, null));
        RadioButton stream = (RadioButton) d.getDialogPane().lookup("#exportStream");
        RadioButton world = (RadioButton) d.getDialogPane().lookup("#exportWorld");

        assertTrue(stream.isDisabled());
        assertTrue(world.isSelected());
        assertEquals("All streams (world state at #" + Formats.count(1234) + ")", world.getText());

        robot.clickOn((Button) d.getDialogPane().lookupButton(ExportDialog.NEXT));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(new ExportChoice(ExportChoice.Scope.WORLD), d.getResult());
    }

    @Test
    void cancellingTheExportGivesNoChoice(FxRobot robot) {
        Dialog<ExportChoice> d = show(robot, () -> ExportDialog.create(owner, "account-0007", 1, "#1"));

        robot.clickOn("Cancel");
        WaitForAsyncUtils.waitForFxEvents();

        assertFalse(d.isShowing());
        assertNull(d.getResult());
    }

    @Test
    void anErrorShowsItsHeaderAndDetailWithTheAppIcon(FxRobot robot) throws Exception {
        Alert a = show(robot, () -> Alerts.errorAlert(owner, "Could not open bank.jsonl",
                "Line 17: expected a JSON object, found ']'"));

        assertEquals("Could not open bank.jsonl", a.getHeaderText());
        assertEquals("Line 17: expected a JSON object, found ']'",
                ((Label) a.getDialogPane().lookup("#alertDetail")).getText());
        assertEquals(owner, a.getOwner());
        assertFalse(((Stage) a.getDialogPane().getScene().getWindow()).getIcons().isEmpty());
        assertNull(a.getDialogPane().getExpandableContent());
        assertTrue(Files.size(Screenshots.save(a.getDialogPane().getScene(), "alert-error.png")) > 0);
    }

    @Test
    void aLongDetailFoldsAwayBehindItsFirstLine(FxRobot robot) {
        String trace = "java.io.IOException: disk full\n" + "\tat some.Frame.call(Frame.java:1)\n".repeat(20);
        Alert a = show(robot, () -> Alerts.errorAlert(owner, "Could not save", trace));

        assertEquals("java.io.IOException: disk full", ((Label) a.getDialogPane().lookup("#alertDetail")).getText());
        assertEquals(trace.strip(), ((TextArea) a.getDialogPane().getExpandableContent()).getText());
    }

    @Test
    void anInfoWithAPathShowsItAndCopiesItWithoutClosing(FxRobot robot) throws Exception {
        Path file = dir.resolve("bank-world-at-1234.snapshot.json");
        Alert a = show(robot, () -> Alerts.infoAlert(owner, "Snapshot exported", "3,769 streams written.", file));

        assertEquals(file.toAbsolutePath().toString(), ((TextField) a.getDialogPane().lookup("#alertPath")).getText());
        assertEquals("3,769 streams written.", ((Label) a.getDialogPane().lookup("#alertDetail")).getText());
        assertTrue(Files.size(Screenshots.save(a.getDialogPane().getScene(), "alert-info.png")) > 0);

        Button copy = (Button) a.getDialogPane().lookupButton(Alerts.COPY_PATH);
        robot.clickOn(copy);
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(a.isShowing(), "copying keeps the message open");
        assertEquals("Copied", copy.getText());
        assertEquals(file.toAbsolutePath().toString(), DialogTestSupport.onFx(() -> Clipboard.getSystemClipboard().getString()));
    }

    @Test
    void anInfoWithoutAPathHasNoCopyButton(FxRobot robot) {
        Alert a = show(robot, () -> Alerts.infoAlert(owner, "Nothing to export", null, null));

        assertNull(a.getDialogPane().lookupButton(Alerts.COPY_PATH));
        assertNull(a.getDialogPane().lookup("#alertDetail"));
        assertNotNull(a.getDialogPane().lookupButton(javafx.scene.control.ButtonType.OK));
    }
}
