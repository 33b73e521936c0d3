package dev.chronoscope.timeline;

import dev.chronoscope.event.EventLog;
import java.util.Random;

/**
 * A micro-benchmark main, not a test: indexing a million-event log and re-binning it into 1000 bins
 * on both axes, whole range and zoomed. Run with the test classpath, e.g.
 * {@code java -cp target/classes:target/test-classes:<deps> dev.chronoscope.timeline.DensityBench [events] [types]}.
 */
public final class DensityBench {

    public static void main(String[] args) {
        int events = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int types = args.length > 1 ? Integer.parseInt(args[1]) : 12;
        Random rnd = new Random(1);
        EventLog.Builder b = EventLog.builder("bench");
        long t = 1_700_000_000_000_000L;
        for (int i = 0; i < events; i++) {
            t += rnd.nextInt(2_000_000);
            b.add(null, "s-" + rnd.nextInt(20_000), null, "T" + (int) Math.abs(rnd.nextGaussian() * types / 3) % types,
                    EventLog.NO_VERSION, t, null, null);
        }
        EventLog log = b.build();
        long t0 = System.nanoTime();
        Density density = Density.of(log);
        System.out.printf("index %d events, %d types: %.1f ms%n", log.size(), log.typeCount(), (System.nanoTime() - t0) / 1e6);
        for (Axis axis : Axis.values()) {
            AxisRange all = density.domain(axis);
            AxisRange zoomed = new AxisRange(all.from() + all.span() / 3, all.from() + all.span() / 3 + all.span() / 50);
            for (AxisRange range : new AxisRange[] {all, zoomed}) {
                long sink = 0;
                long best = Long.MAX_VALUE;
                long sum = 0;
                int reps = 200;
                for (int r = 0; r < reps; r++) {
                    long s = System.nanoTime();
                    sink += density.bin(axis, range, 1000).maxTotal();
                    long d = System.nanoTime() - s;
                    best = Math.min(best, d);
                    sum += d;
                }
                System.out.printf("%s %s: 1000 bins best %.3f ms, mean %.3f ms over %d (sink %d)%n", axis,
                        range == all ? "whole range" : "1/50 zoom", best / 1e6, sum / 1e6 / reps, reps, sink);
            }
        }
    }
}
