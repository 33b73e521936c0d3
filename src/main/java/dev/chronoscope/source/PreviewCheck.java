package dev.chronoscope.source;

import java.util.Map;

/**
 * What loading the first records of a file (a preview, {@link CsvPreview} or {@link JsonPreview})
 * with given options gives, as the real reader says it.
 *
 * @param records the records read (events and rejections)
 * @param rejected how many of them would be rejected
 * @param firstLine the line (JSON: the record) of the first rejected record (0 when none is)
 * @param firstReason why the first rejected record is rejected, or {@code null}
 * @param failure why the load would fail as a whole, or {@code null}
 * @param mapping the role → field mapping the load used (detection and overrides together; empty on a failure)
 */
public record PreviewCheck(long records, long rejected, long firstLine, String firstReason, String failure,
        Map<String, String> mapping) {

    public PreviewCheck {
        mapping = mapping == null ? Map.of() : Map.copyOf(mapping);
    }

    /** A load that fails as a whole, for the reason given. */
    static PreviewCheck failed(String failure) {
        return new PreviewCheck(0, 0, 0, null, failure, Map.of());
    }

    /** The check of a preview load. */
    static PreviewCheck of(dev.chronoscope.event.EventLog log) {
        var rejections = log.rejections();
        var first = rejections.isEmpty() ? null : rejections.get(0);
        return new PreviewCheck(log.records(), rejections.size(), first == null ? 0 : first.record(),
                first == null ? null : first.reason(), null, log.mapping());
    }

    /** Whether the load would succeed without a rejection. */
    public boolean clean() {
        return failure == null && rejected == 0;
    }
}
