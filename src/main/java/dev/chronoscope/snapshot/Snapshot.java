package dev.chronoscope.snapshot;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chronoscope.replay.Replayer;
import java.time.Instant;

/**
 * The content of a snapshot document.
 *
 * @param source the name of the source the log was read from
 * @param position the position the state is taken at (0 = before every event)
 * @param time the time of the event at {@code position}, or {@code null} (none, or position 0)
 * @param eventId the id of the event at {@code position}, or {@code null}
 * @param stream the stream whose state this is, or {@code null} for the world state
 * @param reducer the name of the reducer that folded the state
 * @param state the state; {@code null} when the stream has no state at {@code position}
 */
public record Snapshot(
        String source,
        long position,
        Instant time,
        String eventId,
        String stream,
        String reducer,
        JsonNode state) {

    /**
     * The snapshot of {@code stream} (or of the world when {@code null}) at {@code position}.
     * Positions past the end are taken as the last position, so the document names the event whose
     * state it holds. An unknown stream has no state: its snapshot holds {@code null}.
     */
    public static Snapshot of(Replayer replayer, String source, long position, String stream) {
        if (position < 0) {
            throw new IllegalArgumentException("position must not be negative, was " + position);
        }
        long at = Math.min(position, replayer.log().size());
        Instant time = null;
        String eventId = null;
        if (at > 0) {
            int index = (int) (at - 1);
            time = replayer.log().time(index);
            eventId = replayer.log().id(index);
        }
        JsonNode state = stream == null ? replayer.worldStateAt(at) : replayer.stateAt(stream, at);
        return new Snapshot(source, at, time, eventId, stream, replayer.reducer().name(), state);
    }
}
