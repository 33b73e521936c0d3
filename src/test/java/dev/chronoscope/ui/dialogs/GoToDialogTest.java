package dev.chronoscope.ui.dialogs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chronoscope.ui.Screenshots;
import dev.chronoscope.ui.settings.Theme;
import java.nio.file.Files;
import java.time.ZoneOffset;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real dialog, shown without waiting so that the robot can type into it. */
@ExtendWith(ApplicationExtension.class)
class GoToDialogTest {

    private Stage owner;
    private Dialog<GoToTarget> dialog;

    @Start
    void start(Stage stage) {
        Theme.LIGHT.apply();
        owner = stage;
        stage.getIcons().setAll(DialogSupport.icons()); // as the main window has; owned dialogs show their owner's
        Scene scene = new Scene(new Label("main window"), 600, 400);
        scene.getStylesheets().add("data:text/css,.root{-cs-owner-sheet:1;}");
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void closeDialog(FxRobot robot) {
        if (dialog != null) {
            robot.interact(() -> dialog.close());
        }
    }

    private void open(FxRobot robot) {
        dialog = DialogTestSupport.onFx(() -> GoToDialog.create(owner, 1_000_000, "Now at #1,234 (2024-02-11 14:34:07 UTC)",
                ZoneOffset.UTC));
        robot.interact(() -> dialog.show());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(field().isFocused(), "the field has the focus when the dialog opens");
        robot.clickOn(field()); // Monocle gives keyboard input to the window last clicked
    }

    private TextField field() {
        return (TextField) dialog.getDialogPane().lookup("#goToField");
    }

    private Node goButton() {
        return dialog.getDialogPane().lookupButton(GoToDialog.GO);
    }

    private String feedback() {
        return ((Label) dialog.getDialogPane().lookup("#goToFeedback")).getText();
    }

    @Test
    void goIsDisabledUntilTheTextReadsAsATarget(FxRobot robot) {
        open(robot);
        assertTrue(goButton().isDisabled());

        robot.write("512,34");
        assertTrue(goButton().isDisabled());
        assertTrue(feedback().contains("groups of three digits"), feedback());

        robot.write("0");
        assertFalse(goButton().isDisabled());
        assertTrue(feedback().startsWith("Goes to position #"), feedback());
    }

    @Test
    void enterReturnsTheTarget(FxRobot robot) {
        open(robot);

        robot.write("2024-02-11 14:34");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertFalse(dialog.isShowing());
        assertEquals(new GoToTarget.Time(java.time.Instant.parse("2024-02-11T14:34:00Z")), dialog.getResult());
    }

    @Test
    void theDialogIsOwnedStyledLikeItsOwnerAndHasTheAppIcon(FxRobot robot) {
        open(robot);

        assertEquals(owner, dialog.getOwner());
        assertTrue(dialog.getDialogPane().getStylesheets().containsAll(owner.getScene().getStylesheets()));
        assertTrue(dialog.getDialogPane().getStylesheets().contains(DialogSupport.STYLESHEET));
        assertFalse(((Stage) dialog.getDialogPane().getScene().getWindow()).getIcons().isEmpty());
    }

    @Test
    void screenshotsOfAValidAndAnInvalidEntry(FxRobot robot) throws Exception {
        open(robot);
        robot.write("#512,340");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(Files.size(Screenshots.save(dialog.getDialogPane().getScene(), "goto-dialog.png")) > 0);

        robot.interact(() -> field().setText("2024-02-30 25:00"));
        assertTrue(Files.size(Screenshots.save(dialog.getDialogPane().getScene(), "goto-dialog-invalid.png")) > 0);

        robot.interact(() -> {
            field().setText("2024-02-11T14:34:07+01:00");
            Theme.DARK.apply();
        });
        assertTrue(Files.size(Screenshots.save(dialog.getDialogPane().getScene(), "goto-dialog-dark.png")) > 0);
        robot.interact(Theme.LIGHT::apply);
    }
}
