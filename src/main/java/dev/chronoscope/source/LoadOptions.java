package dev.chronoscope.source;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

/**
 * How to load a source.
 *
 * @param format the format, or {@code null} to detect it from the file name and content
 * @param mapping overrides of the field mapping, role → field, where a role is one of
 *     {@code id, stream, type, streamType, version, time, data, metadata} and a field is a
 *     top-level key or a JSON Pointer starting with {@code /} (e.g. {@code /payload/nodeAggregateId})
 * @param zone the zone for date-times written without an offset (default UTC)
 * @param strict stop with a {@link SourceException} at the first bad record instead of rejecting it
 * @param orderByTime give events positions in time order (stable) instead of file order
 */
public record LoadOptions(Format format, Map<String, String> mapping, ZoneId zone, boolean strict, boolean orderByTime) {

    /**
     * @throws IllegalArgumentException when the mapping names an unknown role or an empty field
     */
    public LoadOptions {
        mapping = mapping == null ? Map.of() : Map.copyOf(mapping);
        zone = zone == null ? ZoneOffset.UTC : zone;
        for (Map.Entry<String, String> e : mapping.entrySet()) {
            if (Role.byName(e.getKey()) == null) {
                throw new IllegalArgumentException("unknown role '" + e.getKey() + "': expected one of " + Role.names());
            }
            if (e.getValue().isEmpty()) {
                throw new IllegalArgumentException("empty field for role '" + e.getKey()
                        + "': expected a top-level key or a JSON Pointer such as /payload/id");
            }
        }
    }

    /** Detect the format, no overrides, UTC, lenient, file order. */
    public static LoadOptions defaults() {
        return new LoadOptions(null, Map.of(), ZoneOffset.UTC, false, false);
    }

    public LoadOptions withFormat(Format format) {
        return new LoadOptions(format, mapping, zone, strict, orderByTime);
    }

    public LoadOptions withMapping(Map<String, String> mapping) {
        return new LoadOptions(format, mapping, zone, strict, orderByTime);
    }

    /** These options with one more override {@code role → field} (replacing any for that role). */
    public LoadOptions withMap(String role, String field) {
        Map<String, String> m = new HashMap<>(mapping);
        m.put(role, field);
        return withMapping(m);
    }

    public LoadOptions withZone(ZoneId zone) {
        return new LoadOptions(format, mapping, zone, strict, orderByTime);
    }

    public LoadOptions withStrict(boolean strict) {
        return new LoadOptions(format, mapping, zone, strict, orderByTime);
    }

    public LoadOptions withOrderByTime(boolean orderByTime) {
        return new LoadOptions(format, mapping, zone, strict, orderByTime);
    }
}
