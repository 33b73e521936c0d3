package dev.chronoscope.source;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The envelope roles a source field can fill, with the keys DESIGN.md tries for each, in order.
 * Public so that the database reader ({@code source.db}) maps result columns by the same table.
 */
public enum Role {
    ID("id", "id", "eventId", "event_id", "eventIdentifier", "messageId", "message_id", "identifier"),
    STREAM("stream", "streamId", "stream_id", "aggregateId", "aggregate_id", "aggregateIdentifier", "subject",
            "streamName", "stream_name", "stream"),
    TYPE("type", "eventType", "event_type", "payloadType", "payload_type", "type", "name"),
    STREAM_TYPE("streamType", "aggregateType", "aggregate_type", "streamType", "stream_type"),
    VERSION("version", "version", "sequenceNumber", "sequence_number", "sequence", "seq", "revision", "eventNumber",
            "event_number", "streamPosition", "stream_position"),
    TIME("time", "timestamp", "timeStamp", "time", "occurredAt", "occurred_at", "createdAt", "created_at",
            "recordedAt", "created"),
    DATA("data", "data", "payload", "body", "event"),
    METADATA("metadata", "metadata", "metaData", "meta", "headers");

    static final List<Role> ALL = List.of(values());

    /** The role's name in options, mappings and messages. */
    final String roleName;
    /** Top-level keys tried in order. */
    final List<String> keys;

    Role(String roleName, String... keys) {
        this.roleName = roleName;
        this.keys = List.of(keys);
    }

    /** The key CloudEvents uses for this role, or {@code null} when the default keys apply. */
    String cloudEventsKey() {
        return switch (this) {
            case ID -> "id";
            case STREAM -> "subject";
            case TYPE -> "type";
            case STREAM_TYPE -> "source";
            case TIME -> "time";
            case DATA -> "data";
            case VERSION, METADATA -> null;
        };
    }

    /** The role's name in options, mappings and messages ({@code id}, {@code streamType}, …). */
    public String roleName() {
        return roleName;
    }

    /** The keys DESIGN.md tries for this role, in order. */
    public List<String> defaultKeys() {
        return keys;
    }

    /** The role with this name, or {@code null}. */
    public static Role byName(String name) {
        for (Role r : ALL) {
            if (r.roleName.equals(name)) {
                return r;
            }
        }
        return null;
    }

    /** The role names, comma-separated, for messages. */
    public static String names() {
        return Stream.of(values()).map(r -> r.roleName).collect(Collectors.joining(", "));
    }
}
