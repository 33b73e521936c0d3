package dev.chronoscope.ui.open;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chronoscope.source.db.DatabaseOptions;
import dev.chronoscope.source.db.Preset;
import dev.chronoscope.ui.FxTaskExecutor;
import dev.chronoscope.ui.Screenshots;
import dev.chronoscope.ui.settings.Theme;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
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

/** The real dialog, shown without waiting: typing, the preset's fields, Test Connection on a worker. */
@ExtendWith(ApplicationExtension.class)
class OpenDatabaseDialogTest {

    @TempDir
    static Path dir;
    static String url;

    private Stage owner;
    private FxTaskExecutor executor;
    private OpenDatabaseViewModel model;
    private Dialog<DatabaseOptions> dialog;

    @BeforeAll
    static void createAStore() throws Exception {
        url = H2Stores.marten(dir, "shop", 42);
    }

    @Start
    void start(Stage stage) {
        Theme.LIGHT.apply();
        owner = stage;
        stage.setScene(new Scene(new Label("main window"), 600, 400));
        stage.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        if (dialog != null) {
            robot.interact(() -> dialog.close());
        }
        executor.close();
    }

    private void open(FxRobot robot) throws Exception {
        executor = new FxTaskExecutor();
        dialog = WaitForAsyncUtils.asyncFx(() -> {
            model = new OpenDatabaseViewModel(executor);
            Dialog<DatabaseOptions> d = OpenDatabaseDialog.create(owner, model);
            d.show();
            return d;
        }).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Node lookup(String id) {
        return dialog.getDialogPane().lookup(id);
    }

    @Test
    void testConnectionSaysWhichPresetItFoundAndHowManyEvents(FxRobot robot) throws Exception {
        open(robot);
        Node openButton = dialog.getDialogPane().lookupButton(OpenDatabaseDialog.OPEN);
        assertTrue(openButton.isDisabled());

        robot.clickOn(lookup("#databaseUrl")).write(url);
        assertFalse(openButton.isDisabled());
        robot.clickOn(lookup("#testConnectionButton"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> model.testStateProperty().get() == OpenDatabaseViewModel.TestState.OK);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("Connected: preset marten detected, 42 events", ((Label) lookup("#testMessage")).getText());
        Screenshots.save(dialog.getDialogPane().getScene(), "open-database-dialog.png");
        assertEquals(DatabaseOptions.of(url), model.options());
    }

    @Test
    void theQueryFieldAppearsForTheGenericPresetOnly(FxRobot robot) throws Exception {
        open(robot);
        assertFalse(lookup("#databaseQuery").isVisible());
        assertFalse(lookup("#databaseSchema").isVisible());

        @SuppressWarnings("unchecked")
        ComboBox<String> preset = (ComboBox<String>) lookup("#databasePreset");
        assertEquals(List.of("Auto-detect", "axon", "marten", "eventuous", "messagedb", "generic"), preset.getItems());
        robot.interact(() -> preset.setValue("generic"));

        assertTrue(lookup("#databaseQuery").isVisible());
        assertEquals(Preset.GENERIC, model.presetProperty().get());
        Screenshots.save(dialog.getDialogPane().getScene(), "open-database-dialog-generic.png");
        robot.interact(() -> preset.setValue("marten"));
        assertFalse(lookup("#databaseQuery").isVisible());
        assertTrue(lookup("#databaseSchema").isVisible());
    }
}
