package dev.chronoscope.replay;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chronoscope.event.Event;
import dev.chronoscope.event.EventLog;

/**
 * Folds events into a state (occurrent's {@code Decider} without the decide half).
 *
 * <p>Implementations are pure: no I/O, no clock, and they never mutate the state or the event they
 * are given. States are shared between callers and checkpoints, so the returned state must never be
 * mutated afterwards either; a reducer may share unchanged subtrees of its inputs in its result.
 * Unknown events leave the state unchanged (they are not errors).
 */
public interface Reducer {

    /** A short name for reports and snapshot documents, e.g. {@code "merge-patch"}. */
    String name();

    /** The state before any event of a stream. */
    JsonNode initialState();

    /** The state after {@code event}, given the state before it. */
    JsonNode evolve(JsonNode state, Event event);

    /**
     * The state after the event at {@code index} of {@code log}. This is the path the
     * {@link Replayer} calls; the default materialises the whole {@link Event}. Reducers that need
     * only part of the envelope override it to avoid parsing what they do not use (the fold cost is
     * dominated by parsing payloads).
     */
    default JsonNode evolve(JsonNode state, EventLog log, int index) {
        return evolve(state, log.event(index));
    }

    /**
     * The state after the events {@code indices[from]}, …, {@code indices[to - 1]} of {@code log},
     * in that order, given the state before them: a fold over a run of one stream's events. The
     * default calls {@link #evolve(JsonNode, EventLog, int)} for each. A reducer may override it to
     * work on a private copy during the run (mutating only nodes it created within this call, never
     * {@code state}), as long as the result equals the step-by-step fold.
     */
    default JsonNode fold(JsonNode state, EventLog log, int[] indices, int from, int to) {
        JsonNode s = state;
        for (int k = from; k < to; k++) {
            s = evolve(s, log, indices[k]);
        }
        return s;
    }
}
