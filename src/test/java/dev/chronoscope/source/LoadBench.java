package dev.chronoscope.source;

import dev.chronoscope.event.EventLog;
import java.nio.file.Path;

/** Measures loading a file by hand (not a unit test): prints wall time and retained heap per run. */
public final class LoadBench {

    private LoadBench() {}

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args.length > 0 ? args[0] : "/tmp/chronoscope-bench-1000000.jsonl");
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        for (int i = 0; i < runs; i++) {
            var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
            long cpu0 = os.getProcessCpuTime();
            long t0 = System.nanoTime();
            EventLog log = EventLogLoader.load(file, LoadOptions.defaults(), LoadListener.NONE);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            long cpuMs = (os.getProcessCpuTime() - cpu0) / 1_000_000;
            System.gc();
            Runtime rt = Runtime.getRuntime();
            long heap = (rt.totalMemory() - rt.freeMemory()) >> 20;
            System.out.println("run " + i + ": " + log.size() + " events, " + log.streamCount() + " streams, "
                    + log.rejections().size() + " rejected, " + ms + " ms (cpu " + cpuMs + " ms), heap after load " + heap + " MB"
                    + ", mapping " + log.mapping());
            log = null;
            System.gc();
        }
    }
}
