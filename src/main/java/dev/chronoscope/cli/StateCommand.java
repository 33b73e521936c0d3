package dev.chronoscope.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import dev.chronoscope.event.EventLog;
import dev.chronoscope.replay.MergePatchReducer;
import dev.chronoscope.replay.Replayer;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code state SOURCE}: the state of one stream, or the world state, at a point of the log. */
@Command(name = "state", mixinStandardHelpOptions = true,
        description = "Print the state of a stream (--stream) or of every stream at a position or time (default: the end).")
final class StateCommand implements Callable<Integer> {

    @ParentCommand
    ChronoscopeCommand parent;

    @Mixin
    SourceOptions source;

    @Option(names = "--stream", paramLabel = "ID", description = "The stream (aggregate) to show; default: all streams.")
    String stream;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    PointInTime point;

    @Option(names = {"--from-known-states", "--from-snapshots"},
            description = "Start each stream's fold from its latest known state (an Axon snapshot) at or before the "
                    + "point, then fold the later events into it. The snapshot holds the aggregate's own fields, "
                    + "so the state may differ in shape from the fold of all events.")
    boolean fromKnownStates;

    @Override
    public Integer call() {
        EventLog log = source.load(parent.err());
        Replayer replayer = new Replayer(log, MergePatchReducer.INSTANCE);
        if (fromKnownStates) {
            if (log.knownStates().isEmpty()) {
                parent.err().println("warning: " + log.source() + ": no known states (snapshots); the state is the fold of the events");
            }
            replayer = replayer.resumingFromKnownStates();
        }
        long position = PointInTime.resolve(point, replayer, source.zoneId());
        JsonNode state;
        if (stream != null) {
            warnIfUnknown(log, stream, parent);
            state = replayer.stateAt(stream, position);
        } else {
            state = replayer.worldStateAt(position);
        }
        JsonOutput.print(parent.out(), state == null ? NullNode.getInstance() : state);
        return 0;
    }

    static void warnIfUnknown(EventLog log, String stream, ChronoscopeCommand parent) {
        if (log.streamIndexOf(stream) < 0) {
            parent.err().println("warning: " + log.source() + ": no stream '" + stream + "'; its state is null");
        }
    }
}
