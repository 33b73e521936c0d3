package dev.chronoscope.event;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Objects;

/**
 * A state of one stream that the source stored itself — an Axon snapshot — tied to the event it
 * follows: the state after the stream's event with {@link #version()}, which sits at
 * {@link #position()} of the log. A replay may start from it instead of from the stream's first
 * event (see {@code Replayer.resumingFromKnownStates()}).
 *
 * <p>The state is kept as the UTF-8 JSON it was converted to and parsed once, when first asked
 * for; the tree handed out is shared and must never be mutated.
 */
public final class KnownState {

    private final String stream;
    private final int streamIndex;
    private final long version;
    private final long position;
    private final long timeMicros;
    private final String origin;
    private final byte[] json;
    private volatile JsonNode state;

    KnownState(String stream, int streamIndex, long version, long position, long timeMicros, String origin, byte[] json) {
        this.stream = Objects.requireNonNull(stream);
        this.streamIndex = streamIndex;
        this.version = version;
        this.position = position;
        this.timeMicros = timeMicros;
        this.origin = Objects.requireNonNull(origin);
        this.json = Objects.requireNonNull(json);
    }

    /** The stream (aggregate id). */
    public String stream() {
        return stream;
    }

    /** The stream's number in the log. */
    public int streamIndex() {
        return streamIndex;
    }

    /** The version (Axon: sequence number) of the last event the state includes. */
    public long version() {
        return version;
    }

    /** The 1-based position of that event in the log: the state holds from this position on. */
    public long position() {
        return position;
    }

    /** When the source stored the state, or {@code null}. */
    public Instant time() {
        return timeMicros == EventLog.NO_TIME ? null : Instants.fromMicros(timeMicros);
    }

    /** Where it came from, in words: {@code Axon snapshot, payload type com.example.GiftCard}. */
    public String origin() {
        return origin;
    }

    /** The state as a shared, read-only tree. */
    public JsonNode state() {
        JsonNode s = state;
        if (s == null) {
            try {
                s = Json.MAPPER.readTree(json);
            } catch (IOException e) {
                // the builder accepts only bytes that were checked as JSON; this is a bug
                throw new UncheckedIOException("stored known state is not valid JSON", e);
            }
            state = s;
        }
        return s;
    }

    /** The state's JSON text as stored. */
    public String stateJson() {
        return new String(json, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "KnownState[" + stream + " v" + version + " #" + position + ", " + origin + "]";
    }
}
