package dev.chronoscope.ui.inspector;

import static dev.chronoscope.ui.inspector.JsonLinesTest.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import javafx.scene.control.ScrollBar;
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
    void longLinesAreNotCutAndBothSidesScrollSidewaysInStep(FxRobot robot) throws Exception {
        String longText = "Payment reference " + "0123456789".repeat(20) + " end";
        ObjectNode before = Json.MAPPER.createObjectNode().put("memo", longText);
        ObjectNode after = Json.MAPPER.createObjectNode().put("memo", longText.replace("end", "END"));
        before.setAll((ObjectNode) BEFORE);
        after.setAll((ObjectNode) AFTER);
        robot.interact(() -> view.show(before, after, null, "a long value"));
        WaitForAsyncUtils.waitForFxEvents();
        ListView<DiffRow> left = robot.lookup("#diffBefore").queryListView();
        ListView<DiffRow> right = robot.lookup("#diffAfter").queryListView();

        Label memoLeft = lineText(robot, left, "/memo");
        Label memoRight = lineText(robot, right, "/memo");
        assertEquals("  \"memo\": \"" + longText + "\"", memoLeft.getText().replaceAll(",$", ""));
        assertEquals(memoLeft.getText(), shownText(memoLeft), "the whole line is drawn, no ellipsis");
        assertEquals(memoRight.getText(), shownText(memoRight));
        ScrollBar leftBar = DiffView.horizontalBar(left);
        ScrollBar rightBar = DiffView.horizontalBar(right);
        assertTrue(leftBar.isVisible() && rightBar.isVisible(), "both sides scroll sideways");
        assertEquals(leftBar.getMax(), rightBar.getMax(), 0.5, "both sides are equally wide");

        Label number = (Label) ((javafx.scene.layout.HBox) memoRight.getParent()).getChildren().get(0);
        double gutterX = number.localToScene(0, 0).getX();
        double textX = memoRight.localToScene(0, 0).getX();

        robot.interact(() -> leftBar.setValue(leftBar.getMax()));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(leftBar.getMax(), rightBar.getValue(), 0.5, "the after side follows");
        assertEquals(gutterX, number.localToScene(0, 0).getX(), 0.5, "the line numbers stay in place");
        assertTrue(memoRight.localToScene(0, 0).getX() < textX - 100, "the line itself moved left");
        Path shot = Screenshots.save(stage.getScene(), "inspector-diff-long-line-scrolled.png");
        robot.interact(() -> rightBar.setValue(0));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, leftBar.getValue(), 0.5, "and the before side follows back");
        assertTrue(Files.size(shot) > 0);

        robot.interact(() -> view.show(BEFORE, AFTER, null, "short lines again"));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(leftBar.isVisible() || rightBar.isVisible(), "no sideways scrolling once the lines fit");
    }

    @Test
    void aLongValueInTheOperationsListScrollsSidewaysAndItsTooltipHasItInFull(FxRobot robot) {
        String longText = "x".repeat(250) + "|tail";
        ObjectNode after = (ObjectNode) BEFORE.deepCopy();
        after.put("note", longText);
        robot.interact(() -> view.show(BEFORE, after, null, ""));
        WaitForAsyncUtils.waitForFxEvents();

        ListView<PatchOp> ops = robot.lookup("#diffOps").queryListView();
        javafx.scene.control.ListCell<?> cell = robot.lookup("#diffOps").lookup(".list-cell")
                .queryAllAs(javafx.scene.control.ListCell.class).stream()
                .filter(c -> c.getItem() instanceof PatchOp op && op.path().equals("/note")).findFirst().orElseThrow();
        Label values = (Label) ((javafx.scene.layout.HBox) cell.getGraphic()).getChildren().get(2);
        assertEquals("\"" + longText + "\"", values.getText());
        assertEquals(values.getText(), shownText(values), "drawn in full, no ellipsis");
        assertTrue(DiffView.horizontalBar(ops).isVisible(), "the list scrolls sideways");
        assertEquals("add /note\n\nafter:\n\"" + longText + "\"", cell.getTooltip().getText());
    }

    @Test
    void theTooltipOfAReplacedValueHasBothValuesInFull() {
        PatchOp op = new PatchOp("replace", "/a", null, "/a", "/a", json("{\"k\":1}"), json("[1,2]"));

        assertEquals("replace /a\n\nbefore:\n" + JsonText.pretty(json("{\"k\":1}")) + "\n\nafter:\n"
                + JsonText.pretty(json("[1,2]")), DiffView.tooltipText(op));
    }

    @Test
    void inANarrowInspectorTheSummaryGivesWayNotTheControls(FxRobot robot) {
        DiffView narrow = new DiffView();
        Stage[] window = new Stage[1];
        robot.interact(() -> {
            narrow.show(BEFORE, AFTER, null, "");
            window[0] = new Stage();
            window[0].setScene(new Scene(narrow, 420, 400));
            window[0].show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        try {
            javafx.scene.control.CheckBox only = (javafx.scene.control.CheckBox) narrow.lookup("#diffChangedOnly");
            Label summary = (Label) narrow.lookup("#diffSummary");
            assertEquals("Changed only", ((javafx.scene.text.Text) only.lookup(".text")).getText());
            assertTrue(shownText(summary).endsWith("…") || shownText(summary).endsWith("..."), shownText(summary));
            assertEquals(narrow.summary(), summary.getTooltip().getText());
        } finally {
            robot.interact(() -> window[0].close());
        }
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

    /** The text label of the row of {@code pointer} in one side's list (the row must be visible). */
    private static Label lineText(FxRobot robot, ListView<DiffRow> list, String pointer) {
        WaitForAsyncUtils.waitForFxEvents();
        return list.lookupAll(".list-cell").stream()
                .map(n -> (javafx.scene.control.ListCell<?>) n)
                .filter(c -> c.isVisible() && c.getItem() instanceof DiffRow r
                        && pointer.equals((list.getId().equals("diffBefore") ? r.left() : r.right()).pointer()))
                .map(c -> (Label) ((javafx.scene.layout.HBox) c.getGraphic()).getChildren().get(1))
                .findFirst().orElseThrow();
    }

    /** The text a label actually draws: its text, or a cut one ending in an ellipsis. */
    private static String shownText(Label label) {
        return ((javafx.scene.text.Text) label.lookup(".text")).getText();
    }

    private static VirtualFlow<?> flow(ListView<?> list) {
        return (VirtualFlow<?>) list.lookup(".virtual-flow");
    }
}
