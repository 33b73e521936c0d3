package dev.chronoscope.source;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * How to load a source.
 *
 * @param format the format, or {@code null} to detect it from the file name and content
 * @param mapping overrides of the field mapping, role → field, where a role is one of
 *     {@code id, stream, type, streamType, version, time, data, metadata} and a field is a
 *     top-level key or a JSON Pointer starting with {@code /} (e.g. {@code /payload/nodeAggregateId});
 *     for CSV a column name, for XES an attribute key; for CSV an empty field means that no column
 *     fills the role (not even one detection would pick)
 * @param zone the zone for date-times written without an offset (default UTC)
 * @param strict stop with a {@link SourceException} at the first bad record instead of rejecting it
 * @param orderByTime give events positions in time order (stable) instead of file order (XES is
 *     always in time order)
 * @param encoding the character set of CSV files (default UTF-8, with or without a byte order mark)
 * @param nullToken a CSV cell equal to this counts as empty ({@code null}: only empty cells are empty)
 * @param timeFormat a {@link java.time.format.DateTimeFormatter} pattern for the time column of CSV
 *     files and the time strings of JSON records ({@code null}: the forms {@link Timestamps} reads;
 *     for CSV day-first or month-first decided from the data)
 * @param entry the entry to read from a zip archive ({@code null}: its only file)
 * @param delimiter the CSV cell separator ({@code null}: detected from the header row)
 * @param ignored CSV columns left out entirely: they fill no role and are not part of the data
 */
public record LoadOptions(Format format, Map<String, String> mapping, ZoneId zone, boolean strict, boolean orderByTime,
        Charset encoding, String nullToken, String timeFormat, String entry, Character delimiter, Set<String> ignored) {

    /**
     * @throws IllegalArgumentException when the mapping names an unknown role or an empty field,
     *     or the time format is not a valid pattern
     */
    public LoadOptions {
        mapping = mapping == null ? Map.of() : Map.copyOf(mapping);
        ignored = ignored == null ? Set.of() : Set.copyOf(ignored);
        zone = zone == null ? ZoneOffset.UTC : zone;
        encoding = encoding == null ? StandardCharsets.UTF_8 : encoding;
        for (Map.Entry<String, String> e : mapping.entrySet()) {
            if (Role.byName(e.getKey()) == null) {
                throw new IllegalArgumentException("unknown role '" + e.getKey() + "': expected one of " + Role.names());
            }
        }
        if (timeFormat != null) {
            TimeFormat.check(timeFormat);
        }
    }

    /** Options without a delimiter or ignored columns. */
    public LoadOptions(Format format, Map<String, String> mapping, ZoneId zone, boolean strict, boolean orderByTime,
            Charset encoding, String nullToken, String timeFormat, String entry) {
        this(format, mapping, zone, strict, orderByTime, encoding, nullToken, timeFormat, entry, null, null);
    }

    /** Options without the tabular settings (UTF-8, no null token, no time format, no zip entry). */
    public LoadOptions(Format format, Map<String, String> mapping, ZoneId zone, boolean strict, boolean orderByTime) {
        this(format, mapping, zone, strict, orderByTime, null, null, null, null, null, null);
    }

    /** Detect the format, no overrides, UTC, lenient, file order. */
    public static LoadOptions defaults() {
        return new LoadOptions(null, Map.of(), ZoneOffset.UTC, false, false);
    }

    public LoadOptions withFormat(Format format) {
        return new LoadOptions(format, mapping, zone, strict, orderByTime, encoding, nullToken, timeFormat, entry, delimiter, ignored);
    }

    public LoadOptions withMapping(Map<String, String> mapping) {
        return new LoadOptions(format, mapping, zone, strict, orderByTime, encoding, nullToken, timeFormat, entry, delimiter, ignored);
    }

    /** These options with one more override {@code role → field} (replacing any for that role). */
    public LoadOptions withMap(String role, String field) {
        Map<String, String> m = new HashMap<>(mapping);
        m.put(role, field);
        return withMapping(m);
    }

    public LoadOptions withZone(ZoneId zone) {
        return new LoadOptions(format, mapping, zone, strict, orderByTime, encoding, nullToken, timeFormat, entry, delimiter, ignored);
    }

    public LoadOptions withStrict(boolean strict) {
        return new LoadOptions(format, mapping, zone, strict, orderByTime, encoding, nullToken, timeFormat, entry, delimiter, ignored);
    }

    public LoadOptions withOrderByTime(boolean orderByTime) {
        return new LoadOptions(format, mapping, zone, strict, orderByTime, encoding, nullToken, timeFormat, entry, delimiter, ignored);
    }

    public LoadOptions withEncoding(Charset encoding) {
        return new LoadOptions(format, mapping, zone, strict, orderByTime, encoding, nullToken, timeFormat, entry, delimiter, ignored);
    }

    public LoadOptions withNullToken(String nullToken) {
        return new LoadOptions(format, mapping, zone, strict, orderByTime, encoding, nullToken, timeFormat, entry, delimiter, ignored);
    }

    public LoadOptions withTimeFormat(String timeFormat) {
        return new LoadOptions(format, mapping, zone, strict, orderByTime, encoding, nullToken, timeFormat, entry, delimiter, ignored);
    }

    public LoadOptions withEntry(String entry) {
        return new LoadOptions(format, mapping, zone, strict, orderByTime, encoding, nullToken, timeFormat, entry, delimiter, ignored);
    }

    public LoadOptions withDelimiter(Character delimiter) {
        return new LoadOptions(format, mapping, zone, strict, orderByTime, encoding, nullToken, timeFormat, entry, delimiter, ignored);
    }

    public LoadOptions withIgnored(Set<String> ignored) {
        return new LoadOptions(format, mapping, zone, strict, orderByTime, encoding, nullToken, timeFormat, entry, delimiter, ignored);
    }
}
