package dev.chronoscope.source;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

/** Times written in a user-given {@link DateTimeFormatter} pattern ({@code --time-format}). */
final class TimeFormat {

    private final String pattern;
    private final DateTimeFormatter formatter;
    private final ZoneId zone;

    TimeFormat(String pattern, ZoneId zone) {
        this.pattern = pattern;
        this.formatter = check(pattern);
        this.zone = zone;
    }

    /**
     * The formatter of a pattern.
     *
     * @throws IllegalArgumentException naming the pattern when it is not valid
     */
    static DateTimeFormatter check(String pattern) {
        try {
            return DateTimeFormatter.ofPattern(pattern, Locale.ROOT);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("invalid time format '" + pattern + "': " + e.getMessage()
                    + "; expected a java.time pattern such as dd/MM/yyyy HH:mm", e);
        }
    }

    /**
     * Microseconds since the epoch of {@code text}; a value without an offset is read in the zone,
     * a date alone is the start of its day.
     *
     * @throws IllegalArgumentException naming the text and the pattern when it does not match
     */
    long micros(String text) {
        try {
            TemporalAccessor t = formatter.parse(text.strip());
            long sec;
            int nano;
            if (t.isSupported(ChronoField.INSTANT_SECONDS)) {
                sec = t.getLong(ChronoField.INSTANT_SECONDS);
                nano = t.isSupported(ChronoField.NANO_OF_SECOND) ? t.get(ChronoField.NANO_OF_SECOND) : 0;
            } else if (t.isSupported(ChronoField.HOUR_OF_DAY)) {
                LocalDateTime local = LocalDateTime.from(t);
                sec = local.atZone(zone).toEpochSecond();
                nano = local.getNano();
            } else {
                sec = LocalDate.from(t).atStartOfDay(zone).toEpochSecond();
                nano = 0;
            }
            return Math.addExact(Math.multiplyExact(sec, 1_000_000L), nano / 1_000);
        } catch (DateTimeException | ArithmeticException e) {
            throw new IllegalArgumentException("cannot read '" + text + "' with the time format '" + pattern + "'");
        }
    }
}
