package dev.chronoscope.ui.inspector;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Seeded random JSON states and random edits of them (inserts, removals and changes in objects and arrays). */
final class RandomJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private RandomJson() {}

    /** An object of up to five members, nested up to {@code depth} levels, with arrays of scalars and objects. */
    static ObjectNode object(Random random, int depth) {
        ObjectNode o = NODES.objectNode();
        int n = 1 + random.nextInt(5);
        for (int i = 0; i < n; i++) {
            o.set("k" + random.nextInt(8), value(random, depth - 1));
        }
        return o;
    }

    private static JsonNode value(Random random, int depth) {
        int kind = random.nextInt(depth > 0 ? 6 : 3);
        return switch (kind) {
            case 0 -> NODES.numberNode(random.nextInt(5));
            case 1 -> NODES.textNode("s" + random.nextInt(5));
            case 2 -> random.nextBoolean() ? NODES.booleanNode(true) : NODES.nullNode();
            case 3 -> object(random, depth);
            default -> array(random, depth);
        };
    }

    private static ArrayNode array(Random random, int depth) {
        ArrayNode a = NODES.arrayNode();
        int n = random.nextInt(6);
        for (int i = 0; i < n; i++) {
            a.add(value(random, depth - 1));
        }
        return a;
    }

    /** A copy of {@code state} with one to three random edits. */
    static JsonNode mutate(Random random, JsonNode state) {
        JsonNode copy = state.deepCopy();
        int edits = 1 + random.nextInt(3);
        for (int e = 0; e < edits; e++) {
            List<JsonNode> containers = new ArrayList<>();
            collect(copy, containers);
            JsonNode target = containers.get(random.nextInt(containers.size()));
            if (target instanceof ArrayNode a) {
                int op = random.nextInt(3);
                if (op == 0 || a.isEmpty()) {
                    a.insert(random.nextInt(a.size() + 1), value(random, 1));
                } else if (op == 1) {
                    a.remove(random.nextInt(a.size()));
                } else {
                    a.set(random.nextInt(a.size()), value(random, 1));
                }
            } else if (target instanceof ObjectNode o) {
                int op = random.nextInt(3);
                if (op == 0 || o.isEmpty()) {
                    o.set("n" + random.nextInt(4), value(random, 1));
                } else {
                    List<String> names = new ArrayList<>();
                    o.fieldNames().forEachRemaining(names::add);
                    String name = names.get(random.nextInt(names.size()));
                    if (op == 1) {
                        o.remove(name);
                    } else {
                        o.set(name, value(random, 1));
                    }
                }
            }
        }
        return copy;
    }

    private static void collect(JsonNode node, List<JsonNode> out) {
        if (node.isContainerNode()) {
            out.add(node);
            node.forEach(child -> collect(child, out));
        }
    }
}
