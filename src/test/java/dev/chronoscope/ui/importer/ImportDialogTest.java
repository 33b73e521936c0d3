package dev.chronoscope.ui.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chronoscope.source.LoadOptions;
import dev.chronoscope.ui.Screenshots;
import dev.chronoscope.ui.settings.Theme;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The import dialog with a real table and real role selectors, headless under Monocle. */
@ExtendWith(ApplicationExtension.class)
class ImportDialogTest {

    @TempDir
    Path dir;

    private Stage owner;
    private Dialog<LoadOptions> dialog;

    @Start
    void start(Stage stage) {
        Theme.LIGHT.apply();
        owner = stage;
        stage.setScene(new Scene(new Label("main window"), 600, 400));
        stage.sizeToScene();
        stage.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        if (dialog != null) {
            robot.interact(() -> dialog.close());
        }
    }

    /** A helpdesk export in the ServiceNow style: roles under other names, ? for empty cells. */
    static Path incidents(Path dir) throws Exception {
        StringBuilder sb = new StringBuilder(
                "number,incident_state,sys_updated_at,sys_mod_count,caller_id,category,priority,assigned_to\n");
        String[] states = {"New", "Active", "Awaiting User Info", "Active", "Resolved", "Closed"};
        String[] cats = {"Category 26", "Category 53", "Category 46", "Category 9"};
        for (int i = 0; i < 40; i++) {
            String inc = String.format("INC%07d", i / 6 + 1);
            int step = i % 6;
            String state = i == 15 ? "?" : states[step];
            sb.append(inc).append(',').append(state).append(',')
                    .append(String.format("%d/3/2016 %02d:%02d", 1 + i / 6, 8 + step, (i * 7) % 60)).append(',')
                    .append(step).append(",Caller ").append(2403 + i / 6 * 17).append(',')
                    .append(cats[(i / 6) % cats.length]).append(",3 - Moderate,")
                    .append(step == 0 ? "?" : "Resolver " + (11 + i / 6)).append('\n');
        }
        Path p = dir.resolve("incidents.csv");
        Files.writeString(p, sb.toString(), StandardCharsets.UTF_8);
        return p;
    }

    private Dialog<LoadOptions> show(FxRobot robot, Path file, LoadOptions suggested) throws Exception {
        Dialog<LoadOptions> d = WaitForAsyncUtils.asyncFx(
                () -> ImportDialog.create(owner, new ImportViewModel(file, suggested))).get(10, TimeUnit.SECONDS);
        dialog = d;
        robot.interact(d::show);
        WaitForAsyncUtils.waitForFxEvents();
        // typing goes to the target window, which an earlier test class may have set to its own
        robot.targetWindow(d.getDialogPane().getScene().getWindow());
        return d;
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<ColumnRole> role(Dialog<?> d, int column) {
        return (ComboBox<ColumnRole>) d.getDialogPane().lookup("#role-" + column);
    }

    private static String text(Dialog<?> d, String id) {
        javafx.scene.Node n = d.getDialogPane().lookup(id);
        return n instanceof Label l ? l.getText() : ((TextField) n).getText();
    }

    /**
     * Types into a field of the dialog. The field takes the focus directly: under Monocle a dialog
     * taller than its owner's screen area can be clicked a row off.
     */
    private static void type(FxRobot robot, Dialog<?> d, String id, String text) {
        robot.interact(() -> d.getDialogPane().lookup(id).requestFocus());
        robot.write(text);
    }

    @Test
    void choosingRolesChangesTheRejectedCountAndTheFlags(FxRobot robot) throws Exception {
        Dialog<LoadOptions> d = show(robot, incidents(dir), null);
        TableView<?> table = (TableView<?>) d.getDialogPane().lookup("#importTable");
        assertEquals(40, table.getItems().size());
        assertEquals(9, table.getColumns().size());
        assertTrue(text(d, "#importRejected").startsWith("Cannot load: no column for the event type"));
        assertTrue(d.getDialogPane().lookupButton(ImportDialog.OPEN).isDisabled());

        robot.interact(() -> {
            role(d, 0).setValue(ColumnRole.STREAM);
            role(d, 1).setValue(ColumnRole.TYPE);
            role(d, 2).setValue(ColumnRole.TIME);
            role(d, 3).setValue(ColumnRole.VERSION);
        });
        assertEquals("All 40 preview records load", text(d, "#importRejected"));
        assertEquals("--map stream=number --map type=incident_state --map time=sys_updated_at --map version=sys_mod_count",
                text(d, "#importCli"));
        assertFalse(d.getDialogPane().lookupButton(ImportDialog.OPEN).isDisabled());

        type(robot, d, "#importNullToken", "?");
        assertEquals("1 of 40 preview records would be rejected — line 17: missing type: expected a value in column "
                + "'incident_state'", text(d, "#importRejected"));
        assertTrue(text(d, "#importCli").endsWith("--null ?"));

        robot.interact(() -> role(d, 7).setValue(ColumnRole.IGNORE));
        type(robot, d, "#importZone", "Europe/Amsterdam");
        assertEquals("--map stream=number --map type=incident_state --map time=sys_updated_at --map version=sys_mod_count "
                + "--ignore assigned_to --null ? --zone Europe/Amsterdam", text(d, "#importCli"));
        assertTrue(Files.size(Screenshots.save(d.getDialogPane().getScene(), "import-dialog.png")) > 0);

        robot.interact(() -> role(d, 3).setValue(ColumnRole.TYPE));
        assertEquals(ColumnRole.ATTRIBUTE, role(d, 1).getValue());
        assertEquals("All 40 preview records load", text(d, "#importRejected"));

        robot.interact(() -> ((javafx.scene.control.Button) d.getDialogPane().lookupButton(ImportDialog.OPEN)).fire());
        WaitForAsyncUtils.waitForFxEvents();
        LoadOptions chosen = d.getResult();
        assertEquals("sys_mod_count", chosen.mapping().get("type"));
        assertEquals("number", chosen.mapping().get("stream"));
        dialog = null;
    }

    @Test
    void aBadZoneDisablesOpenAndSaysWhy(FxRobot robot) throws Exception {
        Dialog<LoadOptions> d = show(robot, incidents(dir), LoadOptions.defaults()
                .withMapping(Map.of("stream", "number", "type", "incident_state")));
        assertEquals(ColumnRole.STREAM, role(d, 0).getValue());
        assertFalse(d.getDialogPane().lookupButton(ImportDialog.OPEN).isDisabled());
        type(robot, d, "#importZone", "Mars");
        assertTrue(d.getDialogPane().lookupButton(ImportDialog.OPEN).isDisabled());
        assertTrue(text(d, "#importOptionsError").startsWith("Unknown time zone 'Mars'"));
    }
}
