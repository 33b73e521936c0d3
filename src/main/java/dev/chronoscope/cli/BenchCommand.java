package dev.chronoscope.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chronoscope.diff.StateDiff;
import dev.chronoscope.event.EventLog;
import dev.chronoscope.replay.MergePatchReducer;
import dev.chronoscope.replay.Replayer;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code bench SOURCE}: measures the engine on a real file the way the GUI uses it. Load (read and
 * index the whole file), heap after load, fold (the state of every stream at the last position,
 * which also fills the checkpoints), seeks (state of a random stream at a random position) and
 * diffs (state before and after a random event of its stream, then the RFC 6902 diff).
 * {@code firstProgressMillis} is when the loader first reported records read (for a database: the
 * first rows arrived), -1 when it never did.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure load, fold, seek and diff times and the heap on SOURCE; prints one JSON object.")
final class BenchCommand implements Callable<Integer> {

    /** Untimed seeks and diffs run first so that the figures are not those of the interpreter. */
    static final int WARM_UP = 200;

    @ParentCommand
    ChronoscopeCommand parent;

    @Mixin
    SourceOptions source;

    @Option(names = "--seeks", paramLabel = "K", defaultValue = "1000",
            description = "Random seeks and diffs to time (default: ${DEFAULT-VALUE}).")
    int seeks;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "42", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() {
        if (seeks < 1) {
            throw new CommandFailure("--seeks must be at least 1");
        }
        long t0 = System.nanoTime();
        long[] firstRows = {-1};
        EventLog log = source.load(parent.err(), (records, bytesRead, totalBytes) -> {
            if (records > 0 && firstRows[0] < 0) {
                firstRows[0] = (System.nanoTime() - t0) / 1_000_000;
            }
        });
        long loadMillis = (System.nanoTime() - t0) / 1_000_000;
        long heapMegabytes = usedHeapMegabytes();

        Replayer replayer = new Replayer(log, MergePatchReducer.INSTANCE);
        long t1 = System.nanoTime();
        replayer.worldStateAt(log.size());
        long foldMillis = (System.nanoTime() - t1) / 1_000_000;

        Map<String, Object> result = new LinkedHashMap<>();
        result.put("events", log.size());
        result.put("streams", log.streamCount());
        result.put("rejected", log.rejections().size());
        result.put("loadMillis", loadMillis);
        result.put("firstProgressMillis", firstRows[0]);
        result.put("foldMillis", foldMillis);
        if (log.size() > 0) {
            SplittableRandom random = new SplittableRandom(seed);
            seekMicros(replayer, random, Math.min(WARM_UP, seeks));
            diffMicros(replayer, random, Math.min(WARM_UP, seeks));
            long[] seek = seekMicros(replayer, random, seeks);
            long[] diff = diffMicros(replayer, random, seeks);
            result.put("seekMicrosP50", percentile(seek, 50));
            result.put("seekMicrosP99", percentile(seek, 99));
            result.put("diffMicrosP50", percentile(diff, 50));
            result.put("diffMicrosP99", percentile(diff, 99));
        } else {
            result.put("seekMicrosP50", 0);
            result.put("seekMicrosP99", 0);
            result.put("diffMicrosP50", 0);
            result.put("diffMicrosP99", 0);
        }
        result.put("heapMegabytes", heapMegabytes);
        JsonOutput.print(parent.out(), result);
        return 0;
    }

    private static long[] seekMicros(Replayer replayer, SplittableRandom random, int count) {
        EventLog log = replayer.log();
        long[] micros = new long[count];
        for (int k = 0; k < count; k++) {
            int stream = random.nextInt(log.streamCount());
            long position = 1 + random.nextInt(log.size());
            long t = System.nanoTime();
            JsonNode state = replayer.stateAt(stream, position);
            micros[k] = (System.nanoTime() - t) / 1_000;
            blackhole(state);
        }
        return micros;
    }

    private static long[] diffMicros(Replayer replayer, SplittableRandom random, int count) {
        EventLog log = replayer.log();
        long[] micros = new long[count];
        for (int k = 0; k < count; k++) {
            int index = random.nextInt(log.size());
            int stream = log.streamIndex(index);
            int[] events = log.eventsOfStream(stream);
            int at = Arrays.binarySearch(events, index);
            long before = at == 0 ? 0 : EventLog.positionOf(events[at - 1]);
            long t = System.nanoTime();
            JsonNode patch = StateDiff.diff(replayer.stateAt(stream, before), replayer.stateAt(stream, EventLog.positionOf(index)));
            micros[k] = (System.nanoTime() - t) / 1_000;
            blackhole(patch);
        }
        return micros;
    }

    private static long percentile(long[] values, int p) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(rank, sorted.length - 1))];
    }

    private static long usedHeapMegabytes() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return (rt.totalMemory() - rt.freeMemory()) >> 20;
    }

    private static volatile int sink;

    private static void blackhole(Object o) {
        sink += o == null ? 0 : 1;
    }
}
