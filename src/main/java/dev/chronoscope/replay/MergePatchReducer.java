package dev.chronoscope.replay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.chronoscope.event.Event;
import dev.chronoscope.event.EventLog;

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

    /** Parses only the payload: ids, metadata and the envelope are not needed. */
    @Override
    public JsonNode evolve(JsonNode state, EventLog log, int index) {
        JsonNode data = log.data(index);
        return data == null ? state : MergePatch.apply(state, data);
    }

    @Override
    public String toString() {
        return name();
    }
}
