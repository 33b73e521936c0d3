package dev.chronoscope.ui.inspector;

import static dev.chronoscope.ui.inspector.JsonLinesTest.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableRow;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The state tree alone in a stage, headless under Monocle. */
@ExtendWith(ApplicationExtension.class)
class StateViewTest {

    static final String BEFORE = """
            {"accountId":"acc-1042","owner":{"name":"Ada Lovelace","address":{"city":"London","zip":"W1"}},
             "balance":1683,"currency":"EUR","overdraft":false,"frozen":null,
             "lastTx":{"id":"tx-511","amount":-120,"kind":"withdrawal"},
             "tags":["vip","early"],"history":[100,250,-40],"nickname":"ada"}""";
    static final String AFTER = """
            {"accountId":"acc-1042","owner":{"name":"Ada Lovelace","address":{"city":"London","zip":"W1"}},
             "balance":1412,"currency":"EUR","overdraft":false,"frozen":null,
             "lastTx":{"id":"tx-512","amount":-271,"kind":"withdrawal","memo":"rent ✓"},
             "tags":["vip","early"],"history":[100,250,-40,-271]}""";

    private StateView view;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        MainWindow.applyTheme();
        view = new StateView();
        stage.setScene(new Scene(view, 620, 760));
        stage.sizeToScene(); // the shared primary stage may keep an earlier test's size
        stage.show();
    }

    @Test
    void highlightsExactlyTheChangedValuesAndShowsTheirOldValues(FxRobot robot) throws Exception {
        robot.interact(() -> view.show(json(AFTER), json(BEFORE)));

        assertEquals(Set.of("/balance", "/lastTx/id", "/lastTx/amount", "/lastTx/memo", "/history/3"),
                rowsWith(robot, StateView.CHANGED));
        assertEquals(Set.of("/lastTx/memo", "/history/3"), rowsWith(robot, StateView.ADDED));
        assertEquals(Set.of("/nickname"), rowsWith(robot, StateView.REMOVED));
        assertEquals(6, view.getChangedCount());
        assertEquals(Set.of("(was 1683)", "(was \"tx-511\")", "(was -120)", "(new)", "(removed)"), notes(robot));
    }

    @Test
    void aRemovedMemberIsARowOfItsOwnButNotPartOfTheDisplayedState(FxRobot robot) throws Exception {
        robot.interact(() -> view.show(json(AFTER), json(BEFORE)));

        TreeItem<StateNode> removed = view.itemAt("/nickname");
        assertNotNull(removed);
        assertEquals(new StateNode("nickname", "/nickname", null, json("\"ada\""), Change.REMOVED), removed.getValue());
        assertEquals(json(AFTER), fx(() -> view.displayedState()));
    }

    @Test
    void withoutAPreviousStateNothingIsHighlighted(FxRobot robot) throws Exception {
        robot.interact(() -> view.show(json(AFTER), null));

        assertEquals(Set.of(), rowsWith(robot, StateView.CHANGED));
        assertEquals(0, view.getChangedCount());
    }

    @Test
    void theFirstTwoLevelsAndEveryPathToAChangeAreExpanded(FxRobot robot) throws Exception {
        robot.interact(() -> view.show(json("{\"a\":{\"b\":{\"c\":{\"d\":1}},\"x\":{\"y\":1}}}"),
                json("{\"a\":{\"b\":{\"c\":{\"d\":0}},\"x\":{\"y\":1}}}")));

        assertTrue(view.itemAt("/a").isExpanded(), "first level");
        assertTrue(view.itemAt("/a/b").isExpanded(), "on the path to the change");
        assertTrue(view.itemAt("/a/b/c").isExpanded(), "on the path to the change");
        assertFalse(view.itemAt("/a/x").isExpanded(), "no change inside, third level");
    }

    @Test
    void aPathTheUserExpandedStaysExpandedAcrossStateUpdates(FxRobot robot) throws Exception {
        robot.interact(() -> view.setState(json(BEFORE)));
        assertFalse(view.itemAt("/owner/address").isExpanded(), "third level starts collapsed");
        robot.interact(() -> view.itemAt("/owner/address").setExpanded(true));
        robot.interact(() -> view.itemAt("/lastTx").setExpanded(false));

        robot.interact(() -> view.show(json(AFTER), json(BEFORE)));
        robot.interact(() -> view.show(json(BEFORE), json(AFTER)));

        assertTrue(view.itemAt("/owner/address").isExpanded(), "expanded by the user");
        assertFalse(view.itemAt("/lastTx").isExpanded(), "collapsed by the user, though it holds a change");
        assertTrue(visiblePointers(robot).contains("/owner/address/zip"));
    }

    @Test
    void theSelectedRowAndItsTreeItemStayAcrossStateUpdates(FxRobot robot) throws Exception {
        robot.interact(() -> view.setState(json(BEFORE)));
        TreeItem<StateNode> amount = view.itemAt("/lastTx/amount");
        robot.interact(() -> view.tree().getSelectionModel().select(amount));

        robot.interact(() -> view.show(json(AFTER), json(BEFORE)));

        TreeItem<StateNode> selected = view.tree().getSelectionModel().getSelectedItem();
        assertEquals("/lastTx/amount", selected.getValue().pointer());
        assertEquals(json("-271"), selected.getValue().value());
        assertTrue(selected == amount, "the same tree item, updated in place");
    }

    @Test
    void theScrollPositionStaysAcrossStateUpdates(FxRobot robot) throws Exception {
        robot.interact(() -> view.setState(numbered(300, 0)));
        robot.interact(() -> view.tree().scrollTo(150));
        WaitForAsyncUtils.waitForFxEvents();
        String top = firstVisiblePointer(robot);

        for (int i = 1; i <= 30; i++) {
            int k = i;
            robot.interact(() -> view.show(numbered(300, k), numbered(300, k - 1)));
        }

        assertEquals(top, firstVisiblePointer(robot));
    }

    @Test
    void childrenOfACollapsedContainerAreNotCreated(FxRobot robot) throws Exception {
        ObjectNode big = Json.MAPPER.createObjectNode();
        ArrayNode items = big.putArray("items");
        for (int i = 0; i < 20_000; i++) {
            items.addObject().put("sku", "sku-" + i).put("qty", i % 7);
        }
        robot.interact(() -> view.setState(big));

        assertFalse(view.itemAt("/items").isExpanded(), "too big to expand by default");
        assertNull(view.itemAt("/items/0"), "not created while collapsed");

        ObjectNode next = big.deepCopy();
        ((ObjectNode) next.withArray("items").get(12_345)).put("qty", 99);
        robot.interact(() -> view.show(next, big));
        assertTrue(view.itemAt("/items").isExpanded(), "opened for the change inside");
        assertTrue(view.itemAt("/items/12345").isExpanded());
        assertFalse(view.itemAt("/items/12344").isExpanded(), "siblings of the changed element stay collapsed");
        assertNull(view.itemAt("/items/12344/qty"), "and their children are not created");
        assertEquals(json("99"), view.itemAt("/items/12345/qty").getValue().value());
        assertEquals(Change.CHANGED, view.itemAt("/items/12345/qty").getValue().change());
    }

    @Test
    void anArrayThatGrowsKeepsTheTreeItemsOfItsElementsAndDoesNotOpenTheNewOne(FxRobot robot) throws Exception {
        robot.interact(() -> view.setState(json("{\"history\":[{\"a\":1},{\"a\":2}]}")));
        TreeItem<StateNode> first = view.itemAt("/history/0");

        robot.interact(() -> view.show(json("{\"history\":[{\"a\":1},{\"a\":2},{\"a\":3}]}"),
                json("{\"history\":[{\"a\":1},{\"a\":2}]}")));

        assertTrue(first == view.itemAt("/history/0"), "reused");
        assertEquals(Change.ADDED, view.itemAt("/history/2").getValue().change());
        assertFalse(view.itemAt("/history/2").isExpanded(), "an added value is one row marked (new)");
        assertEquals(json("{\"history\":[{\"a\":1},{\"a\":2},{\"a\":3}]}"), fx(() -> view.displayedState()));
    }

    @Test
    void anElementInsertedIntoAnArrayIsTheOnlyRowMarkedAndTheDiffTabAgrees(FxRobot robot) throws Exception {
        JsonNode before = json("{\"items\":[{\"sku\":\"apple\"},{\"sku\":\"pear\"},{\"sku\":\"plum\"}],\"total\":3}");
        JsonNode after = json("{\"items\":[{\"sku\":\"fig\"},{\"sku\":\"apple\"},{\"sku\":\"pear\"},{\"sku\":\"plum\"}],\"total\":4}");

        robot.interact(() -> view.show(after, before));

        assertEquals(Set.of("/items/0", "/total"), rowsWith(robot, StateView.CHANGED));
        assertEquals(Set.of("/items/0"), rowsWith(robot, StateView.ADDED));
        assertEquals(Set.of(), rowsWith(robot, StateView.REMOVED));
        assertEquals(2, view.getChangedCount());
        assertEquals(StateDiff.diff(before, after).size(), view.getChangedCount(), "as many as the Diff tab's operations");
        assertEquals(Set.of("(new)", "(was 3)"), notes(robot));
        assertEquals(after, fx(() -> view.displayedState()));
        Screenshots.save(stage.getScene(), "inspector-state-array-insert.png");
    }

    @Test
    void anElementRemovedFromAnArrayStaysWhereItStoodStruckThrough(FxRobot robot) throws Exception {
        JsonNode before = json("{\"tags\":[\"a\",\"b\",\"c\",\"d\"]}");
        JsonNode after = json("{\"tags\":[\"a\",\"c\",\"d\"]}");

        robot.interact(() -> view.show(after, before));

        assertEquals(List.of("/tags", "/tags/0", "/tags/1", "/tags/1", "/tags/2"), visiblePointers(robot));
        List<TreeTableRow<StateNode>> rows = rows(robot);
        assertEquals(new StateNode("1", "/tags/1", null, json("\"b\""), Change.REMOVED), rows.get(2).getItem());
        assertEquals(new StateNode("1", "/tags/1", json("\"c\""), null, Change.NONE), rows.get(3).getItem());
        assertEquals(Set.of(), rowsWith(robot, StateView.CHANGED), "c and d moved up one index: not changes");
        assertEquals(Change.NONE, view.itemAt("/tags/1").getValue().change(), "the value that is there wins");
        assertEquals(after, fx(() -> view.displayedState()));

        // scrubbing on to a state without the removal: the removed row goes, the others stay
        TreeItem<StateNode> c = view.itemAt("/tags/1");
        robot.interact(() -> view.show(after, after));
        assertEquals(List.of("/tags", "/tags/0", "/tags/1", "/tags/2"), visiblePointers(robot));
        assertTrue(c == view.itemAt("/tags/1"), "reused");
    }

    @Test
    void valuesAreComparedCheaplyOrNotAtAll() {
        assertTrue(StateView.cheaplyEqual(json("{\"a\":[1,2,{\"b\":null}]}"), json("{\"a\":[1,2,{\"b\":null}]}")));
        assertFalse(StateView.cheaplyEqual(json("{\"a\":[1,2,{\"b\":null}]}"), json("{\"a\":[1,2,{\"b\":0}]}")));
        assertFalse(StateView.cheaplyEqual(json("[1]"), json("1")));
        JsonNode big = numbered(1_000, 0);
        assertFalse(StateView.cheaplyEqual(big, big.deepCopy()), "equal, but too big to find out cheaply");
        assertTrue(StateView.cheaplyEqual(big, big));
    }

    @Test
    void theDisplayedStateIsTheStateForAnyJson(FxRobot robot) throws Exception {
        List<String> states = List.of(
                AFTER,
                "{\"a/b\":{\"~\":[1,[2,[3,{}]],[]]},\"ü€\":\"日本語 ✓ \\u0000\",\"n\":-1.5e-7,\"big\":12345678901234567890}",
                "[[],[[]],{\"x\":null},true,\"s\"]",
                "\"just a string\"",
                "42",
                "null",
                "{}",
                "[]");
        for (String s : states) {
            JsonNode state = json(s);
            robot.interact(() -> view.setState(state));
            assertEquals(state, fx(() -> view.displayedState()), s);
        }
    }

    @Test
    void noStateShowsThePlaceholder(FxRobot robot) {
        robot.interact(() -> {
            view.setPlaceholderText("Stream acc-7 has no state at #12");
            view.setState(null);
        });

        assertTrue(robot.lookup("Stream acc-7 has no state at #12").tryQuery().isPresent());
        // the tree stays in the scene (built once), hidden under the placeholder
        assertFalse(shown(robot.lookup("#stateTree").query()));
    }

    /** Whether {@code node} and all its parents are visible. */
    private static boolean shown(javafx.scene.Node node) {
        for (javafx.scene.Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    @Test
    void copyJsonPointerFromTheContextMenuPutsThePointerOnTheClipboard(FxRobot robot) throws Exception {
        robot.interact(() -> view.show(json(AFTER), json(BEFORE)));
        TreeTableRow<StateNode> row = rowOf(robot, "/lastTx/amount");
        robot.clickOn(row, MouseButton.SECONDARY);
        // Monocle's glass turns no right click into a context-menu request (see PinMenusTest): fired as GTK would
        robot.interact(() -> {
            Bounds b = row.getLayoutBounds();
            Point2D screen = row.localToScreen(b.getCenterX(), b.getCenterY());
            Event.fireEvent(row, new ContextMenuEvent(
                    ContextMenuEvent.CONTEXT_MENU_REQUESTED, b.getCenterX(), b.getCenterY(),
                    screen.getX(), screen.getY(), false, null));
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(row.getContextMenu().isShowing(), "the row's menu, made at the request, is shown");
        MenuItem copyPointer = row.getContextMenu().getItems().stream()
                .filter(i -> "Copy JSON pointer".equals(i.getText())).findFirst().orElseThrow();

        robot.interact(() -> {
            copyPointer.fire(); // as a click on the item would
            row.getContextMenu().hide();
        });

        assertEquals("/lastTx/amount", clipboard());
    }

    @Test
    void controlCCopiesTheSelectedValueAsJson(FxRobot robot) throws Exception {
        robot.interact(() -> view.show(json(AFTER), json(BEFORE)));
        robot.clickOn(rowOf(robot, "/lastTx"));

        robot.press(KeyCode.CONTROL).press(KeyCode.C).release(KeyCode.C).release(KeyCode.CONTROL);

        assertEquals(json(AFTER).get("lastTx"), json(clipboard()));
    }

    @Test
    void expandAllAndCollapseAllFromTheToolbar(FxRobot robot) throws Exception {
        robot.interact(() -> view.setState(json(BEFORE)));

        robot.clickOn(robot.lookup(n -> n instanceof javafx.scene.control.Button b && b.getTooltip() != null
                && b.getTooltip().getText().equals("Expand all")).queryButton());
        assertTrue(view.itemAt("/owner/address").isExpanded());

        robot.clickOn(robot.lookup(n -> n instanceof javafx.scene.control.Button b && b.getTooltip() != null
                && b.getTooltip().getText().equals("Collapse all")).queryButton());
        assertFalse(view.itemAt("/owner").isExpanded());
        assertEquals(Set.of("/accountId", "/owner", "/balance", "/currency", "/overdraft", "/frozen", "/lastTx",
                "/tags", "/history", "/nickname"), new TreeSet<>(visiblePointers(robot)));
    }

    @Test
    void screenshotsInLightAndDarkThemes(FxRobot robot) throws Exception {
        robot.interact(() -> view.show(json(AFTER), json(BEFORE)));
        robot.interact(() -> view.tree().getSelectionModel().select(view.itemAt("/owner/name")));
        Path light = Screenshots.save(stage.getScene(), "inspector-state.png");
        robot.interact(() -> Application.setUserAgentStylesheet(new PrimerDark().getUserAgentStylesheet()));
        Path dark = Screenshots.save(stage.getScene(), "inspector-state-dark.png");
        robot.interact(() -> Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet()));
        for (Path p : List.of(light, dark)) {
            assertTrue(Files.size(p) > 0);
        }
    }

    @Test
    void aValuesKindColoursItThroughAPseudoClassAndTheCellKeepsItsNodesAcrossUpdates(FxRobot robot) throws Exception {
        robot.interact(() -> view.show(json(BEFORE), null));
        Label balance = valueLabel(robot, "/balance");
        Label currency = valueLabel(robot, "/currency");
        Label frozen = valueLabel(robot, "/frozen");
        assertTrue(balance.getPseudoClassStates().contains(StateView.JSON_NUMBER));
        assertTrue(currency.getPseudoClassStates().contains(StateView.JSON_STRING));
        assertTrue(frozen.getPseudoClassStates().contains(StateView.JSON_LITERAL));
        // the theme's colours by kind (style sheet rules on the pseudo-classes)
        assertNotEquals(fx(balance::getTextFill), fx(currency::getTextFill));
        assertNotEquals(fx(currency::getTextFill), fx(frozen::getTextFill));
        List<String> classes = List.copyOf(currency.getStyleClass());
        Set<Label> labels = valueLabels(robot);

        // the same rows with another kind: only pseudo-classes change, and the cells' labels stay in the scene
        robot.interact(() -> view.show(json(BEFORE.replace("\"currency\":\"EUR\"", "\"currency\":978")), null));
        Label currencyNow = valueLabel(robot, "/currency");
        assertEquals("978", currencyNow.getText());
        assertEquals(labels, valueLabels(robot));
        assertEquals(classes, List.copyOf(currencyNow.getStyleClass()));
        assertTrue(currencyNow.getPseudoClassStates().contains(StateView.JSON_NUMBER));
        assertFalse(currencyNow.getPseudoClassStates().contains(StateView.JSON_STRING));
        assertEquals(fx(balance::getTextFill), fx(currencyNow::getTextFill));
    }

    // ---- helpers -----------------------------------------------------------------------------

    /** {"n0": k, "n1": k+1, …}: every value changes from one k to the next. */
    private static JsonNode numbered(int n, int k) {
        ObjectNode o = Json.MAPPER.createObjectNode();
        for (int i = 0; i < n; i++) {
            o.put("n" + i, i + k);
        }
        return o;
    }

    private static <T> T fx(java.util.concurrent.Callable<T> task) throws Exception {
        return WaitForAsyncUtils.asyncFx(task).get(10, TimeUnit.SECONDS);
    }

    private static String clipboard() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get(5, TimeUnit.SECONDS);
    }

    private static List<TreeTableRow<StateNode>> rows(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(".tree-table-row-cell").<TreeTableRow<StateNode>>queryAllAs(castRow()).stream()
                .filter(r -> r.isVisible() && !r.isEmpty() && r.getItem() != null)
                .sorted((a, b) -> Integer.compare(a.getIndex(), b.getIndex()))
                .toList();
    }

    @SuppressWarnings("unchecked")
    private static Class<TreeTableRow<StateNode>> castRow() {
        return (Class<TreeTableRow<StateNode>>) (Class<?>) TreeTableRow.class;
    }

    private static Set<String> rowsWith(FxRobot robot, javafx.css.PseudoClass pc) {
        Set<String> out = new TreeSet<>();
        for (TreeTableRow<StateNode> r : rows(robot)) {
            if (r.getPseudoClassStates().contains(pc)) {
                out.add(r.getItem().pointer());
            }
        }
        return out;
    }

    private static List<String> visiblePointers(FxRobot robot) {
        return rows(robot).stream().map(r -> r.getItem().pointer()).toList();
    }

    private static String firstVisiblePointer(FxRobot robot) {
        return rows(robot).stream()
                .filter(r -> r.localToScene(0, 0).getY() >= r.getTreeTableView().localToScene(0, 0).getY() + 20)
                .findFirst().orElseThrow().getItem().pointer();
    }

    private static Set<String> notes(FxRobot robot) {
        Set<String> out = new TreeSet<>();
        robot.lookup(".change-note").queryAllAs(Label.class).stream()
                .filter(l -> l.isVisible() && l.getScene() != null)
                .forEach(l -> out.add(l.getText()));
        out.remove("");
        return out;
    }

    /** Every value label in the scene, by identity. */
    private static Set<Label> valueLabels(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        Set<Label> out = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        out.addAll(robot.lookup(".json-value").queryAllAs(Label.class));
        return out;
    }

    /** The label showing the value at {@code pointer}. */
    private static Label valueLabel(FxRobot robot, String pointer) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(".json-value").queryAllAs(Label.class).stream()
                .filter(l -> l.isVisible() && l.getParent() != null && l.getParent().isVisible()
                        && l.getParent().getParent() instanceof javafx.scene.control.TreeTableCell<?, ?> c
                        && !c.isEmpty() && c.getItem() instanceof StateNode n && n.pointer().equals(pointer))
                .findFirst().orElseThrow(() -> new AssertionError("no value shown for " + pointer));
    }

    private static TreeTableRow<StateNode> rowOf(FxRobot robot, String pointer) {
        return rows(robot).stream().filter(r -> r.getItem().pointer().equals(pointer)).findFirst().orElseThrow();
    }
}
