package dev.chronoscope.replay;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.chronoscope.event.Event;
import dev.chronoscope.event.EventLog;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The default reducer of DESIGN.md: each event's {@code data} is merged (RFC 7386) into the stream
 * state, starting from {@code {}}. An event without data leaves the state unchanged; data that is
 * not an object replaces the state, as RFC 7386 says (so JSON {@code null} data makes the state
 * JSON {@code null}). Event types and metadata are not used.
 */
public final class MergePatchReducer implements Reducer {

    public static final MergePatchReducer INSTANCE = new MergePatchReducer();

    private MergePatchReducer() {}

    @Override
    public String name() {
        return "merge-patch";
    }

    @Override
    public JsonNode initialState() {
        return JsonNodeFactory.instance.objectNode();
    }

    @Override
    public JsonNode evolve(JsonNode state, Event event) {
        return event.data() == null ? state : MergePatch.apply(state, event.data());
    }

    /**
     * Reads only the payload (ids, metadata and the envelope are not needed), and merges it
     * straight from the parser into the state, without building the payload tree first: the fold
     * cost is dominated by this step. See {@link MergePatch#applyFrom} for the one difference (a
     * payload with duplicate member names).
     */
    @Override
    public JsonNode evolve(JsonNode state, EventLog log, int index) {
        try (JsonParser p = log.dataParser(index)) {
            if (p == null) {
                return state;
            }
            p.nextToken();
            return MergePatch.applyFrom(state, p);
        } catch (IOException e) {
            // The log only holds payloads that were parsed as JSON once; this is a bug.
            throw new UncheckedIOException("stored payload of event " + index + " is not valid JSON", e);
        }
    }

    @Override
    public String toString() {
        return name();
    }
}
