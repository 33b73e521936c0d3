package dev.chronoscope.ui.timeline;

import dev.chronoscope.event.EventLog;
import dev.chronoscope.event.KnownState;
import dev.chronoscope.timeline.Axis;
import dev.chronoscope.timeline.AxisRange;
import dev.chronoscope.timeline.Density;
import dev.chronoscope.timeline.DensityBins;
import java.util.BitSet;
import java.util.List;
import javafx.beans.value.ObservableValue;
import javafx.event.EventHandler;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.VPos;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.SkinBase;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import javafx.scene.transform.Scale;
import javafx.stage.Window;
import javafx.util.Duration;

/**
 * Paints a {@link TimelineView} on two stacked Canvases — below, a lane of 1-pixel density bars per
 * event type (stacked bars in one lane when there are too many types for lanes), the inspected
 * stream's events as marks, axis ticks, known states and a legend; above, on a transparent overlay,
 * the cursor as a playhead with a handle and the pins — and turns the mouse into property changes:
 * press and drag move the cursor, Shift-, Shortcut- or middle-drag pans, the wheel zooms around the
 * pointer, a double-click fits all. Property changes mark one or both canvases dirty and request a
 * layout, so any number of changes in one pulse give one repaint; moving the cursor or a pin repaints
 * only the overlay, so dragging the cursor does not redraw (nor re-rasterize) the density.
 */
public class TimelineViewSkin extends SkinBase<TimelineView> {

    static final double PAD = 8;
    static final double HANDLE_H = 20;
    /** The band under the cursor's handle where the pins' flags hang, so the handle never hides them. */
    static final double PIN_H = 15;
    static final double FLAG_W = 15;
    static final double MARKS_H = 9;
    static final double AXIS_H = 18;
    static final double LEGEND_H = 18;
    static final double MIN_LANE_H = 10;
    static final double LEGEND_GAP = 14;
    static final long MIN_TIME_SPAN_MICROS = 1_000;
    static final long MIN_POSITION_SPAN = 10;

    /** Everything that does not depend on the cursor or the pins; takes the mouse and the tooltip. */
    private final Canvas canvas = new Canvas();
    /** The cursor and the pins, transparent elsewhere, on top of {@link #canvas}; the mouse passes through. */
    private final Canvas overlay = new Canvas();
    private final ObservableValue<Number> renderScale;
    /** The control's properties whose changes call for a repaint of both canvases. */
    private final List<ObservableValue<?>> watched;
    /** The control's properties whose changes call for a repaint of the overlay only. */
    private final List<ObservableValue<?>> watchedByOverlay;
    private final Tooltip tooltip = new Tooltip();
    private final Text measure = new Text();
    private final Font font = Font.font(Font.getDefault().getFamily(), 11);
    private final Font boldFont = Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, 11);
    private final EventHandler<MouseEvent> onPress = this::pressed;
    private final EventHandler<MouseEvent> onDrag = this::dragged;
    private final EventHandler<MouseEvent> onRelease = this::released;
    private final EventHandler<MouseEvent> onClick = this::clicked;
    private final EventHandler<MouseEvent> onMove = this::moved;
    private final EventHandler<ScrollEvent> onScroll = this::scrolled;

    private boolean baseDirty;
    private boolean overlayDirty;
    private double width = -1;
    private double height = -1;
    private double scale = 1;
    private int paints;
    private int basePaints;
    private long lastPaintNanos;
    private DensityBins bins;
    private Density binnedDensity;
    private Axis binnedAxis;
    private Mode mode = Mode.NONE;
    private Bounds handleBounds;
    private Bounds flagA;
    private Bounds flagB;
    private double pressX;
    private AxisRange pressRange;

    private enum Mode { NONE, CURSOR, PAN }

    /** Creates the skin and starts listening to {@code control}. */
    public TimelineViewSkin(TimelineView control) {
        super(control);
        canvas.getStyleClass().add("timeline-canvas");
        canvas.setManaged(false);
        overlay.getStyleClass().add("timeline-overlay");
        overlay.setManaged(false);
        overlay.setMouseTransparent(true);
        getChildren().addAll(canvas, overlay);
        tooltip.setShowDelay(Duration.millis(250));
        tooltip.setHideDelay(Duration.millis(100));
        Tooltip.install(canvas, tooltip);
        measure.setFont(font);

        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, onPress);
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, onDrag);
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, onRelease);
        canvas.addEventHandler(MouseEvent.MOUSE_CLICKED, onClick);
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, onMove);
        canvas.addEventHandler(ScrollEvent.SCROLL, onScroll);

        watched = List.of(
                control.densityProperty(),
                control.axisProperty(),
                control.visibleRangeProperty(),
                control.inspectedStreamProperty(),
                control.typeColorsProperty(),
                control.markColorProperty(),
                control.textColorProperty(),
                control.gridColorProperty(),
                control.knownStatesProperty(),
                control.knownStateColorProperty());
        watchedByOverlay = List.of(
                control.cursorPositionProperty(),
                control.cursorColorProperty(),
                control.pinAProperty(),
                control.pinBProperty(),
                control.pinColorProperty());
        watched.forEach(property -> registerChangeListener(property, o -> markDirty(true)));
        watchedByOverlay.forEach(property -> registerChangeListener(property, o -> markDirty(false)));
        renderScale = control.sceneProperty().flatMap(Scene::windowProperty).flatMap(Window::renderScaleXProperty);
        registerChangeListener(renderScale, o -> markDirty(true));
        markDirty(true);
    }

    @Override
    public void dispose() {
        if (getSkinnable() == null) {
            return;
        }
        watched.forEach(this::unregisterChangeListeners);
        watchedByOverlay.forEach(this::unregisterChangeListeners);
        unregisterChangeListeners(renderScale);
        canvas.removeEventHandler(MouseEvent.MOUSE_PRESSED, onPress);
        canvas.removeEventHandler(MouseEvent.MOUSE_DRAGGED, onDrag);
        canvas.removeEventHandler(MouseEvent.MOUSE_RELEASED, onRelease);
        canvas.removeEventHandler(MouseEvent.MOUSE_CLICKED, onClick);
        canvas.removeEventHandler(MouseEvent.MOUSE_MOVED, onMove);
        canvas.removeEventHandler(ScrollEvent.SCROLL, onScroll);
        Tooltip.uninstall(canvas, tooltip);
        getChildren().removeAll(canvas, overlay);
        super.dispose();
    }

    // ---- layout and geometry -----------------------------------------------------------------

    @Override
    protected double computePrefWidth(double height, double top, double right, double bottom, double left) {
        return 640 + left + right;
    }

    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
        return 180 + top + bottom;
    }

    @Override
    protected double computeMinHeight(double width, double top, double right, double bottom, double left) {
        return HANDLE_H + PIN_H + MARKS_H + AXIS_H + LEGEND_H + 2 * MIN_LANE_H + top + bottom;
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        double cw = Math.floor(w);
        double ch = Math.floor(h);
        double s = renderScale();
        for (Canvas c : List.of(canvas, overlay)) {
            c.relocate(Math.round(x), Math.round(y));
        }
        if (width != cw || height != ch || scale != s) {
            width = cw;
            height = ch;
            scale = s;
            // the canvases hold device pixels and are scaled back, so 1-px lines stay sharp on HiDPI screens
            for (Canvas c : List.of(canvas, overlay)) {
                c.setWidth(Math.round(cw * s));
                c.setHeight(Math.round(ch * s));
                c.getTransforms().setAll(new Scale(1 / s, 1 / s));
            }
            baseDirty = true;
            overlayDirty = true;
        }
        if (baseDirty || overlayDirty) {
            boolean base = baseDirty;
            baseDirty = false;
            overlayDirty = false;
            long start = System.nanoTime();
            paints++;
            if (base) {
                paintBase();
            }
            paintOverlay();
            lastPaintNanos = System.nanoTime() - start;
        }
    }

    private double renderScale() {
        Number s = renderScale.getValue();
        return s == null || s.doubleValue() <= 0 ? 1 : s.doubleValue();
    }

    /**
     * Marks the overlay dirty, and the base canvas too when {@code base}; the first change since the
     * last paint requests a layout, which paints.
     */
    private void markDirty(boolean base) {
        boolean pending = baseDirty || overlayDirty;
        overlayDirty = true;
        baseDirty |= base;
        if (!pending) {
            getSkinnable().requestLayout();
        }
    }

    /** Whether nothing but a message can be shown: no range, no plot, or no room for the lanes. */
    private boolean nothingToPlot(AxisRange range) {
        return range == null || plotWidth() == 0 || lanesBottom() - lanesTop() < 2 * MIN_LANE_H;
    }

    /** Width of the plot in whole pixels: one bin per pixel column. */
    int plotWidth() {
        return (int) Math.max(0, width - 2 * PAD);
    }

    private double lanesTop() {
        return HANDLE_H + PIN_H;
    }

    private double lanesBottom() {
        return height - MARKS_H - AXIS_H - LEGEND_H;
    }

    /** The shown range: the visible range, or the whole domain; {@code null} when nothing can be shown. */
    AxisRange effectiveRange() {
        Density d = getSkinnable().getDensity();
        if (d == null) {
            return null;
        }
        AxisRange visible = getSkinnable().getVisibleRange();
        return visible != null ? visible : d.domain(getSkinnable().getAxis());
    }

    /** The axis value under canvas x {@code x}, rounded to the nearest bin boundary. */
    long keyAt(double x) {
        AxisRange r = effectiveRange();
        int w = plotWidth();
        double px = Math.max(0, Math.min(w, x - PAD));
        return r.from() + Math.round(px * r.span() / w);
    }

    /** Canvas x (in layout pixels, as all x here) of the left edge of bin {@code b} of the current bins: whole pixels. */
    private double binX(int b) {
        return PAD + Math.floor((double) b * plotWidth() / bins.binCount());
    }

    /** Width of bin {@code b} in whole pixels, at least 1, with a 1-px gap once bins are 4 px wide. */
    private double binWidth(int b) {
        double w = binX(b + 1) - binX(b);
        return w >= 4 ? w - 1 : Math.max(1, w);
    }

    /** The bin under canvas x {@code x}, or -1 outside the plot. */
    private int binAt(double x) {
        if (bins == null || x < PAD || x >= PAD + plotWidth()) {
            return -1;
        }
        return (int) Math.floor((x - PAD) * bins.binCount() / plotWidth());
    }

    /** Canvas x of the left edge of the pixel column holding axis value {@code key}. */
    private double xOf(AxisRange r, long key) {
        return PAD + Math.floor((key - r.from()) * (double) plotWidth() / r.span());
    }

    // ---- mouse -------------------------------------------------------------------------------

    private void pressed(MouseEvent e) {
        getSkinnable().requestFocus();
        if (effectiveRange() == null || plotWidth() == 0) {
            return;
        }
        rememberPointer(e.getX() / scale);
        boolean pan = e.getButton() == MouseButton.MIDDLE
                || (e.getButton() == MouseButton.PRIMARY && (e.isShiftDown() || e.isShortcutDown()));
        if (pan) {
            mode = Mode.PAN;
            pressX = e.getX() / scale;
            pressRange = effectiveRange();
        } else if (e.getButton() == MouseButton.PRIMARY) {
            mode = Mode.CURSOR;
            getSkinnable().setCursorChanging(true);
            moveCursorTo(e.getX() / scale);
        }
        e.consume();
    }

    private void dragged(MouseEvent e) {
        if (mode == Mode.CURSOR) {
            moveCursorTo(e.getX() / scale);
        } else if (mode == Mode.PAN) {
            long delta = Math.round(-(e.getX() / scale - pressX) * pressRange.span() / plotWidth());
            Density d = getSkinnable().getDensity();
            getSkinnable().setVisibleRange(pressRange.pan(delta, d.domain(getSkinnable().getAxis())));
        }
        e.consume();
    }

    private void released(MouseEvent e) {
        if (mode == Mode.CURSOR) {
            moveCursorTo(e.getX() / scale);
            getSkinnable().setCursorChanging(false);
        }
        mode = Mode.NONE;
        e.consume();
    }

    private void clicked(MouseEvent e) {
        if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
            getSkinnable().setVisibleRange(null);
        }
    }

    private void rememberPointer(double x) {
        TimelineView v = getSkinnable();
        if (effectiveRange() != null && plotWidth() > 0) {
            v.pointerPositionProperty().set(v.getDensity().cursorAt(v.getAxis(), keyAt(x)));
        }
    }

    private void moveCursorTo(double x) {
        TimelineView v = getSkinnable();
        v.setCursorPosition(v.getDensity().cursorAt(v.getAxis(), keyAt(x)));
    }

    private void scrolled(ScrollEvent e) {
        TimelineView v = getSkinnable();
        AxisRange r = effectiveRange();
        if (r == null || e.getDeltaY() == 0 || plotWidth() == 0) {
            return;
        }
        // deltaY > 0 (a wheel turned away from the user) zooms in; one notch is one multiplier
        double notches = e.getDeltaY() / (e.getMultiplierY() > 0 ? e.getMultiplierY() : 40);
        double factor = Math.pow(0.8, notches);
        long minSpan = v.getAxis() == Axis.TIME ? MIN_TIME_SPAN_MICROS : MIN_POSITION_SPAN;
        AxisRange domain = v.getDensity().domain(v.getAxis());
        AxisRange zoomed = r.zoom(factor, keyAt(e.getX() / scale), minSpan, domain);
        v.setVisibleRange(zoomed.equals(domain) ? null : zoomed);
        e.consume();
    }

    private void moved(MouseEvent e) {
        rememberPointer(e.getX() / scale);
        KnownState known = knownStateNear(e.getX() / scale, e.getY() / scale);
        tooltip.setText(known != null ? TimelineText.knownState(known)
                : bins == null ? null : TimelineText.binSummary(getSkinnable(), bins, binAt(e.getX() / scale)));
    }

    /** The inspected stream's known state whose diamond is under canvas point (x, y), or {@code null}. */
    KnownState knownStateNear(double x, double y) {
        AxisRange range = effectiveRange();
        if (bins == null || range == null || y < lanesBottom() - 8 || y > lanesBottom() + MARKS_H + 4) {
            return null;
        }
        KnownState best = null;
        double bestDistance = 6;
        for (KnownState k : shownKnownStates(range)) {
            double d = Math.abs(knownStateX(range, k) - x);
            if (d <= bestDistance) {
                best = k;
                bestDistance = d;
            }
        }
        return best;
    }

    /** The inspected stream's known states inside {@code range}. */
    private List<KnownState> shownKnownStates(AxisRange range) {
        TimelineView v = getSkinnable();
        int stream = v.getInspectedStream();
        if (stream < 0 || v.getDensity() == null) {
            return List.of();
        }
        return v.getKnownStates().ofStream(stream).stream().filter(k -> {
            long key = v.getDensity().cursorKey(v.getAxis(), k.position());
            return key >= range.from() && key <= range.to();
        }).toList();
    }

    private double knownStateX(AxisRange range, KnownState k) {
        TimelineView v = getSkinnable();
        long key = v.getDensity().cursorKey(v.getAxis(), k.position());
        return Math.min(PAD + plotWidth() - 1, xOf(range, key)) + 0.5;
    }

    // ---- painting ----------------------------------------------------------------------------

    /** Clears {@code c} and returns its context, set up for layout pixels. */
    private GraphicsContext cleared(Canvas c) {
        GraphicsContext g = c.getGraphicsContext2D();
        g.setTransform(scale, 0, 0, scale, 0, 0);
        g.clearRect(0, 0, width, height);
        g.setFont(font);
        return g;
    }

    /** The base canvas: everything but the cursor and the pins, or the message when there is nothing to plot. */
    private void paintBase() {
        basePaints++;
        GraphicsContext g = cleared(canvas);
        double w = width;
        double h = height;
        TimelineView v = getSkinnable();
        DensityBins previous = bins;
        bins = null;
        AxisRange range = effectiveRange();
        int plotW = plotWidth();
        if (nothingToPlot(range)) {
            g.setFill(v.textColorProperty().get());
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.CENTER);
            g.fillText(v.getDensity() == null ? "No log open" : "No event has a time", w / 2, h / 2);
            return;
        }
        Density density = v.getDensity();
        // one bin per pixel column, or per event when zoomed in closer than that
        int binCount = v.getAxis() == Axis.POSITION ? (int) Math.min(plotW, range.span()) : plotW;
        // the bins change only with the log, axis, range or width, not with every other property here
        bins = previous != null && density == binnedDensity && v.getAxis() == binnedAxis
                && range.equals(previous.range()) && binCount == previous.binCount()
                ? previous : density.bin(v.getAxis(), range, binCount);
        binnedDensity = density;
        binnedAxis = v.getAxis();
        Ticks ticks = Ticks.choose(v.getAxis(), range, plotW, this::textWidth);

        paintGrid(g, range, ticks);
        paintDensity(g);
        paintMarks(g, range);
        paintAxis(g, range, ticks);
        paintKnownStates(g, range);
        paintLegend(g);
    }

    /** The overlay: the cursor, then the pins over it; just cleared when there is nothing to plot. */
    private void paintOverlay() {
        GraphicsContext g = cleared(overlay);
        handleBounds = null;
        flagA = null;
        flagB = null;
        AxisRange range = effectiveRange();
        if (nothingToPlot(range)) {
            return;
        }
        paintCursor(g, range);
        paintPins(g, range);
    }

    private void paintGrid(GraphicsContext g, AxisRange range, Ticks ticks) {
        g.setStroke(getSkinnable().gridColorProperty().get());
        g.setLineWidth(1);
        g.setLineDashes(2, 3);
        for (long k : ticks.values()) {
            double x = xOf(range, k) + 0.5;
            g.strokeLine(x, lanesTop(), x, lanesBottom());
        }
        g.setLineDashes((double[]) null);
    }

    private void paintDensity(GraphicsContext g) {
        TimelineView v = getSkinnable();
        int types = bins.typeCount();
        double top = lanesTop();
        double height = lanesBottom() - top;
        int laneH = types == 0 ? 0 : (int) Math.floor(height / types);
        g.setStroke(v.gridColorProperty().get());
        if (laneH >= MIN_LANE_H) {
            for (int t = 0; t < types; t++) {
                double base = top + (t + 1) * laneH;
                int barMax = laneH - 2;
                int max = bins.maxOf(t);
                g.setFill(v.typeColor(t));
                for (int b = 0; b < bins.binCount(); b++) {
                    int c = bins.count(b, t);
                    if (c > 0) {
                        int bar = Math.max(1, (int) Math.round((double) c * barMax / max));
                        g.fillRect(binX(b), base - bar, binWidth(b), bar);
                    }
                }
                g.strokeLine(PAD, base + 0.5, PAD + plotWidth(), base + 0.5);
            }
        } else {
            double base = Math.floor(top + height);
            int max = bins.maxTotal();
            for (int b = 0; b < bins.binCount() && max > 0; b++) {
                int below = 0;
                for (int t = 0; t < types; t++) {
                    int c = bins.count(b, t);
                    if (c == 0) {
                        continue;
                    }
                    int y0 = (int) Math.round((double) below * (height - 1) / max);
                    below += c;
                    int y1 = Math.max(y0 + 1, (int) Math.round((double) below * (height - 1) / max));
                    g.setFill(v.typeColor(t));
                    g.fillRect(binX(b), base - y1, binWidth(b), y1 - y0);
                }
            }
            g.strokeLine(PAD, base + 0.5, PAD + plotWidth(), base + 0.5);
        }
    }

    private void paintMarks(GraphicsContext g, AxisRange range) {
        TimelineView v = getSkinnable();
        int stream = v.getInspectedStream();
        EventLog log = v.getDensity().log();
        if (stream < 0 || stream >= log.streamCount()) {
            return;
        }
        BitSet marked = v.getDensity().streamBins(v.getAxis(), stream, range, bins.binCount());
        double y = lanesBottom() + 2;
        g.setFill(v.markColorProperty().get());
        boolean sparse = marked.cardinality() * 6 < plotWidth();
        int lastX = -1_000;
        for (int b = marked.nextSetBit(0); b >= 0; b = marked.nextSetBit(b + 1)) {
            double x = binX(b);
            double mid = x + Math.floor(binWidth(b) / 2) + 0.5;
            if (sparse && mid - lastX >= 6) {
                g.fillPolygon(new double[] {mid - 3.5, mid + 3.5, mid}, new double[] {y + 6, y + 6, y}, 3);
                lastX = (int) mid;
            } else if (!sparse) {
                g.fillRect(x, y, binWidth(b), 6);
            }
        }
    }

    private void paintAxis(GraphicsContext g, AxisRange range, Ticks ticks) {
        TimelineView v = getSkinnable();
        double y = lanesBottom() + MARKS_H;
        g.setStroke(v.gridColorProperty().get());
        g.strokeLine(PAD, y + 0.5, PAD + plotWidth(), y + 0.5);
        g.setFill(v.textColorProperty().get());
        g.setTextBaseline(VPos.TOP);
        g.setTextAlign(TextAlignment.LEFT);
        double right = width;
        for (int i = 0; i < ticks.values().length; i++) {
            double x = xOf(range, ticks.values()[i]);
            g.strokeLine(x + 0.5, y + 1, x + 0.5, y + 4);
            String label = ticks.labels()[i];
            double lw = textWidth(label);
            double lx = Math.round(Math.max(1, Math.min(right - lw - 1, x - lw / 2)));
            g.fillText(label, lx, y + 4);
        }
    }

    private void paintLegend(GraphicsContext g) {
        TimelineView v = getSkinnable();
        EventLog log = v.getDensity().log();
        int types = log.typeCount();
        double y = height - LEGEND_H + 4;
        double x = PAD;
        double right = width - PAD;
        double[] itemWidths = new double[types];
        double rest = 0;
        for (int t = types - 1; t >= 0; t--) {
            itemWidths[t] = 13 + textWidth(log.typeName(t));
            rest += itemWidths[t] + (t < types - 1 ? LEGEND_GAP : 0);
        }
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        for (int t = 0; t < types; t++) {
            String more = "+" + (types - t) + " more";
            boolean allFit = x + rest <= right;
            boolean fitsWithMore = x + itemWidths[t] + LEGEND_GAP + textWidth("+" + (types - t - 1) + " more") <= right;
            if (!allFit && !fitsWithMore) {
                g.setFill(v.textColorProperty().get());
                g.fillText(more, Math.round(x), y + 4.5);
                break;
            }
            g.setFill(v.typeColor(t));
            g.fillRect(Math.round(x), y, 9, 9);
            g.setFill(v.textColorProperty().get());
            g.fillText(log.typeName(t), Math.round(x + 13), y + 4.5);
            x += itemWidths[t] + LEGEND_GAP;
            rest -= itemWidths[t] + LEGEND_GAP;
        }
    }

    /**
     * The inspected stream's known states: a dotted line through the lanes and a diamond on the
     * marks row, outlined in the background colour so that it stands out over the stream's marks.
     */
    private void paintKnownStates(GraphicsContext g, AxisRange range) {
        TimelineView v = getSkinnable();
        List<KnownState> shown = shownKnownStates(range);
        if (shown.isEmpty()) {
            return;
        }
        Color color = v.knownStateColorProperty().get();
        double cy = lanesBottom() + 5;
        double r = 6;
        Color outline = color.getBrightness() > 0.5 ? Color.BLACK : Color.WHITE;
        g.setLineWidth(1);
        for (KnownState k : shown) {
            double x = knownStateX(range, k);
            g.setStroke(color.deriveColor(0, 1, 1, 0.7));
            g.setLineDashes(1, 2);
            g.strokeLine(x, lanesTop(), x, cy - r);
            g.setLineDashes((double[]) null);
            double[] xs = {x, x + r, x, x - r};
            double[] ys = {cy - r, cy, cy + r, cy};
            g.setFill(color);
            g.fillPolygon(xs, ys, 4);
            g.setStroke(outline);
            g.strokePolygon(xs, ys, 4);
        }
    }

    /**
     * The pins: dashed lines with a flag each in the band under the cursor's handle, drawn after the
     * cursor so that neither hides the other. Two flags never overlap: the left pin's flag hangs to
     * the left of its line and the right pin's to the right ("A|B" when they coincide).
     */
    private void paintPins(GraphicsContext g, AxisRange range) {
        TimelineView v = getSkinnable();
        double xa = pinX(range, v.pinAProperty().get());
        double xb = pinX(range, v.pinBProperty().get());
        Bounds[] flags = placeFlags(xa, xb, FLAG_W, width);
        flagA = flags[0];
        flagB = flags[1];
        paintPin(g, xa, flagA, "A");
        paintPin(g, xb, flagB, "B");
    }

    /** Canvas x of a pin's line, or NaN when there is no pin or it is outside the shown range. */
    private double pinX(AxisRange range, Long position) {
        if (position == null) {
            return Double.NaN;
        }
        TimelineView v = getSkinnable();
        long key = v.getDensity().cursorKey(v.getAxis(), position);
        if (key < range.from() || key > range.to()) {
            return Double.NaN;
        }
        return Math.min(PAD + plotWidth() - 1, xOf(range, key)) + 0.5;
    }

    /**
     * Where the flags of pins A and B at lines {@code xa} and {@code xb} (NaN: not shown) go, in the
     * pin band of a canvas {@code canvasWidth} wide: {@code null} for a pin not shown. One flag hangs
     * to the right of its line (to the left at the right edge); of two, the left one (A when they
     * coincide) hangs to the left and the other to the right, and if they would still overlap, or
     * run off the canvas, they are pushed apart.
     */
    static Bounds[] placeFlags(double xa, double xb, double flagWidth, double canvasWidth) {
        double top = HANDLE_H + 1;
        double h = PIN_H - 2;
        boolean a = !Double.isNaN(xa);
        boolean b = !Double.isNaN(xb);
        Bounds[] out = new Bounds[2];
        if (a && b) {
            boolean aFirst = xa <= xb;
            double x1 = aFirst ? xa : xb;
            double x2 = aFirst ? xb : xa;
            double left1 = Math.max(0, x1 - 0.5 - flagWidth);
            double left2 = Math.max(left1 + flagWidth + 1, x2 + 0.5);
            if (left2 + flagWidth > canvasWidth) {
                left2 = canvasWidth - flagWidth;
                left1 = Math.min(left1, left2 - flagWidth - 1);
            }
            Bounds first = new BoundingBox(left1, top, flagWidth, h);
            Bounds second = new BoundingBox(left2, top, flagWidth, h);
            out[0] = aFirst ? first : second;
            out[1] = aFirst ? second : first;
        } else if (a || b) {
            double x = a ? xa : xb;
            double left = x + 0.5 + flagWidth > canvasWidth ? x - 0.5 - flagWidth : x + 0.5;
            out[a ? 0 : 1] = new BoundingBox(Math.max(0, left), top, flagWidth, h);
        }
        return out;
    }

    /** A dashed line from the pin band to the axis, and a flag with the pin's letter. */
    private void paintPin(GraphicsContext g, double x, Bounds flag, String label) {
        if (flag == null) {
            return;
        }
        Color color = getSkinnable().pinColorProperty().get();
        g.setStroke(color);
        g.setLineWidth(1);
        g.setLineDashes(3, 3);
        g.strokeLine(x, flag.getMinY(), x, lanesBottom() + MARKS_H);
        g.setLineDashes();
        // the pole: solid through the band, joining the flag to its line
        g.strokeLine(x, flag.getMinY(), x, flag.getMaxY() + 2);
        g.setFill(color);
        g.fillRect(flag.getMinX(), flag.getMinY(), flag.getWidth(), flag.getHeight());
        g.setFill(Color.WHITE);
        g.setFont(boldFont);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(label, flag.getMinX() + flag.getWidth() / 2, flag.getMinY() + flag.getHeight() / 2);
        g.setFont(font);
    }

    private void paintCursor(GraphicsContext g, AxisRange range) {
        TimelineView v = getSkinnable();
        long key = v.getDensity().cursorKey(v.getAxis(), v.getCursorPosition());
        if (key < range.from() || key > range.to()) {
            return;
        }
        double x = Math.min(PAD + plotWidth() - 1, xOf(range, key)) + 0.5;
        Color color = v.cursorColorProperty().get();
        g.setStroke(color);
        g.setLineWidth(1);
        g.strokeLine(x, HANDLE_H - 3, x, lanesBottom() + MARKS_H);

        String label = "#" + TimelineText.count(v.getCursorPosition());
        g.setFont(boldFont);
        measure.setFont(boldFont);
        double lw = textWidth(label) + 10;
        measure.setFont(font);
        double left = Math.round(Math.max(1, Math.min(width - lw - 1, x - lw / 2)));
        g.setFill(color);
        g.fillRoundRect(left, 2, lw, HANDLE_H - 6, 4, 4);
        handleBounds = new BoundingBox(left, 2, lw, HANDLE_H - 2);
        g.fillPolygon(new double[] {x - 4, x + 4, x}, new double[] {HANDLE_H - 4, HANDLE_H - 4, HANDLE_H}, 3);
        g.setFill(Color.WHITE);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(label, left + lw / 2, 2 + (HANDLE_H - 6) / 2);
        g.setFont(font);
    }

    /** How often the timeline was painted (base canvas, overlay or both in one pass): for tests of coalescing. */
    int paintCount() {
        return paints;
    }

    /** How often the base canvas (all but the cursor and the pins) was painted: for tests. */
    int basePaintCount() {
        return basePaints;
    }

    /** How long the last paint pass took, binning included: for tests and benchmarks. */
    long lastPaintNanos() {
        return lastPaintNanos;
    }

    /** Where the cursor's handle was last painted (label and pointer), or {@code null}: for tests. */
    Bounds cursorHandleBounds() {
        return handleBounds;
    }

    /** Where pin A's and pin B's flags were last painted ({@code null}: not painted): for tests. */
    Bounds[] pinFlagBounds() {
        return new Bounds[] {flagA, flagB};
    }

    /** The current hover text: for tests. */
    String hoverText() {
        return tooltip.getText();
    }

    private double textWidth(String s) {
        measure.setText(s);
        return Math.ceil(measure.getLayoutBounds().getWidth());
    }
}
