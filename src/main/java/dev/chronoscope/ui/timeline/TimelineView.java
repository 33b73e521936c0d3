package dev.chronoscope.ui.timeline;

import dev.chronoscope.event.KnownStates;
import dev.chronoscope.timeline.Axis;
import dev.chronoscope.timeline.AxisRange;
import dev.chronoscope.timeline.Density;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.css.CssMetaData;
import javafx.css.SimpleStyleableObjectProperty;
import javafx.css.StyleableObjectProperty;
import javafx.css.StyleablePropertyFactory;
import javafx.css.Styleable;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;
import javafx.scene.paint.Color;

/**
 * A timeline of an event log: event density per type along the position or time axis, the
 * inspected stream's events marked, and a draggable cursor. This class holds state only; its
 * {@link TimelineViewSkin} paints it and handles the mouse. Styled by {@code timeline.css} (style
 * class {@code timeline-view}).
 *
 * <p>The cursor ({@link #cursorPositionProperty() cursorPosition}, as {@code Node} already has a
 * {@code cursor}) counts the events applied: 0 (before the first event) to the log's size. The skin sets {@link #cursorChangingProperty() cursorChanging} while the user drags it,
 * like {@code Slider.valueChanging}.
 */
public class TimelineView extends Control {

    /**
     * A qualitative palette (Tableau 10, reordered so neighbouring types differ in hue and
     * lightness), legible on light and dark backgrounds; type {@code t} gets colour {@code t mod 10}.
     */
    public static final List<Color> DEFAULT_TYPE_COLORS = List.of(
            Color.web("#4e79a7"), Color.web("#f28e2b"), Color.web("#59a14f"), Color.web("#b07aa1"),
            Color.web("#edc948"), Color.web("#76b7b2"), Color.web("#e15759"), Color.web("#9c755f"),
            Color.web("#ff9da7"), Color.web("#bab0ac"));

    private static final StyleablePropertyFactory<TimelineView> CSS =
            new StyleablePropertyFactory<>(Control.getClassCssMetaData());
    private static final CssMetaData<TimelineView, Color> CURSOR_COLOR =
            CSS.createColorCssMetaData("-cs-cursor-color", v -> v.cursorColor, Color.web("#cf222e"), false);
    private static final CssMetaData<TimelineView, Color> MARK_COLOR =
            CSS.createColorCssMetaData("-cs-mark-color", v -> v.markColor, Color.web("#cf222e"), false);
    private static final CssMetaData<TimelineView, Color> TEXT_COLOR =
            CSS.createColorCssMetaData("-cs-text-color", v -> v.textColor, Color.web("#57606a"), false);
    private static final CssMetaData<TimelineView, Color> PIN_COLOR =
            CSS.createColorCssMetaData("-cs-pin-color", v -> v.pinColor, Color.web("#8250df"), false);
    private static final CssMetaData<TimelineView, Color> KNOWN_STATE_COLOR =
            CSS.createColorCssMetaData("-cs-known-state-color", v -> v.knownStateColor, Color.web("#1f2328"), false);
    private static final CssMetaData<TimelineView, Color> GRID_COLOR =
            CSS.createColorCssMetaData("-cs-grid-color", v -> v.gridColor, Color.web("#d0d7de"), false);

    private final ObjectProperty<Density> density = new SimpleObjectProperty<>(this, "density");
    private final ObjectProperty<Axis> axis = new SimpleObjectProperty<>(this, "axis", Axis.POSITION);
    private final ObjectProperty<AxisRange> visibleRange = new SimpleObjectProperty<>(this, "visibleRange");
    private final LongProperty cursor = new SimpleLongProperty(this, "cursorPosition");
    private final BooleanProperty cursorChanging = new SimpleBooleanProperty(this, "cursorChanging");
    private final IntegerProperty inspectedStream = new SimpleIntegerProperty(this, "inspectedStream", -1);
    private final ObjectProperty<List<Color>> typeColors =
            new SimpleObjectProperty<>(this, "typeColors", DEFAULT_TYPE_COLORS);
    private final StyleableObjectProperty<Color> cursorColor =
            new SimpleStyleableObjectProperty<>(CURSOR_COLOR, this, "cursorColor", CURSOR_COLOR.getInitialValue(this));
    private final StyleableObjectProperty<Color> markColor =
            new SimpleStyleableObjectProperty<>(MARK_COLOR, this, "markColor", MARK_COLOR.getInitialValue(this));
    private final StyleableObjectProperty<Color> textColor =
            new SimpleStyleableObjectProperty<>(TEXT_COLOR, this, "textColor", TEXT_COLOR.getInitialValue(this));
    private final ObjectProperty<Long> pinA = new SimpleObjectProperty<>(this, "pinA");
    private final ObjectProperty<Long> pinB = new SimpleObjectProperty<>(this, "pinB");
    private final LongProperty pointerPosition = new SimpleLongProperty(this, "pointerPosition", -1);
    private final StyleableObjectProperty<Color> pinColor =
            new SimpleStyleableObjectProperty<>(PIN_COLOR, this, "pinColor", PIN_COLOR.getInitialValue(this));
    private final StyleableObjectProperty<Color> gridColor =
            new SimpleStyleableObjectProperty<>(GRID_COLOR, this, "gridColor", GRID_COLOR.getInitialValue(this));

    private final ObjectProperty<KnownStates> knownStates = new SimpleObjectProperty<>(this, "knownStates", KnownStates.NONE);
    private final StyleableObjectProperty<Color> knownStateColor = new SimpleStyleableObjectProperty<>(KNOWN_STATE_COLOR,
            this, "knownStateColor", KNOWN_STATE_COLOR.getInitialValue(this));

    /** An empty timeline; set a {@link #densityProperty() density} to show a log. */
    public TimelineView() {
        getStyleClass().setAll("timeline-view");
        setFocusTraversable(true);
        axis.addListener(o -> setVisibleRange(null));
        density.addListener(o -> setVisibleRange(null));
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new TimelineViewSkin(this);
    }

    @Override
    public String getUserAgentStylesheet() {
        return TimelineView.class.getResource("timeline.css").toExternalForm();
    }

    /** The CSS properties of this control: those of {@link Control} and the four colours. */
    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return CSS.getCssMetaData();
    }

    @Override
    protected List<CssMetaData<? extends Styleable, ?>> getControlCssMetaData() {
        return getClassCssMetaData();
    }

    /** The indexed log to show ({@link Density#of}, built off the FX thread); {@code null} shows nothing. */
    public final ObjectProperty<Density> densityProperty() {
        return density;
    }

    public final Density getDensity() {
        return density.get();
    }

    public final void setDensity(Density value) {
        density.set(value);
    }

    /** Lay events out by position (the default) or by time. */
    public final ObjectProperty<Axis> axisProperty() {
        return axis;
    }

    public final Axis getAxis() {
        return axis.get();
    }

    public final void setAxis(Axis value) {
        axis.set(value);
    }

    /**
     * The shown part of the axis, on the axis's scale (event indices or epoch microseconds);
     * {@code null} (the default, "fit all") shows the whole domain. Reset to {@code null} when the
     * axis or density changes.
     */
    public final ObjectProperty<AxisRange> visibleRangeProperty() {
        return visibleRange;
    }

    public final AxisRange getVisibleRange() {
        return visibleRange.get();
    }

    public final void setVisibleRange(AxisRange value) {
        visibleRange.set(value);
    }

    /** The number of events applied, 0 to the log's size. */
    public final LongProperty cursorPositionProperty() {
        return cursor;
    }

    public final long getCursorPosition() {
        return cursor.get();
    }

    public final void setCursorPosition(long value) {
        cursor.set(value);
    }

    /** True while the user drags the cursor. */
    public final BooleanProperty cursorChangingProperty() {
        return cursorChanging;
    }

    public final boolean isCursorChanging() {
        return cursorChanging.get();
    }

    public final void setCursorChanging(boolean value) {
        cursorChanging.set(value);
    }

    /** The stream whose events are marked, by stream number; -1 (the default) for none. */
    public final IntegerProperty inspectedStreamProperty() {
        return inspectedStream;
    }

    public final int getInspectedStream() {
        return inspectedStream.get();
    }

    public final void setInspectedStream(int value) {
        inspectedStream.set(value);
    }

    /** Colours by event type number, repeated when there are more types than colours. */
    public final ObjectProperty<List<Color>> typeColorsProperty() {
        return typeColors;
    }

    public final List<Color> getTypeColors() {
        return typeColors.get();
    }

    public final void setTypeColors(List<Color> value) {
        typeColors.set(value);
    }

    /** The colour of event type number {@code type}. */
    public final Color typeColor(int type) {
        List<Color> colors = getTypeColors();
        return colors == null || colors.isEmpty() ? Color.GRAY : colors.get(type % colors.size());
    }

    /** Pin A's position (a dashed line labelled A), or {@code null}. */
    public final ObjectProperty<Long> pinAProperty() {
        return pinA;
    }

    /** Pin B's position (a dashed line labelled B), or {@code null}. */
    public final ObjectProperty<Long> pinBProperty() {
        return pinB;
    }

    /**
     * The cursor position under the mouse pointer, kept up to date by the skin while the pointer
     * moves over the plot (for a context menu's "Pin A here"); -1 before the pointer came by.
     */
    public final LongProperty pointerPositionProperty() {
        return pointerPosition;
    }

    /**
     * The log's known states (Axon snapshots); those of the inspected stream are drawn as diamonds
     * at their events, with a tooltip. {@link KnownStates#NONE} (the default) draws none.
     */
    public final ObjectProperty<KnownStates> knownStatesProperty() {
        return knownStates;
    }

    public final KnownStates getKnownStates() {
        return knownStates.get();
    }

    public final void setKnownStates(KnownStates value) {
        knownStates.set(value == null ? KnownStates.NONE : value);
    }

    /** Known-state diamonds ({@code -cs-known-state-color}). */
    public final StyleableObjectProperty<Color> knownStateColorProperty() {
        return knownStateColor;
    }

    /** Pins' lines and labels ({@code -cs-pin-color}). */
    public final StyleableObjectProperty<Color> pinColorProperty() {
        return pinColor;
    }

    /** Cursor line and handle ({@code -cs-cursor-color}). */
    public final StyleableObjectProperty<Color> cursorColorProperty() {
        return cursorColor;
    }

    /** Marks of the inspected stream ({@code -cs-mark-color}). */
    public final StyleableObjectProperty<Color> markColorProperty() {
        return markColor;
    }

    /** Axis labels and legend text ({@code -cs-text-color}). */
    public final StyleableObjectProperty<Color> textColorProperty() {
        return textColor;
    }

    /** Grid lines, lane separators and axis ticks ({@code -cs-grid-color}). */
    public final StyleableObjectProperty<Color> gridColorProperty() {
        return gridColor;
    }
}
