package dev.chronoscope.ui.events;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import dev.chronoscope.event.EventLog;
import dev.chronoscope.ui.Formats;
import dev.chronoscope.ui.LeanFlow;
import dev.chronoscope.ui.timeline.TimelineView;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;
import java.util.function.LongSupplier;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.css.PseudoClass;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.util.Callback;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/**
 * The events of a log as a table in log order (#, time, stream, type, version) with a filter bar
 * (the inspected stream only; one event type) and a selection that follows the cursor. Its inputs
 * and outputs are properties only.
 *
 * <p>The cursor ({@link #cursorPositionProperty() cursorPosition}) counts the events applied, so
 * the selected row is the event at position {@code cursorPosition} or, when a filter hides it, the
 * last shown event before it; cursor 0 selects nothing. A cursor change costs a binary search and
 * at most one scroll, and scrolls only when the row is out of view or near an edge, so it can
 * follow a dragged slider. While the user drags the cursor ({@link #scrubbingProperty()
 * scrubbing}) a move of more than a page — every row on screen would change — is shown at most
 * every {@value #SCRUB_JUMP_MILLIS} ms, the rows in between being a blur anyway; moves within a page
 * follow every frame, and the table catches up at once when the drag ends. Clicking a row, Enter, or moving the selection with the keys moves the
 * cursor to that row's event; clicks and Enter also call {@link #onEventChosenProperty()
 * onEventChosen}.
 *
 * <p>The table is virtualised over a {@link Rows} list of event indices (one {@code int[]}, or
 * none when unfiltered); cells read the columnar log by index. Styled by {@code events.css} (style
 * class {@code events-table-view}).
 */
public final class EventsTableView extends BorderPane {

    private static final PseudoClass INSPECTED = PseudoClass.getPseudoClass("inspected");
    private static final PseudoClass AFTER_CURSOR = PseudoClass.getPseudoClass("after-cursor");
    private static final PseudoClass WINDOWED = PseudoClass.getPseudoClass("windowed");
    /** Rows kept between the selected row and the top or bottom edge when the table scrolls to it. */
    private static final int EDGE_ROWS = 3;
    /** While scrubbing, the least time between two jumps of the table to a row more than a page away. */
    static final long SCRUB_JUMP_MILLIS = 100;

    private final ObjectProperty<EventLog> log = new SimpleObjectProperty<>(this, "log");
    private final LongProperty cursorPosition = new SimpleLongProperty(this, "cursorPosition");
    private final IntegerProperty inspectedStream = new SimpleIntegerProperty(this, "inspectedStream", -1);
    private final IntegerProperty typeFilter = new SimpleIntegerProperty(this, "typeFilter", -1);
    private final ObjectProperty<List<Color>> typeColors =
            new SimpleObjectProperty<>(this, "typeColors", TimelineView.DEFAULT_TYPE_COLORS);
    private final ObjectProperty<IntConsumer> onEventChosen = new SimpleObjectProperty<>(this, "onEventChosen");
    private final BooleanProperty scrubbing = new SimpleBooleanProperty(this, "scrubbing");

    private final RowList rows = new RowList();
    private final TableView<Integer> table = LeanFlow.table(rows);
    /** The scroll bar over all rows while the table holds only a window of them (see {@link RowList}). */
    private final ScrollBar allRows = new ScrollBar();
    private VirtualFlow<?> flow;
    /** True while this view sets {@link #allRows}' value itself. */
    private boolean barSyncing;
    /** Set when the table scrolled: the window may have to move before the next layout. */
    private boolean pendingWindowCheck;
    private final ToggleButton streamOnly = new ToggleButton("Inspected stream");
    private final ComboBox<Integer> typeChoice = new ComboBox<>();
    private final Label count = new Label();
    private final Label placeholder = new Label();
    /** True while this view changes the table's items or selection itself. */
    private boolean syncing;
    /** True while the type choices are rebuilt for a new log. */
    private boolean rebuilding;
    /** The row to scroll into view before the next layout, or -1; centred if {@link #pendingCentre}. */
    private int pendingReveal = -1;
    private boolean pendingCentre;
    private final Runnable beforeLayout = this::revealPending;
    /** Set when a far cursor move came too soon after the last jump: the table follows it later. */
    private boolean followDeferred;
    /** When the table last jumped to a far row while scrubbing ({@link #clock} nanoseconds). */
    private long lastJumpNanos;
    /** The time in nanoseconds; replaced by tests. */
    private LongSupplier clock = System::nanoTime;

    /** An empty table; set a {@link #logProperty() log} to show its events. */
    public EventsTableView() {
        getStyleClass().add("events-table-view");
        getStylesheets().add(EventsTableView.class.getResource("events.css").toExternalForm());
        setTop(filterBar());
        setCenter(tableWithScrollBar());

        log.addListener((o, was, is) -> {
            rebuildTypeChoices();
            refilter();
        });
        cursorPosition.addListener((o, was, is) -> cursorMoved());
        scrubbing.addListener((o, was, is) -> {
            if (is) {
                lastJumpNanos = clock.getAsLong() - SCRUB_JUMP_MILLIS * 1_000_000L; // the first jump is shown at once
            } else if (followDeferred) {
                followDeferred = false;
                followCursor(false);
            }
        });
        inspectedStream.addListener((o, was, is) -> {
            updateStreamToggle();
            if (streamOnly.isSelected()) {
                refilter();
            } else {
                markRows();
            }
        });
        streamOnly.selectedProperty().addListener(o -> refilter());
        typeFilter.addListener((o, was, is) -> {
            typeChoice.setValue(is.intValue());
            if (!rebuilding) {
                refilter();
            }
        });
        typeChoice.valueProperty().addListener((o, was, is) -> {
            if (is != null) {
                typeFilter.set(is);
            }
        });
        typeColors.addListener(o -> {
            table.refresh();
            typeChoice.setButtonCell(new TypeChoiceCell(false));
            typeChoice.setCellFactory(v -> new TypeChoiceCell(true));
        });
        sceneProperty().addListener((o, was, is) -> {
            if (was != null) {
                was.removePreLayoutPulseListener(beforeLayout);
            }
            if (is != null) {
                is.addPreLayoutPulseListener(beforeLayout);
            }
        });
        updateStreamToggle();
        refilter();
    }

    // ---- properties ---------------------------------------------------------------------------

    /** The log whose events are shown; {@code null} shows none. A new log resets the type filter. */
    public ObjectProperty<EventLog> logProperty() {
        return log;
    }

    public EventLog getLog() {
        return log.get();
    }

    public void setLog(EventLog value) {
        log.set(value);
    }

    /**
     * The number of events applied, 0 to the log's size: the cursor sits after the event at this
     * position. The table selects that event's row (or the last shown row before it); choosing a
     * row sets it to the row's position.
     */
    public LongProperty cursorPositionProperty() {
        return cursorPosition;
    }

    public long getCursorPosition() {
        return cursorPosition.get();
    }

    public void setCursorPosition(long value) {
        cursorPosition.set(value);
    }

    /**
     * Whether the user is dragging the cursor (the timeline's playhead or the slider): then a move of
     * more than a page is shown at most every {@value #SCRUB_JUMP_MILLIS} ms; when it turns false
     * the table shows the cursor's row at once.
     */
    public BooleanProperty scrubbingProperty() {
        return scrubbing;
    }

    public boolean isScrubbing() {
        return scrubbing.get();
    }

    public void setScrubbing(boolean value) {
        scrubbing.set(value);
    }

    /** The inspected stream by number, or -1: its rows are marked, and the stream toggle shows only them. */
    public IntegerProperty inspectedStreamProperty() {
        return inspectedStream;
    }

    public int getInspectedStream() {
        return inspectedStream.get();
    }

    public void setInspectedStream(int value) {
        inspectedStream.set(value);
    }

    /** True to show only the inspected stream's events (the "Inspected stream" toggle). */
    public BooleanProperty inspectedStreamOnlyProperty() {
        return streamOnly.selectedProperty();
    }

    public boolean isInspectedStreamOnly() {
        return streamOnly.isSelected();
    }

    public void setInspectedStreamOnly(boolean value) {
        streamOnly.setSelected(value);
    }

    /** The event type shown, by type number, or -1 (the default) for all types. */
    public IntegerProperty typeFilterProperty() {
        return typeFilter;
    }

    public int getTypeFilter() {
        return typeFilter.get();
    }

    public void setTypeFilter(int value) {
        typeFilter.set(value);
    }

    /**
     * Colours by event type number, repeated when there are more types than colours; by default
     * {@link TimelineView#DEFAULT_TYPE_COLORS}, so the table matches the timeline.
     */
    public ObjectProperty<List<Color>> typeColorsProperty() {
        return typeColors;
    }

    public List<Color> getTypeColors() {
        return typeColors.get();
    }

    public void setTypeColors(List<Color> value) {
        typeColors.set(value);
    }

    /** Called with the event index when the user clicks a row or presses Enter on one; may be {@code null}. */
    public ObjectProperty<IntConsumer> onEventChosenProperty() {
        return onEventChosen;
    }

    public IntConsumer getOnEventChosen() {
        return onEventChosen.get();
    }

    public void setOnEventChosen(IntConsumer value) {
        onEventChosen.set(value);
    }

    /** The number of rows shown after filtering. */
    public int getShownCount() {
        return rows.rows().size();
    }

    /** The event index shown in {@code row} (0-based, after filtering). */
    public int eventAt(int row) {
        return rows.rows().indexAt(row);
    }

    // ---- building blocks ----------------------------------------------------------------------

    private HBox filterBar() {
        streamOnly.setId("streamOnlyToggle");
        streamOnly.setGraphic(new FontIcon(MaterialDesignC.CROSSHAIRS_GPS));
        streamOnly.getStyleClass().addAll(Styles.SMALL, "stream-only-toggle");
        streamOnly.setFocusTraversable(false);

        typeChoice.setId("typeFilter");
        typeChoice.getStyleClass().addAll(Styles.SMALL, "type-filter");
        typeChoice.setCellFactory(v -> new TypeChoiceCell(true));
        typeChoice.setButtonCell(new TypeChoiceCell(false));
        typeChoice.setVisibleRowCount(14);
        typeChoice.setFocusTraversable(false);

        count.setId("eventCount");
        count.getStyleClass().add("events-count");
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox bar = new HBox(8, streamOnly, typeChoice, grow, count);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("events-filter-bar");
        return bar;
    }

    private TableView<Integer> table() {
        table.setId("eventsTable");
        table.getStyleClass().addAll(Tweaks.EDGE_TO_EDGE, "events-table");
        table.getSelectionModel().setSelectionMode(SelectionMode.SINGLE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setRowFactory(t -> new EventRow());
        placeholder.getStyleClass().add("events-placeholder");
        table.setPlaceholder(placeholder);

        TableColumn<Integer, Long> position = column("#", "position-column", 86, 84, 120,
                i -> EventLog.positionOf(i));
        position.setCellFactory(textCell(Formats::count));
        TableColumn<Integer, String> time = column("Time", "time-column", 200, 196, 230,
                i -> EventTimes.format(getLog().timeMicros(i)));
        time.setCellFactory(textCell(s -> s));
        TableColumn<Integer, String> stream = column("Stream", "stream-column", 200, 80, Double.MAX_VALUE,
                i -> getLog().stream(i));
        stream.setCellFactory(textCell(s -> s));
        TableColumn<Integer, Integer> type = column("Type", "type-column", 220, 80, Double.MAX_VALUE,
                i -> getLog().typeIndex(i));
        type.setCellFactory(c -> new TypeCell());
        TableColumn<Integer, Long> version = column("Ver.", "version-column", 72, 64, 110, // "Version" would not fit
                i -> getLog().version(i));
        version.setCellFactory(textCell(v -> v == EventLog.NO_VERSION ? "" : Long.toString(v)));
        List<TableColumn<Integer, ?>> columns = List.of(position, time, stream, type, version);
        table.getColumns().setAll(columns);

        table.getSelectionModel().selectedIndexProperty().addListener((o, was, is) -> onRowSelected(is.intValue()));
        table.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            int row = table.getSelectionModel().getSelectedIndex();
            if (e.getCode() == KeyCode.ENTER && row >= 0) {
                choose(rows.get(row));
                e.consume();
            }
        });
        return table;
    }

    /** A column whose value is read from the log by event index; not sortable: the log's order is the point. */
    private <T> TableColumn<Integer, T> column(String title, String styleClass, double width, double min, double max,
            IntFunction<T> value) {
        TableColumn<Integer, T> c = new TableColumn<>(title);
        c.getStyleClass().add(styleClass);
        c.setSortable(false);
        c.setReorderable(false);
        c.setPrefWidth(width);
        c.setMinWidth(min);
        c.setMaxWidth(max);
        c.setCellValueFactory(f -> {
            EventLog l = getLog();
            int i = f.getValue();
            return l == null || i >= l.size() ? null : new ReadOnlyObjectWrapper<>(value.apply(i));
        });
        return c;
    }

    private static <T> Callback<TableColumn<Integer, T>, TableCell<Integer, T>> textCell(
            Function<T, String> text) {
        return c -> new TableCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
            }
        };
    }

    private Color typeColor(int type) {
        List<Color> colors = getTypeColors();
        return colors == null || colors.isEmpty() ? Color.GRAY : colors.get(type % colors.size());
    }

    /** Lists "All types" and the log's types by name, and resets the type filter (a new log). */
    private void rebuildTypeChoices() {
        rebuilding = true;
        try {
            EventLog l = getLog();
            List<Integer> choices = new ArrayList<>();
            if (l != null) {
                for (int t = 0; t < l.typeCount(); t++) {
                    choices.add(t);
                }
                choices.sort(Comparator.comparing(l::typeName, String.CASE_INSENSITIVE_ORDER));
            }
            choices.add(0, -1);
            typeChoice.setItems(FXCollections.observableArrayList(choices));
            typeFilter.set(-1);
            typeChoice.setValue(-1);
        } finally {
            rebuilding = false;
        }
    }

    private void updateStreamToggle() {
        EventLog l = getLog();
        int s = getInspectedStream();
        boolean known = l != null && s >= 0 && s < l.streamCount();
        streamOnly.setDisable(!known);
        if (streamOnly.getTooltip() == null) {
            streamOnly.setTooltip(new Tooltip());
        }
        // one tooltip whose text changes: a new Tooltip (a popup control) for every cursor move of a drag is costly
        streamOnly.getTooltip().setText(known
                ? "Show only the events of " + l.streamName(s)
                : "Inspect a stream to show only its events");
    }

    // ---- behaviour ----------------------------------------------------------------------------

    /** Rebuilds the rows from the log and filters, then selects the cursor's row and centres it. */
    private void refilter() {
        EventLog l = getLog();
        int s = getInspectedStream();
        int stream = l != null && streamOnly.isSelected() && s >= 0 && s < l.streamCount() ? s : -1;
        int t = getTypeFilter();
        int type = l != null && t >= 0 && t < l.typeCount() ? t : -1;
        Rows shown = Rows.select(l, stream, type);
        syncing = true;
        try {
            table.getSelectionModel().clearSelection();
            rows.setRows(shown, Math.max(0, shown.rowAtOrBefore(getCursorPosition())));
        } finally {
            syncing = false;
        }
        updateStreamToggle();
        int total = l == null ? 0 : l.size();
        count.setText(l == null ? ""
                : shown.isAll() ? Formats.count(total) + (total == 1 ? " event" : " events")
                : Formats.count(shown.size()) + " of " + Formats.count(total));
        placeholder.setText(l == null ? "No log open" : total == 0 ? "This log has no events" : "No events match the filters");
        updateScrollBar();
        followCursor(true);
    }

    /**
     * Follows a cursor move at once, or — while scrubbing, for a row more than a page from the view
     * and less than {@value #SCRUB_JUMP_MILLIS} ms after the last such jump — in a later pulse. A far
     * jump gives every row on screen a new event (each re-styled and laid out) and may move the
     * window; a drag across a million events makes one every frame.
     */
    private void cursorMoved() {
        if (isScrubbing() && getScene() != null && farFromView(rows.rows().rowAtOrBefore(getCursorPosition()))) {
            long now = clock.getAsLong();
            if (now - lastJumpNanos < SCRUB_JUMP_MILLIS * 1_000_000L) {
                followDeferred = true;
                Platform.requestNextPulse();
                return;
            }
            lastJumpNanos = now;
        }
        followDeferred = false;
        followCursor(false);
    }

    /** Whether absolute row {@code row} is more than a page above or below the rows on screen. */
    private boolean farFromView(int row) {
        IndexedCell<?> first = flow == null ? null : flow.getFirstVisibleCell();
        IndexedCell<?> last = flow == null ? null : flow.getLastVisibleCell();
        if (row < 0 || first == null || last == null) {
            return false;
        }
        int top = rows.start() + first.getIndex();
        int bottom = rows.start() + last.getIndex();
        int page = Math.max(1, bottom - top);
        return row < top - page || row > bottom + page;
    }

    /**
     * Selects the row for the cursor and scrolls to it if needed: O(log n) in the rows shown, as
     * it runs on every frame while the cursor is dragged.
     */
    private void followCursor(boolean afterRefilter) {
        int absolute = rows.rows().rowAtOrBefore(getCursorPosition());
        if (absolute >= 0 && !inWindow(absolute, WINDOW_MARGIN)) {
            moveWindow(RowList.startFor(rows.rows().size(), absolute));
            afterRefilter = true; // the old scroll position means nothing in the new window
        }
        int row = absolute < 0 ? -1 : absolute - rows.start();
        syncing = true;
        try {
            if (row < 0) {
                table.getSelectionModel().clearSelection();
            } else if (table.getSelectionModel().getSelectedIndex() != row) {
                table.getSelectionModel().clearAndSelect(row);
            }
        } finally {
            syncing = false;
        }
        if (row >= 0) {
            pendingReveal = row;
            pendingCentre |= afterRefilter;
            if (getScene() == null) {
                revealPending();
            } else {
                Platform.requestNextPulse();
            }
        } else if (afterRefilter) {
            pendingReveal = -1;
            LeanFlow.scrollTo(table, 0);
        }
        markRows();
    }

    /**
     * Scrolls to the row the cursor last asked for, once per pulse before layout: with a million
     * rows each scroll of the table costs a few passes over its rows inside JavaFX's VirtualFlow,
     * so a burst of cursor moves between two frames pays for one.
     */
    private void revealPending() {
        if (followDeferred) {
            long now = clock.getAsLong();
            if (!isScrubbing() || now - lastJumpNanos >= SCRUB_JUMP_MILLIS * 1_000_000L) {
                followDeferred = false;
                lastJumpNanos = now;
                followCursor(false); // sets the row to reveal below, in this same pulse
            } else {
                Platform.requestNextPulse();
            }
        }
        if (pendingWindowCheck) {
            pendingWindowCheck = false;
            keepWindowAroundView();
        }
        int row = pendingReveal;
        boolean centre = pendingCentre;
        pendingReveal = -1;
        pendingCentre = false;
        if (row >= 0 && row < rows.size()) {
            reveal(row, centre);
        }
    }

    /**
     * Scrolls so that {@code row} is in view, {@link #EDGE_ROWS} away from the edges: not at all when
     * it already is, by the least amount when it is near, centred when it is far (or after the rows
     * changed, when the old scroll position means nothing).
     */
    private void reveal(int row, boolean centre) {
        VirtualFlow<?> flow = table.lookup(".virtual-flow") instanceof VirtualFlow<?> f ? f : null;
        IndexedCell<?> first = flow == null ? null : flow.getFirstVisibleCell();
        IndexedCell<?> last = flow == null ? null : flow.getLastVisibleCell();
        if (first == null || last == null) {
            LeanFlow.scrollTo(table, Math.max(0, row - EDGE_ROWS));
            return;
        }
        int top = first.getIndex();
        int bottom = last.getIndex();
        int visible = Math.max(1, bottom - top); // the last cell may be cut off
        int margin = Math.min(EDGE_ROWS, (visible - 1) / 4);
        if (!centre && row >= top + margin && row <= bottom - margin) {
            return;
        }
        int newTop;
        if (!centre && row < top + margin && row >= top - visible) {
            newTop = row - margin;
        } else if (!centre && row > bottom - margin && row <= bottom + visible) {
            newTop = row + margin - visible + 1;
        } else {
            newTop = row - visible / 2;
        }
        // never past the last page (the flow then lands short of the end on long lists); and
        // TableView.scrollTo, not the flow's: the skin brings the flow's row count up to date first
        int lastPageTop = rows.size() - visible;
        LeanFlow.scrollTo(table, Math.max(0, Math.min(newTop, lastPageTop)));
        if (newTop >= lastPageTop) {
            // on the last page the flow may stop a row short of the end: have it show the row whole
            flow.scrollTo(row);
        }
    }

    /** Rows kept between the view and the window's ends before the window moves. */
    private static final int WINDOW_MARGIN = 256;

    /** Whether absolute row {@code row} lies in the window, {@code margin} rows from an end that is not the rows' end. */
    private boolean inWindow(int row, int margin) {
        int start = rows.start();
        int end = start + rows.size();
        int lowest = start == 0 ? 0 : start + margin;
        int highest = end == rows.rows().size() ? end - 1 : end - 1 - margin;
        return row >= lowest && row <= highest;
    }

    /** Moves the window, keeping the cursor's row selected if it is still in it. */
    private void moveWindow(int start) {
        syncing = true;
        try {
            table.getSelectionModel().clearSelection();
            rows.setStart(start);
            int absolute = rows.rows().rowAtOrBefore(getCursorPosition());
            int local = absolute - rows.start();
            if (absolute >= 0 && local >= 0 && local < rows.size()) {
                table.getSelectionModel().clearAndSelect(local);
            }
        } finally {
            syncing = false;
        }
    }

    /** The table with, for more rows than one window holds, a scroll bar over all of them. */
    private Node tableWithScrollBar() {
        table();
        allRows.setOrientation(Orientation.VERTICAL);
        allRows.setId("allRowsScrollBar");
        allRows.getStyleClass().add("all-rows-scroll-bar");
        allRows.setUnitIncrement(1);
        allRows.valueProperty().addListener((o, was, is) -> {
            if (!barSyncing) {
                scrollToAbsolute((int) Math.round(is.doubleValue()));
            }
        });
        table.skinProperty().addListener((o, was, is) -> hookFlow());
        table.heightProperty().addListener(o -> updateScrollBar());
        HBox.setHgrow(table, Priority.ALWAYS);
        HBox box = new HBox(table, allRows);
        box.getStyleClass().add("events-table-box");
        return box;
    }

    private void hookFlow() {
        if (table.lookup(".virtual-flow") instanceof VirtualFlow<?> f && f != flow) {
            flow = f;
            f.positionProperty().addListener(o -> {
                if (!rows.whole()) {
                    syncScrollBarToView();
                    pendingWindowCheck = true;
                    Platform.requestNextPulse();
                }
            });
        }
    }

    /** Rows that fit in the table's viewport (fixed cell size). */
    private int visibleRows() {
        double cell = table.getFixedCellSize() > 0 ? table.getFixedCellSize() : 26;
        double height = flow != null && flow.getHeight() > 0 ? flow.getHeight() : table.getHeight() - 30;
        return Math.max(1, (int) (height / cell));
    }

    /** The absolute row at the top of the view, from the flow's position (exact with a fixed cell size). */
    private int topRow() {
        int local = flow == null ? 0
                : (int) Math.round(flow.getPosition() * Math.max(0, rows.size() - visibleRows()));
        return rows.start() + local;
    }

    private void updateScrollBar() {
        boolean windowed = !rows.whole();
        allRows.setVisible(windowed);
        allRows.setManaged(windowed);
        table.pseudoClassStateChanged(WINDOWED, windowed);
        int visible = visibleRows();
        barSyncing = true;
        try {
            allRows.setMax(Math.max(0, rows.rows().size() - visible));
            allRows.setVisibleAmount(visible);
            allRows.setBlockIncrement(Math.max(1, visible - 1));
        } finally {
            barSyncing = false;
        }
        syncScrollBarToView();
    }

    private void syncScrollBarToView() {
        barSyncing = true;
        try {
            allRows.setValue(Math.min(allRows.getMax(), topRow()));
        } finally {
            barSyncing = false;
        }
    }

    /** After the user scrolled the table: moves the window when the view came near one of its ends. */
    private void keepWindowAroundView() {
        int top = topRow();
        int visible = visibleRows();
        if (inWindow(top, WINDOW_MARGIN) && inWindow(Math.min(rows.rows().size() - 1, top + visible), WINDOW_MARGIN)) {
            return;
        }
        moveWindow(RowList.startFor(rows.rows().size(), top + visible / 2));
        LeanFlow.scrollTo(table, Math.max(0, top - rows.start()));
    }

    /** The user dragged the scroll bar over all rows: shows absolute row {@code top} at the top. */
    private void scrollToAbsolute(int top) {
        int visible = visibleRows();
        if (!inWindow(top, WINDOW_MARGIN) || !inWindow(Math.min(rows.rows().size() - 1, top + visible), WINDOW_MARGIN)) {
            moveWindow(RowList.startFor(rows.rows().size(), top + visible / 2));
        }
        LeanFlow.scrollTo(table, Math.max(0, top - rows.start()));
    }

    /** Replaces the clock that times jumps while scrubbing: for tests. */
    void setClock(LongSupplier nanos) {
        clock = nanos;
    }

    private void onRowSelected(int row) {
        if (!syncing && row >= 0) {
            setCursorPosition(EventLog.positionOf(rows.get(row)));
        }
    }

    private void choose(int index) {
        setCursorPosition(EventLog.positionOf(index));
        IntConsumer handler = getOnEventChosen();
        if (handler != null) {
            handler.accept(index);
        }
    }

    /** Updates the inspected-stream and after-cursor marks of the rows on screen (a few dozen). */
    private void markRows() {
        for (Node n : table.lookupAll(".event-row")) {
            if (n instanceof EventRow r) {
                r.mark();
            }
        }
    }

    /** A row: marked when its event is in the inspected stream or after the cursor; a click chooses it. */
    private final class EventRow extends TableRow<Integer> {
        EventRow() {
            getStyleClass().add("event-row");
            setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && !isEmpty() && getItem() != null) {
                    choose(getItem());
                }
            });
        }

        @Override
        protected void updateItem(Integer index, boolean empty) {
            super.updateItem(index, empty);
            mark();
        }

        void mark() {
            EventLog l = getLog();
            Integer index = getItem();
            boolean shown = !isEmpty() && index != null && l != null && index < l.size();
            // with only the inspected stream shown, marking every row would say nothing
            pseudoClassStateChanged(INSPECTED, shown && !streamOnly.isSelected()
                    && l.streamIndex(index) == getInspectedStream());
            pseudoClassStateChanged(AFTER_CURSOR, shown && EventLog.positionOf(index) > getCursorPosition());
        }
    }

    /** The type column: a small square in the type's colour, then the type's name. */
    private final class TypeCell extends TableCell<Integer, Integer> {
        private final Rectangle swatch = new Rectangle(9, 9);

        TypeCell() {
            swatch.getStyleClass().add("type-swatch");
            swatch.setArcWidth(3);
            swatch.setArcHeight(3);
            setGraphicTextGap(7);
        }

        @Override
        protected void updateItem(Integer type, boolean empty) {
            super.updateItem(type, empty);
            EventLog l = getLog();
            if (empty || type == null || l == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            swatch.setFill(typeColor(type));
            setText(l.typeName(type));
            setGraphic(swatch);
        }
    }

    /** An entry of the type filter: "All types", or a type's swatch, name and (in the list) count. */
    private final class TypeChoiceCell extends ListCell<Integer> {
        private final Rectangle swatch = new Rectangle(9, 9);
        private final Label name = new Label();
        private final Label events = new Label();
        private final HBox box;

        TypeChoiceCell(boolean withCount) {
            swatch.setArcWidth(3);
            swatch.setArcHeight(3);
            events.getStyleClass().add("type-choice-count");
            Region grow = new Region();
            HBox.setHgrow(grow, Priority.ALWAYS);
            box = withCount ? new HBox(7, swatch, name, grow, events) : new HBox(7, swatch, name);
            box.setAlignment(Pos.CENTER_LEFT);
            events.setMinWidth(Region.USE_PREF_SIZE);
        }

        @Override
        protected void updateItem(Integer type, boolean empty) {
            super.updateItem(type, empty);
            setText(null);
            EventLog l = getLog();
            if (empty || type == null) {
                setGraphic(null);
                return;
            }
            boolean all = type < 0 || l == null || type >= l.typeCount();
            swatch.setVisible(!all);
            swatch.setManaged(!all);
            if (!all) {
                swatch.setFill(typeColor(type));
            }
            name.setText(all ? "All types" : l.typeName(type));
            events.setText(l == null ? "" : Formats.count(all ? l.size() : l.typeCountOf(type)));
            setGraphic(box);
        }
    }

}
