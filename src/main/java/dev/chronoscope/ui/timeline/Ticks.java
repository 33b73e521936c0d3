package dev.chronoscope.ui.timeline;

import dev.chronoscope.timeline.Axis;
import dev.chronoscope.timeline.AxisRange;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import java.util.stream.LongStream;

/**
 * Axis ticks at "nice" steps — 1, 2, 5 × 10ⁿ events, or calendar-like time steps from a
 * millisecond to years — spaced so that their labels do not collide.
 *
 * @param values tick positions on the axis, ascending, inside the range
 * @param labels the label of each tick
 */
record Ticks(long[] values, String[] labels) {

    private static final long MS = 1_000;
    private static final long S = 1_000 * MS;
    private static final long MIN = 60 * S;
    private static final long H = 60 * MIN;
    private static final long D = 24 * H;
    private static final long[] TIME_STEPS = {
        MS, 2 * MS, 5 * MS, 10 * MS, 20 * MS, 50 * MS, 100 * MS, 200 * MS, 500 * MS,
        S, 2 * S, 5 * S, 10 * S, 15 * S, 30 * S, MIN, 2 * MIN, 5 * MIN, 10 * MIN, 15 * MIN, 30 * MIN,
        H, 2 * H, 3 * H, 6 * H, 12 * H, D, 2 * D, 7 * D, 14 * D, 28 * D, 91 * D, 182 * D, 364 * D};
    private static final double GAP = 24;

    /** Ticks for {@code range} drawn {@code plotWidth} pixels wide, labels measured by {@code width}. */
    static Ticks choose(Axis axis, AxisRange range, int plotWidth, ToDoubleFunction<String> width) {
        double sample = width.applyAsDouble(axis == Axis.POSITION ? label(range.to()) : "Mmm 00 00:00:00");
        double minStep = range.span() * (sample + GAP) / Math.max(1, plotWidth);
        long step = axis == Axis.POSITION ? niceCount(minStep) : niceTime(minStep);
        // week-multiple steps start on Mondays (the epoch was a Thursday)
        long offset = axis == Axis.TIME && step % (7 * D) == 0 && step < 91 * D ? 4 * D : 0;
        long first = Math.floorDiv(range.from() - offset + step - 1, step) * step + offset;
        long[] values = LongStream.iterate(first, k -> k <= range.to(), k -> k + step).toArray();
        String[] labels = new String[values.length];
        DateTimeFormatter format = timeFormat(step, range);
        for (int i = 0; i < values.length; i++) {
            labels[i] = axis == Axis.POSITION ? label(values[i])
                    : format.format(Instant.ofEpochSecond(Math.floorDiv(values[i], S), Math.floorMod(values[i], S) * 1000));
        }
        return new Ticks(values, labels);
    }

    private static String label(long count) {
        return TimelineText.count(count);
    }

    private static long niceCount(double min) {
        long step = 1;
        while (true) {
            for (long m : new long[] {1, 2, 5}) {
                if (step * m >= min) {
                    return step * m;
                }
            }
            step *= 10;
        }
    }

    private static long niceTime(double min) {
        for (long step : TIME_STEPS) {
            if (step >= min) {
                return step;
            }
        }
        long years = (long) Math.ceil(min / (364 * D));
        return years * 364 * D;
    }

    private static DateTimeFormatter timeFormat(long step, AxisRange range) {
        String pattern;
        if (step >= 91 * D) {
            pattern = "yyyy-MM-dd";
        } else if (step >= D) {
            pattern = "MMM d";
        } else if (step >= MIN) {
            pattern = range.span() > D ? "MMM d HH:mm" : "HH:mm";
        } else if (step >= S) {
            pattern = "HH:mm:ss";
        } else {
            pattern = "HH:mm:ss.SSS";
        }
        return DateTimeFormatter.ofPattern(pattern, Locale.ENGLISH).withZone(ZoneOffset.UTC);
    }
}
