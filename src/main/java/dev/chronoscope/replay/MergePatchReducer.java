package dev.chronoscope.replay;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
     * Reads only the payload (ids, metadata and the envelope are not needed): payloads of the common
     * shape with {@link PayloadReader}, others straight from a Jackson parser into the state,
     * without building the payload tree first: the fold cost is dominated by this step. See {@link MergePatch#applyFrom} for the one difference (a
     * payload with duplicate member names).
     */
    @Override
    public JsonNode evolve(JsonNode state, EventLog log, int index) {
        JsonNode patch = log.readData(index, PayloadReader::read);
        if (patch == null) {
            return state;
        }
        if (patch != PayloadReader.UNUSUAL) {
            return MergePatch.apply(state, patch);
        }
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

    /**
     * Folds a run of events working on one private copy of the top-level state object, merged in
     * place, instead of a new copy per event; nested objects are still copied on write. The state
     * passed in and every state handed out before are never touched.
     */
    @Override
    public JsonNode fold(JsonNode state, EventLog log, int[] indices, int from, int to) {
        JsonNode s = state;
        boolean owned = false; // s is an ObjectNode created in this call, seen by nobody else
        for (int k = from; k < to; k++) {
            JsonNode patch = log.readData(indices[k], PayloadReader::read);
            if (patch == null) {
                continue;
            }
            if (patch != PayloadReader.UNUSUAL) {
                if (patch.isObject() && s instanceof ObjectNode o) {
                    if (!owned) {
                        o = MergePatch.shallowCopy(o);
                        owned = true;
                        s = o;
                    }
                    MergePatch.mergeInto(o, patch);
                } else {
                    s = MergePatch.apply(s, patch); // the patch tree is fresh: an object result is ours
                    owned = patch.isObject();
                }
                continue;
            }
            try (JsonParser p = log.dataParser(indices[k])) {
                if (p == null) {
                    continue;
                }
                JsonToken first = p.nextToken();
                if (first == JsonToken.START_OBJECT && s instanceof ObjectNode o) {
                    if (!owned) {
                        o = MergePatch.shallowCopy(o);
                        owned = true;
                        s = o;
                    }
                    MergePatch.mergeInto(o, p);
                } else {
                    s = MergePatch.applyFrom(s, p); // a fresh value: a new object when first is {
                    owned = first == JsonToken.START_OBJECT;
                }
            } catch (IOException e) {
                throw new UncheckedIOException("stored payload of event " + indices[k] + " is not valid JSON", e);
            }
        }
        return s;
    }

    @Override
    public String toString() {
        return name();
    }
}
