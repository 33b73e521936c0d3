package dev.chronoscope.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chronoscope.diff.StateDiff;
import dev.chronoscope.event.EventLog;
import dev.chronoscope.replay.MergePatchReducer;
import dev.chronoscope.replay.Replayer;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code diff SOURCE --from N --to M}: the RFC 6902 patch between two points of the log. */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = "Print the RFC 6902 JSON Patch that turns the state at --from into the state at --to.")
final class DiffCommand implements Callable<Integer> {

    @ParentCommand
    ChronoscopeCommand parent;

    @Mixin
    SourceOptions source;

    @Option(names = "--from", paramLabel = "N", required = true, description = "The position to diff from.")
    long from;

    @Option(names = "--to", paramLabel = "M", required = true, description = "The position to diff to.")
    long to;

    @Option(names = "--stream", paramLabel = "ID",
            description = "Diff this stream's state; default: the world state (paths start with the escaped stream id).")
    String stream;

    @Override
    public Integer call() {
        if (from < 0 || to < 0) {
            throw new CommandFailure("--from and --to must be positions of 0 or more");
        }
        EventLog log = source.load(parent.err());
        Replayer replayer = new Replayer(log, MergePatchReducer.INSTANCE);
        JsonNode patch;
        if (stream != null) {
            StateCommand.warnIfUnknown(log, stream, parent);
            patch = StateDiff.diff(replayer.stateAt(stream, from), replayer.stateAt(stream, to));
        } else {
            patch = StateDiff.worldDiff(replayer, from, to);
        }
        JsonOutput.print(parent.out(), patch);
        return 0;
    }
}
