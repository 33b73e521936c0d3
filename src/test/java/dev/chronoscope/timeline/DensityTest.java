package dev.chronoscope.timeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.chronoscope.event.EventLog;
import java.util.BitSet;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DensityTest {

    /** A log of {@code n} events over a few types and streams, times shuffled a little, some missing. */
    static EventLog randomLog(Random rnd, int n, int types) {
        EventLog.Builder b = EventLog.builder("random");
        long t = 1_700_000_000_000_000L;
        for (int i = 0; i < n; i++) {
            t += rnd.nextInt(5_000);
            long time = rnd.nextInt(10) == 0 ? EventLog.NO_TIME : t - rnd.nextInt(20_000);
            b.add(null, "s-" + rnd.nextInt(30), null, "T" + rnd.nextInt(types), EventLog.NO_VERSION, time, null, null);
        }
        return b.build();
    }

    /** The definition, one event at a time. */
    static int[] naive(EventLog log, Axis axis, AxisRange range, int bins) {
        int[] counts = new int[bins * log.typeCount()];
        for (int i = 0; i < log.size(); i++) {
            long key = axis == Axis.POSITION ? i : log.timeMicros(i);
            if (key == EventLog.NO_TIME || key < range.from() || key >= range.to()) {
                continue;
            }
            int bin = (int) ((key - range.from()) * bins / range.span());
            counts[bin * log.typeCount() + log.typeIndex(i)]++;
        }
        return counts;
    }

    static int[] counts(DensityBins bins) {
        int[] out = new int[bins.binCount() * bins.typeCount()];
        for (int b = 0; b < bins.binCount(); b++) {
            for (int t = 0; t < bins.typeCount(); t++) {
                out[b * bins.typeCount() + t] = bins.count(b, t);
            }
        }
        return out;
    }

    @Test
    void binsMatchANaiveCountOnBothAxesForRandomRangesAndBinCounts() {
        Random rnd = new Random(7);
        for (int round = 0; round < 40; round++) {
            EventLog log = randomLog(rnd, 1 + rnd.nextInt(3_000), 1 + rnd.nextInt(6));
            Density density = Density.of(log);
            for (Axis axis : Axis.values()) {
                AxisRange domain = density.domain(axis);
                if (domain == null) {
                    continue;
                }
                for (int q = 0; q < 10; q++) {
                    long a = domain.from() - domain.span() / 10 + (long) (rnd.nextDouble() * domain.span() * 1.2);
                    long span = 1 + (long) (rnd.nextDouble() * domain.span() * (q == 0 ? 1.5 : 0.5));
                    AxisRange range = q == 1 ? domain : new AxisRange(a, a + span);
                    int bins = 1 + rnd.nextInt(q % 2 == 0 ? 50 : 1_200);
                    DensityBins binned = density.bin(axis, range, bins);

                    int[] expected = naive(log, axis, range, bins);
                    assertArrayEquals(expected, counts(binned), axis + " " + range + " " + bins);
                    int max = 0;
                    for (int b = 0; b < bins; b++) {
                        int total = 0;
                        for (int t = 0; t < log.typeCount(); t++) {
                            total += expected[b * log.typeCount() + t];
                        }
                        assertEquals(total, binned.total(b));
                        max = Math.max(max, total);
                    }
                    assertEquals(max, binned.maxTotal());
                }
            }
        }
    }

    @Test
    void eventsOnBinEdgesFallIntoTheBinTheyStart() {
        EventLog.Builder b = EventLog.builder("edges");
        for (int i = 0; i < 10; i++) {
            b.add(null, "s", null, i < 5 ? "A" : "B", EventLog.NO_VERSION, 100 + i * 10L, null, null);
        }
        Density density = Density.of(b.build());

        DensityBins byPosition = density.bin(Axis.POSITION, new AxisRange(0, 10), 2);
        assertArrayEquals(new int[] {5, 0, 0, 5}, counts(byPosition));
        // times 100..190; [100, 150) holds 100..140, [150, 200) holds 150..190
        DensityBins byTime = density.bin(Axis.TIME, new AxisRange(100, 200), 2);
        assertArrayEquals(new int[] {5, 0, 0, 5}, counts(byTime));
        // a range narrower than the bin count leaves empty bins between the events
        DensityBins zoomed = density.bin(Axis.POSITION, new AxisRange(4, 6), 4);
        assertArrayEquals(new int[] {1, 0, 0, 0, 0, 1, 0, 0}, counts(zoomed));
        assertEquals(new AxisRange(100, 191), density.domain(Axis.TIME));
    }

    @Test
    void streamBinsMarkExactlyTheBinsHoldingTheStreamsEvents() {
        Random rnd = new Random(3);
        EventLog log = randomLog(rnd, 2_000, 4);
        Density density = Density.of(log);
        int stream = log.streamIndexOf("s-5");
        for (Axis axis : Axis.values()) {
            AxisRange range = axis == Axis.POSITION ? new AxisRange(300, 1_700) : density.domain(axis);
            BitSet expected = new BitSet();
            for (int i : log.eventsOfStream(stream)) {
                long key = axis == Axis.POSITION ? i : log.timeMicros(i);
                if (key != EventLog.NO_TIME && range.contains(key)) {
                    expected.set((int) ((key - range.from()) * 640 / range.span()));
                }
            }
            assertEquals(expected, density.streamBins(axis, stream, range, 640), axis.toString());
        }
    }

    @Test
    void cursorMapsToAndFromTheTimeAxisOnATimeOrderedLog() {
        EventLog.Builder b = EventLog.builder("ordered");
        long[] times = {10, 20, 20, 30, EventLog.NO_TIME, 40};
        for (long t : times) {
            b.add(null, "s", null, "A", EventLog.NO_VERSION, t, null, null);
        }
        Density density = Density.of(b.build());

        assertEquals(0, density.cursorAt(Axis.TIME, 9));
        assertEquals(3, density.cursorAt(Axis.TIME, 20));
        assertEquals(5, density.cursorAt(Axis.TIME, 40));
        assertEquals(10, density.cursorKey(Axis.TIME, 0));
        assertEquals(30, density.cursorKey(Axis.TIME, 5));
        assertEquals(40, density.cursorKey(Axis.TIME, 6));
        assertEquals(6, density.cursorAt(Axis.POSITION, 99));
        assertEquals(0, density.cursorAt(Axis.POSITION, -3));
    }

    @Test
    void aLogWithoutTimesHasNoTimeDomain() {
        EventLog log = EventLog.builder("none").build();
        Density density = Density.of(log);
        assertNull(density.domain(Axis.TIME));
        assertEquals(new AxisRange(0, 1), density.domain(Axis.POSITION));
        assertEquals(0, density.bin(Axis.POSITION, new AxisRange(0, 1), 10).maxTotal());
    }

    @Test
    void zoomKeepsTheAnchorInPlaceAndStaysInsideTheDomain() {
        AxisRange domain = new AxisRange(0, 1_000);
        AxisRange zoomed = new AxisRange(0, 1_000).zoom(0.5, 250, 10, domain);
        assertEquals(new AxisRange(125, 625), zoomed);
        assertEquals(domain, zoomed.zoom(4, 300, 10, domain));
        assertEquals(new AxisRange(995, 1_000), new AxisRange(990, 1_000).zoom(0.01, 999, 5, domain));
        assertEquals(new AxisRange(500, 1_000), new AxisRange(400, 900).pan(300, domain));
    }
}
