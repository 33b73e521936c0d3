package dev.chronoscope.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import dev.chronoscope.event.EventLog;
import dev.chronoscope.event.Json;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.BitSet;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code events SOURCE}: the envelopes as JSON Lines, optionally filtered. */
@Command(name = "events", mixinStandardHelpOptions = true,
        description = "Print events as JSON Lines envelopes {position,id,stream,streamType,type,version,time,data,metadata}.")
final class EventsCommand implements Callable<Integer> {

    @ParentCommand
    ChronoscopeCommand parent;

    @Mixin
    SourceOptions source;

    @Option(names = "--stream", paramLabel = "ID", description = "Only events of this stream.")
    String stream;

    @Option(names = "--type", paramLabel = "T", description = "Only events of this type. Repeatable.")
    List<String> types;

    @Option(names = "--from", paramLabel = "N", description = "Only events at position N or later.")
    long from = 1;

    @Option(names = "--to", paramLabel = "N", description = "Only events at position N or earlier.")
    long to = Long.MAX_VALUE;

    @Override
    public Integer call() {
        EventLog log = source.load(parent.err());
        BitSet typeFilter = typeFilter(log);
        try {
            OutputStream out = new BufferedOutputStream(parent.out(), 1 << 16);
            JsonGenerator g = Json.MAPPER.getFactory().createGenerator(out);
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.setPrettyPrinter(new MinimalPrettyPrinter("\n"));
            if (stream != null) {
                int s = log.streamIndexOf(stream);
                if (s < 0) {
                    parent.err().println("warning: " + log.source() + ": no stream '" + stream + "'");
                } else {
                    for (int index : log.eventsOfStream(s)) {
                        write(g, log, index, typeFilter);
                    }
                }
            } else {
                int first = (int) Math.max(0, Math.min(from - 1, log.size()));
                for (int index = first; index < log.size(); index++) {
                    write(g, log, index, typeFilter);
                }
            }
            g.flush();
            if (g.getOutputContext().getEntryCount() > 0) {
                out.write('\n');
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return 0;
    }

    private BitSet typeFilter(EventLog log) {
        if (types == null) {
            return null;
        }
        BitSet filter = new BitSet();
        for (int t = 0; t < log.typeCount(); t++) {
            if (types.contains(log.typeName(t))) {
                filter.set(t);
            }
        }
        return filter;
    }

    private void write(JsonGenerator g, EventLog log, int index, BitSet typeFilter) throws IOException {
        long position = EventLog.positionOf(index);
        if (position < from || position > to || (typeFilter != null && !typeFilter.get(log.typeIndex(index)))) {
            return;
        }
        writeEnvelope(g, log, index);
    }

    /** Writes the envelope of one event, copying the stored payload bytes without re-parsing them. */
    static void writeEnvelope(JsonGenerator g, EventLog log, int index) throws IOException {
        g.writeStartObject();
        g.writeNumberField("position", EventLog.positionOf(index));
        g.writeStringField("id", log.id(index));
        g.writeStringField("stream", log.stream(index));
        g.writeStringField("streamType", log.streamType(index));
        g.writeStringField("type", log.type(index));
        long version = log.version(index);
        g.writeFieldName("version");
        if (version == EventLog.NO_VERSION) {
            g.writeNull();
        } else {
            g.writeNumber(version);
        }
        java.time.Instant time = log.time(index);
        g.writeStringField("time", time == null ? null : time.toString());
        writeRaw(g, "data", log.dataJson(index));
        writeRaw(g, "metadata", log.metadataJson(index));
        g.writeEndObject();
    }

    private static void writeRaw(JsonGenerator g, String field, String json) throws IOException {
        g.writeFieldName(field);
        if (json == null) {
            g.writeNull();
        } else if (json.indexOf('\n') >= 0 || json.indexOf('\r') >= 0) {
            // a payload from a pretty-printed JSON file: compact it to keep one event per line
            Json.MAPPER.writeTree(g, Json.MAPPER.readTree(json));
        } else {
            g.writeRawValue(json);
        }
    }
}
