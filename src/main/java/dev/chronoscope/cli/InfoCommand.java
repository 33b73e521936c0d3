package dev.chronoscope.cli;

import dev.chronoscope.event.EventLog;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/** {@code info SOURCE}: counts, types, time range and the field mapping that was used. */
@Command(name = "info", mixinStandardHelpOptions = true,
        description = "Summarise a source: events, streams, rejected records, event types, time range, field mapping.")
final class InfoCommand implements Callable<Integer> {

    @ParentCommand
    ChronoscopeCommand parent;

    @Mixin
    SourceOptions source;

    @Override
    public Integer call() {
        EventLog log = source.load(parent.err());
        JsonOutput.print(parent.out(), summarise(log));
        return 0;
    }

    /** The {@code info} document of DESIGN.md. */
    static Map<String, Object> summarise(EventLog log) {
        Map<String, Integer> types = new LinkedHashMap<>();
        for (int t = 0; t < log.typeCount(); t++) {
            types.put(log.typeName(t), log.typeCountOf(t));
        }
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        for (int i = 0; i < log.size(); i++) {
            long t = log.timeMicros(i);
            if (t != EventLog.NO_TIME) {
                first = Math.min(first, t);
                last = Math.max(last, t);
            }
        }
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("events", log.size());
        info.put("streams", log.streamCount());
        info.put("rejected", log.rejections().size());
        info.put("types", types);
        info.put("firstTime", first == Long.MAX_VALUE ? null : dev.chronoscope.event.Instants.fromMicros(first).toString());
        info.put("lastTime", last == Long.MIN_VALUE ? null : dev.chronoscope.event.Instants.fromMicros(last).toString());
        info.put("mapping", log.mapping());
        return info;
    }
}
