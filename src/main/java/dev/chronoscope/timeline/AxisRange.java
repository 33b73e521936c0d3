package dev.chronoscope.timeline;

/**
 * A half-open interval {@code [from, to)} on an {@link Axis}, never empty.
 *
 * @param from first axis value inside the range
 * @param to   first axis value after the range, greater than {@code from}
 */
public record AxisRange(long from, long to) {

    public AxisRange {
        if (to <= from) {
            throw new IllegalArgumentException("empty range [" + from + ", " + to + ")");
        }
    }

    /** {@code to - from}. */
    public long span() {
        return to - from;
    }

    /** Whether {@code value} lies in the range. */
    public boolean contains(long value) {
        return value >= from && value < to;
    }

    /**
     * This range scaled by {@code factor} around {@code anchor} (which keeps its relative place),
     * at least {@code minSpan} wide, then clamped into {@code domain} (shifted inside it when it
     * fits, otherwise the whole domain).
     */
    public AxisRange zoom(double factor, long anchor, long minSpan, AxisRange domain) {
        double span = Math.max(minSpan, Math.min((double) domain.span(), span() * factor));
        double share = (anchor - from) / (double) span();
        long newFrom = Math.round(anchor - share * span);
        return clampedInto(newFrom, Math.max(1, Math.round(span)), domain);
    }

    /** This range moved by {@code delta}, kept inside {@code domain}. */
    public AxisRange pan(long delta, AxisRange domain) {
        return clampedInto(from + delta, span(), domain);
    }

    private static AxisRange clampedInto(long from, long span, AxisRange domain) {
        if (span >= domain.span()) {
            return domain;
        }
        long f = Math.max(domain.from(), Math.min(from, domain.to() - span));
        return new AxisRange(f, f + span);
    }
}
