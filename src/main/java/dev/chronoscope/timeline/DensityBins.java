package dev.chronoscope.timeline;

/**
 * Event counts per bin and event type over an {@link AxisRange}, as made by
 * {@link Density#bin(Axis, AxisRange, int)}. Bin {@code b} covers
 * {@code [Density.binStart(range, bins, b), Density.binStart(range, bins, b + 1))}.
 */
public final class DensityBins {

    private final AxisRange range;
    private final int binCount;
    private final int typeCount;
    private final int[] counts;
    private final int[] totals;
    private final int[] maxPerType;
    private final int maxTotal;

    DensityBins(AxisRange range, int binCount, int typeCount, int[] counts) {
        this.range = range;
        this.binCount = binCount;
        this.typeCount = typeCount;
        this.counts = counts;
        this.totals = new int[binCount];
        this.maxPerType = new int[typeCount];
        int max = 0;
        for (int b = 0, k = 0; b < binCount; b++) {
            int total = 0;
            for (int t = 0; t < typeCount; t++, k++) {
                int c = counts[k];
                total += c;
                if (c > maxPerType[t]) {
                    maxPerType[t] = c;
                }
            }
            totals[b] = total;
            max = Math.max(max, total);
        }
        this.maxTotal = max;
    }

    /** The binned range. */
    public AxisRange range() {
        return range;
    }

    /** Number of bins. */
    public int binCount() {
        return binCount;
    }

    /** Number of event types (of the log). */
    public int typeCount() {
        return typeCount;
    }

    /** Events of type {@code type} in bin {@code bin}. */
    public int count(int bin, int type) {
        return counts[bin * typeCount + type];
    }

    /** Events of all types in bin {@code bin}. */
    public int total(int bin) {
        return totals[bin];
    }

    /** The largest {@link #total(int)} over all bins (0 when the range holds no event). */
    public int maxTotal() {
        return maxTotal;
    }

    /** The largest {@link #count(int, int)} of type {@code type} over all bins. */
    public int maxOf(int type) {
        return maxPerType[type];
    }
}
