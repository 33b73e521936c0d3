package dev.chronoscope.ui;

import dev.chronoscope.event.EventLog;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The overview of an open log that the plain window shows. Pure data, computed on the worker
 * thread.
 *
 * @param source the file name the log was read from
 * @param events number of events
 * @param streams number of distinct streams
 * @param rejected records that did not become events
 * @param types event types with their counts, most frequent first (ties by name)
 * @param firstTime the earliest event time, or {@code null} when no event has one
 * @param lastTime the latest event time, or {@code null}
 */
public record LogSummary(String source, int events, int streams, int rejected, List<TypeCount> types,
        Instant firstTime, Instant lastTime) {

    public LogSummary {
        types = List.copyOf(types);
    }

    /** One event type and how many events have it. */
    public record TypeCount(String type, int count) {}

    /** Summarises {@code log}. The time range is the minimum and maximum time, not the first and last in file order. */
    public static LogSummary of(EventLog log) {
        List<TypeCount> types = new ArrayList<>(log.typeCount());
        for (int t = 0; t < log.typeCount(); t++) {
            types.add(new TypeCount(log.typeName(t), log.typeCountOf(t)));
        }
        types.sort(Comparator.comparingInt(TypeCount::count).reversed().thenComparing(TypeCount::type));
        return new LogSummary(displayName(log.source()), log.size(), log.streamCount(), log.rejections().size(), types,
                log.firstTime(), log.lastTime());
    }

    /** The file name of a source given as a path, the source itself otherwise. */
    static String displayName(String source) {
        int slash = Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\'));
        return source.startsWith("jdbc:") || slash < 0 ? source : source.substring(slash + 1);
    }
}
