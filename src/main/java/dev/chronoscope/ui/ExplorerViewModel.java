package dev.chronoscope.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.chronoscope.diff.StateDiff;
import dev.chronoscope.event.Event;
import dev.chronoscope.event.EventLog;
import dev.chronoscope.event.KnownState;
import dev.chronoscope.event.SortedArrays;
import dev.chronoscope.replay.MergePatchReducer;
import dev.chronoscope.replay.Replayer;
import dev.chronoscope.snapshot.Snapshot;
import dev.chronoscope.snapshot.SnapshotWriter;
import dev.chronoscope.timeline.Axis;
import dev.chronoscope.timeline.Density;
import dev.chronoscope.ui.inspector.Changes;
import dev.chronoscope.ui.streams.StreamCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The explorer's state for one open log: the cursor, the inspected stream, the pins A and B, and
 * what the inspector shows for them. Commands move the cursor, pick a stream, set pins, play and
 * export; views bind to the read-only properties.
 *
 * <p><b>Replay off the FX thread, latest wins.</b> Every change of cursor, stream or pins asks for
 * an {@link Inspection}. At most one is computed at a time on the executor; requests that arrive
 * meanwhile are merged into one, computed for the newest cursor once the running one is published.
 * So while the user drags the slider the inspector follows as fast as the replayer answers, and the
 * FX thread never waits on a fold (JabRef's {@code DelayTaskThrottler}, without the delay).
 */
public final class ExplorerViewModel {

    /**
     * An opened log with what the explorer needs of it, built off the FX thread: the replayer, the
     * timeline's density index and the streams list's catalog ({@code null}: the view builds it).
     */
    public record Opened(EventLog log, Replayer replayer, Density density, StreamCatalog streams, String sourceName) {

        public Opened {
            Objects.requireNonNull(log);
            Objects.requireNonNull(replayer);
            Objects.requireNonNull(density);
            Objects.requireNonNull(sourceName);
        }

        /** Everything built for {@code log} on the calling thread (a worker, or a test). */
        public static Opened of(EventLog log, String sourceName) {
            return new Opened(log, new Replayer(log, MergePatchReducer.INSTANCE), Density.of(log),
                    StreamCatalog.prepare(log), sourceName);
        }
    }

    /**
     * What the inspector shows for one cursor, stream and pair of pins.
     *
     * @param cursor the position asked for
     * @param stream the inspected stream's index, or -1
     * @param streamName its id, or {@code null}
     * @param state the stream's state at the cursor, or {@code null} when it has none
     * @param changedFrom when the event at the cursor belongs to the stream, its state before that
     *     event (an empty object when the event created it), so the view can highlight what the
     *     event changed; {@code null} otherwise
     * @param event the event at the cursor, or {@code null} at position 0
     * @param diffBefore the left side of the diff
     * @param diffAfter the right side of the diff
     * @param patch RFC 6902 operations from {@code diffBefore} to {@code diffAfter}, or {@code null}
     *     when there is nothing to compare
     * @param diffTitle what the diff compares, e.g. {@code "#1,203 → #1,240 · MoneyWithdrawn"}
     * @param resumedFrom the known state (Axon snapshot) {@code state} starts from, or {@code null}
     *     when it is the fold of the stream's events from its first one
     * @param eventsAfterResume the stream's events folded into {@code resumedFrom} up to the cursor
     * @param stateChanges what the event at the cursor changed, from {@code changedFrom} to {@code
     *     state} ({@link Changes#NONE} when {@code changedFrom} is {@code null}), for the State tab to
     *     highlight: worked out with the rest, off the FX thread, from {@code patch} when the diff
     *     compares those same two states
     */
    public record Inspection(
            long cursor,
            int stream,
            String streamName,
            JsonNode state,
            JsonNode changedFrom,
            Event event,
            JsonNode diffBefore,
            JsonNode diffAfter,
            ArrayNode patch,
            String diffTitle,
            KnownState resumedFrom,
            int eventsAfterResume,
            Changes stateChanges) {

        /** An inspection of a state folded from the stream's first event. */
        public Inspection(long cursor, int stream, String streamName, JsonNode state, JsonNode changedFrom, Event event,
                JsonNode diffBefore, JsonNode diffAfter, ArrayNode patch, String diffTitle) {
            this(cursor, stream, streamName, state, changedFrom, event, diffBefore, diffAfter, patch, diffTitle, null, 0,
                    stateChanges(changedFrom, state, diffBefore, diffAfter, patch));
        }

        /**
         * Identity: an inspection is one result, not a value. JavaFX compares a property's new value
         * with its old one through {@code equals} before it tells change listeners; a record's own
         * {@code equals} compared the states and diffs as JSON trees on the FX thread, whenever two
         * inspections of the same position followed each other (and bootstrapped the records'
         * generated methods in a drag's first frame).
         */
        @Override
        public boolean equals(Object other) {
            return this == other;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }

        /** The same inspection, noting the known state its states start from. */
        Inspection resumedFrom(KnownState known, int eventsAfter) {
            return known == null ? this : new Inspection(cursor, stream, streamName, state, changedFrom, event,
                    diffBefore, diffAfter, patch, diffTitle, known, eventsAfter, stateChanges);
        }

        private static Changes stateChanges(JsonNode changedFrom, JsonNode state, JsonNode diffBefore,
                JsonNode diffAfter, ArrayNode patch) {
            boolean samePair = patch != null && diffAfter == state && Objects.equals(diffBefore, changedFrom);
            return Changes.between(changedFrom, state, samePair ? patch : null);
        }
    }

    /** Which points the diff compares. */
    public enum DiffMode {
        /** The inspected stream's last event at or before the cursor against the state before it. */
        PREVIOUS_EVENT,
        /** Pin A against pin B. */
        PINS
    }

    /** The pins, A and B. */
    public enum Pin {
        A,
        B
    }

    private record Request(long generation, Opened opened, long cursor, int stream, Long pinA, Long pinB,
            boolean fromKnownStates) {}

    private final TaskExecutor executor;

    private final ReadOnlyObjectWrapper<Opened> opened = new ReadOnlyObjectWrapper<>(this, "opened");
    private final ReadOnlyLongWrapper cursor = new ReadOnlyLongWrapper(this, "cursor");
    private final ReadOnlyLongWrapper size = new ReadOnlyLongWrapper(this, "size");
    private final ReadOnlyIntegerWrapper inspectedStream = new ReadOnlyIntegerWrapper(this, "inspectedStream", -1);
    private final ReadOnlyObjectWrapper<Long> pinA = new ReadOnlyObjectWrapper<>(this, "pinA");
    private final ReadOnlyObjectWrapper<Long> pinB = new ReadOnlyObjectWrapper<>(this, "pinB");
    private final ReadOnlyObjectWrapper<DiffMode> diffMode = new ReadOnlyObjectWrapper<>(this, "diffMode", DiffMode.PREVIOUS_EVENT);
    private final ReadOnlyObjectWrapper<Inspection> inspection = new ReadOnlyObjectWrapper<>(this, "inspection");
    private final ReadOnlyLongWrapper inspectionsPublished = new ReadOnlyLongWrapper(this, "inspectionsPublished");
    private final ReadOnlyStringWrapper cursorText = new ReadOnlyStringWrapper(this, "cursorText", "");
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(this, "playing");
    private final ReadOnlyBooleanWrapper exporting = new ReadOnlyBooleanWrapper(this, "exporting");
    private final ReadOnlyObjectWrapper<Notice> notice = new ReadOnlyObjectWrapper<>(this, "notice");
    private final DoubleProperty speed = new SimpleDoubleProperty(this, "speed", 100);
    private final ObjectProperty<Axis> axis = new SimpleObjectProperty<>(this, "axis", Axis.POSITION);
    private final BooleanProperty replayFromKnownStates = new SimpleBooleanProperty(this, "replayFromKnownStates");
    private final ReadOnlyIntegerWrapper knownStateCount = new ReadOnlyIntegerWrapper(this, "knownStateCount");

    private long generation;
    private boolean inFlight;
    private boolean dirty;
    /** Events owed to the cursor by {@link #advancePlayback(double)}, below one. */
    private double playbackCarry;

    public ExplorerViewModel(TaskExecutor executor) {
        this.executor = Objects.requireNonNull(executor);
        replayFromKnownStates.addListener((obs, old, now) -> requestInspection());
    }

    // ---- opening ---------------------------------------------------------------------------------

    /**
     * Shows {@code log}: the cursor at {@code at} (clamped; the last position when {@code null}),
     * the stream of the event there inspected, no pins.
     */
    public void show(Opened log, Long at) {
        Objects.requireNonNull(log);
        generation++;
        pause();
        // no stream of the old log may be inspected in the new one: views follow `opened` at once
        inspectedStream.set(-1);
        opened.set(log);
        size.set(log.log().size());
        knownStateCount.set(log.log().knownStates().count());
        pinA.set(null);
        pinB.set(null);
        diffMode.set(DiffMode.PREVIOUS_EVENT);
        long target = clamp(at == null ? log.log().size() : at);
        cursor.set(target);
        int index = (int) Math.max(0, target - 1);
        inspectedStream.set(log.log().size() == 0 ? -1 : log.log().streamIndex(index));
        updateCursorText();
        inspection.set(null);
        requestInspection();
    }

    /** Forgets the log (none is open any more). */
    public void clear() {
        generation++;
        pause();
        opened.set(null);
        size.set(0);
        knownStateCount.set(0);
        cursor.set(0);
        inspectedStream.set(-1);
        pinA.set(null);
        pinB.set(null);
        inspection.set(null);
        updateCursorText();
    }

    // ---- cursor ----------------------------------------------------------------------------------

    /** Moves the cursor to {@code position}, clamped to 0 … size. */
    public void moveCursorTo(long position) {
        if (opened.get() == null) {
            return;
        }
        long target = clamp(position);
        if (target != cursor.get()) {
            cursor.set(target);
            updateCursorText();
            requestInspection();
        }
    }

    /** Moves the cursor by {@code delta} events (Left/Right). */
    public void step(long delta) {
        moveCursorTo(Math.max(0, cursor.get() + delta));
    }

    /** The first event (Home). */
    public void first() {
        moveCursorTo(Math.min(1, size.get()));
    }

    /** After the last event (End). */
    public void last() {
        moveCursorTo(size.get());
    }

    /**
     * Moves to the inspected stream's next event after the cursor ({@code direction > 0}) or its
     * last event before the cursor ({@code direction < 0}); stays when there is none. Without an
     * inspected stream it steps one event.
     */
    public void stepInStream(int direction) {
        Opened o = opened.get();
        if (o == null) {
            return;
        }
        int s = inspectedStream.get();
        if (s < 0) {
            step(direction > 0 ? 1 : -1);
            return;
        }
        int[] events = o.log().eventsOfStream(s);
        long c = cursor.get();
        // events[k] is the index of the stream's k-th event; its position is events[k] + 1
        int atOrAfterCursor = SortedArrays.lowerBound(events, 0, c); // first event with position > c
        if (direction > 0) {
            if (atOrAfterCursor < events.length) {
                moveCursorTo(EventLog.positionOf(events[atOrAfterCursor]));
            }
        } else {
            int beforeCursor = SortedArrays.lowerBound(events, 0, c - 1) - 1; // last event with position < c
            if (beforeCursor >= 0) {
                moveCursorTo(EventLog.positionOf(events[beforeCursor]));
            }
        }
    }

    /** The position after every event with time ≤ {@code time} (Ctrl+G with a time). */
    public void goToTime(Instant time) {
        Opened o = opened.get();
        if (o != null) {
            moveCursorTo(o.replayer().positionAtTime(time));
        }
    }

    // ---- streams ---------------------------------------------------------------------------------

    /** Inspects stream number {@code stream} (-1: none). */
    public void inspect(int stream) {
        Opened o = opened.get();
        if (o == null || stream < -1 || stream >= o.log().streamCount()) {
            return;
        }
        if (stream != inspectedStream.get()) {
            inspectedStream.set(stream);
            requestInspection();
        }
    }

    /** Moves the cursor to the event at {@code index} and inspects its stream (a click on a table row). */
    public void showEvent(int index) {
        Opened o = opened.get();
        if (o == null || index < 0 || index >= o.log().size()) {
            return;
        }
        inspect(o.log().streamIndex(index));
        moveCursorTo(EventLog.positionOf(index));
    }

    // ---- pins ------------------------------------------------------------------------------------

    /** Sets {@code pin} at the cursor. */
    public void pin(Pin pin) {
        pinAt(pin, cursor.get());
    }

    /** Sets {@code pin} at {@code position}; the diff compares A with B once both are set. */
    public void pinAt(Pin pin, long position) {
        if (opened.get() == null) {
            return;
        }
        (pin == Pin.A ? pinA : pinB).set(clamp(position));
        diffMode.set(pinA.get() != null && pinB.get() != null ? DiffMode.PINS : DiffMode.PREVIOUS_EVENT);
        requestInspection();
    }

    /** Removes both pins; the diff goes back to the previous event of the stream. */
    public void clearPins() {
        if (pinA.get() == null && pinB.get() == null) {
            return;
        }
        pinA.set(null);
        pinB.set(null);
        diffMode.set(DiffMode.PREVIOUS_EVENT);
        requestInspection();
    }

    // ---- playback --------------------------------------------------------------------------------

    /** Starts playing from the cursor, or from the start when the cursor is at the end. */
    public void play() {
        if (opened.get() == null || size.get() == 0) {
            return;
        }
        if (cursor.get() >= size.get()) {
            moveCursorTo(0);
        }
        playbackCarry = 0;
        playing.set(true);
    }

    public void pause() {
        playing.set(false);
    }

    public void togglePlay() {
        if (playing.get()) {
            pause();
        } else {
            play();
        }
    }

    /**
     * Advances a playing cursor by {@link #speedProperty() speed} × {@code seconds} events (called
     * by the view once a frame); stops at the end.
     */
    public void advancePlayback(double seconds) {
        if (!playing.get()) {
            return;
        }
        double events = playbackCarry + Math.max(0, seconds) * speed.get();
        long whole = (long) events;
        playbackCarry = events - whole;
        if (whole > 0) {
            moveCursorTo(cursor.get() + whole);
        }
        if (cursor.get() >= size.get()) {
            pause();
        }
    }

    // ---- export ----------------------------------------------------------------------------------

    /**
     * Writes the snapshot document of DESIGN.md for the inspected stream ({@code world == false})
     * or for all streams at the cursor to {@code target}, atomically, in the background; a {@link
     * Notice} reports the outcome.
     */
    public void exportSnapshot(boolean world, Path target) {
        Opened o = opened.get();
        if (o == null) {
            return;
        }
        int s = inspectedStream.get();
        if (!world && s < 0) {
            notice.set(Notice.error("Nothing to export", "Choose a stream first, or export the state of all streams."));
            return;
        }
        String stream = world ? null : o.log().streamName(s);
        long at = cursor.get();
        exporting.set(true);
        executor.submit(progress -> {
            Snapshot snapshot = Snapshot.of(o.replayer(), o.sourceName(), at, stream);
            SnapshotWriter.write(snapshot, target);
            return snapshot;
        }, new TaskExecutor.Listener<Snapshot>() {
            @Override
            public void succeeded(Snapshot snapshot) {
                exporting.set(false);
                notice.set(Notice.info("Snapshot exported",
                        (stream == null ? "The state of all streams" : "The state of " + stream)
                                + " at #" + Formats.count(snapshot.position()) + " was written to "
                                + target.toAbsolutePath() + " (" + Formats.bytes(sizeOf(target)) + ").",
                        target.toAbsolutePath()));
            }

            @Override
            public void failed(Throwable error) {
                exporting.set(false);
                notice.set(Notice.error("The snapshot was not exported", message(error)));
            }
        });
    }

    /** Writes the diff shown in the inspector as an RFC 6902 JSON array to {@code target}. */
    public void exportDiff(Path target) {
        Inspection shown = inspection.get();
        if (shown == null || shown.patch() == null) {
            notice.set(Notice.error("Nothing to export", "There is no diff at this position: choose a stream with an event at or before the cursor."));
            return;
        }
        ArrayNode patch = shown.patch();
        exporting.set(true);
        executor.submit(progress -> {
            SnapshotWriter.writeJson(patch, target, "diff");
            return patch;
        }, new TaskExecutor.Listener<ArrayNode>() {
            @Override
            public void succeeded(ArrayNode written) {
                exporting.set(false);
                notice.set(Notice.info("Diff exported", written.size() + " operation" + (written.size() == 1 ? "" : "s")
                        + " (" + shown.diffTitle() + ") written to " + target.toAbsolutePath() + ".", target.toAbsolutePath()));
            }

            @Override
            public void failed(Throwable error) {
                exporting.set(false);
                notice.set(Notice.error("The diff was not exported", message(error)));
            }
        });
    }

    /** Forgets the last notice once the view has shown it. */
    public void acknowledgeNotice() {
        notice.set(null);
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    private static String message(Throwable error) {
        String m = error.getMessage();
        return m == null || m.isBlank() ? error.getClass().getSimpleName() : m;
    }

    // ---- inspection ------------------------------------------------------------------------------

    private void requestInspection() {
        if (opened.get() == null) {
            return;
        }
        if (inFlight) {
            dirty = true;
            return;
        }
        submitInspection();
    }

    private void submitInspection() {
        Request request = new Request(generation, opened.get(), cursor.get(), inspectedStream.get(), pinA.get(), pinB.get(),
                replayFromKnownStates.get());
        inFlight = true;
        dirty = false;
        executor.submit(progress -> compute(request), new TaskExecutor.Listener<Inspection>() {
            @Override
            public void succeeded(Inspection result) {
                inFlight = false;
                if (request.generation() == generation) {
                    inspection.set(result);
                    inspectionsPublished.set(inspectionsPublished.get() + 1);
                }
                if (dirty) {
                    submitInspection();
                }
            }

            @Override
            public void failed(Throwable error) {
                inFlight = false;
                if (request.generation() == generation) {
                    notice.set(Notice.error("Could not replay the stream", message(error)));
                }
                if (dirty) {
                    submitInspection();
                }
            }
        });
    }

    /** Computes what the inspector shows; runs on a worker thread, touches no property. */
    private static Inspection compute(Request r) {
        Replayer replayer = r.fromKnownStates() ? r.opened().replayer().resumingFromKnownStates() : r.opened().replayer();
        Inspection shown = compute(r, replayer);
        if (shown.stream() < 0 || shown.state() == null) {
            return shown;
        }
        KnownState known = replayer.knownStateAt(shown.stream(), r.cursor());
        if (known == null) {
            return shown;
        }
        int[] events = r.opened().log().eventsOfStream(shown.stream());
        int after = SortedArrays.lowerBound(events, 0, r.cursor()) - SortedArrays.lowerBound(events, 0, known.position());
        if (known.position() == r.cursor() && shown.changedFrom() != null) {
            // from the fold of the events to the stored aggregate is a change of shape, not what the event
            // did: no highlights; the Diff tab still shows it, and says so
            shown = new Inspection(shown.cursor(), shown.stream(), shown.streamName(), shown.state(), null, shown.event(),
                    shown.diffBefore(), shown.diffAfter(), shown.patch(), r.pinA() != null && r.pinB() != null
                            ? shown.diffTitle() : shown.diffTitle() + " (events' fold → " + known.origin().replaceFirst(",.*", "") + ")");
        }
        return shown.resumedFrom(known, after);
    }

    private static Inspection compute(Request r, Replayer replayer) {
        EventLog log = r.opened().log();
        long c = r.cursor();
        Event event = c == 0 ? null : log.event((int) (c - 1));
        int s = r.stream();
        if (s < 0) {
            return new Inspection(c, -1, null, null, null, event, null, null, null, "");
        }
        String name = log.streamName(s);
        JsonNode state = replayer.stateAt(s, c);
        JsonNode changedFrom = null;
        if (c > 0 && log.streamIndex((int) (c - 1)) == s) {
            JsonNode before = replayer.stateAt(s, c - 1);
            changedFrom = before != null ? before
                    : state != null && state.isArray() ? JsonNodeFactory.instance.arrayNode()
                    : JsonNodeFactory.instance.objectNode();
        }
        if (r.pinA() != null && r.pinB() != null) {
            JsonNode a = replayer.stateAt(s, r.pinA());
            JsonNode b = replayer.stateAt(s, r.pinB());
            String title = "A #" + Formats.count(r.pinA()) + " → B #" + Formats.count(r.pinB()) + " · " + name;
            return new Inspection(c, s, name, state, changedFrom, event, a, b, StateDiff.diff(a, b), title);
        }
        int[] events = log.eventsOfStream(s);
        int upToCursor = SortedArrays.lowerBound(events, 0, c); // the stream's events with position ≤ c
        if (upToCursor == 0) {
            return new Inspection(c, s, name, state, changedFrom, event, null, null, null,
                    name + " has no event at or before #" + Formats.count(c));
        }
        int last = events[upToCursor - 1];
        long lastPosition = EventLog.positionOf(last);
        JsonNode before = upToCursor >= 2 ? replayer.stateAt(s, lastPosition - 1) : null;
        String from = upToCursor >= 2 ? "#" + Formats.count(EventLog.positionOf(events[upToCursor - 2])) : "start";
        String title = from + " → #" + Formats.count(lastPosition) + " · " + log.type(last);
        return new Inspection(c, s, name, state, changedFrom, event, before, state, StateDiff.diff(before, state), title);
    }

    private void updateCursorText() {
        Opened o = opened.get();
        long c = cursor.get();
        if (o == null) {
            cursorText.set("");
        } else if (c == 0) {
            cursorText.set("cursor #0 · before the first event");
        } else {
            int i = (int) (c - 1);
            EventLog log = o.log();
            cursorText.set("cursor #" + Formats.count(c) + " · " + Formats.time(log.time(i))
                    + (log.time(i) == null ? "" : " UTC") + " · " + log.type(i) + " · " + log.stream(i));
        }
    }

    private long clamp(long position) {
        return Math.max(0, Math.min(position, size.get()));
    }

    // ---- properties ------------------------------------------------------------------------------

    /** The open log with its replayer and density, or {@code null}. */
    public ReadOnlyObjectProperty<Opened> openedProperty() {
        return opened.getReadOnlyProperty();
    }

    /** The cursor: the state shown is after every event with position ≤ cursor; 0 … size. */
    public ReadOnlyLongProperty cursorProperty() {
        return cursor.getReadOnlyProperty();
    }

    /** The number of events in the open log (the cursor's largest value). */
    public ReadOnlyLongProperty sizeProperty() {
        return size.getReadOnlyProperty();
    }

    /** The inspected stream's index in the log, or -1. */
    public ReadOnlyIntegerProperty inspectedStreamProperty() {
        return inspectedStream.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Long> pinAProperty() {
        return pinA.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Long> pinBProperty() {
        return pinB.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<DiffMode> diffModeProperty() {
        return diffMode.getReadOnlyProperty();
    }

    /** The latest computed inspection; it may lag the cursor by one computation while dragging. */
    public ReadOnlyObjectProperty<Inspection> inspectionProperty() {
        return inspection.getReadOnlyProperty();
    }

    /** How many inspections were published so far (for responsiveness measurements). */
    public ReadOnlyLongProperty inspectionsPublishedProperty() {
        return inspectionsPublished.getReadOnlyProperty();
    }

    /** {@code "cursor #1,234 · 2024-03-04 08:03:30 UTC · MoneyDeposited · account-0007"}. */
    public ReadOnlyStringProperty cursorTextProperty() {
        return cursorText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty playingProperty() {
        return playing.getReadOnlyProperty();
    }

    /** Whether an export is being written. */
    public ReadOnlyBooleanProperty exportingProperty() {
        return exporting.getReadOnlyProperty();
    }

    /** The latest notice for the user, or {@code null}; see {@link #acknowledgeNotice()}. */
    public ReadOnlyObjectProperty<Notice> noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** Playback speed in events per second. */
    public DoubleProperty speedProperty() {
        return speed;
    }

    /** The timeline's axis. */
    public ObjectProperty<Axis> axisProperty() {
        return axis;
    }

    /**
     * Whether states start from the latest known state (Axon snapshot) at or before the point
     * shown, with the later events folded in, instead of from the stream's first event. Off by
     * default; changing it recomputes the inspection. Exports stay the fold of the events.
     */
    public BooleanProperty replayFromKnownStatesProperty() {
        return replayFromKnownStates;
    }

    /** How many known states the open log offers (0 without a log). */
    public ReadOnlyIntegerProperty knownStateCountProperty() {
        return knownStateCount.getReadOnlyProperty();
    }
}
