package dev.chronoscope.ui.inspector;

import atlantafx.base.theme.Styles;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.chronoscope.diff.StateDiff;
import dev.chronoscope.ui.Cells;
import dev.chronoscope.ui.inspector.PatchOps.PatchOp;
import dev.chronoscope.ui.inspector.SideBySide.DiffLine;
import dev.chronoscope.ui.inspector.SideBySide.DiffRow;
import dev.chronoscope.ui.inspector.SideBySide.Mark;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/**
 * The difference between two states: the RFC 6902 operations as a compact list, and below them the
 * two states pretty-printed side by side, lines of removed and replaced values marked on the left
 * and of added and replaced values on the right. The two sides are lined up row by row (filler rows
 * pad the shorter side of a change), so they scroll and select together. "Changed only" hides
 * unchanged rows farther than three rows from a change.
 *
 * <p>Inputs: {@link #beforeProperty() before}, {@link #afterProperty() after}, {@link #patchProperty()
 * patch} (computed with {@link StateDiff#diff} when {@code null}), {@link #titleProperty() title}.
 * Each change updates the view at once; {@link #show} sets all four with one update.
 */
public final class DiffView extends BorderPane {

    static final int CONTEXT_LINES = 3;
    /** Values in the operations list are cut after this many characters; the row's tooltip has them in full. */
    static final int MAX_VALUE_CHARS = 300;
    private static final int MAX_TOOLTIP_CHARS = 4_000;
    private static final PseudoClass REMOVED = PseudoClass.getPseudoClass("removed");
    private static final PseudoClass ADDED = PseudoClass.getPseudoClass("added");
    private static final PseudoClass FILLER = PseudoClass.getPseudoClass("filler");
    private static final PseudoClass GAP = PseudoClass.getPseudoClass("gap");
    /** An op's kind, "op-add" … "op-test": a pseudo-class, as a style class per item would restyle the cell (see StateView). */
    private static final Map<String, PseudoClass> OP_KINDS = Stream.of("add", "remove", "replace", "move", "copy", "test")
            .collect(Collectors.toUnmodifiableMap(k -> k, k -> PseudoClass.getPseudoClass("op-" + k)));

    private final ObjectProperty<JsonNode> before = new SimpleObjectProperty<>(this, "before");
    private final ObjectProperty<JsonNode> after = new SimpleObjectProperty<>(this, "after");
    private final ObjectProperty<ArrayNode> patch = new SimpleObjectProperty<>(this, "patch");
    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    private final StringProperty placeholderText = new SimpleStringProperty(this, "placeholderText", "Nothing to compare");
    private final BooleanProperty changedOnly = new SimpleBooleanProperty(this, "changedOnly", false);

    private final ObservableList<PatchOp> ops = FXCollections.observableArrayList();
    private final ObservableList<DiffRow> rows = FXCollections.observableArrayList();
    private final ListView<PatchOp> opsList = new ListView<>(ops);
    private final ListView<DiffRow> beforeList = new ListView<>(rows);
    private final ListView<DiffRow> afterList = new ListView<>(rows);
    private final Label summary = new Label();
    private final Label placeholder = new Label();
    private final BorderPane content = new BorderPane();
    private final StackPane empty = new StackPane(placeholder);
    private ArrayNode shownPatch;
    private List<DiffRow> allRows = List.of();
    private boolean batch;
    private boolean syncing;
    /** The widest line of either side, in characters with its indentation: both sides are made this wide. */
    private int widestLine;
    /** How far both sides are scrolled sideways: the line numbers stay put by that much. */
    private final DoubleProperty sideways = new SimpleDoubleProperty(this, "sideways");

    public DiffView() {
        getStyleClass().add("diff-view");
        getStylesheets().add(DiffView.class.getResource("inspector.css").toExternalForm());

        opsList.setId("diffOps");
        opsList.getStyleClass().addAll(Styles.DENSE, "diff-ops");
        opsList.setCellFactory(l -> new OpCell());
        opsList.setPlaceholder(new Label("No changes"));
        beforeList.setId("diffBefore");
        afterList.setId("diffAfter");
        for (ListView<DiffRow> list : List.of(beforeList, afterList)) {
            list.getStyleClass().addAll(Styles.DENSE, "diff-lines");
            list.setFixedCellSize(20);
        }
        beforeList.setCellFactory(l -> new LineCell(DiffRow::left, this));
        afterList.setCellFactory(l -> new LineCell(DiffRow::right, this));
        beforeList.setPlaceholder(new Label("No state"));
        afterList.setPlaceholder(new Label("No state"));
        syncScrolling(beforeList, afterList);
        syncSelection(beforeList, afterList);

        SplitPane sides = new SplitPane(side("Before", beforeList), side("After", afterList));
        sides.setDividerPositions(0.5);
        SplitPane split = new SplitPane(opsList, sides);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.28);
        content.setTop(header());
        content.setCenter(split);

        placeholder.textProperty().bind(placeholderText);
        placeholder.getStyleClass().add("placeholder-text");
        empty.getStyleClass().add("placeholder");

        before.addListener((o, a, b) -> refreshUnlessBatched());
        after.addListener((o, a, b) -> refreshUnlessBatched());
        patch.addListener((o, a, b) -> refreshUnlessBatched());
        changedOnly.addListener((o, a, b) -> showRows());
        refresh();
    }

    /** The state before the change, {@code null} for no state. */
    public ObjectProperty<JsonNode> beforeProperty() {
        return before;
    }

    public JsonNode getBefore() {
        return before.get();
    }

    public void setBefore(JsonNode value) {
        before.set(value);
    }

    /** The state after the change, {@code null} for no state. */
    public ObjectProperty<JsonNode> afterProperty() {
        return after;
    }

    public JsonNode getAfter() {
        return after.get();
    }

    public void setAfter(JsonNode value) {
        after.set(value);
    }

    /** The RFC 6902 operations turning before into after; {@code null}: computed with {@link StateDiff#diff}. */
    public ObjectProperty<ArrayNode> patchProperty() {
        return patch;
    }

    public ArrayNode getPatch() {
        return patch.get();
    }

    public void setPatch(ArrayNode value) {
        patch.set(value);
    }

    /** A heading such as "#512,339 → #512,340 · MoneyWithdrawn". */
    public StringProperty titleProperty() {
        return title;
    }

    public String getTitle() {
        return title.get();
    }

    public void setTitle(String value) {
        title.set(value);
    }

    /** The text shown when there is nothing to compare (no before, after nor patch); default "Nothing to compare". */
    public StringProperty placeholderTextProperty() {
        return placeholderText;
    }

    public String getPlaceholderText() {
        return placeholderText.get();
    }

    public void setPlaceholderText(String value) {
        placeholderText.set(value);
    }

    /** Whether unchanged lines farther than three lines from a change are folded into one row. */
    public BooleanProperty changedOnlyProperty() {
        return changedOnly;
    }

    public boolean isChangedOnly() {
        return changedOnly.get();
    }

    public void setChangedOnly(boolean value) {
        changedOnly.set(value);
    }

    /** Sets before, after, patch ({@code null}: computed) and title with one update. */
    public void show(JsonNode newBefore, JsonNode newAfter, ArrayNode newPatch, String newTitle) {
        batch = true;
        try {
            before.set(newBefore);
            after.set(newAfter);
            patch.set(newPatch);
            title.set(newTitle);
        } finally {
            batch = false;
        }
        refresh();
    }

    /** The operations listed, resolved against before and after. */
    public List<PatchOp> ops() {
        return List.copyOf(ops);
    }

    /** The rows of the side-by-side panes as shown (with gap rows when "changed only" is on). */
    public List<DiffRow> rows() {
        return List.copyOf(rows);
    }

    /** The summary line, e.g. "3 changes: 2 replaced, 1 added". */
    public String summary() {
        return summary.getText();
    }

    private void refreshUnlessBatched() {
        if (!batch) {
            refresh();
        }
    }

    private void refresh() {
        JsonNode b = before.get();
        JsonNode a = after.get();
        ArrayNode p = patch.get();
        if (b == null && a == null && p == null) {
            shownPatch = null;
            ops.clear();
            allRows = List.of();
            rows.clear();
            summary.setText("");
            setCenter(empty);
            return;
        }
        shownPatch = p != null ? p : StateDiff.diff(b, a);
        List<PatchOp> resolved = PatchOps.resolve(b, a, shownPatch);
        Set<String> removed = new HashSet<>();
        Set<String> added = new HashSet<>();
        for (PatchOp op : resolved) {
            if (op.beforePointer() != null && !op.op().equals("test")) {
                removed.add(op.beforePointer());
            }
            if (op.afterPointer() != null && !op.op().equals("test")) {
                added.add(op.afterPointer());
            }
        }
        ops.setAll(resolved);
        summary.setText(PatchOps.summary(resolved));
        allRows = SideBySide.align(JsonLines.of(b), removed, JsonLines.of(a), added);
        showRows();
        setCenter(content);
    }

    private void showRows() {
        List<DiffRow> shown = changedOnly.get() ? SideBySide.changedOnly(allRows, CONTEXT_LINES) : allRows;
        int widest = SideBySide.widest(shown);
        rows.setAll(shown);
        if (widest != widestLine) {
            widestLine = widest;
            // the flows keep the widest cell they have seen: made afresh, they measure the new width
            beforeList.refresh();
            afterList.refresh();
        }
    }

    /** The characters of the widest line shown on either side, indentation included. */
    int widestLine() {
        return widestLine;
    }

    private VBox header() {
        Label heading = new Label();
        heading.setId("diffTitle");
        heading.textProperty().bind(title);
        heading.getStyleClass().addAll(Styles.TEXT_BOLD, "diff-title");
        heading.managedProperty().bind(title.isNotEmpty());
        heading.visibleProperty().bind(title.isNotEmpty());
        summary.setId("diffSummary");
        summary.getStyleClass().add(Styles.TEXT_MUTED);

        Button copy = new Button("Copy patch", new FontIcon(MaterialDesignC.CONTENT_COPY));
        copy.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
        copy.setTooltip(new Tooltip("Copy the operations as a JSON Patch (RFC 6902)"));
        copy.setOnAction(e -> copyPatch());
        CheckBox only = new CheckBox("Changed only");
        only.setId("diffChangedOnly");
        only.setTooltip(new Tooltip("Hide unchanged lines more than " + CONTEXT_LINES + " lines away from a change"));
        only.selectedProperty().bindBidirectional(changedOnly);
        // in a narrow inspector the summary gives way (its tooltip has it all), the controls do not
        only.setMinWidth(Region.USE_PREF_SIZE);
        copy.setMinWidth(Region.USE_PREF_SIZE);
        summary.setMinWidth(0);
        Tooltip summaryTip = new Tooltip();
        summaryTip.textProperty().bind(summary.textProperty());
        summary.setTooltip(summaryTip);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, summary, spacer, only, copy);
        bar.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(2, heading, bar);
        box.getStyleClass().add("diff-header");
        return box;
    }

    private static VBox side(String name, ListView<DiffRow> list) {
        Label caption = new Label(name);
        caption.getStyleClass().add("side-caption");
        caption.setMaxWidth(Double.MAX_VALUE);
        VBox.setVgrow(list, Priority.ALWAYS);
        VBox box = new VBox(caption, list);
        box.getStyleClass().add("diff-side");
        return box;
    }

    private void copyPatch() {
        if (shownPatch != null) {
            StateView.copy(JsonText.pretty(shownPatch));
        }
    }

    /**
     * Keeps the two virtual flows at the same position: the rows are lined up, so the same position is
     * the same row. Both sides are equally wide (see {@link LineCell}), so their horizontal scroll bars
     * are kept at the same value too, as in a side-by-side diff tool.
     */
    private void syncScrolling(ListView<DiffRow> a, ListView<DiffRow> b) {
        Runnable link = () -> {
            if (a.getSkin() == null || b.getSkin() == null) {
                return;
            }
            VirtualFlow<?> fa = (VirtualFlow<?>) a.lookup(".virtual-flow");
            VirtualFlow<?> fb = (VirtualFlow<?>) b.lookup(".virtual-flow");
            if (fa == null || fb == null) {
                return;
            }
            fa.positionProperty().addListener((o, was, pos) -> follow(fb, pos.doubleValue()));
            fb.positionProperty().addListener((o, was, pos) -> follow(fa, pos.doubleValue()));
            ScrollBar ha = horizontalBar(fa);
            ScrollBar hb = horizontalBar(fb);
            if (ha != null && hb != null) {
                sideways.bind(ha.valueProperty());
                ha.valueProperty().addListener((o, was, v) -> follow(hb, v.doubleValue()));
                hb.valueProperty().addListener((o, was, v) -> follow(ha, v.doubleValue()));
            }
        };
        a.skinProperty().addListener((o, was, skin) -> link.run());
        b.skinProperty().addListener((o, was, skin) -> link.run());
    }

    /** The horizontal scroll bar of a list's flow, or {@code null}. */
    static ScrollBar horizontalBar(Node flowOrList) {
        for (Node n : flowOrList.lookupAll(".scroll-bar")) {
            if (n instanceof ScrollBar bar && bar.getOrientation() == Orientation.HORIZONTAL) {
                return bar;
            }
        }
        return null;
    }

    private void follow(ScrollBar bar, double value) {
        if (syncing || Math.abs(bar.getValue() - value) < 1e-9) {
            return;
        }
        syncing = true;
        try {
            bar.setValue(Math.min(value, bar.getMax()));
        } finally {
            syncing = false;
        }
    }

    private void follow(VirtualFlow<?> flow, double position) {
        if (syncing || Math.abs(flow.getPosition() - position) < 1e-9) {
            return;
        }
        syncing = true;
        try {
            flow.setPosition(position);
        } finally {
            syncing = false;
        }
    }

    private void syncSelection(ListView<DiffRow> a, ListView<DiffRow> b) {
        a.getSelectionModel().selectedIndexProperty().addListener((o, was, i) -> select(b, i.intValue()));
        b.getSelectionModel().selectedIndexProperty().addListener((o, was, i) -> select(a, i.intValue()));
    }

    private void select(ListView<DiffRow> list, int index) {
        if (syncing || list.getSelectionModel().getSelectedIndex() == index) {
            return;
        }
        syncing = true;
        try {
            if (index < 0) {
                list.getSelectionModel().clearSelection();
            } else {
                list.getSelectionModel().select(index);
            }
        } finally {
            syncing = false;
        }
    }

    /** "replace  /balance  1683 → 1412", the op coloured by kind. */
    private final class OpCell extends ListCell<PatchOp> {
        private final Label op = new Label();
        private final Label path = new Label();
        private final Label values = new Label();
        private final HBox box = new HBox(10, op, path, values);
        private final Tooltip tooltip = new Tooltip();

        OpCell() {
            op.getStyleClass().add("op-badge");
            op.setMinWidth(Region.USE_PREF_SIZE);
            path.getStyleClass().add("op-path");
            path.setMinWidth(Region.USE_PREF_SIZE);
            values.getStyleClass().add("op-values");
            // never cut with an ellipsis: a long row widens the list, which scrolls sideways
            values.setMinWidth(Region.USE_PREF_SIZE);
            box.setMinWidth(Region.USE_PREF_SIZE);
            tooltip.getStyleClass().add("diff-tooltip");
            tooltip.setWrapText(true);
            tooltip.setMaxWidth(640);
            box.setAlignment(Pos.CENTER_LEFT);
            ContextMenu menu = new ContextMenu();
            MenuItem copyOp = new MenuItem("Copy operation as JSON", new FontIcon(MaterialDesignC.CONTENT_COPY));
            copyOp.setOnAction(e -> StateView.copy(opJson(getIndex())));
            MenuItem copyPath = new MenuItem("Copy path");
            copyPath.setOnAction(e -> StateView.copy(getItem().path()));
            MenuItem copyAll = new MenuItem("Copy patch as JSON");
            copyAll.setOnAction(e -> copyPatch());
            menu.getItems().addAll(copyOp, copyPath, copyAll);
            emptyProperty().addListener((o, was, isEmpty) -> setContextMenu(isEmpty ? null : menu));
            Cells.keepGraphic(this, box);
        }

        @Override
        protected void updateItem(PatchOp item, boolean isEmpty) {
            super.updateItem(item, isEmpty);
            setText(null);
            box.setVisible(!isEmpty && item != null);
            if (isEmpty || item == null) {
                setTooltip(null);
                return;
            }
            op.setText(item.op());
            OP_KINDS.forEach((kind, pseudoClass) -> op.pseudoClassStateChanged(pseudoClass, kind.equals(item.op())));
            path.setText(item.path().isEmpty() ? "(root)" : item.path());
            values.setText(valuesText(item));
            tooltip.setText(tooltipText(item));
            setTooltip(tooltip);
        }
    }

    /** The whole operation for a row's tooltip: path, then the old and new values in full (pretty, up to 4,000 characters). */
    static String tooltipText(PatchOp op) {
        StringBuilder sb = new StringBuilder(op.op()).append(' ').append(op.path().isEmpty() ? "(root)" : op.path());
        if (op.from() != null) {
            sb.append("\nfrom ").append(op.from());
        }
        if (op.oldValue() != null) {
            sb.append("\n\nbefore:\n").append(JsonText.cut(JsonText.pretty(op.oldValue()), MAX_TOOLTIP_CHARS));
        }
        if (op.newValue() != null && !op.op().equals("move") && !op.op().equals("copy")) {
            sb.append("\n\nafter:\n").append(JsonText.cut(JsonText.pretty(op.newValue()), MAX_TOOLTIP_CHARS));
        }
        return sb.toString();
    }

    /** The values part of an operation row: {@code old → new}, {@code new}, {@code was old}, {@code from /a}. */
    static String valuesText(PatchOp op) {
        return switch (op.op()) {
            case "replace" -> (op.oldValue() == null ? "" : JsonText.compact(op.oldValue(), MAX_VALUE_CHARS) + " → ")
                    + JsonText.compact(op.newValue(), MAX_VALUE_CHARS);
            case "add", "test" -> JsonText.compact(op.newValue(), MAX_VALUE_CHARS);
            case "remove" -> op.oldValue() == null ? "" : "was " + JsonText.compact(op.oldValue(), MAX_VALUE_CHARS);
            case "move", "copy" -> "from " + op.from();
            default -> "";
        };
    }

    private String opJson(int index) {
        if (shownPatch == null || index < 0 || index >= shownPatch.size()) {
            return "";
        }
        return JsonText.json(shownPatch.get(index));
    }

    /**
     * One side of a row: the line number in a gutter, then the indented line, never cut: every cell
     * of both sides is as wide as the widest line shown, so the two lists scroll sideways in step.
     */
    private static final class LineCell extends ListCell<DiffRow> {
        private final Function<DiffRow, DiffLine> side;
        private final DiffView view;
        private final Label number = new Label();
        private final Label text = new Label();
        private final HBox box = new HBox(number, text);
        private final Tooltip tooltip = new Tooltip();
        private final Text measure = new Text("0000000000");

        LineCell(Function<DiffRow, DiffLine> side, DiffView view) {
            this.side = side;
            this.view = view;
            number.getStyleClass().add("line-number");
            number.setMinWidth(Region.USE_PREF_SIZE);
            // the gutter stays in place while the line scrolls sideways under it, as in a diff tool
            number.translateXProperty().bind(view.sideways);
            number.setViewOrder(-1);
            number.setMinHeight(20); // the fixed cell size: the gutter is one unbroken column
            number.setMaxHeight(Double.MAX_VALUE);
            text.getStyleClass().add("line-text");
            text.setMinWidth(Region.USE_PREF_SIZE);
            box.setAlignment(Pos.CENTER_LEFT);
            box.setFillHeight(true);
            box.setMinWidth(Region.USE_PREF_SIZE);
            tooltip.setWrapText(true);
            tooltip.setMaxWidth(640);
            Cells.keepGraphic(this, box);
        }

        @Override
        protected double computePrefWidth(double height) {
            measure.setFont(text.getFont());
            double charWidth = measure.getLayoutBounds().getWidth() / 10;
            Insets in = getInsets();
            double gutter = number.prefWidth(-1);
            double widest = in.getLeft() + gutter + Math.ceil(view.widestLine() * charWidth) + 12 + in.getRight();
            return Math.max(super.computePrefWidth(height), widest);
        }

        @Override
        protected void updateItem(DiffRow row, boolean isEmpty) {
            super.updateItem(row, isEmpty);
            setText(null);
            DiffLine line = isEmpty || row == null ? null : side.apply(row);
            Mark mark = line == null ? Mark.SAME : line.mark();
            pseudoClassStateChanged(REMOVED, mark == Mark.REMOVED);
            pseudoClassStateChanged(ADDED, mark == Mark.ADDED);
            pseudoClassStateChanged(FILLER, mark == Mark.FILLER);
            pseudoClassStateChanged(GAP, mark == Mark.GAP);
            box.setVisible(line != null);
            if (line == null) {
                setTooltip(null);
                return;
            }
            number.setText(line.number() == 0 ? "" : Integer.toString(line.number()));
            text.setText(line.mark() == Mark.GAP ? line.text() : "  ".repeat(line.indent()) + line.text());
            if (line.pointer() == null) {
                setTooltip(null);
            } else {
                String pointer = line.pointer().isEmpty() ? "(root)" : line.pointer();
                tooltip.setText(line.text().length() > LONG_LINE
                        ? pointer + "\n\n" + JsonText.cut(line.text(), MAX_TOOLTIP_CHARS) : pointer);
                setTooltip(tooltip);
            }
        }
    }

    /** Lines longer than this show their whole text in the tooltip too, to read without scrolling. */
    private static final int LONG_LINE = 100;
}
