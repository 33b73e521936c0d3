package dev.chronoscope.ui.events;

import dev.chronoscope.event.EventLog;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the events table writes an event time: UTC to the millisecond, {@code 2024-02-11 14:34:07.123}. */
final class EventTimes {

    private static final DateTimeFormatter MILLIS =
            DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSS", Locale.ROOT).withZone(ZoneOffset.UTC);

    private EventTimes() {}

    /** The time given in microseconds since the epoch, or "" for {@link EventLog#NO_TIME}. */
    static String format(long micros) {
        if (micros == EventLog.NO_TIME) {
            return "";
        }
        Instant t = Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1_000L);
        return MILLIS.format(t);
    }
}
