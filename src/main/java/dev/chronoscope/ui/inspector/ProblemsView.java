package dev.chronoscope.ui.inspector;

import atlantafx.base.theme.Styles;
import dev.chronoscope.event.Rejection;
import dev.chronoscope.ui.Formats;
import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ListProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleListProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.css.PseudoClass;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/**
 * The records of the source that were rejected while loading: a heading that says what that means,
 * and a table of line number, reason and the start of the raw text (full text in a tooltip).
 */
public final class ProblemsView extends BorderPane {

    /** Raw text longer than this is cut, with an ellipsis, in the table. */
    public static final int EXCERPT_CHARS = 160;
    private static final PseudoClass HAS_PROBLEMS = PseudoClass.getPseudoClass("has-problems");
    private static final KeyCombination COPY = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN);

    private final ListProperty<Rejection> rejections =
            new SimpleListProperty<>(this, "rejections", FXCollections.observableArrayList());
    private final StringProperty sourceName = new SimpleStringProperty(this, "sourceName");

    private final TableView<Rejection> table = new TableView<>();
    private final Label heading = new Label();
    private final FontIcon icon = new FontIcon(MaterialDesignA.ALERT_OUTLINE);

    public ProblemsView() {
        getStyleClass().add("problems-view");
        getStylesheets().add(ProblemsView.class.getResource("inspector.css").toExternalForm());

        heading.setId("problemsHeading");
        heading.setWrapText(true);
        heading.getStyleClass().add("problems-heading");
        icon.getStyleClass().add("problems-icon");
        HBox top = new HBox(8, icon, heading);
        top.setAlignment(Pos.CENTER_LEFT);
        top.getStyleClass().add("problems-header");

        table.setId("problemsTable");
        table.getStyleClass().addAll(Styles.DENSE, Styles.STRIPED);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        Label empty = new Label("No problems: every record was loaded.");
        empty.getStyleClass().add("placeholder-text");
        table.setPlaceholder(empty);
        table.getColumns().setAll(List.of(lineColumn(), reasonColumn(), rawColumn()));
        table.setRowFactory(t -> row());
        table.setOnKeyPressed(e -> {
            if (COPY.match(e)) {
                copyRows(table.getSelectionModel().getSelectedItems());
                e.consume();
            }
        });

        setTop(top);
        setCenter(table);

        rejections.addListener((o, was, list) -> table.setItems(list == null ? FXCollections.observableArrayList() : list));
        table.setItems(rejections.get());
        rejections.addListener((InvalidationListener) o -> refreshHeading());
        sourceName.addListener(o -> refreshHeading());
        refreshHeading();
    }

    /** The rejected records, in record order. */
    public ListProperty<Rejection> rejectionsProperty() {
        return rejections;
    }

    public ObservableList<Rejection> getRejections() {
        return rejections.get();
    }

    public void setRejections(ObservableList<Rejection> value) {
        rejections.set(value);
    }

    /** The file (or database) the records came from, for the heading, e.g. {@code bank.jsonl}. */
    public StringProperty sourceNameProperty() {
        return sourceName;
    }

    public String getSourceName() {
        return sourceName.get();
    }

    public void setSourceName(String value) {
        sourceName.set(value);
    }

    /** "3 records rejected in bank.jsonl — they were not loaded; the rest was." */
    static String heading(int count, String source) {
        String in = source == null || source.isBlank() ? "" : " in " + source;
        if (count == 0) {
            return "No problems" + in + ": every record was loaded.";
        }
        return count == 1
                ? "1 record rejected" + in + " — it was not loaded; the rest was."
                : Formats.count(count) + " records rejected" + in + " — they were not loaded; the rest was.";
    }

    /** The excerpt as the table shows it: cut to {@link #EXCERPT_CHARS} characters with "…", on one line. */
    static String cutExcerpt(String excerpt) {
        if (excerpt == null) {
            return "";
        }
        String oneLine = excerpt.replace('\n', ' ').replace('\r', ' ').replace('\t', ' ');
        return JsonText.cut(oneLine, EXCERPT_CHARS);
    }

    /** A row as tab-separated text: line, reason, raw text. */
    static String rowText(Rejection r) {
        return r.record() + "\t" + r.reason() + "\t" + (r.excerpt() == null ? "" : r.excerpt());
    }

    private void refreshHeading() {
        int n = rejections.get() == null ? 0 : rejections.get().size();
        heading.setText(heading(n, sourceName.get()));
        icon.setIconCode(n == 0 ? MaterialDesignC.CHECK_CIRCLE_OUTLINE : MaterialDesignA.ALERT_OUTLINE);
        pseudoClassStateChanged(HAS_PROBLEMS, n > 0);
    }

    private void copyRows(List<Rejection> rows) {
        if (!rows.isEmpty()) {
            StateView.copy(rows.stream().map(ProblemsView::rowText).collect(Collectors.joining("\n")));
        }
    }

    private TableRow<Rejection> row() {
        TableRow<Rejection> row = new TableRow<>();
        ContextMenu menu = new ContextMenu();
        MenuItem line = new MenuItem("Copy line", new FontIcon(MaterialDesignC.CONTENT_COPY));
        line.setOnAction(e -> StateView.copy(row.getItem().excerpt() == null ? "" : row.getItem().excerpt()));
        MenuItem number = new MenuItem("Copy line number");
        number.setOnAction(e -> StateView.copy(Long.toString(row.getItem().record())));
        MenuItem whole = new MenuItem("Copy row");
        whole.setOnAction(e -> copyRows(table.getSelectionModel().getSelectedItems().contains(row.getItem())
                ? table.getSelectionModel().getSelectedItems() : List.of(row.getItem())));
        menu.getItems().addAll(line, number, whole);
        row.emptyProperty().addListener((o, was, isEmpty) -> row.setContextMenu(isEmpty ? null : menu));
        return row;
    }

    private TableColumn<Rejection, Rejection> lineColumn() {
        TableColumn<Rejection, Rejection> c = new TableColumn<>("Line");
        c.setCellValueFactory(p -> new ReadOnlyObjectWrapper<>(p.getValue()));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(Rejection r, boolean isEmpty) {
                super.updateItem(r, isEmpty);
                setText(isEmpty || r == null ? null : Formats.count(r.record()));
            }
        });
        c.getStyleClass().addAll("line-column", "align-right");
        c.setPrefWidth(80);
        c.setMinWidth(60);
        c.setMaxWidth(120);
        c.setComparator((a, b) -> Long.compare(a.record(), b.record()));
        return c;
    }

    private TableColumn<Rejection, String> reasonColumn() {
        TableColumn<Rejection, String> c = new TableColumn<>("Reason");
        c.setCellValueFactory(p -> new ReadOnlyObjectWrapper<>(p.getValue().reason()));
        c.setCellFactory(col -> new TooltipCell(false));
        c.setPrefWidth(380);
        return c;
    }

    private TableColumn<Rejection, String> rawColumn() {
        TableColumn<Rejection, String> c = new TableColumn<>("Raw text");
        c.setCellValueFactory(p -> new ReadOnlyObjectWrapper<>(p.getValue().excerpt()));
        c.setCellFactory(col -> new TooltipCell(true));
        c.setPrefWidth(320);
        return c;
    }

    /** Text on one line with the full text in a tooltip; the raw-text column cuts it first. */
    private static final class TooltipCell extends TableCell<Rejection, String> {
        private final boolean raw;
        private final Tooltip tooltip = new Tooltip();

        TooltipCell(boolean raw) {
            this.raw = raw;
            tooltip.setWrapText(true);
            tooltip.setMaxWidth(640);
            if (raw) {
                getStyleClass().add("raw-text");
            }
        }

        @Override
        protected void updateItem(String text, boolean isEmpty) {
            super.updateItem(text, isEmpty);
            if (isEmpty || text == null) {
                setText(null);
                setTooltip(null);
                return;
            }
            setText(raw ? cutExcerpt(text) : text);
            tooltip.setText(text);
            setTooltip(tooltip);
        }
    }
}
