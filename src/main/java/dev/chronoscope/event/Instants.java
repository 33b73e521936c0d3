package dev.chronoscope.event;

import java.time.Instant;

/** Conversions between {@link Instant} and the microsecond time column of {@link EventLog}. */
public final class Instants {

    private Instants() {}

    /** Microseconds since the epoch; sub-microsecond digits are dropped. */
    public static long toMicros(Instant t) {
        return Math.addExact(Math.multiplyExact(t.getEpochSecond(), 1_000_000L), t.getNano() / 1_000);
    }

    public static Instant fromMicros(long micros) {
        return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1_000L);
    }
}
