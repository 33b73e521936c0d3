package dev.chronoscope.cli;

import dev.chronoscope.replay.Replayer;
import dev.chronoscope.source.Timestamps;
import java.time.ZoneId;
import picocli.CommandLine.Option;

/** {@code --at N | --at-time ISO}: the point of the log a command looks at (default: the end). */
final class PointInTime {

    @Option(names = "--at", paramLabel = "N",
            description = "Position: the state after the events at positions 1..N (0 = before any event).")
    Long at;

    @Option(names = "--at-time", paramLabel = "TIME",
            description = "Time (ISO-8601): the state after every event with time <= TIME, in position order.")
    String atTime;

    /** The position this point stands for in the replayer's log. */
    static long resolve(PointInTime point, Replayer replayer, ZoneId zone) {
        long end = replayer.log().size();
        if (point == null) {
            return end;
        }
        if (point.at != null) {
            if (point.at < 0) {
                throw new CommandFailure("--at " + point.at + ": expected a position from 0 to " + end);
            }
            return Math.min(point.at, end);
        }
        if (point.atTime != null) {
            try {
                return replayer.positionAtTime(Timestamps.parse(point.atTime, zone));
            } catch (IllegalArgumentException e) {
                throw new CommandFailure("--at-time '" + point.atTime + "': " + e.getMessage());
            }
        }
        return end;
    }
}
