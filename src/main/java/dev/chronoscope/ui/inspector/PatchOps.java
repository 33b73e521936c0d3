package dev.chronoscope.ui.inspector;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.chronoscope.diff.StateDiff;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Resolves the operations of an RFC 6902 patch against the two documents it connects, so that a
 * view can show the old value of a {@code replace} and colour the lines of both documents.
 *
 * <p>A patch's paths address the document as it is between operations. For patches made the way
 * {@link StateDiff#diff} makes them (array operations left to right), a path's array indices before
 * the current operation already match the new document, and the old document's index is the path's
 * index minus the elements added and plus those removed earlier in the same array. That is what is
 * tracked here, in one pass, without applying the patch.
 */
public final class PatchOps {

    /**
     * One resolved operation.
     *
     * @param op {@code add}, {@code remove}, {@code replace}, {@code move}, {@code copy} or {@code test}
     * @param path the operation's path as written in the patch
     * @param from the {@code from} of a move or copy, else {@code null}
     * @param beforePointer where the old value lives in the old document, or {@code null} (add, copy, test)
     * @param afterPointer where the new value lives in the new document, or {@code null} (remove, test)
     * @param oldValue the value at {@code beforePointer} in the old document, or {@code null}
     * @param newValue the operation's value (add, replace, test) or the moved/copied value, or {@code null}
     */
    public record PatchOp(String op, String path, String from, String beforePointer, String afterPointer,
                          JsonNode oldValue, JsonNode newValue) {}

    private PatchOps() {}

    /** Resolves every operation of {@code patch}; {@code before}/{@code after} may be {@code null} (no state). */
    public static List<PatchOp> resolve(JsonNode before, JsonNode after, ArrayNode patch) {
        List<PatchOp> out = new ArrayList<>();
        if (patch == null) {
            return out;
        }
        Map<String, Integer> shifts = new HashMap<>();
        for (JsonNode op : patch) {
            String name = op.path("op").asText();
            String path = op.path("path").asText();
            String from = op.hasNonNull("from") ? op.get("from").asText() : null;
            JsonNode value = op.get("value");
            switch (name) {
                case "add" -> {
                    String parent = parentArray(after, path);
                    out.add(new PatchOp(name, path, null, null, path, null, value));
                    if (parent != null) {
                        shifts.merge(parent, 1, Integer::sum);
                    }
                }
                case "remove" -> {
                    String old = toBefore(before, path, shifts);
                    out.add(new PatchOp(name, path, null, old, null, at(before, old), null));
                    String parent = parentArray(before, old) != null ? parentOf(path) : null;
                    if (parent != null) {
                        shifts.merge(parent, -1, Integer::sum);
                    }
                }
                case "replace" -> {
                    String old = toBefore(before, path, shifts);
                    out.add(new PatchOp(name, path, null, old, path, at(before, old), value));
                }
                case "move", "copy" -> {
                    String old = name.equals("move") ? toBefore(before, from, shifts) : null;
                    out.add(new PatchOp(name, path, from, old, path, old == null ? null : at(before, old), at(after, path)));
                }
                default -> out.add(new PatchOp(name, path, from, null, null, null, value));
            }
        }
        return out;
    }

    /** "3 changes: 2 replaced, 1 added", "1 change: 1 removed", "No changes". */
    public static String summary(List<PatchOp> ops) {
        if (ops.isEmpty()) {
            return "No changes";
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String kind : List.of("replace", "add", "remove", "move", "copy", "test")) {
            counts.put(kind, 0);
        }
        ops.forEach(o -> counts.merge(o.op(), 1, Integer::sum));
        List<String> parts = new ArrayList<>();
        counts.forEach((kind, n) -> {
            if (n > 0) {
                parts.add(n + " " + participle(kind));
            }
        });
        return ops.size() + (ops.size() == 1 ? " change: " : " changes: ") + String.join(", ", parts);
    }

    private static String participle(String op) {
        return switch (op) {
            case "replace" -> "replaced";
            case "add" -> "added";
            case "remove" -> "removed";
            case "move" -> "moved";
            case "copy" -> "copied";
            case "test" -> "tested";
            default -> op;
        };
    }

    /** The pointer in the old document of {@code path}, undoing earlier insertions and removals in arrays. */
    private static String toBefore(JsonNode before, String path, Map<String, Integer> shifts) {
        if (path == null) {
            return null;
        }
        StringBuilder old = new StringBuilder();
        StringBuilder current = new StringBuilder();
        JsonNode node = before;
        for (JsonPointer p = JsonPointer.compile(path); !p.matches(); p = p.tail()) {
            String token = p.getMatchingProperty();
            String token0 = token;
            if (node != null && node.isArray() && token.matches("0|[1-9][0-9]{0,9}")) {
                token0 = Long.toString(Long.parseLong(token) - shifts.getOrDefault(current.toString(), 0));
            }
            String escaped = StateDiff.escape(token);
            current.append('/').append(escaped);
            old.append('/').append(token0.equals(token) ? escaped : token0);
            node = node == null ? null : node.isArray() ? node.get(parseIndex(token0)) : node.get(token);
        }
        return old.toString();
    }

    private static int parseIndex(String token) {
        try {
            return Integer.parseInt(token);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static String parentOf(String pointer) {
        int slash = pointer.lastIndexOf('/');
        return slash < 0 ? null : pointer.substring(0, slash);
    }

    /** The parent pointer of {@code pointer} when that parent is an array in {@code doc}, else {@code null}. */
    private static String parentArray(JsonNode doc, String pointer) {
        if (doc == null || pointer == null || pointer.isEmpty()) {
            return null;
        }
        String parent = parentOf(pointer);
        return parent != null && doc.at(parent).isArray() ? parent : null;
    }

    private static JsonNode at(JsonNode doc, String pointer) {
        if (doc == null || pointer == null) {
            return null;
        }
        JsonNode v = doc.at(pointer);
        return v.isMissingNode() ? null : v;
    }
}
