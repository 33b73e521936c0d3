package dev.chronoscope.ui;

import atlantafx.base.theme.Styles;
import dev.chronoscope.diff.StateDiff;
import dev.chronoscope.event.EventLog;
import dev.chronoscope.event.KnownState;
import dev.chronoscope.event.Rejection;
import dev.chronoscope.ui.ExplorerViewModel.Inspection;
import dev.chronoscope.ui.ExplorerViewModel.Opened;
import dev.chronoscope.ui.ExplorerViewModel.Pin;
import dev.chronoscope.ui.events.EventsTableView;
import dev.chronoscope.ui.inspector.DiffView;
import dev.chronoscope.ui.inspector.EventView;
import dev.chronoscope.ui.inspector.ProblemsView;
import dev.chronoscope.ui.inspector.StateView;
import dev.chronoscope.ui.settings.Settings;
import dev.chronoscope.ui.settings.WindowState;
import dev.chronoscope.ui.streams.StreamsView;
import dev.chronoscope.ui.timeline.TimelineView;
import java.util.List;
import javafx.animation.AnimationTimer;
import javafx.beans.binding.Bindings;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Slider;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/**
 * The explorer itself: streams on the left; the timeline with its slider over the events table in
 * the centre; the inspector (State, Diff, Event, Problems) on the right. Binds each part to the
 * {@link ExplorerViewModel}: parts report user gestures as commands (the timeline's dragged cursor
 * becomes {@code moveCursorTo}), and follow the view-model's properties back.
 */
final class ExplorerPane {

    static final String DIVIDERS = "explorer";
    static final String CENTRE_DIVIDERS = "explorer.centre";

    private final ExplorerViewModel explorer;
    private final SplitPane root = new SplitPane();
    private final StreamsView streams = new StreamsView();
    private final TimelineView timeline = new TimelineView();
    private final Slider slider = new Slider(0, 1, 0);
    private final EventsTableView events = new EventsTableView();
    private final StateView state = new StateView();
    private final DiffView diff = new DiffView();
    private final EventView event = new EventView();
    private final ProblemsView problems = new ProblemsView();
    private final TabPane inspector = new TabPane();
    private final Tab problemsTab = new Tab("Problems");
    private final Label inspectedTitle = new Label();
    private final Label inspectedDetail = new Label();
    private final Label knownStateBanner = new Label();

    ExplorerPane(ExplorerViewModel explorer, Settings settings) {
        this.explorer = explorer;
        root.getStyleClass().add("explorer");
        root.setId("explorer");
        SplitPane centre = new SplitPane(timelinePane(), eventsPane());
        centre.setOrientation(Orientation.VERTICAL);
        centre.setDividerPositions(0.46);
        root.getItems().setAll(streamsPane(), centre, inspectorPane());
        root.setDividerPositions(0.15, 0.63);
        SplitPane.setResizableWithParent(root.getItems().get(0), false);
        SplitPane.setResizableWithParent(root.getItems().get(2), false);
        WindowState.restoreDividers(root, DIVIDERS, settings);
        WindowState.restoreDividers(centre, CENTRE_DIVIDERS, settings);
        WindowState.rememberDividers(root, DIVIDERS, settings);
        WindowState.rememberDividers(centre, CENTRE_DIVIDERS, settings);
        // always laid out, even before a log is open (the main view covers it then): the first log
        // then costs no skin creation, CSS or first layout of the whole explorer on the FX thread

        explorer.openedProperty().addListener((obs, old, opened) -> show(opened));
        explorer.cursorProperty().addListener((obs, old, c) -> followCursor(c.longValue()));
        explorer.inspectedStreamProperty().addListener((obs, old, s) -> followStream(s.intValue()));
        explorer.pinAProperty().addListener((obs, old, p) -> timeline.pinAProperty().set(p));
        explorer.pinBProperty().addListener((obs, old, p) -> timeline.pinBProperty().set(p));
        explorer.inspectionProperty().addListener((obs, old, shown) -> {
            if (!inspectionWaiting) {
                showInspection(shown);
            }
        });
        timeline.axisProperty().bindBidirectional(explorer.axisProperty());
        show(explorer.openedProperty().get());
    }

    Node root() {
        return root;
    }

    void fitTimeline() {
        timeline.setVisibleRange(null);
    }

    void focusStreamFilter() {
        streams.lookup("#streamFilter").requestFocus();
    }

    void showProblems() {
        inspector.getSelectionModel().select(problemsTab);
    }

    /** Selects inspector tab {@code index}: 0 State, 1 Diff, 2 Event, 3 Problems. */
    void showInspectorTab(int index) {
        inspector.getSelectionModel().select(index);
    }

    // ---- parts -----------------------------------------------------------------------------------

    private Node streamsPane() {
        streams.inspectedStreamProperty().addListener((obs, old, s) -> {
            if (!streamsArriving) {
                explorer.inspect(s.intValue());
            }
        });
        streams.setMinWidth(Region.USE_COMPUTED_SIZE); // its header's width: narrower would clip the sort button and filter
        return streams;
    }

    private Node timelinePane() {
        timeline.setId("timeline");
        timeline.cursorPositionProperty().addListener((obs, old, c) -> explorer.moveCursorTo(c.longValue()));
        timeline.setContextMenu(timelineMenu());
        timeline.setMinHeight(120);
        VBox.setVgrow(timeline, Priority.ALWAYS);

        slider.setId("timelineSlider");
        slider.setBlockIncrement(1);
        slider.valueProperty().addListener((obs, old, v) -> explorer.moveCursorTo(Math.round(v.doubleValue())));
        slider.setTooltip(new Tooltip("Drag to move the cursor; ←/→ step one event"));

        Label title = new Label("Timeline");
        title.getStyleClass().add(Styles.TEXT_BOLD);
        ToggleGroup axes = new ToggleGroup();
        ToggleButton byPosition = axisToggle("Position", dev.chronoscope.timeline.Axis.POSITION, axes);
        ToggleButton byTime = axisToggle("Time", dev.chronoscope.timeline.Axis.TIME, axes);
        byPosition.getStyleClass().add(Styles.LEFT_PILL);
        byTime.getStyleClass().add(Styles.RIGHT_PILL);
        byTime.setId("timeAxisToggle");
        Label hint = new Label("wheel zoom · Shift+drag pan · right-click pins");
        hint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        hint.setMinWidth(0);
        title.setMinWidth(Region.USE_PREF_SIZE);
        byPosition.setMinWidth(Region.USE_PREF_SIZE);
        byTime.setMinWidth(Region.USE_PREF_SIZE);
        javafx.scene.control.Button fit = new javafx.scene.control.Button(null, new FontIcon(MaterialDesignF.FIT_TO_PAGE_OUTLINE));
        fit.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL);
        fit.setTooltip(new Tooltip("Fit the whole log (F)"));
        fit.setFocusTraversable(false);
        fit.setOnAction(e -> fitTimeline());
        HBox header = new HBox(8, title, new atlantafx.base.controls.Spacer(8), byPosition, byTime, fit,
                new atlantafx.base.controls.Spacer(), hint);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("pane-header");

        VBox box = new VBox(4, header, timeline, slider);
        box.getStyleClass().add("timeline-pane");
        return box;
    }

    private ToggleButton axisToggle(String text, dev.chronoscope.timeline.Axis axis, ToggleGroup group) {
        ToggleButton b = new ToggleButton(text);
        b.setToggleGroup(group);
        b.getStyleClass().add(Styles.SMALL);
        b.setFocusTraversable(false);
        b.setSelected(explorer.axisProperty().get() == axis);
        explorer.axisProperty().addListener((obs, old, now) -> b.setSelected(now == axis));
        b.setOnAction(e -> {
            explorer.axisProperty().set(axis);
            b.setSelected(true);
        });
        return b;
    }

    private ContextMenu timelineMenu() {
        MenuItem pinA = new MenuItem("Pin A Here", new FontIcon(MaterialDesignA.ALPHA_A_BOX_OUTLINE));
        pinA.setOnAction(e -> explorer.pinAt(Pin.A, pointerOrCursor()));
        MenuItem pinB = new MenuItem("Pin B Here", new FontIcon(MaterialDesignA.ALPHA_B_BOX_OUTLINE));
        pinB.setOnAction(e -> explorer.pinAt(Pin.B, pointerOrCursor()));
        MenuItem clear = new MenuItem("Clear Pins");
        clear.setOnAction(e -> explorer.clearPins());
        MenuItem fit = new MenuItem("Fit All", new FontIcon(MaterialDesignF.FIT_TO_PAGE_OUTLINE));
        fit.setOnAction(e -> fitTimeline());
        return new ContextMenu(pinA, pinB, clear, new SeparatorMenuItem(), fit);
    }

    private long pointerOrCursor() {
        long p = timeline.pointerPositionProperty().get();
        return p >= 0 ? p : explorer.cursorProperty().get();
    }

    private Node eventsPane() {
        events.cursorPositionProperty().addListener((obs, old, c) -> explorer.moveCursorTo(c.longValue()));
        events.setOnEventChosen(explorer::showEvent);
        // while the playhead or the slider is dragged, the table may show far jumps less often
        events.scrubbingProperty().bind(slider.valueChangingProperty().or(timeline.cursorChangingProperty()));
        // a right-click selects the row, and the selection is the cursor: the pins go to that event
        MenuItem pinA = new MenuItem("Pin A at This Event", new FontIcon(MaterialDesignA.ALPHA_A_BOX_OUTLINE));
        pinA.setOnAction(e -> explorer.pin(Pin.A));
        MenuItem pinB = new MenuItem("Pin B at This Event", new FontIcon(MaterialDesignA.ALPHA_B_BOX_OUTLINE));
        pinB.setOnAction(e -> explorer.pin(Pin.B));
        MenuItem clear = new MenuItem("Clear Pins");
        clear.setOnAction(e -> explorer.clearPins());
        if (events.lookup("#eventsTable") instanceof javafx.scene.control.Control table) {
            table.setContextMenu(new ContextMenu(pinA, pinB, clear));
        }
        return events;
    }

    private Node inspectorPane() {
        inspectedTitle.setId("inspectedStream");
        inspectedTitle.getStyleClass().addAll(Styles.TEXT_BOLD, "inspected-title");
        inspectedDetail.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        HBox heading = new HBox(8, new FontIcon(MaterialDesignS.SOURCE_BRANCH), inspectedTitle, inspectedDetail);
        heading.setAlignment(Pos.CENTER_LEFT);
        heading.getStyleClass().add("pane-header");

        knownStateBanner.setId("knownStateBanner");
        knownStateBanner.getStyleClass().addAll("known-state-banner", Styles.TEXT_SMALL);
        knownStateBanner.setGraphic(new FontIcon(MaterialDesignR.RHOMBUS_OUTLINE));
        knownStateBanner.setWrapText(true);
        knownStateBanner.setMaxWidth(Double.MAX_VALUE);
        knownStateBanner.setTooltip(new Tooltip("View › Replay from Known States is on. This state starts from the "
                + "snapshot the store kept — for Axon, the aggregate object's own fields — and merges the stream's later "
                + "events into it. It can differ in shape from the fold of all events (the default), which uses only "
                + "the events' payloads. Exports are always the fold of the events."));
        knownStateBanner.setVisible(false);
        knownStateBanner.managedProperty().bind(knownStateBanner.visibleProperty());
        VBox.setVgrow(state, Priority.ALWAYS);
        Tab stateTab = new Tab("State", new VBox(knownStateBanner, state));
        stateTab.setId("stateTab");
        Tab diffTab = new Tab("Diff", diff);
        diffTab.setId("diffTab");
        diffTab.textProperty().bind(Bindings.createStringBinding(() -> explorer.diffModeProperty().get()
                == ExplorerViewModel.DiffMode.PINS ? "Diff A→B" : "Diff", explorer.diffModeProperty()));
        Tab eventTab = new Tab("Event", event);
        eventTab.setId("eventTab");
        problemsTab.setContent(problems);
        problemsTab.setId("problemsTab");
        inspector.getTabs().setAll(stateTab, diffTab, eventTab, problemsTab);
        inspector.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        inspector.getSelectionModel().selectedItemProperty().addListener(
                (obs, old, tab) -> showInspection(explorer.inspectionProperty().get()));
        VBox.setVgrow(inspector, Priority.ALWAYS);
        VBox box = new VBox(heading, inspector);
        box.getStyleClass().add("inspector-pane");
        box.setMinWidth(300);
        return box;
    }

    // ---- rehearsal ---------------------------------------------------------------------------------

    /** The inspector tab selected before the rehearsal showed the Diff tab, while it does. */
    private Tab beforeRehearsal;

    /** Steps of a rehearsal that move the cursor, as a drag does, between showing the log and the Diff tab. */
    static final int REHEARSED_MOVES = 4;

    /**
     * Step {@code step} of the {@link Rehearsal}'s offscreen scrub, on a copy of the explorer that is
     * in no window: 0 shows the small log, every step jumps the cursor across it (as a fast drag
     * does, so the table re-fills its rows) with the State tab following, and the copy is styled and
     * laid out at once, as a pulse would. Never call it on the window's own explorer.
     */
    void rehearseScrub(int step, Rehearsal.Material m) {
        EventLog log = m.opened().log();
        if (step == 0) {
            streams.setLog(log, m.opened().streams());
            events.setLog(log);
            timeline.setDensity(m.opened().density());
        }
        long at = (step * 97L) % (log.size() + 1);
        events.setCursorPosition(at);
        timeline.setCursorPosition(at);
        slider.setValue(at);
        boolean odd = step % 2 == 1;
        state.show(odd ? m.before() : m.after(), odd ? m.after() : m.before());
        root.applyCss();
        root.layout();
    }

    /**
     * Step {@code step} of the {@link Rehearsal} with {@code m}; returns whether there is a next one.
     * 0: the streams, the table, the timeline and the State tab show the small log; 1 … {@value
     * #REHEARSED_MOVES}: the cursor moves through it as in a drag; then the Diff tab shows its change;
     * then the tab chosen before and the view-model's log (none) again. Once a real log is open (its
     * own show has replaced the small one) the rehearsal only restores the tab.
     */
    boolean rehearse(int step, Rehearsal.Material m) {
        if (explorer.openedProperty().get() != null || step > REHEARSED_MOVES + 1) {
            if (beforeRehearsal != null) {
                inspector.getSelectionModel().select(beforeRehearsal);
                beforeRehearsal = null;
            }
            if (explorer.openedProperty().get() == null) {
                show(null);
            }
            return false;
        }
        EventLog log = m.opened().log();
        if (step == 0) {
            streams.setLog(log, m.opened().streams());
            events.setLog(log);
            timeline.setDensity(m.opened().density());
        }
        if (step <= REHEARSED_MOVES) {
            long at = log.size() - (long) step * log.size() / (REHEARSED_MOVES + 1);
            events.setCursorPosition(at);
            timeline.setCursorPosition(at);
            slider.setValue(at);
            boolean odd = step % 2 == 1;
            state.show(odd ? m.before() : m.after(), odd ? m.after() : m.before());
        } else {
            beforeRehearsal = inspector.getSelectionModel().getSelectedItem();
            inspector.getSelectionModel().select(1);
            diff.show(m.before(), m.after(), StateDiff.diff(m.before(), m.after()), "rehearsal");
        }
        return true;
    }

    // ---- following the view-model ----------------------------------------------------------------

    /** Logs of at least this many events reach the streams list and the events table in frames of their own. */
    static final int STAGED_ARRIVAL_EVENTS = 100_000;
    /**
     * The least time between two stages of an arrival: the render thread paints the previous stage's
     * frame and the JIT compilers, busy with the code that frame ran, get the cores meanwhile (ADR 0015).
     */
    static final long STAGE_INTERVAL_NANOS = 130_000_000L;

    /** Steps the lists through a big log's arrival, one per frame; {@code null} when none is under way. */
    private AnimationTimer arrival;
    /** Whether the streams list, the events table still wait for the arriving log (and ignore cursor and stream meanwhile). */
    private boolean streamsWaiting;
    private boolean eventsWaiting;
    /** Whether the inspector waits for the events table's frame before it shows an inspection of the arriving log. */
    private boolean inspectionWaiting;
    /** True while the streams list takes an arriving log: its stream changes are not the user's. */
    private boolean streamsArriving;

    /**
     * Shows {@code opened} (or nothing) in every view. A log of {@value #STAGED_ARRIVAL_EVENTS} events
     * or more arrives over several frames, {@link #STAGE_INTERVAL_NANOS} apart: first the timeline and
     * the slider; then the streams list; then the events table, each with the cursor and stream of the
     * moment; then the inspector's first state of that log (until then it shows none). Giving a list a new log re-lays out its virtual flow and re-styles its cells (the
     * table also moves its window to the cursor), and the first state fills the tree's cells; done
     * together, that frame took 70–150 ms in a fresh JVM, over 250 ms in one that had shown no log.
     */
    private void show(Opened opened) {
        stopArrival();
        EventLog log = opened == null ? null : opened.log();
        if (log != null && log.size() >= STAGED_ARRIVAL_EVENTS) {
            streamsWaiting = true;
            eventsWaiting = true;
            inspectionWaiting = true;
            arrival = new AnimationTimer() {
                /** The pulse of the last stage; 0 before the first pulse. */
                private long lastStage;

                @Override
                public void handle(long now) {
                    if (explorer.openedProperty().get() != opened) {
                        stopArrival();
                        return;
                    }
                    if (lastStage == 0) {
                        lastStage = now; // this pulse lays out and paints the first stage, done by show
                        return;
                    }
                    if (now - lastStage < STAGE_INTERVAL_NANOS) {
                        return;
                    }
                    lastStage = now;
                    if (streamsWaiting) {
                        streamsWaiting = false;
                        // as on a direct show: no stream while the log changes, then the inspected one, revealed
                        streamsArriving = true;
                        try {
                            streams.setInspectedStream(-1);
                            streams.setLog(log, opened.streams());
                        } finally {
                            streamsArriving = false;
                        }
                        streams.setInspectedStream(explorer.inspectedStreamProperty().get());
                    } else if (eventsWaiting) {
                        eventsWaiting = false;
                        events.setInspectedStream(-1);
                        events.setCursorPosition(explorer.cursorProperty().get()); // the new window is made around it
                        events.setLog(log);
                        events.setInspectedStream(explorer.inspectedStreamProperty().get());
                    } else {
                        stopArrival();
                        showInspection(explorer.inspectionProperty().get());
                    }
                }
            };
            arrival.start();
        } else {
            streams.setLog(log, opened == null ? null : opened.streams());
            events.setLog(log);
        }
        timeline.setDensity(opened == null ? null : opened.density());
        timeline.setKnownStates(log == null ? null : log.knownStates());
        slider.setMax(Math.max(1, log == null ? 1 : log.size()));
        slider.setMajorTickUnit(Math.max(1, slider.getMax() / 10));
        List<Rejection> rejected = log == null ? List.of() : log.rejections();
        problems.getRejections().setAll(rejected);
        problems.setSourceName(opened == null ? "" : opened.sourceName());
        problemsTab.setText(rejected.isEmpty() ? "Problems" : "Problems (" + Formats.count(rejected.size()) + ")");
        timeline.pinAProperty().set(explorer.pinAProperty().get());
        timeline.pinBProperty().set(explorer.pinBProperty().get());
        followStream(explorer.inspectedStreamProperty().get());
        followCursor(explorer.cursorProperty().get());
        showInspection(inspectionWaiting ? null : explorer.inspectionProperty().get());
        if (opened != null) {
            // the keys (arrows, Space, A, B …) act on the explorer at once, not on the stream filter
            javafx.application.Platform.runLater(timeline::requestFocus);
        }
    }

    /** Ends a staged arrival: the lists are up to date, or another show replaces them all. */
    private void stopArrival() {
        if (arrival != null) {
            arrival.stop();
            arrival = null;
        }
        streamsWaiting = false;
        eventsWaiting = false;
        inspectionWaiting = false;
    }

    private void followCursor(long c) {
        timeline.setCursorPosition(c);
        if (Math.round(slider.getValue()) != c) {
            slider.setValue(c);
        }
        if (!eventsWaiting) {
            events.setCursorPosition(c);
        }
    }

    private void followStream(int s) {
        if (!streamsWaiting) {
            streams.setInspectedStream(s);
        }
        if (!eventsWaiting) {
            events.setInspectedStream(s);
        }
        timeline.setInspectedStream(s);
        Opened opened = explorer.openedProperty().get();
        if (opened == null || s < 0 || s >= opened.log().streamCount()) {
            inspectedTitle.setText("No stream inspected");
            inspectedDetail.setText("");
            return;
        }
        EventLog log = opened.log();
        int[] streamEvents = log.eventsOfStream(s);
        inspectedTitle.setText(log.streamName(s));
        String type = streamEvents.length == 0 ? null : log.streamType(streamEvents[0]);
        int known = log.knownStates().ofStream(s).size();
        inspectedDetail.setText((type == null ? "" : type + " · ") + Formats.count(streamEvents.length)
                + (streamEvents.length == 1 ? " event" : " events")
                + (known == 0 ? "" : " · " + Formats.count(known) + (known == 1 ? " known state" : " known states")));
    }

    /**
     * Shows {@code shown} in the inspector tab that is selected; the others catch up when they are
     * selected. While the cursor is dragged this runs for every replay, so hidden tabs cost nothing.
     */
    private void showInspection(Inspection shown) {
        Tab selected = inspector.getSelectionModel().getSelectedItem();
        if (selected == null || selected.getContent() == state.getParent()) {
            showState(shown);
        } else if (selected.getContent() == diff) {
            showDiff(shown);
        } else if (selected.getContent() == event) {
            event.setEvent(shown == null ? null : shown.event());
        }
    }

    private void showState(Inspection shown) {
        showResumedFrom(shown);
        if (shown == null) {
            state.show(null, null);
            return;
        }
        state.setPlaceholderText(shown.stream() < 0 ? "Choose a stream on the left to see its state."
                : shown.streamName() + " has no state at #" + Formats.count(shown.cursor())
                        + ": its first event comes later.");
        state.show(shown.state(), shown.changedFrom(), shown.stateChanges());
    }

    /** Says, above the State tree, when the state starts from a known state rather than the first event. */
    private void showResumedFrom(Inspection shown) {
        KnownState k = shown == null ? null : shown.resumedFrom();
        knownStateBanner.setVisible(k != null);
        if (k != null) {
            int after = shown.eventsAfterResume();
            knownStateBanner.setText("From " + k.origin().replaceFirst(",.*", "") + " at version " + k.version()
                    + " (#" + Formats.count(k.position()) + ")" + (after == 0 ? "" : ", then " + Formats.count(after)
                    + (after == 1 ? " later event" : " later events")));
        }
    }

    private void showDiff(Inspection shown) {
        if (shown == null) {
            diff.show(null, null, null, "");
            return;
        }
        diff.setPlaceholderText(shown.stream() < 0 ? "Choose a stream on the left to see its changes." : shown.diffTitle());
        diff.show(shown.diffBefore(), shown.diffAfter(), shown.patch(), shown.patch() == null ? "" : shown.diffTitle());
    }

    // ---- for tests -------------------------------------------------------------------------------

    Label knownStateBanner() {
        return knownStateBanner;
    }

    StateView stateView() {
        return state;
    }

    DiffView diffView() {
        return diff;
    }

    TimelineView timeline() {
        return timeline;
    }

    Slider slider() {
        return slider;
    }

    TabPane inspector() {
        return inspector;
    }
}
