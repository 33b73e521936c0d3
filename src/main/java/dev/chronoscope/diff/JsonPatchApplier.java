package dev.chronoscope.diff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * RFC 6902 application on a copy of the document. Written here rather than taken from zjsonpatch
 * because zjsonpatch 0.4.16's {@code JsonPatch.apply} decodes JSON Pointer tokens twice, so a
 * member named {@code "~1"} (path {@code /~01}) is read as {@code "/"}. zjsonpatch's diff is right.
 */
final class JsonPatchApplier {

    private JsonPatchApplier() {}

    /** The document after every operation of {@code patch}; {@code document} and {@code patch} are not changed. */
    static JsonNode apply(JsonNode document, ArrayNode patch) {
        JsonNode doc = document.deepCopy();
        for (int i = 0; i < patch.size(); i++) {
            JsonNode op = patch.get(i);
            try {
                doc = applyOne(doc, op);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("operation " + i + " " + op + ": " + e.getMessage(), e);
            }
        }
        return doc;
    }

    private static JsonNode applyOne(JsonNode doc, JsonNode op) {
        String name = text(op, "op");
        List<String> path = parse(text(op, "path"));
        switch (name) {
            case "add" -> {
                return add(doc, path, value(op).deepCopy());
            }
            case "remove" -> {
                get(doc, path);
                return remove(doc, path);
            }
            case "replace" -> {
                get(doc, path);
                return add(remove(doc, path), path, value(op).deepCopy());
            }
            case "move" -> {
                List<String> from = parse(text(op, "from"));
                if (from.size() < path.size() && path.subList(0, from.size()).equals(from)) {
                    throw new IllegalArgumentException("cannot move a value into itself");
                }
                JsonNode value = get(doc, from);
                return add(remove(doc, from), path, value);
            }
            case "copy" -> {
                return add(doc, path, get(doc, parse(text(op, "from"))).deepCopy());
            }
            case "test" -> {
                if (!get(doc, path).equals(value(op))) {
                    throw new IllegalArgumentException("test failed");
                }
                return doc;
            }
            default -> throw new IllegalArgumentException("unknown op " + name);
        }
    }

    private static String text(JsonNode op, String field) {
        JsonNode v = op.get(field);
        if (v == null || !v.isTextual()) {
            throw new IllegalArgumentException("missing \"" + field + "\"");
        }
        return v.textValue();
    }

    private static JsonNode value(JsonNode op) {
        JsonNode v = op.get("value");
        if (v == null) {
            throw new IllegalArgumentException("missing \"value\"");
        }
        return v;
    }

    /** RFC 6901: the reference tokens of a pointer, unescaped once. */
    static List<String> parse(String pointer) {
        List<String> tokens = new ArrayList<>();
        if (pointer.isEmpty()) {
            return tokens;
        }
        if (pointer.charAt(0) != '/') {
            throw new IllegalArgumentException("pointer must start with /: " + pointer);
        }
        StringBuilder token = new StringBuilder();
        for (int i = 1; i <= pointer.length(); i++) {
            char c = i < pointer.length() ? pointer.charAt(i) : '/';
            if (c == '/') {
                tokens.add(token.toString());
                token.setLength(0);
            } else if (c == '~') {
                char next = i + 1 < pointer.length() ? pointer.charAt(i + 1) : ' ';
                if (next != '0' && next != '1') {
                    throw new IllegalArgumentException("bad escape in pointer " + pointer);
                }
                token.append(next == '0' ? '~' : '/');
                i++;
            } else {
                token.append(c);
            }
        }
        return tokens;
    }

    private static JsonNode get(JsonNode doc, List<String> path) {
        JsonNode node = doc;
        for (String token : path) {
            JsonNode next = node.isObject() ? node.get(token)
                    : node.isArray() ? node.get(index(token, node.size() - 1)) : null;
            if (next == null) {
                throw new IllegalArgumentException("no value at " + path);
            }
            node = next;
        }
        return node;
    }

    private static JsonNode add(JsonNode doc, List<String> path, JsonNode value) {
        if (path.isEmpty()) {
            return value;
        }
        JsonNode parent = get(doc, path.subList(0, path.size() - 1));
        String last = path.get(path.size() - 1);
        if (parent instanceof ObjectNode o) {
            o.set(last, value);
        } else if (parent instanceof ArrayNode a) {
            if (last.equals("-")) {
                a.add(value);
            } else {
                a.insert(index(last, a.size()), value);
            }
        } else {
            throw new IllegalArgumentException("cannot add to a " + parent.getNodeType());
        }
        return doc;
    }

    private static JsonNode remove(JsonNode doc, List<String> path) {
        if (path.isEmpty()) {
            return com.fasterxml.jackson.databind.node.NullNode.getInstance();
        }
        JsonNode parent = get(doc, path.subList(0, path.size() - 1));
        String last = path.get(path.size() - 1);
        if (parent instanceof ObjectNode o) {
            o.remove(last);
        } else if (parent instanceof ArrayNode a) {
            a.remove(index(last, a.size() - 1));
        }
        return doc;
    }

    private static int index(String token, int max) {
        if (!token.matches("0|[1-9][0-9]{0,9}")) {
            throw new IllegalArgumentException("not an array index: " + token);
        }
        long i = Long.parseLong(token);
        if (i > max) {
            throw new IllegalArgumentException("array index " + i + " out of bounds");
        }
        return (int) i;
    }
}
