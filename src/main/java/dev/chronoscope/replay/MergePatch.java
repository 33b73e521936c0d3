package dev.chronoscope.replay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * JSON Merge Patch (RFC 7386) with structural sharing.
 *
 * <p>{@link #apply} never mutates its arguments. It builds new {@link ObjectNode}s only along the
 * paths the patch changes; every untouched member of the target, and every patch value that needs
 * no change (no {@code null} members to drop), is shared with the result rather than copied. The
 * result may therefore share nodes with both the target and the patch: treat all three as
 * immutable afterwards. This is what makes checkpoints cheap: consecutive states of a stream share
 * everything an event did not touch.
 *
 * <p>Member order: members of the target keep their place (also when replaced); new members are
 * appended in patch order.
 */
public final class MergePatch {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private MergePatch() {}

    /**
     * RFC 7386 {@code MergePatch(target, patch)}. A {@code null} target is treated as absent
     * (like JSON {@code null}); a {@code null} patch means JSON {@code null} and yields JSON null.
     *
     * @return the patched document; never mutates {@code target} or {@code patch}
     */
    public static JsonNode apply(JsonNode target, JsonNode patch) {
        if (patch == null || !patch.isObject()) {
            return patch == null ? NullNode.getInstance() : patch;
        }
        if (target == null || !target.isObject()) {
            return withoutNulls(patch);
        }
        if (patch.isEmpty()) {
            return target;
        }
        Map<String, JsonNode> members = null; // copied lazily on the first real change
        for (Iterator<Map.Entry<String, JsonNode>> it = patch.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String key = e.getKey();
            JsonNode value = e.getValue();
            JsonNode current = members == null ? target.get(key) : members.get(key);
            if (value.isNull()) {
                if (current != null) {
                    members = copyIfNeeded(members, target);
                    members.remove(key);
                }
            } else {
                JsonNode merged = apply(current, value);
                if (merged != current && !(merged.isValueNode() && merged.equals(current))) {
                    members = copyIfNeeded(members, target);
                    members.put(key, merged);
                }
            }
        }
        return members == null ? target : new ObjectNode(NODES, members);
    }

    private static Map<String, JsonNode> copyIfNeeded(Map<String, JsonNode> members, JsonNode target) {
        if (members != null) {
            return members;
        }
        Map<String, JsonNode> copy = new LinkedHashMap<>(Math.max(16, target.size() * 2));
        for (Iterator<Map.Entry<String, JsonNode>> it = target.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            copy.put(e.getKey(), e.getValue());
        }
        return copy;
    }

    /**
     * {@code MergePatch({}, value)} for an object value: the value with null members removed at
     * every depth. Returns {@code value} itself when it has none, so clean payloads are shared.
     */
    static JsonNode withoutNulls(JsonNode value) {
        if (!value.isObject()) {
            return value;
        }
        Map<String, JsonNode> members = null;
        for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode v = e.getValue();
            JsonNode cleaned = v.isNull() ? null : withoutNulls(v);
            if (cleaned != v && members == null) {
                members = new LinkedHashMap<>(Math.max(16, value.size() * 2));
                // copy the members before this one, which were all clean
                for (Iterator<Map.Entry<String, JsonNode>> before = value.fields(); before.hasNext(); ) {
                    Map.Entry<String, JsonNode> b = before.next();
                    if (b.getKey().equals(e.getKey())) {
                        break;
                    }
                    members.put(b.getKey(), b.getValue());
                }
            }
            if (members != null && cleaned != null) {
                members.put(e.getKey(), cleaned);
            }
        }
        return members == null ? value : new ObjectNode(NODES, members);
    }
}
