package dev.chronoscope.ui.inspector;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.chronoscope.diff.StateDiff;
import dev.chronoscope.ui.inspector.PatchOps.PatchOp;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Where a state differs from the previous one, by JSON pointer, as the Diff tab sees it: read from
 * the RFC 6902 patch of {@link StateDiff#diff} (arrays compared by longest common subsequence, as
 * zjsonpatch does), resolved against both states by {@link PatchOps}. So an element inserted into an
 * array is one added value and the elements after it, shifted by one, are not changes; a changed
 * scalar, a member added or removed, or a value whose JSON type changed is one change at the deepest
 * level where the two differ.
 *
 * <p>Changed and added values are addressed by their pointer in the new state. Removed values are
 * not in the new state: each is a {@link Removal} of the container (in the new state) it was removed
 * from, with its pointer and value in the previous state and, for arrays, where it stood among the
 * elements that are left. Without a previous state (or without a state) nothing is a change; when the
 * previous state was JSON {@code null} or a scalar and the state is a container, every member is added.
 */
public final class Changes {

    /** No change anywhere. */
    public static final Changes NONE = new Changes(Map.of(), Map.of());

    /**
     * A value that was removed.
     *
     * @param key its member name, or its index in the old array in decimal
     * @param oldPointer its pointer in the previous state
     * @param oldValue its value in the previous state
     * @param before for an element of an array: the index, among the array's elements now, of the
     *               element it stood before (the array's size when it stood last); -1 for a member
     */
    public record Removal(String key, String oldPointer, JsonNode oldValue, int before) {}

    private record Entry(Change change, JsonNode was) {}

    private final Map<String, Entry> byPointer;
    private final Map<String, List<Removal>> removals;
    private final Set<String> containing;

    private Changes(Map<String, Entry> byPointer, Map<String, List<Removal>> removals) {
        this.byPointer = byPointer;
        this.removals = removals;
        Set<String> ancestors = new HashSet<>();
        for (String p : byPointer.keySet()) {
            addWithAncestors(ancestors, p);
        }
        for (String parent : removals.keySet()) {
            addWithAncestors(ancestors, parent);
        }
        this.containing = ancestors;
    }

    private static void addWithAncestors(Set<String> set, String p) {
        set.add(p);
        for (int i = p.lastIndexOf('/'); i >= 0; i = i == 0 ? -1 : p.lastIndexOf('/', i - 1)) {
            if (!set.add(p.substring(0, i))) {
                break;
            }
        }
    }

    /** The changes turning {@code before} into {@code after}; {@link #NONE} when either is missing or they are equal. */
    public static Changes between(JsonNode before, JsonNode after) {
        return between(before, after, null);
    }

    /**
     * As {@link #between(JsonNode, JsonNode)}, reading the changes from {@code patch}, the RFC 6902
     * patch {@link StateDiff#diff} gives from {@code before} to {@code after} (made when {@code null}).
     */
    public static Changes between(JsonNode before, JsonNode after, ArrayNode patch) {
        if (before == null || after == null || before == after || before.equals(after)) {
            return NONE;
        }
        Map<String, Entry> changes = new LinkedHashMap<>();
        Map<String, List<Removal>> removed = new LinkedHashMap<>();
        if (after.isContainerNode() && !before.isContainerNode()) {
            Iterator<String> names = after.isObject() ? after.fieldNames() : indices(after.size());
            names.forEachRemaining(k -> changes.put("/" + StateDiff.escape(k), new Entry(Change.ADDED, null)));
        } else if (!before.isContainerNode() || !after.isContainerNode()) {
            changes.put("", new Entry(Change.CHANGED, before));
        } else {
            fromPatch(before, after, patch != null ? patch : StateDiff.diff(before, after), changes, removed);
        }
        return changes.isEmpty() && removed.isEmpty() ? NONE : new Changes(changes, removed);
    }

    private static void fromPatch(JsonNode before, JsonNode after, ArrayNode patch,
                                  Map<String, Entry> changes, Map<String, List<Removal>> removed) {
        // for arrays: the new indices added and the old indices removed, to place the removed elements
        Map<String, Set<Integer>> addedAt = new HashMap<>();
        for (PatchOp op : PatchOps.resolve(before, after, patch)) {
            switch (op.op()) {
                case "add" -> {
                    changes.put(op.afterPointer(), new Entry(Change.ADDED, null));
                    String parent = parentOf(op.afterPointer());
                    if (parent != null && after.at(parent).isArray()) {
                        addedAt.computeIfAbsent(parent, k -> new TreeSet<>()).add(index(lastToken(op.afterPointer())));
                    }
                }
                case "replace" -> changes.put(op.afterPointer(), new Entry(Change.CHANGED, op.oldValue()));
                case "remove" -> {
                    String parent = parentOf(op.path());
                    String key = unescape(lastToken(op.beforePointer()));
                    removed.computeIfAbsent(parent, k -> new ArrayList<>())
                            .add(new Removal(key, op.beforePointer(), op.oldValue(), -1));
                }
                default -> { } // StateDiff makes add, remove and replace only
            }
        }
        for (Map.Entry<String, List<Removal>> e : removed.entrySet()) {
            JsonNode now = after.at(e.getKey());
            if (now.isArray()) {
                e.setValue(placed(e.getValue(), addedAt.getOrDefault(e.getKey(), Set.of()), now.size()));
            }
        }
    }

    /**
     * The removed elements of one array, in their old order, each with the index of the element now
     * that it stood before. The elements neither removed nor added are the same ones in the same order
     * on both sides (a patch without moves), so the k-th element kept of the old array is the k-th
     * element not added of the new one.
     */
    private static List<Removal> placed(List<Removal> removals, Set<Integer> added, int size) {
        List<Removal> sorted = new ArrayList<>(removals);
        sorted.sort((a, b) -> Integer.compare(index(a.key()), index(b.key())));
        List<Integer> kept = new ArrayList<>(size);
        for (int j = 0; j < size; j++) {
            if (!added.contains(j)) {
                kept.add(j);
            }
        }
        List<Removal> out = new ArrayList<>(sorted.size());
        int removedBefore = 0;
        for (Removal r : sorted) {
            int keptBefore = index(r.key()) - removedBefore; // kept elements that stood before it
            int at = keptBefore == 0 ? 0 : keptBefore - 1 < kept.size() ? kept.get(keptBefore - 1) + 1 : size;
            out.add(new Removal(r.key(), r.oldPointer(), r.oldValue(), at));
            removedBefore++;
        }
        return out;
    }

    private static Iterator<String> indices(int n) {
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(Integer.toString(i));
        }
        return out.iterator();
    }

    private static String parentOf(String pointer) {
        int slash = pointer.lastIndexOf('/');
        return slash < 0 ? null : pointer.substring(0, slash);
    }

    private static String lastToken(String pointer) {
        return pointer.substring(pointer.lastIndexOf('/') + 1);
    }

    private static String unescape(String token) {
        return token.replace("~1", "/").replace("~0", "~");
    }

    private static int index(String token) {
        try {
            return Integer.parseInt(token);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The change of the value at exactly {@code pointer} in the new state ({@link Change#NONE}: none; removals are not here). */
    public Change at(String pointer) {
        Entry e = byPointer.get(pointer);
        return e == null ? Change.NONE : e.change();
    }

    /** The previous value of the {@link Change#CHANGED changed} value at {@code pointer}, else {@code null}. */
    public JsonNode was(String pointer) {
        Entry e = byPointer.get(pointer);
        return e == null ? null : e.was();
    }

    /** Whether the value at {@code pointer} (in the new state), or anything inside it, changed or lost a member. */
    public boolean within(String pointer) {
        return containing.contains(pointer);
    }

    /** What was removed from the container at {@code pointer} (in the new state), in the old order. */
    public List<Removal> removedFrom(String pointer) {
        return removals.getOrDefault(pointer, List.of());
    }

    /** The changed and added values by pointer in the new state, in patch order (removals: {@link #removedFrom}). */
    public Map<String, Change> byPointer() {
        Map<String, Change> out = new LinkedHashMap<>();
        byPointer.forEach((p, e) -> out.put(p, e.change()));
        return Collections.unmodifiableMap(out);
    }

    /** Every removed value's pointer in the previous state. */
    public List<String> removedPointers() {
        List<String> out = new ArrayList<>();
        removals.values().forEach(list -> list.forEach(r -> out.add(r.oldPointer())));
        return out;
    }

    /** The number of changed, added and removed values. */
    public int count() {
        int n = byPointer.size();
        for (List<Removal> list : removals.values()) {
            n += list.size();
        }
        return n;
    }

    public boolean isEmpty() {
        return count() == 0;
    }

    /** Equal when the same pointers changed the same way from the same values and the same values were removed. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Changes c && byPointer.equals(c.byPointer) && removals.equals(c.removals);
    }

    @Override
    public int hashCode() {
        return 31 * byPointer.hashCode() + removals.hashCode();
    }

    @Override
    public String toString() {
        return byPointer() + (removals.isEmpty() ? "" : " removed " + removedPointers());
    }
}
