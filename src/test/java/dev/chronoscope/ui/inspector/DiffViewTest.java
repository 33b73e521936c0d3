package dev.chronoscope.ui.inspector;

import static dev.chronoscope.ui.inspector.JsonLinesTest.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chronoscope.diff.StateDiff;
import dev.chronoscope.event.Json;
import dev.chronoscope.ui.MainWindow;
import dev.chronoscope.ui.Screenshots;
import dev.chronoscope.ui.inspector.PatchOps.PatchOp;
import dev.chronoscope.ui.inspector.SideBySide.DiffRow;
import dev.chronoscope.ui.inspector.SideBySide.Mark;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.Clipboard;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The diff view alone in a stage, headless under Monocle. */
@ExtendWith(ApplicationExtension.class)
class DiffViewTest {

    private static final JsonNode BEFORE = json(StateViewTest.BEFORE);
    private static final JsonNode AFTER = json(StateViewTest.AFTER);

    private DiffView view;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        MainWindow.applyTheme();
        view = new DiffView();
        stage.setScene(new Scene(view, 900, 640));
        stage.sizeToScene(); // the shared primary stage may keep an earlier test's size
        stage.show();
    }

    @Test
    void listsTheOperationsOfTheDiffWithOldAndNewValues(FxRobot robot) {
        robot.interact(() -> view.show(BEFORE, AFTER, null, "#512,339 → #512,340 · MoneyWithdrawn"));

        ListView<PatchOp> ops = robot.lookup("#diffOps").queryListView();
        assertEquals(StateDiff.diff(BEFORE, AFTER).size(), ops.getItems().size());
        assertTrue(opTexts(robot).contains("replace /balance 1683 → 1412"), opTexts(robot).toString());
        assertTrue(opTexts(robot).contains("add /lastTx/memo \"rent ✓\""), opTexts(robot).toString());
        assertTrue(opTexts(robot).contains("remove /nickname was \"ada\""), opTexts(robot).toString());
        assertEquals("6 changes: 3 replaced, 2 added, 1 removed", view.summary());
        assertEquals("#512,339 → #512,340 · MoneyWithdrawn", robot.lookup("#diffTitle").queryLabeled().getText());
    }

    @Test
    void aGivenPatchIsShownAsItIs(FxRobot robot) {
        ArrayNode patch = (ArrayNode) json("[{\"op\":\"replace\",\"path\":\"/balance\",\"value\":1412}]");

        robot.interact(() -> view.show(BEFORE, AFTER, patch, ""));

        assertEquals(List.of(new PatchOp("replace", "/balance", null, "/balance", "/balance", json("1683"), json("1412"))),
                view.ops());
        assertEquals("1 change: 1 replaced", view.summary());
    }

    @Test
    void linesOfReplacedValuesAreMarkedOnBothSidesAndShareARow(FxRobot robot) {
        robot.interact(() -> view.show(BEFORE, AFTER, null, ""));

        DiffRow balance = view.rows().stream()
                .filter(r -> "/balance".equals(r.left().pointer())).findFirst().orElseThrow();
        assertEquals(Mark.REMOVED, balance.left().mark());
        assertEquals(Mark.ADDED, balance.right().mark());
        assertEquals("\"balance\": 1412,", balance.right().text());
        DiffRow nickname = view.rows().stream()
                .filter(r -> "/nickname".equals(r.left().pointer())).findFirst().orElseThrow();
        assertEquals(Mark.REMOVED, nickname.left().mark());
        assertEquals(Mark.FILLER, nickname.right().mark());
        assertEquals(List.of(), view.rows().stream()
                .filter(r -> r.left().mark() == Mark.SAME && r.left().pointer().startsWith("/owner")
                        && (r.right().mark() != Mark.SAME || !r.left().pointer().equals(r.right().pointer())))
                .toList(), "unchanged lines line up");
    }

    @Test
    void bothSidesHaveTheSameRowsAndScrollTogether(FxRobot robot) {
        ObjectNode before = Json.MAPPER.createObjectNode();
        for (int i = 0; i < 400; i++) {
            before.put("k" + i, i);
        }
        ObjectNode after = before.deepCopy();
        after.put("k200", -1);
        after.put("k399", -1);
        robot.interact(() -> view.show(before, after, null, ""));
        ListView<DiffRow> left = robot.lookup("#diffBefore").queryListView();
        ListView<DiffRow> right = robot.lookup("#diffAfter").queryListView();
        assertEquals(left.getItems().size(), right.getItems().size());

        robot.interact(() -> left.scrollTo(250));
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(flow(left).getFirstVisibleCell().getIndex(), flow(right).getFirstVisibleCell().getIndex());
        assertTrue(flow(right).getFirstVisibleCell().getIndex() > 200);
    }

    @Test
    void changedOnlyFoldsUnchangedLinesAwayFromChanges(FxRobot robot) {
        robot.interact(() -> view.show(BEFORE, AFTER, null, ""));
        int all = view.rows().size();

        robot.clickOn("#diffChangedOnly");

        assertTrue(view.isChangedOnly());
        assertTrue(view.rows().size() < all);
        assertEquals(Mark.GAP, view.rows().get(0).left().mark());
        assertTrue(view.rows().get(0).left().text().matches("⋯ \\d+ unchanged lines"), view.rows().get(0).left().text());
    }

    @Test
    void copyPatchPutsTheOperationsOnTheClipboard(FxRobot robot) throws Exception {
        robot.interact(() -> view.show(BEFORE, AFTER, null, ""));

        robot.clickOn("Copy patch");

        String text = WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get(5, TimeUnit.SECONDS);
        assertEquals(StateDiff.diff(BEFORE, AFTER), json(text));
    }

    @Test
    void nothingToCompareShowsThePlaceholder(FxRobot robot) {
        robot.interact(() -> view.show(null, null, null, ""));

        assertTrue(robot.lookup("Nothing to compare").tryQuery().isPresent());
    }

    @Test
    void fromNoStateTheWholeAfterStateIsAdded(FxRobot robot) {
        robot.interact(() -> view.show(null, json("{\"a\":1}"), null, ""));

        assertEquals(List.of(new PatchOp("replace", "", null, "", "", null, json("{\"a\":1}"))), view.ops());
        assertEquals(List.of(Mark.ADDED, Mark.ADDED, Mark.ADDED), view.rows().stream().map(r -> r.right().mark()).toList());
    }

    @Test
    void screenshotsInLightAndDarkThemes(FxRobot robot) throws Exception {
        robot.interact(() -> view.show(BEFORE, AFTER, null, "#512,339 → #512,340 · MoneyWithdrawn"));
        robot.interact(() -> ((SplitPane) robot.lookup(".split-pane").query()).setDividerPositions(0.3));
        Path light = Screenshots.save(stage.getScene(), "inspector-diff.png");
        robot.interact(() -> Application.setUserAgentStylesheet(new PrimerDark().getUserAgentStylesheet()));
        Path dark = Screenshots.save(stage.getScene(), "inspector-diff-dark.png");
        robot.interact(() -> Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet()));
        for (Path p : List.of(light, dark)) {
            assertTrue(Files.size(p) > 0);
        }
    }

    @Test
    void screenshotOfStateAndDiffTogetherInTheDarkTheme(FxRobot robot) throws Exception {
        StateView state = new StateView();
        Stage[] window = new Stage[1];
        robot.interact(() -> {
            state.show(AFTER, BEFORE);
            view.show(BEFORE, AFTER, null, "#512,339 → #512,340 · MoneyWithdrawn");
            SplitPane both = new SplitPane(state, view);
            both.setDividerPositions(0.42);
            // a new window: Monocle's painter does not follow a window that grows after it is shown
            window[0] = new Stage();
            window[0].setScene(new Scene(both, 1260, 640));
            window[0].show();
            Application.setUserAgentStylesheet(new PrimerDark().getUserAgentStylesheet());
        });
        Path dark = Screenshots.save(window[0].getScene(), "inspector-state-diff-dark.png");
        robot.interact(() -> {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            window[0].close();
        });

        assertTrue(Files.size(dark) > 0);
        assertEquals(6, state.getChangedCount());
    }

    private static List<String> opTexts(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#diffOps").lookup(".list-cell").queryAllAs(javafx.scene.control.ListCell.class).stream()
                .filter(c -> c.getGraphic() != null && c.isVisible())
                .map(c -> ((javafx.scene.layout.HBox) c.getGraphic()).getChildren().stream()
                        .map(n -> ((Label) n).getText()).reduce((a, b) -> a + " " + b).orElse(""))
                .toList();
    }

    private static VirtualFlow<?> flow(ListView<?> list) {
        return (VirtualFlow<?>) list.lookup(".virtual-flow");
    }
}
