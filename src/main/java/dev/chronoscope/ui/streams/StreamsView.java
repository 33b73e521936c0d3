package dev.chronoscope.ui.streams;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.theme.Styles;
import dev.chronoscope.event.EventLog;
import dev.chronoscope.ui.Cells;
import dev.chronoscope.ui.Formats;
import javafx.application.Platform;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.control.ComboBox;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.Tooltip;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/**
 * The streams of a log as a filterable, sortable list: each row shows the stream's name, its type
 * (muted) and its event count. Its inputs and outputs are properties only:
 * {@link #logProperty() log} in, {@link #inspectedStreamProperty() inspectedStream} both ways.
 *
 * <p>The list is virtualised over one {@code int[]} of stream numbers, and a log's names are
 * lower-cased once ({@link StreamCatalog}), so filtering 20,000 streams takes about a millisecond
 * on the FX thread. Keys: Down in the filter moves into the list, Enter selects, Esc clears the
 * filter. Styled by {@code streams.css} (style class {@code streams-view}).
 */
public final class StreamsView extends BorderPane {

    private final ObjectProperty<EventLog> log = new SimpleObjectProperty<>(this, "log");
    private final IntegerProperty inspectedStream = new SimpleIntegerProperty(this, "inspectedStream", -1);
    private final ObjectProperty<StreamOrder> order = new SimpleObjectProperty<>(this, "order", StreamOrder.NAME);

    private final StreamIndexList rows = new StreamIndexList();
    private final ListView<Integer> list = new ListView<>(rows);
    private final CustomTextField filter = new CustomTextField();
    private final Label count = new Label();
    private final Label placeholder = new Label();
    private StreamCatalog catalog;
    /** A catalog built off the FX thread for the next log ({@link #setLog(EventLog, StreamCatalog)}). */
    private StreamCatalog prepared;
    /** True while this view changes the list's items or selection itself. */
    private boolean updating;
    /** The row to scroll to before the next layout, or -1: see {@link #scrollSoon}. */
    private int pendingScroll = -1;
    private final Runnable beforeLayout = this::scrollPending;

    /** An empty list; set a {@link #logProperty() log} to show its streams. */
    public StreamsView() {
        getStyleClass().add("streams-view");
        getStylesheets().add(StreamsView.class.getResource("streams.css").toExternalForm());

        Label title = new Label("Streams");
        title.getStyleClass().add("streams-title");
        count.getStyleClass().add("streams-count");
        count.setId("streamCount");
        title.setMinWidth(Region.USE_PREF_SIZE);
        count.setMinWidth(Region.USE_PREF_SIZE);
        ComboBox<StreamOrder> sort = sortSelector();
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox titleRow = new HBox(6, title, count, grow, sort);
        titleRow.setAlignment(Pos.CENTER_LEFT);

        filter.setId("streamFilter");
        filter.setPromptText("Filter streams…");
        filter.setLeft(new FontIcon(MaterialDesignM.MAGNIFY));
        filter.setRight(clearButton());
        filter.getStyleClass().add("streams-filter");
        filter.addEventFilter(KeyEvent.KEY_PRESSED, this::onFilterKey);

        VBox header = new VBox(8, titleRow, filter);
        header.getStyleClass().add("streams-header");
        setTop(header);

        list.setId("streamList");
        list.getStyleClass().add("streams-list");
        list.getSelectionModel().setSelectionMode(SelectionMode.SINGLE);
        list.setCellFactory(v -> new StreamCell());
        placeholder.getStyleClass().add("streams-placeholder");
        placeholder.setWrapText(true);
        list.setPlaceholder(placeholder);
        list.addEventHandler(KeyEvent.KEY_PRESSED, this::onListKey);
        list.getSelectionModel().selectedIndexProperty().addListener((o, was, is) -> onRowSelected(is.intValue()));
        setCenter(list);

        log.addListener((o, was, is) -> {
            catalog = is == null ? null : prepared != null && prepared.log() == is ? prepared : new StreamCatalog(is);
            prepared = null;
            refilter();
        });
        order.addListener(o -> refilter());
        filter.textProperty().addListener(o -> refilter());
        inspectedStream.addListener((o, was, is) -> showInspected(true));
        sceneProperty().addListener((o, was, is) -> {
            if (was != null) {
                was.removePreLayoutPulseListener(beforeLayout);
            }
            if (is != null) {
                is.addPreLayoutPulseListener(beforeLayout);
            }
        });
        refilter();
    }

    // ---- properties ---------------------------------------------------------------------------

    /** The log whose streams are listed; {@code null} lists none. */
    public ObjectProperty<EventLog> logProperty() {
        return log;
    }

    public EventLog getLog() {
        return log.get();
    }

    /** Shows {@code value} with its catalog built beforehand ({@link StreamCatalog#prepare}, off the FX thread). */
    public void setLog(EventLog value, StreamCatalog catalog) {
        prepared = catalog;
        setLog(value);
        prepared = null;
    }

    public void setLog(EventLog value) {
        log.set(value);
    }

    /**
     * The inspected stream by number, or -1 for none. Selecting a row sets it; setting it selects
     * the stream's row and scrolls it into view, clearing the filter if the filter hides it.
     */
    public IntegerProperty inspectedStreamProperty() {
        return inspectedStream;
    }

    public int getInspectedStream() {
        return inspectedStream.get();
    }

    public void setInspectedStream(int value) {
        inspectedStream.set(value);
    }

    /** How the list is sorted, {@link StreamOrder#NAME} by default; never {@code null}. */
    public ObjectProperty<StreamOrder> orderProperty() {
        return order;
    }

    public StreamOrder getOrder() {
        return order.get();
    }

    public void setOrder(StreamOrder value) {
        order.set(value);
    }

    /** The filter text as typed; streams whose name or type contains it (ignoring case) are shown. */
    public StringProperty filterTextProperty() {
        return filter.textProperty();
    }

    public String getFilterText() {
        return filter.getText();
    }

    public void setFilterText(String value) {
        filter.setText(value);
    }

    // ---- building blocks ----------------------------------------------------------------------

    private ComboBox<StreamOrder> sortSelector() {
        ComboBox<StreamOrder> sort = new ComboBox<>(FXCollections.observableArrayList(StreamOrder.values()));
        sort.setId("streamSort");
        sort.getStyleClass().addAll(Styles.SMALL, "streams-sort");
        sort.setConverter(new StringConverter<>() {
            @Override
            public String toString(StreamOrder o) {
                return o == null ? "" : o.label();
            }

            @Override
            public StreamOrder fromString(String s) {
                return null;
            }
        });
        sort.valueProperty().bindBidirectional(order);
        sort.setFocusTraversable(false);
        sort.setMinWidth(70);
        sort.setTooltip(new Tooltip("Sort streams by"));
        sort.setButtonCell(new ListCell<>() {
            private final FontIcon icon = new FontIcon(MaterialDesignS.SORT_VARIANT);

            @Override
            protected void updateItem(StreamOrder item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.label());
                setGraphic(empty || item == null ? null : icon);
            }
        });
        return sort;
    }

    private FontIcon clearButton() {
        FontIcon clear = new FontIcon(MaterialDesignC.CLOSE_CIRCLE);
        clear.getStyleClass().add("streams-filter-clear");
        clear.setCursor(Cursor.DEFAULT);
        clear.visibleProperty().bind(filter.textProperty().isNotEmpty());
        clear.setOnMouseClicked(e -> {
            filter.clear();
            filter.requestFocus();
        });
        return clear;
    }

    // ---- behaviour ----------------------------------------------------------------------------

    private void onFilterKey(KeyEvent e) {
        if (e.getCode() == KeyCode.ESCAPE && !filter.getText().isEmpty()) {
            filter.clear();
            e.consume();
        } else if (e.getCode() == KeyCode.DOWN && !rows.isEmpty()) {
            int selected = list.getSelectionModel().getSelectedIndex();
            list.requestFocus();
            list.getFocusModel().focus(Math.max(selected, 0));
            e.consume();
        } else if (e.getCode() == KeyCode.ENTER && !rows.isEmpty()) {
            if (list.getSelectionModel().getSelectedIndex() < 0) {
                list.getSelectionModel().clearAndSelect(0);
            }
            e.consume();
        }
    }

    private void onListKey(KeyEvent e) {
        if (e.getCode() == KeyCode.ENTER) {
            int focused = list.getFocusModel().getFocusedIndex();
            if (focused >= 0) {
                list.getSelectionModel().clearAndSelect(focused);
            }
            e.consume();
        }
    }

    private void onRowSelected(int row) {
        if (!updating && row >= 0) {
            setInspectedStream(rows.streamAt(row));
        }
    }

    /** Rebuilds the shown rows from the log, filter and order, keeping the inspected stream selected. */
    private void refilter() {
        int total = catalog == null ? 0 : catalog.size();
        int[] shown = catalog == null ? new int[0] : catalog.filter(filter.getText(), getOrder());
        updating = true;
        try {
            list.getSelectionModel().clearSelection();
            rows.setAll(shown, total);
        } finally {
            updating = false;
        }
        boolean filtered = shown.length < total || !filter.getText().isBlank();
        count.setText(catalog == null ? "" : filtered
                ? Formats.count(shown.length) + " of " + Formats.count(total)
                : Formats.count(total));
        scrollSoon(0);
        placeholder.setText(catalog == null ? "No log open"
                : total == 0 ? "This log has no streams"
                : "No stream matches “" + filter.getText().strip() + "”");
        showInspected(false);
    }

    /**
     * Selects the inspected stream's row. When {@code reveal}, as after the property was set from
     * outside, also clears a filter that hides the stream and scrolls its row into view.
     */
    private void showInspected(boolean reveal) {
        int stream = getInspectedStream();
        boolean known = catalog != null && stream >= 0 && stream < catalog.size();
        int row = known ? rows.rowOf(stream) : -1;
        boolean refiltered = false;
        if (row < 0 && known && reveal && !filter.getText().isEmpty()) {
            filter.clear(); // refilters, showing every stream
            row = rows.rowOf(stream);
            refiltered = true;
        }
        updating = true;
        try {
            if (row < 0) {
                list.getSelectionModel().clearSelection();
            } else if (list.getSelectionModel().getSelectedIndex() != row) {
                list.getSelectionModel().clearAndSelect(row);
            }
        } finally {
            updating = false;
        }
        if (row >= 0) {
            list.getFocusModel().focus(row);
            if (reveal) {
                revealRow(row, refiltered);
            }
        }
    }

    /**
     * Scrolls so that {@code row} is in view: not at all when it already is, centred when it was
     * far or the rows have just changed (the cells on screen then still show the old rows).
     */
    private void revealRow(int row, boolean centre) {
        VirtualFlow<?> flow = list.lookup(".virtual-flow") instanceof VirtualFlow<?> f ? f : null;
        IndexedCell<?> first = flow == null ? null : flow.getFirstVisibleCell();
        IndexedCell<?> last = flow == null ? null : flow.getLastVisibleCell();
        if (first == null || last == null) {
            pendingScroll = -1;
            list.scrollTo(row);
            return;
        }
        int from = first.getIndex();
        int to = last.getIndex();
        int visible = Math.max(1, to - from); // the last cell may be cut off
        if (pendingScroll >= 0) {
            // the rows have just changed and the cells on screen still show the old ones
            scrollSoon(Math.max(0, row - visible / 2));
            return;
        }
        if (!centre && row > from && row < to) {
            return;
        }
        // ListView.scrollTo, not the flow's: the skin brings the flow's row count up to date first
        list.scrollTo(Math.max(0, !centre && row == from ? row : !centre && row == to ? row - visible + 1
                : row - visible / 2));
    }

    /**
     * Scrolls row {@code row} to the top before the next layout: a new log or filter scrolls to the
     * top and, when a stream is then revealed, to it; each {@code ListView.scrollTo} lays out the
     * list's flow at once (about 10 ms with 20,000 rows), so the pulse pays for the last only.
     */
    private void scrollSoon(int row) {
        if (getScene() == null) {
            list.scrollTo(row);
            return;
        }
        pendingScroll = row;
        Platform.requestNextPulse();
    }

    private void scrollPending() {
        int row = pendingScroll;
        pendingScroll = -1;
        if (row >= 0) {
            list.scrollTo(row);
        }
    }

    /** One stream: name and type on the left, event count on the right. Reused as the list scrolls. */
    private final class StreamCell extends ListCell<Integer> {
        private final Label name = new Label();
        private final Label type = new Label();
        private final Label events = new Label();
        private final HBox box;

        StreamCell() {
            getStyleClass().add("stream-cell");
            name.getStyleClass().add("stream-name");
            type.getStyleClass().add("stream-type");
            events.getStyleClass().add("stream-events");
            name.setMinWidth(0);
            type.setMinWidth(0);
            events.setMinWidth(Region.USE_PREF_SIZE);
            type.managedProperty().bind(type.visibleProperty());
            VBox text = new VBox(1, name, type);
            text.setAlignment(Pos.CENTER_LEFT);
            text.setMinWidth(0);
            HBox.setHgrow(text, Priority.ALWAYS);
            box = new HBox(8, text, events);
            box.setAlignment(Pos.CENTER_LEFT);
            setText(null);
            Cells.keepGraphic(this, box);
        }

        @Override
        protected void updateItem(Integer stream, boolean empty) {
            super.updateItem(stream, empty);
            boolean shown = !empty && stream != null && catalog != null;
            box.setVisible(shown);
            if (!shown) {
                return;
            }
            int s = stream;
            name.setText(catalog.name(s));
            String t = catalog.type(s);
            type.setText(t);
            type.setVisible(!t.isEmpty());
            events.setText(Formats.count(catalog.count(s)));
        }
    }
}
