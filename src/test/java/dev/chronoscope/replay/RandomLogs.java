package dev.chronoscope.replay;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chronoscope.event.EventLog;
import dev.chronoscope.event.Json;
import java.util.Iterator;
import java.util.Map;
import java.util.Random;

/** Random event logs and a naive reference fold for property tests (shared with the diff tests). */
public final class RandomLogs {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Stream ids, including the characters RFC 6901 escapes. */
    public static final String[] STREAMS = {"order-1", "a/b", "x~y", "~/~1", "order-2", "é-ünï"};
    private static final String[] KEYS = {"a", "b", "c", "d", "e"};

    private RandomLogs() {}

    /** A log of up to {@code maxEvents} events over some of {@link #STREAMS}; times out of order, some absent. */
    public static EventLog log(long seed, int maxEvents) {
        Random random = new Random(seed);
        EventLog.Builder b = EventLog.builder("random-" + seed);
        int events = random.nextInt(maxEvents + 1);
        int streams = 1 + random.nextInt(STREAMS.length);
        for (int i = 0; i < events; i++) {
            String stream = STREAMS[random.nextInt(streams)];
            long time = random.nextInt(5) == 0 ? EventLog.NO_TIME : random.nextInt(50) * 1_000_000L;
            JsonNode data = random.nextInt(20) == 0 ? null : patch(random);
            byte[] meta = random.nextBoolean() ? null : bytes(NODES.objectNode().put("n", i));
            b.add("e" + i, stream, "Order", "T" + random.nextInt(3), i, time, data == null ? null : bytes(data), meta);
        }
        return b.build();
    }

    /** A merge patch: mostly objects (with nulls and nesting), sometimes a scalar, array or null. */
    public static JsonNode patch(Random random) {
        return switch (random.nextInt(20)) {
            case 0 -> NODES.nullNode();
            case 1 -> NODES.numberNode(random.nextInt(10));
            case 2 -> NODES.arrayNode().add(random.nextInt(3)).add("x");
            default -> object(random, 2);
        };
    }

    private static ObjectNode object(Random random, int depth) {
        ObjectNode o = NODES.objectNode();
        int n = 1 + random.nextInt(4);
        for (int i = 0; i < n; i++) {
            o.set(KEYS[random.nextInt(KEYS.length)], value(random, depth));
        }
        return o;
    }

    private static JsonNode value(Random random, int depth) {
        return switch (random.nextInt(depth > 0 ? 8 : 6)) {
            case 0, 1 -> NODES.nullNode();
            case 2 -> NODES.numberNode(random.nextInt(100));
            case 5 -> switch (random.nextInt(4)) {
                case 0 -> NODES.numberNode(random.nextInt(100) / 8.0);
                case 1 -> NODES.numberNode(Long.MAX_VALUE - random.nextInt(10));
                case 2 -> NODES.numberNode(java.math.BigInteger.TEN.pow(30));
                default -> NODES.booleanNode(random.nextBoolean());
            };
            case 3 -> NODES.textNode("s" + random.nextInt(5));
            case 4 -> NODES.arrayNode().add(random.nextInt(3));
            default -> object(random, depth - 1);
        };
    }

    public static byte[] bytes(JsonNode node) {
        try {
            return Json.MAPPER.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** RFC 7386's pseudo-code on deep copies: the reference the structural-sharing version must match. */
    public static JsonNode naiveMergePatch(JsonNode target, JsonNode patch) {
        if (!patch.isObject()) {
            return patch.deepCopy();
        }
        ObjectNode result = target != null && target.isObject() ? ((ObjectNode) target).deepCopy() : NODES.objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> it = patch.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getValue().isNull()) {
                result.remove(e.getKey());
            } else {
                result.set(e.getKey(), naiveMergePatch(result.get(e.getKey()), e.getValue()));
            }
        }
        return result;
    }

    /** The state of {@code stream} at {@code position} by folding from the start, or null. */
    public static JsonNode naiveState(EventLog log, String stream, long position) {
        JsonNode state = null;
        for (int i = 0; i < Math.min(position, log.size()); i++) {
            if (log.stream(i).equals(stream)) {
                state = state == null ? NODES.objectNode() : state;
                JsonNode data = log.data(i);
                if (data != null) {
                    state = naiveMergePatch(state, data);
                }
            }
        }
        return state;
    }

    /** {@code table[p][s]}: the state of stream number s at position p, p from 0 to size, folded once. */
    public static JsonNode[][] naiveStates(EventLog log) {
        JsonNode[][] table = new JsonNode[log.size() + 1][log.streamCount()];
        for (int i = 0; i < log.size(); i++) {
            table[i + 1] = table[i].clone();
            int s = log.streamIndex(i);
            JsonNode state = table[i][s] == null ? NODES.objectNode() : table[i][s];
            JsonNode data = log.data(i);
            table[i + 1][s] = data == null ? state : naiveMergePatch(state, data);
        }
        return table;
    }

    /** The world state at {@code position} by folding from the start. */
    public static ObjectNode naiveWorld(EventLog log, long position) {
        ObjectNode world = NODES.objectNode();
        for (int i = 0; i < Math.min(position, log.size()); i++) {
            String s = log.stream(i);
            if (!world.has(s)) {
                world.set(s, naiveState(log, s, position));
            }
        }
        return world;
    }

    /** Field names in order (to check order, which ObjectNode.equals ignores). */
    public static java.util.List<String> names(JsonNode object) {
        java.util.List<String> names = new java.util.ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
