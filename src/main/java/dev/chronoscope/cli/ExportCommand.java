package dev.chronoscope.cli;

import dev.chronoscope.event.EventLog;
import dev.chronoscope.replay.MergePatchReducer;
import dev.chronoscope.replay.Replayer;
import dev.chronoscope.snapshot.CanonicalJson;
import dev.chronoscope.snapshot.Snapshot;
import dev.chronoscope.snapshot.SnapshotWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code export SOURCE --output FILE}: writes a snapshot document atomically. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write a self-describing snapshot document (chronoscope-snapshot/1) of a stream or the world "
                + "at a position or time, atomically.")
final class ExportCommand implements Callable<Integer> {

    @ParentCommand
    ChronoscopeCommand parent;

    @Mixin
    SourceOptions source;

    @Option(names = "--stream", paramLabel = "ID", description = "Export this stream's state; default: the world state.")
    String stream;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    PointInTime point;

    @Option(names = {"--output", "-o"}, paramLabel = "FILE", required = true, description = "The snapshot file to write.")
    Path output;

    @Override
    public Integer call() {
        EventLog log = source.load(parent.err());
        Replayer replayer = new Replayer(log, MergePatchReducer.INSTANCE);
        long position = PointInTime.resolve(point, replayer, source.zoneId());
        if (stream != null) {
            StateCommand.warnIfUnknown(log, stream, parent);
        }
        Snapshot snapshot = Snapshot.of(replayer, sourceName(), position, stream);
        try {
            SnapshotWriter.write(snapshot, output);
        } catch (IOException e) {
            throw new CommandFailure(e.getMessage(), e);
        }
        Map<String, Object> written = new LinkedHashMap<>();
        written.put("output", output.toAbsolutePath().toString());
        written.put("position", snapshot.position());
        written.put("stream", snapshot.stream());
        written.put("stateSha256", CanonicalJson.sha256Hex(snapshot.state()));
        JsonOutput.print(parent.out(), written);
        return 0;
    }

    private String sourceName() {
        Path file = Path.of(source.source).getFileName();
        return file == null ? source.source : file.toString();
    }
}
