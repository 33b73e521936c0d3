package dev.chronoscope.diff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.flipkart.zjsonpatch.DiffFlags;
import com.flipkart.zjsonpatch.JsonDiff;
import dev.chronoscope.event.EventLog;
import dev.chronoscope.replay.Replayer;
import java.util.Arrays;
import java.util.BitSet;
import java.util.EnumSet;

/**
 * RFC 6902 diffs between states, computed with zjsonpatch.
 *
 * <p>Only {@code add}, {@code remove} and {@code replace} operations are produced ({@code move} and
 * {@code copy} are turned off: they are legal but hard to read and to paint), and {@code remove}
 * carries no value.
 *
 * <p><b>No state</b> ({@code null}) is treated as the JSON document {@code null}; the root of a
 * document always exists, so both directions are a root {@code replace}, which RFC 6902 allows:
 * {@code null → x} is {@code [{"op":"replace","path":"","value":x}]} and {@code x → null} is
 * {@code [{"op":"replace","path":"","value":null}]}. (A {@code remove} of {@code ""} is not valid.)
 * A consequence: "no state" and a state that is JSON {@code null} diff the same.
 */
public final class StateDiff {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final EnumSet<DiffFlags> FLAGS = EnumSet.of(
            DiffFlags.OMIT_VALUE_ON_REMOVE, DiffFlags.OMIT_MOVE_OPERATION, DiffFlags.OMIT_COPY_OPERATION);

    private StateDiff() {}

    /** The operations turning {@code from} into {@code to}; empty when they are equal. */
    public static ArrayNode diff(JsonNode from, JsonNode to) {
        JsonNode a = from == null ? NullNode.getInstance() : from;
        JsonNode b = to == null ? NullNode.getInstance() : to;
        if (a.equals(b)) {
            return NODES.arrayNode();
        }
        if (a.isNull() || b.isNull()) {
            ArrayNode ops = NODES.arrayNode();
            ops.addObject().put("op", "replace").put("path", "").set("value", b);
            return ops;
        }
        JsonNode ops = JsonDiff.asJson(a, b, FLAGS);
        return (ArrayNode) ops;
    }

    /**
     * The operations turning the world state at {@code fromPosition} into the world state at
     * {@code toPosition} (either may be the larger). Paths start with {@code "/"} and the RFC 6901
     * escaped stream id; a stream with a state on one side only is an {@code add} or {@code remove}
     * of {@code "/<id>"}. Only streams with an event between the two positions are diffed, so
     * nearby positions are cheap. Operations are grouped by stream, in first-appearance order.
     */
    public static ArrayNode worldDiff(Replayer replayer, long fromPosition, long toPosition) {
        if (fromPosition < 0 || toPosition < 0) {
            throw new IllegalArgumentException("positions must not be negative: " + fromPosition + ", " + toPosition);
        }
        EventLog log = replayer.log();
        int lo = (int) Math.min(Math.min(fromPosition, toPosition), log.size());
        int hi = (int) Math.min(Math.max(fromPosition, toPosition), log.size());
        // streams with an event at index lo..hi-1 (positions lo+1..hi), by first index in that range
        BitSet seen = new BitSet(log.streamCount());
        int[] changed = new int[Math.min(hi - lo, log.streamCount())];
        int count = 0;
        for (int i = lo; i < hi; i++) {
            int s = log.streamIndex(i);
            if (!seen.get(s)) {
                seen.set(s);
                changed[count++] = s;
            }
        }
        changed = firstAppearanceOrder(log, Arrays.copyOf(changed, count));
        ArrayNode ops = NODES.arrayNode();
        for (int s : changed) {
            JsonNode a = replayer.stateAt(s, fromPosition);
            JsonNode b = replayer.stateAt(s, toPosition);
            String prefix = "/" + escape(log.streamName(s));
            if (a == null && b == null) {
                continue;
            }
            if (a == null) {
                ops.addObject().put("op", "add").put("path", prefix).set("value", b);
            } else if (b == null) {
                ops.addObject().put("op", "remove").put("path", prefix);
            } else {
                for (JsonNode op : diff(a, b)) {
                    ObjectNode prefixed = NODES.objectNode(); // shallow: values are shared
                    op.fields().forEachRemaining(e -> prefixed.set(e.getKey(), e.getValue()));
                    prefixed.put("path", prefix + op.get("path").asText());
                    if (op.has("from")) {
                        prefixed.put("from", prefix + op.get("from").asText());
                    }
                    ops.add(prefixed);
                }
            }
        }
        return ops;
    }

    private static int[] firstAppearanceOrder(EventLog log, int[] streams) {
        long[] keyed = new long[streams.length];
        for (int i = 0; i < streams.length; i++) {
            keyed[i] = ((long) log.eventsOfStream(streams[i])[0] << 32) | streams[i];
        }
        Arrays.sort(keyed);
        int[] out = new int[streams.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = (int) keyed[i];
        }
        return out;
    }

    /**
     * Applies {@code patch} to {@code state} without mutating either (all six RFC 6902 operations).
     * {@code null} stands for the JSON document {@code null} on input, and a JSON {@code null} result
     * is returned as {@code null} ("no state"), mirroring {@link #diff}. Not zjsonpatch's
     * {@code JsonPatch.apply}: it decodes pointer tokens twice (see {@link JsonPatchApplier}).
     *
     * @throws IllegalArgumentException naming the operation that does not apply
     */
    public static JsonNode apply(JsonNode state, ArrayNode patch) {
        JsonNode source = state == null ? NullNode.getInstance() : state;
        JsonNode result = JsonPatchApplier.apply(source, patch);
        return result == null || result.isNull() ? null : result;
    }

    /** RFC 6901 escaping of one reference token: {@code ~} as {@code ~0}, {@code /} as {@code ~1}. */
    public static String escape(String token) {
        if (token.indexOf('~') < 0 && token.indexOf('/') < 0) {
            return token;
        }
        return token.replace("~", "~0").replace("/", "~1");
    }
}
