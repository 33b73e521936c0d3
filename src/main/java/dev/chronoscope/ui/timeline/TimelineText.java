package dev.chronoscope.ui.timeline;

import dev.chronoscope.event.EventLog;
import dev.chronoscope.timeline.Axis;
import dev.chronoscope.timeline.AxisRange;
import dev.chronoscope.timeline.Density;
import dev.chronoscope.timeline.DensityBins;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.IntStream;

/** The words of the timeline: counts, times, and the hover text of one bin. */
final class TimelineText {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS", Locale.ENGLISH).withZone(ZoneOffset.UTC);
    private static final int MAX_TYPES = 8;

    private TimelineText() {
    }

    /** {@code 1234567} as {@code 1,234,567}. */
    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** An epoch-microsecond time in UTC to the millisecond. */
    static String time(long micros) {
        return TIME.format(Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000), Math.floorMod(micros, 1_000_000) * 1000))
                + " UTC";
    }

    /** The tooltip of a known state's diamond. */
    static String knownState(dev.chronoscope.event.KnownState k) {
        StringBuilder s = new StringBuilder("Known state of ").append(k.stream()).append(" at version ").append(k.version())
                .append(" (event #").append(count(k.position())).append(")\n").append(k.origin());
        if (k.time() != null) {
            s.append("\nstored ").append(time(k.time().getEpochSecond() * 1_000_000L + k.time().getNano() / 1000));
        }
        return s.append("\nView › Replay from Known States starts the state here").toString();
    }

    /**
     * The tooltip of bin {@code bin}: its positions or times, the event count and the counts per
     * type (largest first); {@code null} outside the bins.
     */
    static String binSummary(TimelineView view, DensityBins bins, int bin) {
        if (bin < 0 || bin >= bins.binCount()) {
            return null;
        }
        EventLog log = view.getDensity().log();
        AxisRange r = bins.range();
        long from = Density.binStart(r, bins.binCount(), bin);
        long to = Density.binStart(r, bins.binCount(), bin + 1);
        StringBuilder s = new StringBuilder();
        if (view.getAxis() == Axis.POSITION) {
            if (to <= from) {
                return "Between events #" + count(from) + " and #" + count(from + 1);
            }
            s.append(to - from == 1 ? "Event #" + count(from + 1) : "Events #" + count(from + 1) + " – #" + count(to));
            long t = from < log.size() ? log.timeMicros((int) from) : EventLog.NO_TIME;
            if (t != EventLog.NO_TIME) {
                s.append("\n").append(time(t));
            }
        } else {
            s.append(time(from)).append("\n– ").append(time(Math.max(from, to - 1)));
        }
        int total = bins.total(bin);
        s.append("\n").append(count(total)).append(total == 1 ? " event" : " events");
        if (total == 1 && view.getAxis() == Axis.POSITION && from < log.size()) {
            int i = (int) from;
            return s.append("\n").append(log.type(i)).append(" · ").append(log.stream(i)).toString();
        }
        int[] shown = IntStream.range(0, bins.typeCount()).filter(t -> bins.count(bin, t) > 0).boxed()
                .sorted(Comparator.comparingInt((Integer t) -> -bins.count(bin, t)))
                .mapToInt(Integer::intValue).toArray();
        for (int k = 0; k < Math.min(MAX_TYPES, shown.length); k++) {
            s.append("\n  ").append(log.typeName(shown[k])).append(": ").append(count(bins.count(bin, shown[k])));
        }
        if (shown.length > MAX_TYPES) {
            s.append("\n  … ").append(shown.length - MAX_TYPES).append(" more types");
        }
        return s.toString();
    }
}
