package dev.chronoscope.replay;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chronoscope.diff.StateDiff;
import dev.chronoscope.event.EventLog;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Random;

/**
 * A micro-benchmark main, not a test: fold, seek and diff timings on generated logs of a million
 * events. Run with the test classpath, e.g.
 * {@code java -Xmx2g -cp target/classes:target/test-classes:<deps> dev.chronoscope.replay.ReplayBench [events] [streams] [interval]}.
 * Numbers are noisy on a shared machine; take the best of a few runs.
 */
public final class ReplayBench {

    private static final String[] STATUS = {"new", "paid", "packed", "shipped", "delivered", "returned"};

    public static void main(String[] args) {
        int events = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int streams = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
        int interval = args.length > 2 ? Integer.parseInt(args[2]) : Replayer.DEFAULT_CHECKPOINT_INTERVAL;
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 2;

        long t0 = System.nanoTime();
        EventLog log = generate(events, streams, 42);
        System.out.printf("log: %d events, %d streams, %d MB payload, built in %d ms%n",
                log.size(), log.streamCount(), log.payloadBytes() >> 20, (System.nanoTime() - t0) / 1_000_000);
        for (int round = 0; round < rounds; round++) {
            run(log, interval);
        }
    }

    static void run(EventLog log, int interval) {
        Replayer replayer = new Replayer(log, MergePatchReducer.INSTANCE, interval);
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        long c0 = os.getProcessCpuTime();
        long t0 = System.nanoTime();
        Map<String, JsonNode> last = replayer.foldAll();
        long foldMillis = (System.nanoTime() - t0) / 1_000_000;
        System.out.printf("fold: %d ms wall, %d ms process CPU%n", foldMillis, (os.getProcessCpuTime() - c0) / 1_000_000);

        Random random = new Random(7);
        int seeks = 20_000;
        long[] seekNanos = new long[seeks];
        for (int i = 0; i < seeks; i++) {
            int s = random.nextInt(log.streamCount());
            long p = 1 + random.nextInt(log.size());
            long a = System.nanoTime();
            replayer.stateAt(s, p);
            seekNanos[i] = System.nanoTime() - a;
        }
        int diffs = 1_000;
        long[] diffNanos = new long[diffs];
        long[] worldDiffNanos = new long[diffs];
        for (int i = 0; i < diffs; i++) {
            int index = random.nextInt(log.size());
            int s = log.streamIndex(index);
            long p = index + 1L;
            long q = p + 1 + random.nextInt(1000);
            long a = System.nanoTime();
            StateDiff.diff(replayer.stateAt(s, p - 1), replayer.stateAt(s, q));
            diffNanos[i] = System.nanoTime() - a;
            a = System.nanoTime();
            StateDiff.worldDiff(replayer, p, p + 100);
            worldDiffNanos[i] = System.nanoTime() - a;
        }
        System.gc();
        Runtime rt = Runtime.getRuntime();
        long heap = (rt.totalMemory() - rt.freeMemory()) >> 20;
        System.out.printf("interval %d: foldMillis %d (%d streams), seek p50 %d µs p99 %d µs max %d µs, "
                        + "stream diff p50 %d µs p99 %d µs, world diff (100 positions) p50 %d µs p99 %d µs, heap %d MB%n",
                interval, foldMillis, last.size(), pct(seekNanos, 50), pct(seekNanos, 99), pct(seekNanos, 100),
                pct(diffNanos, 50), pct(diffNanos, 99), pct(worldDiffNanos, 50), pct(worldDiffNanos, 99), heap);
    }

    static long pct(long[] nanos, int percentile) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int i = Math.min(sorted.length - 1, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1);
        return sorted[Math.max(0, i)] / 1_000;
    }

    /** Events spread over streams with a skewed (but complete) distribution; payloads of 6–8 fields. */
    static EventLog generate(int events, int streams, long seed) {
        Random random = new Random(seed);
        EventLog.Builder b = EventLog.builder("bench");
        StringBuilder json = new StringBuilder(256);
        long time = 1_700_000_000_000_000L;
        for (int i = 0; i < events; i++) {
            int s = i < streams ? i : (int) (Math.abs(random.nextGaussian()) * streams / 3) % streams;
            json.setLength(0);
            json.append("{\"status\":\"").append(STATUS[random.nextInt(STATUS.length)])
                    .append("\",\"amount\":").append(random.nextInt(100_000))
                    .append(",\"currency\":\"EUR\",\"customer\":\"c-").append(random.nextInt(5000))
                    .append("\",\"items\":").append(random.nextInt(20))
                    .append(",\"updatedBy\":\"user-").append(random.nextInt(100)).append('"');
            if (random.nextBoolean()) {
                json.append(",\"address\":{\"city\":\"Berlin\",\"zip\":\"").append(10000 + random.nextInt(9000)).append("\"}");
            }
            if (random.nextInt(4) == 0) {
                json.append(",\"note\":").append(random.nextBoolean() ? "null" : "\"fragile\"");
            }
            json.append('}');
            time += random.nextInt(1_000_000);
            b.add("e" + i, "order-" + s, "Order", "OrderUpdated", EventLog.NO_VERSION, time,
                    json.toString().getBytes(StandardCharsets.UTF_8), "{\"user\":\"u\"}".getBytes(StandardCharsets.UTF_8));
        }
        return b.build();
    }
}
