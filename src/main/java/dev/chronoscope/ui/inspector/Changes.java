package dev.chronoscope.ui.inspector;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chronoscope.diff.StateDiff;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where a state differs from the previous one, by JSON pointer, at the deepest level where the two
 * differ: a changed scalar, a member or element added or removed, or a value whose JSON type changed.
 * Arrays are compared index by index (what a tree shows), not by the longest common subsequence
 * that a JSON Patch uses. Without a previous state (or without a state) nothing is a change; when the
 * previous state was JSON {@code null} or a scalar and the state is a container, every member is added.
 */
public final class Changes {

    /** No change anywhere. */
    public static final Changes NONE = new Changes(Map.of(), Map.of());

    private final Map<String, Change> byPointer;
    private final Map<String, List<String>> removedKeys;
    private final Set<String> containing;

    private Changes(Map<String, Change> byPointer, Map<String, List<String>> removedKeys) {
        this.byPointer = byPointer;
        this.removedKeys = removedKeys;
        Set<String> ancestors = new HashSet<>();
        for (String p : byPointer.keySet()) {
            ancestors.add(p);
            for (int i = p.lastIndexOf('/'); i >= 0; i = i == 0 ? -1 : p.lastIndexOf('/', i - 1)) {
                if (!ancestors.add(p.substring(0, i))) {
                    break;
                }
            }
        }
        this.containing = ancestors;
    }

    /** The changes turning {@code before} into {@code after}; {@link #NONE} when either is missing. */
    public static Changes between(JsonNode before, JsonNode after) {
        if (before == null || after == null || before == after) {
            return NONE;
        }
        Map<String, Change> changes = new LinkedHashMap<>();
        Map<String, List<String>> removed = new LinkedHashMap<>();
        if (after.isContainerNode() && !before.isContainerNode()) {
            Iterator<String> names = after.isObject() ? after.fieldNames() : indices(after.size());
            names.forEachRemaining(k -> changes.put("/" + StateDiff.escape(k), Change.ADDED));
        } else {
            compare("", before, after, changes, removed);
        }
        return changes.isEmpty() ? NONE : new Changes(changes, removed);
    }

    private static Iterator<String> indices(int n) {
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(Integer.toString(i));
        }
        return out.iterator();
    }

    private static void compare(String pointer, JsonNode a, JsonNode b,
                                Map<String, Change> out, Map<String, List<String>> removed) {
        if (a == b) {
            return;
        }
        if (a.isObject() && b.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = b.properties().iterator();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> f = fields.next();
                String child = pointer + "/" + StateDiff.escape(f.getKey());
                JsonNode old = a.get(f.getKey());
                if (old == null) {
                    out.put(child, Change.ADDED);
                } else {
                    compare(child, old, f.getValue(), out, removed);
                }
            }
            Iterator<String> names = a.fieldNames();
            while (names.hasNext()) {
                String name = names.next();
                if (!b.has(name)) {
                    out.put(pointer + "/" + StateDiff.escape(name), Change.REMOVED);
                    removed.computeIfAbsent(pointer, k -> new ArrayList<>()).add(name);
                }
            }
        } else if (a.isArray() && b.isArray()) {
            int common = Math.min(a.size(), b.size());
            for (int i = 0; i < common; i++) {
                compare(pointer + "/" + i, a.get(i), b.get(i), out, removed);
            }
            for (int i = common; i < b.size(); i++) {
                out.put(pointer + "/" + i, Change.ADDED);
            }
            for (int i = common; i < a.size(); i++) {
                out.put(pointer + "/" + i, Change.REMOVED);
                removed.computeIfAbsent(pointer, k -> new ArrayList<>()).add(Integer.toString(i));
            }
        } else if (!a.equals(b)) {
            out.put(pointer, Change.CHANGED);
        }
    }

    /** The change at exactly {@code pointer}. */
    public Change at(String pointer) {
        return byPointer.getOrDefault(pointer, Change.NONE);
    }

    /** Whether the value at {@code pointer} or anything inside it changed. */
    public boolean within(String pointer) {
        return containing.contains(pointer);
    }

    /** Names (or indices) of the members of the container at {@code pointer} that were removed, in their old order. */
    public List<String> removedFrom(String pointer) {
        return removedKeys.getOrDefault(pointer, List.of());
    }

    /** Every change by pointer, in document order of the new state (removals after their siblings). */
    public Map<String, Change> byPointer() {
        return Collections.unmodifiableMap(byPointer);
    }

    /** The number of changed, added and removed values. */
    public int count() {
        return byPointer.size();
    }

    public boolean isEmpty() {
        return byPointer.isEmpty();
    }

    @Override
    public String toString() {
        return byPointer.toString();
    }
}
