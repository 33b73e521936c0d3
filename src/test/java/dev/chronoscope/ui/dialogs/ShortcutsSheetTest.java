package dev.chronoscope.ui.dialogs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chronoscope.ui.Screenshots;
import dev.chronoscope.ui.settings.Theme;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class ShortcutsSheetTest {

    private Stage owner;

    @Start
    void start(Stage stage) {
        Theme.LIGHT.apply();
        owner = stage;
        stage.setScene(new Scene(new Label("main window"), 300, 200));
        stage.sizeToScene(); // the shared primary stage may keep an earlier test's size
        stage.show();
    }

    @Test
    void theSheetHasOneRowPerShortcutWithItsKeysOnKeyCaps(FxRobot robot) {
        Node content = DialogTestSupport.onFx(ShortcutsSheet::content);

        List<Node> rows = List.copyOf(content.lookupAll(".shortcut-row"));

        assertEquals(List.of(Shortcut.values()).stream().sorted().toList(),
                rows.stream().map(r -> (Shortcut) r.getUserData()).sorted().toList());
        for (Node row : rows) {
            Shortcut s = (Shortcut) row.getUserData();
            assertEquals(s.keys(), row.lookupAll(".key-cap").stream().map(n -> ((Label) n).getText()).toList(), s.name());
            assertEquals(s.description(), ((Label) row.lookup(".shortcut-description")).getText());
        }
        assertEquals(Shortcut.CATEGORIES, content.lookupAll(".shortcut-category").stream()
                .map(n -> ((Label) n).getText()).sorted((a, b) -> Shortcut.CATEGORIES.indexOf(a) - Shortcut.CATEGORIES.indexOf(b))
                .toList());
    }

    @Test
    void showingTwiceKeepsOneSheetAndEscapeClosesIt(FxRobot robot) {
        robot.interact(() -> ShortcutsSheet.show(owner));
        robot.interact(() -> ShortcutsSheet.show(owner));

        List<Window> sheets = sheets();
        assertEquals(1, sheets.size());
        Stage sheet = (Stage) sheets.get(0);
        assertEquals(owner, sheet.getOwner());
        assertFalse(sheet.getIcons().isEmpty());
        assertTrue(sheet.getScene().getRoot().lookupAll(".shortcut-row").size() == Shortcut.values().length);

        robot.interact(sheet::requestFocus);
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(List.of(), sheets());
    }

    @Test
    void screenshotsInLightAndDarkThemes(FxRobot robot) throws Exception {
        Scene scene = DialogTestSupport.onFx(() -> {
            Scene s = new Scene((Parent) ShortcutsSheet.content());
            s.getStylesheets().add(DialogSupport.STYLESHEET);
            Stage stage = new Stage();
            stage.setScene(s);
            stage.show();
            return s;
        });
        Path light = Screenshots.save(scene, "shortcuts-sheet.png");
        robot.interact(Theme.DARK::apply);
        Path dark = Screenshots.save(scene, "shortcuts-sheet-dark.png");
        robot.interact(() -> {
            Theme.LIGHT.apply();
            scene.getWindow().hide();
        });

        for (Path p : Set.of(light, dark)) {
            assertTrue(Files.size(p) > 0);
        }
    }

    private static List<Window> sheets() {
        return DialogTestSupport.onFx(() -> Window.getWindows().stream()
                .filter(w -> w instanceof Stage s && s.getTitle() != null && s.getTitle().startsWith(ShortcutsSheet.TITLE))
                .toList());
    }
}
