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
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("events", log.size());
        info.put("streams", log.streamCount());
        info.put("rejected", log.rejections().size());
        info.put("types", types);
        info.put("firstTime", log.firstTime() == null ? null : log.firstTime().toString());
        info.put("lastTime", log.lastTime() == null ? null : log.lastTime().toString());
        info.put("mapping", log.mapping());
        return info;
    }
}
