package dev.chronoscope.event;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * One event of a log, normalised into the envelope of DESIGN.md. Materialised from an
 * {@link EventLog} on demand; the log itself never holds these records.
 *
 * @param position 1-based global sequence in load order
 * @param id the event id from the source, or {@code null}
 * @param stream the aggregate id
 * @param streamType the aggregate type, or {@code null}
 * @param type the event type
 * @param version the per-stream sequence from the source, or {@code null}
 * @param time when the event happened, or {@code null}
 * @param data the payload, or {@code null} when the record had none
 * @param metadata the metadata, or {@code null} when the record had none
 */
public record Event(
        long position,
        String id,
        String stream,
        String streamType,
        String type,
        Long version,
        Instant time,
        JsonNode data,
        JsonNode metadata) {}
