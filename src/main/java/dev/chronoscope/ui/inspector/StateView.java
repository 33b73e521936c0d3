package dev.chronoscope.ui.inspector;

import atlantafx.base.theme.Styles;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chronoscope.diff.StateDiff;
import dev.chronoscope.ui.Cells;
import dev.chronoscope.ui.Formats;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignU;

/**
 * A stream's state as a tree of members and elements, like a debugger's variables view.
 *
 * <p>Inputs are {@link #stateProperty() state} and {@link #previousStateProperty() previousState};
 * when both are set, values that differ are highlighted ({@code :changed}, and {@code :added} for new
 * ones) with their old value beside them, and removed members stay as struck-through rows
 * ({@code :removed}). Use {@link #show(JsonNode, JsonNode)} to set both with one update.
 *
 * <p>Built for scrubbing: an update reuses the tree items of the paths that still exist, so the
 * expanded paths, the selection and the scroll position stay; only items that are expanded are
 * updated, and children are created when their parent is first expanded. The first two levels and
 * the paths to every change are expanded by default, unless the user collapsed them.
 */
public final class StateView extends BorderPane {

    static final PseudoClass CHANGED = PseudoClass.getPseudoClass("changed");
    static final PseudoClass ADDED = PseudoClass.getPseudoClass("added");
    static final PseudoClass REMOVED = PseudoClass.getPseudoClass("removed");
    static final PseudoClass CONTAINS_CHANGES = PseudoClass.getPseudoClass("contains-changes");
    /*
     * What varies from item to item is a pseudo-class, never a style class: a cell's style classes
     * changing makes JavaFX match its whole subtree against the style sheets again (a new style
     * helper), where a pseudo-class only switches between styles already matched.
     */
    static final PseudoClass INDEX_KEY = PseudoClass.getPseudoClass("index-key");
    static final PseudoClass JSON_STRING = PseudoClass.getPseudoClass("json-string");
    static final PseudoClass JSON_NUMBER = PseudoClass.getPseudoClass("json-number");
    static final PseudoClass JSON_LITERAL = PseudoClass.getPseudoClass("json-literal");
    static final PseudoClass JSON_CONTAINER = PseudoClass.getPseudoClass("json-container");

    /** Containers with more children than this are not expanded just for being in the first two levels. */
    private static final int DEFAULT_EXPAND_LIMIT = 100;
    private static final int MAX_VALUE_CHARS = 400;
    private static final KeyCombination COPY = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN);

    private final ObjectProperty<JsonNode> state = new SimpleObjectProperty<>(this, "state");
    private final ObjectProperty<JsonNode> previousState = new SimpleObjectProperty<>(this, "previousState");
    private final StringProperty placeholderText =
            new SimpleStringProperty(this, "placeholderText", "No state at this position");
    private final ReadOnlyIntegerWrapper changedCount = new ReadOnlyIntegerWrapper(this, "changedCount");

    private final TreeTableView<StateNode> tree = new TreeTableView<>();
    private final StateItem root = new StateItem(new StateNode(null, "", null, null, Change.NONE));
    private final Label placeholder = new Label();
    private final Label changeBadge = new Label();
    private final Label pointerLabel = new Label();
    private final BorderPane content = new BorderPane();
    private final StackPane empty = new StackPane(placeholder);

    /** Paths the user (or a change) expanded, and paths the user collapsed: they win over the defaults. */
    private final Set<String> expanded = new HashSet<>();
    private final Set<String> collapsed = new HashSet<>();
    private Changes changes = Changes.NONE;
    private String selectedPointer;
    private boolean updating;
    private boolean batch;

    public StateView() {
        getStyleClass().add("state-view");
        getStylesheets().add(StateView.class.getResource("inspector.css").toExternalForm());

        tree.setId("stateTree");
        tree.getStyleClass().addAll(Styles.DENSE, "json-tree");
        tree.setRoot(root);
        tree.setShowRoot(false);
        tree.setColumnResizePolicy(TreeTableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        tree.getColumns().setAll(List.of(fieldColumn(), valueColumn()));
        tree.setRowFactory(t -> new StateRow());
        tree.setOnKeyPressed(e -> {
            if (COPY.match(e)) {
                copySelectedValue();
                e.consume();
            }
        });
        tree.getSelectionModel().selectedItemProperty().addListener((o, was, item) -> {
            if (!updating) {
                selectedPointer = item == null ? null : item.getValue().pointer();
            }
            pointerLabel.setText(item == null ? "" : pointerText(item.getValue().pointer()));
        });
        root.addEventHandler(TreeItem.<StateNode>branchExpandedEvent(), e -> remember(e.getTreeItem(), true));
        root.addEventHandler(TreeItem.<StateNode>branchCollapsedEvent(), e -> remember(e.getTreeItem(), false));

        placeholder.textProperty().bind(placeholderText);
        placeholder.getStyleClass().add("placeholder-text");
        empty.getStyleClass().add("placeholder");

        pointerLabel.getStyleClass().add("pointer-label");
        pointerLabel.setMaxWidth(Double.MAX_VALUE);
        content.setTop(toolbar());
        content.setCenter(tree);
        content.setBottom(pointerLabel);
        // the tree stays in the scene while the placeholder covers it, so that its skin and rows are
        // made once, when the window is built, not in the frame in which the first log arrives
        setCenter(new StackPane(content, empty));

        state.addListener((o, a, b) -> refreshUnlessBatched());
        previousState.addListener((o, a, b) -> refreshUnlessBatched());
        refresh();
    }

    /** The state shown, or {@code null} for no state (the placeholder is shown). */
    public ObjectProperty<JsonNode> stateProperty() {
        return state;
    }

    public JsonNode getState() {
        return state.get();
    }

    public void setState(JsonNode value) {
        state.set(value);
    }

    /** The state to compare with, usually the state before the current event; {@code null}: no highlighting. */
    public ObjectProperty<JsonNode> previousStateProperty() {
        return previousState;
    }

    public JsonNode getPreviousState() {
        return previousState.get();
    }

    public void setPreviousState(JsonNode value) {
        previousState.set(value);
    }

    /** The text shown when there is no state; default "No state at this position". */
    public StringProperty placeholderTextProperty() {
        return placeholderText;
    }

    public String getPlaceholderText() {
        return placeholderText.get();
    }

    public void setPlaceholderText(String value) {
        placeholderText.set(value);
    }

    /** How many values differ from the previous state (changed, added and removed). */
    public ReadOnlyIntegerProperty changedCountProperty() {
        return changedCount.getReadOnlyProperty();
    }

    public int getChangedCount() {
        return changedCount.get();
    }

    /** Sets the state and the state to compare with, updating the tree once. */
    public void show(JsonNode newState, JsonNode newPreviousState) {
        show(newState, newPreviousState, null);
    }

    /**
     * As {@link #show(JsonNode, JsonNode)}, with the changes between the two worked out already (off
     * the FX thread): {@code known} must be {@link Changes#between Changes.between(newPreviousState,
     * newState)}; {@code null} to have the view work them out.
     */
    public void show(JsonNode newState, JsonNode newPreviousState, Changes known) {
        batch = true;
        try {
            previousState.set(newPreviousState);
            state.set(newState);
        } finally {
            batch = false;
        }
        refresh(known);
    }

    /**
     * The JSON the tree shows, rebuilt from its items (creating children not yet shown), without the
     * rows of removed values: equal to {@link #getState()} when the view is right.
     */
    public JsonNode displayedState() {
        return state.get() == null ? null : rebuild(root);
    }

    /** Expands every container (creating all rows: may be slow for very big states). */
    public void expandAll() {
        updating = true;
        try {
            collapsed.clear();
            expandAll(root);
        } finally {
            updating = false;
        }
    }

    /** Collapses every container below the top level. */
    public void collapseAll() {
        updating = true;
        try {
            expanded.clear();
            for (TreeItem<StateNode> child : root.getChildren()) {
                collapseAll((StateItem) child);
            }
        } finally {
            updating = false;
        }
    }

    /**
     * The tree item of the row for {@code pointer} (RFC 6901, {@code ""} for the root), or {@code null}
     * when there is no such value or its row is not created yet (a parent that was never expanded).
     * Does not create rows.
     */
    public TreeItem<StateNode> itemAt(String pointer) {
        StateItem item = root;
        while (!item.getValue().pointer().equals(pointer)) {
            StateItem next = null;
            if (item.built) {
                for (TreeItem<StateNode> child : item.rawChildren()) {
                    String p = child.getValue().pointer();
                    if (pointer.equals(p) || pointer.startsWith(p + "/")) {
                        next = (StateItem) child;
                        if (!child.getValue().removed()) {
                            break; // a value that is there wins over a removed one of the same pointer
                        }
                    }
                }
            }
            if (next == null) {
                return null;
            }
            item = next;
        }
        return item;
    }

    TreeTableView<StateNode> tree() {
        return tree;
    }

    // ---- updating ----------------------------------------------------------------------------

    private void refreshUnlessBatched() {
        if (!batch) {
            refresh();
        }
    }

    private void refresh() {
        refresh(null);
    }

    /** Rebuilds the tree for the current states, with their changes when {@code known} (else worked out here). */
    private void refresh(Changes known) {
        JsonNode s = state.get();
        JsonNode prev = previousState.get();
        changes = known != null ? known : Changes.between(prev, s);
        changedCount.set(changes.count());
        changeBadge.setText(changes.isEmpty() ? "" : Formats.count(changes.count()) + (changes.count() == 1 ? " change" : " changes"));
        changeBadge.setVisible(!changes.isEmpty());
        updating = true;
        // The focus model looks up the row of every tree item that fires an event (each changed value),
        // which makes an update quadratic in the rows shown; without a focused row it returns at once.
        TreeItem<StateNode> focused = tree.getFocusModel().getFocusedItem();
        tree.getFocusModel().focus(-1);
        try {
            Change rootChange = changes.at("");
            reconcile(root, new StateNode(null, "", s, rootChange == Change.CHANGED ? prev : null, rootChange));
            tree.setShowRoot(s != null && !s.isContainerNode());
            root.setExpanded(true);
            restoreSelection();
        } finally {
            TreeItem<StateNode> selected = tree.getSelectionModel().getSelectedItem();
            TreeItem<StateNode> refocus = selected != null ? selected : focused;
            int row = refocus == null ? -1 : tree.getRow(refocus);
            if (row >= 0) {
                tree.getFocusModel().focus(row);
            }
            updating = false;
        }
        empty.setVisible(s == null);
        content.setVisible(s != null);
    }

    /** Brings {@code item} up to {@code node}, reusing its child items by pointer where they are created. */
    private void reconcile(StateItem item, StateNode node) {
        StateNode old = item.getValue();
        if (!sameRow(old, node)) {
            item.setValue(node); // fires an event that every listener of the tree sees: only when needed
        }
        if (!hasChildren(node)) {
            item.reset();
            item.setExpanded(false);
            return;
        }
        boolean open = item == root || wantsExpanded(node, item.getParent());
        if (!open) {
            item.setExpanded(false);
            item.reset();
            return;
        }
        if (!item.built) {
            item.getChildren(); // creates them for the new value
            item.setExpanded(true);
            return;
        }
        List<StateNode> wanted = childNodes(node);
        ObservableList<TreeItem<StateNode>> kids = item.rawChildren();
        boolean same = kids.size() == wanted.size();
        for (int i = 0; same && i < wanted.size(); i++) {
            same = rowKey(kids.get(i).getValue()).equals(rowKey(wanted.get(i)));
        }
        if (!same) {
            replaceMiddle(item, kids, wanted);
        }
        for (int i = 0; i < wanted.size(); i++) {
            reconcile((StateItem) kids.get(i), wanted.get(i));
        }
        item.setExpanded(true);
    }

    /**
     * Makes {@code kids} match the pointers of {@code wanted}, keeping the common first and last
     * items in place (an array that grew at its end is one insertion) and reusing items by pointer
     * in between.
     */
    private void replaceMiddle(StateItem parent, ObservableList<TreeItem<StateNode>> kids, List<StateNode> wanted) {
        int head = 0;
        int max = Math.min(kids.size(), wanted.size());
        while (head < max && rowKey(kids.get(head).getValue()).equals(rowKey(wanted.get(head)))) {
            head++;
        }
        int tail = 0;
        while (tail < max - head && rowKey(kids.get(kids.size() - 1 - tail).getValue())
                .equals(rowKey(wanted.get(wanted.size() - 1 - tail)))) {
            tail++;
        }
        List<TreeItem<StateNode>> middle = kids.subList(head, kids.size() - tail);
        Map<String, StateItem> reusable = new HashMap<>();
        for (TreeItem<StateNode> kid : middle) {
            reusable.put(rowKey(kid.getValue()), (StateItem) kid);
        }
        List<StateItem> next = new ArrayList<>(wanted.size() - head - tail);
        for (StateNode w : wanted.subList(head, wanted.size() - tail)) {
            StateItem reused = reusable.get(rowKey(w));
            next.add(reused != null ? reused : newItem(w, parent));
        }
        if (middle.isEmpty()) {
            kids.addAll(head, next);
        } else if (next.isEmpty()) {
            middle.clear();
        } else {
            kids.remove(head, kids.size() - tail);
            kids.addAll(head, next);
        }
    }

    /** Whether a row shows the same thing for both nodes; the values are compared only while cheap. */
    private static boolean sameRow(StateNode a, StateNode b) {
        return a.change() == b.change()
                && Objects.equals(a.key(), b.key())
                && cheaplyEqual(a.value(), b.value())
                && cheaplyEqual(a.was(), b.was());
    }

    /** {@code a.equals(b)}, but {@code false} when deciding would take looking at more than a few dozen values. */
    static boolean cheaplyEqual(JsonNode a, JsonNode b) {
        if (a == b) {
            return true;
        }
        if (a == null || b == null) {
            return false;
        }
        int[] budget = {64};
        return boundedEquals(a, b, budget);
    }

    private static boolean boundedEquals(JsonNode a, JsonNode b, int[] budget) {
        if (--budget[0] < 0) {
            return false;
        }
        if (a == b) {
            return true;
        }
        if (a.getNodeType() != b.getNodeType() || a.size() != b.size()) {
            return false;
        }
        if (a.isObject()) {
            for (Map.Entry<String, JsonNode> f : a.properties()) {
                JsonNode other = b.get(f.getKey());
                if (other == null || !boundedEquals(f.getValue(), other, budget)) {
                    return false;
                }
            }
            return true;
        }
        if (a.isArray()) {
            for (int i = 0; i < a.size(); i++) {
                if (!boundedEquals(a.get(i), b.get(i), budget)) {
                    return false;
                }
            }
            return true;
        }
        return a.equals(b);
    }

    private boolean wantsExpanded(StateNode node, TreeItem<StateNode> parent) {
        String p = node.pointer();
        if (collapsed.contains(p)) {
            return false;
        }
        if (expanded.contains(p)) {
            return true;
        }
        if (changes.within(p) && changes.at(p) == Change.NONE) {
            expanded.add(p); // stays open while scrubbing on, until the user collapses it
            return true;
        }
        int depth = depth(p);
        JsonNode siblings = parent == null || parent.getValue().value() == null ? null : parent.getValue().value();
        return depth <= 1 && (siblings == null || siblings.size() <= DEFAULT_EXPAND_LIMIT)
                && node.value().size() <= DEFAULT_EXPAND_LIMIT;
    }

    private static int depth(String pointer) {
        int n = 0;
        for (int i = 0; i < pointer.length(); i++) {
            if (pointer.charAt(i) == '/') {
                n++;
            }
        }
        return n;
    }

    private boolean hasChildren(StateNode node) {
        JsonNode v = node.value();
        return v != null && v.isContainerNode() && (!v.isEmpty() || !changes.removedFrom(node.pointer()).isEmpty());
    }

    private List<StateNode> childNodes(StateNode parent) {
        JsonNode v = parent.value();
        String p = parent.pointer();
        List<Changes.Removal> removed = changes.removedFrom(p);
        List<StateNode> out = new ArrayList<>(v.size() + removed.size());
        if (v.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = v.properties().iterator();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> f = fields.next();
                out.add(childNode(f.getKey(), p + "/" + StateDiff.escape(f.getKey()), f.getValue()));
            }
            removed.forEach(r -> out.add(removedNode(r))); // removed members after the others
        } else {
            // a removed element stands where it stood, among the elements that are left
            int r = 0;
            for (int i = 0; i <= v.size(); i++) {
                while (r < removed.size() && removed.get(r).before() <= i) {
                    out.add(removedNode(removed.get(r++)));
                }
                if (i < v.size()) {
                    out.add(childNode(Integer.toString(i), p + "/" + i, v.get(i)));
                }
            }
        }
        return out;
    }

    private static StateNode removedNode(Changes.Removal r) {
        return new StateNode(r.key(), r.oldPointer(), null, r.oldValue(), Change.REMOVED);
    }

    private StateNode childNode(String key, String pointer, JsonNode value) {
        Change c = changes.at(pointer);
        return new StateNode(key, pointer, value, c == Change.CHANGED ? changes.was(pointer) : null, c);
    }

    /**
     * What identifies a row among its siblings: its pointer, but a removed element of an array has
     * the old index of a value that may be there now, so removed rows are told apart.
     */
    private static String rowKey(StateNode n) {
        return n.removed() ? "\u0000removed" + n.pointer() : n.pointer();
    }

    private StateItem newItem(StateNode node, TreeItem<StateNode> parent) {
        StateItem item = new StateItem(node);
        if (hasChildren(node) && wantsExpanded(node, parent)) {
            item.setExpanded(true);
        }
        return item;
    }

    private void remember(TreeItem<StateNode> item, boolean open) {
        if (updating || item == root) {
            return;
        }
        String p = item.getValue().pointer();
        if (open) {
            expanded.add(p);
            collapsed.remove(p);
        } else {
            expanded.remove(p);
            collapsed.add(p);
        }
    }

    private void restoreSelection() {
        TreeItem<StateNode> selected = tree.getSelectionModel().getSelectedItem();
        if (selectedPointer == null
                || selected != null && selected.getValue().pointer().equals(selectedPointer)) {
            return;
        }
        TreeItem<StateNode> item = itemAt(selectedPointer);
        if (item != null && tree.getRow(item) >= 0) {
            tree.getSelectionModel().select(item);
        }
    }

    private void expandAll(StateItem item) {
        if (!hasChildren(item.getValue())) {
            return;
        }
        item.setExpanded(true);
        if (item != root) {
            expanded.add(item.getValue().pointer());
        }
        for (TreeItem<StateNode> child : item.getChildren()) {
            expandAll((StateItem) child);
        }
    }

    private void collapseAll(StateItem item) {
        if (!hasChildren(item.getValue())) {
            return;
        }
        collapsed.add(item.getValue().pointer());
        if (item.built) {
            for (TreeItem<StateNode> child : item.rawChildren()) {
                collapseAll((StateItem) child);
            }
        }
        item.setExpanded(false);
    }

    private JsonNode rebuild(StateItem item) {
        JsonNode v = item.getValue().value();
        if (v == null || !v.isContainerNode()) {
            return v;
        }
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        if (v.isObject()) {
            ObjectNode o = nodes.objectNode();
            for (TreeItem<StateNode> child : item.getChildren()) {
                if (!child.getValue().removed()) {
                    o.set(child.getValue().key(), rebuild((StateItem) child));
                }
            }
            return o;
        }
        ArrayNode a = nodes.arrayNode();
        for (TreeItem<StateNode> child : item.getChildren()) {
            if (!child.getValue().removed()) {
                a.add(rebuild((StateItem) child));
            }
        }
        return a;
    }

    /** A tree item that creates its children when first asked for them (on expansion). */
    private final class StateItem extends TreeItem<StateNode> {
        private boolean built;

        StateItem(StateNode node) {
            super(node);
        }

        @Override
        public boolean isLeaf() {
            return !hasChildren(getValue());
        }

        @Override
        public ObservableList<TreeItem<StateNode>> getChildren() {
            if (!built) {
                built = true;
                boolean was = updating;
                updating = true;
                try {
                    List<StateItem> items = new ArrayList<>();
                    if (hasChildren(getValue())) {
                        for (StateNode n : childNodes(getValue())) {
                            items.add(newItem(n, this));
                        }
                    }
                    super.getChildren().setAll(items);
                } finally {
                    updating = was;
                }
            }
            return super.getChildren();
        }

        /** The children as they are, without creating them. */
        ObservableList<TreeItem<StateNode>> rawChildren() {
            return super.getChildren();
        }

        /** Forgets the children; they are created again on the next expansion. */
        void reset() {
            if (built) {
                built = false;
                super.getChildren().clear();
            }
        }
    }

    // ---- view -------------------------------------------------------------------------------

    private HBox toolbar() {
        Button expand = iconButton(new FontIcon(MaterialDesignU.UNFOLD_MORE_HORIZONTAL), "Expand all");
        expand.setOnAction(e -> expandAll());
        Button collapse = iconButton(new FontIcon(MaterialDesignU.UNFOLD_LESS_HORIZONTAL), "Collapse all");
        collapse.setOnAction(e -> collapseAll());
        Button copy = new Button("Copy JSON", new FontIcon(MaterialDesignC.CONTENT_COPY));
        copy.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
        copy.setTooltip(new Tooltip("Copy the whole state as pretty-printed JSON"));
        copy.setOnAction(e -> copyWholeState());
        copy.setId("stateCopyJson");
        changeBadge.getStyleClass().add("change-badge");
        changeBadge.setVisible(false);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(2, expand, collapse, copy, spacer, changeBadge);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("inspector-toolbar");
        return bar;
    }

    static Button iconButton(FontIcon icon, String tooltip) {
        Button b = new Button(null, icon);
        b.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL);
        b.setTooltip(new Tooltip(tooltip));
        return b;
    }

    private TreeTableColumn<StateNode, StateNode> fieldColumn() {
        TreeTableColumn<StateNode, StateNode> c = new TreeTableColumn<>("Field");
        c.setPrefWidth(200);
        c.setMinWidth(80);
        c.setSortable(false);
        c.setCellValueFactory(p -> p.getValue().valueProperty());
        c.setCellFactory(col -> new FieldCell());
        return c;
    }

    private TreeTableColumn<StateNode, StateNode> valueColumn() {
        TreeTableColumn<StateNode, StateNode> c = new TreeTableColumn<>("Value");
        c.setPrefWidth(320);
        c.setSortable(false);
        c.setCellValueFactory(p -> p.getValue().valueProperty());
        c.setCellFactory(col -> new ValueCell());
        return c;
    }

    /** The row carries the change pseudo-classes (set by the field cell, which updates with the item). */
    private final class StateRow extends TreeTableRow<StateNode> {
        /** Made at the first right-click: a menu (a popup window) per row would make every new row costly. */
        private ContextMenu menu;

        StateRow() {
            // a filter runs before the control's own handler, which shows the row's context menu
            addEventFilter(ContextMenuEvent.CONTEXT_MENU_REQUESTED, e -> setContextMenu(isEmpty() ? null : menu()));
            emptyProperty().addListener((o, was, empty) -> setContextMenu(empty ? null : menu));
        }

        private ContextMenu menu() {
            if (menu == null) {
                menu = new ContextMenu();
                MenuItem value = new MenuItem("Copy value", new FontIcon(MaterialDesignC.CONTENT_COPY));
                value.setOnAction(e -> copy(JsonText.json(getItem().shown())));
                MenuItem pointer = new MenuItem("Copy JSON pointer");
                pointer.setOnAction(e -> copy(getItem().pointer()));
                MenuItem whole = new MenuItem("Copy whole state as JSON");
                whole.setOnAction(e -> copyWholeState());
                menu.getItems().addAll(value, pointer, new SeparatorMenuItem(), whole);
            }
            return menu;
        }

        void mark(StateNode n) {
            Change c = n == null ? Change.NONE : n.change();
            pseudoClassStateChanged(CHANGED, c == Change.CHANGED || c == Change.ADDED);
            pseudoClassStateChanged(ADDED, c == Change.ADDED);
            pseudoClassStateChanged(REMOVED, c == Change.REMOVED);
            pseudoClassStateChanged(CONTAINS_CHANGES, n != null && c == Change.NONE && changes.within(n.pointer()));
        }
    }

    private final class FieldCell extends TreeTableCell<StateNode, StateNode> {
        @Override
        protected void updateItem(StateNode n, boolean empty) {
            super.updateItem(n, empty);
            if (getTableRow() instanceof StateRow row) {
                row.mark(empty ? null : n);
            }
            if (empty || n == null) {
                pseudoClassStateChanged(INDEX_KEY, false);
                setText(null);
                return;
            }
            TreeItem<StateNode> parent = getTableRow() == null || getTableRow().getTreeItem() == null
                    ? null : getTableRow().getTreeItem().getParent();
            boolean index = parent != null && parent.getValue().value() != null && parent.getValue().value().isArray();
            pseudoClassStateChanged(INDEX_KEY, n.key() != null && index);
            if (n.key() == null) {
                setText("state");
            } else if (index) {
                setText("[" + n.key() + "]");
            } else {
                setText(n.key());
            }
        }
    }

    private static final class ValueCell extends TreeTableCell<StateNode, StateNode> {
        private final Label value = new Label();
        private final Label note = new Label();
        private final HBox box = new HBox(8, value, note);
        /** Made for the first long text the cell shows: a tooltip (a popup control) per cell would make every new row costly. */
        private Tooltip tooltip;

        ValueCell() {
            box.setAlignment(Pos.CENTER_LEFT);
            value.getStyleClass().add("json-value");
            value.setMinWidth(Region.USE_PREF_SIZE);
            note.getStyleClass().add("change-note");
            note.setMinWidth(Region.USE_PREF_SIZE);
            Cells.keepGraphic(this, box);
        }

        @Override
        protected void updateItem(StateNode n, boolean empty) {
            super.updateItem(n, empty);
            setText(null);
            box.setVisible(!empty && n != null);
            if (empty || n == null) {
                setTooltip(null);
                return;
            }
            JsonNode shown = n.shown();
            value.setText(JsonText.summary(shown, MAX_VALUE_CHARS));
            PseudoClass kind = kind(shown);
            for (PseudoClass k : KINDS) {
                value.pseudoClassStateChanged(k, k == kind);
            }
            note.setText(switch (n.change()) {
                case CHANGED -> "(was " + JsonText.summary(n.was(), 80) + ")";
                case ADDED -> "(new)";
                case REMOVED -> "(removed)";
                case NONE -> "";
            });
            note.setVisible(n.change() != Change.NONE);
            note.setManaged(n.change() != Change.NONE);
            if (shown != null && shown.isTextual() && shown.textValue().length() > 60) {
                if (tooltip == null) {
                    tooltip = new Tooltip();
                    tooltip.setWrapText(true);
                    tooltip.setMaxWidth(600);
                }
                tooltip.setText(JsonText.cut(shown.textValue(), 4_000));
                setTooltip(tooltip);
            } else {
                setTooltip(null);
            }
        }

        private static final List<PseudoClass> KINDS = List.of(JSON_STRING, JSON_NUMBER, JSON_LITERAL, JSON_CONTAINER);

        private static PseudoClass kind(JsonNode v) {
            if (v == null || v.isNull() || v.isBoolean()) {
                return JSON_LITERAL;
            }
            if (v.isContainerNode()) {
                return JSON_CONTAINER;
            }
            return v.isNumber() ? JSON_NUMBER : JSON_STRING;
        }
    }

    // ---- copying -----------------------------------------------------------------------------

    private void copySelectedValue() {
        TreeItem<StateNode> item = tree.getSelectionModel().getSelectedItem();
        if (item != null) {
            copy(JsonText.json(item.getValue().shown()));
        }
    }

    private void copyWholeState() {
        if (state.get() != null) {
            copy(JsonText.pretty(state.get()));
        }
    }

    static void copy(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }

    private static String pointerText(String pointer) {
        return pointer.isEmpty() ? "(root)" : pointer;
    }
}
