package dev.chronoscope.replay;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
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

    // ---- streaming: merge straight from a parser, without building the patch tree ---------------

    /**
     * {@code apply(target, patch)} where the patch is read from {@code p}, positioned on the first
     * token of the patch value; leaves {@code p} on its last token. Equal to parsing the patch with
     * Jackson's {@code readTree} and calling {@link #apply}, except for a patch with duplicate
     * member names (which RFC 8259 advises against): they are applied one after the other, where
     * {@code readTree} keeps only the last.
     */
    static JsonNode applyFrom(JsonNode target, JsonParser p) throws IOException {
        JsonToken token = p.currentToken();
        if (token != JsonToken.START_OBJECT) {
            return read(p, token, false);
        }
        if (target == null || !target.isObject()) {
            return read(p, token, true);
        }
        Map<String, JsonNode> members = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            JsonToken valueToken = p.nextToken();
            JsonNode current = members == null ? target.get(key) : members.get(key);
            if (valueToken == JsonToken.VALUE_NULL) {
                if (current != null) {
                    members = copyIfNeeded(members, target);
                    members.remove(key);
                }
            } else {
                JsonNode merged = applyFrom(current, p);
                if (merged != current && !(merged.isValueNode() && merged.equals(current))) {
                    members = copyIfNeeded(members, target);
                    members.put(key, merged);
                }
            }
        }
        return members == null ? target : new ObjectNode(NODES, members);
    }

    /**
     * Merges the patch object read from {@code p} (positioned on its {@code START_OBJECT}) into
     * {@code owned} <em>in place</em>. Only for an object that nobody else can see yet (a private
     * copy during a fold); nested objects are still merged without mutation, by {@link #applyFrom}.
     */
    static void mergeInto(ObjectNode owned, JsonParser p) throws IOException {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            JsonToken valueToken = p.nextToken();
            if (valueToken == JsonToken.VALUE_NULL) {
                owned.remove(key);
            } else {
                JsonNode current = owned.get(key);
                JsonNode merged = applyFrom(current, p);
                if (merged != current) {
                    owned.replace(key, merged);
                }
            }
        }
    }

    /**
     * Merges the patch object {@code patch} into {@code owned} <em>in place</em>, like
     * {@link #mergeInto(ObjectNode, JsonParser)} with a tree: only for an object nobody else can see
     * yet; nested objects are merged without mutation, by {@link #apply}.
     */
    static void mergeInto(ObjectNode owned, JsonNode patch) {
        for (Iterator<Map.Entry<String, JsonNode>> it = patch.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String key = e.getKey();
            JsonNode value = e.getValue();
            if (value.isNull()) {
                owned.remove(key);
            } else {
                JsonNode current = owned.get(key);
                JsonNode merged = apply(current, value);
                if (merged != current) {
                    owned.replace(key, merged);
                }
            }
        }
    }

    /** A new object with the same members (shared, not copied). */
    static ObjectNode shallowCopy(JsonNode object) {
        return new ObjectNode(NODES, copyIfNeeded(null, object));
    }

    /**
     * Builds the value at the parser's current token, with the node types Jackson's
     * {@code readTree} gives. With {@code dropNulls}, null members of objects are left out at every
     * depth (that is {@code MergePatch({}, value)}); arrays are kept as they are.
     */
    private static JsonNode read(JsonParser p, JsonToken token, boolean dropNulls) throws IOException {
        switch (token) {
            case START_OBJECT: {
                Map<String, JsonNode> members = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    JsonToken valueToken = p.nextToken();
                    if (dropNulls && valueToken == JsonToken.VALUE_NULL) {
                        members.remove(key);
                    } else {
                        members.put(key, read(p, valueToken, dropNulls));
                    }
                }
                return new ObjectNode(NODES, members);
            }
            case START_ARRAY: {
                ArrayNode array = NODES.arrayNode();
                JsonToken t;
                while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                    array.add(read(p, t, false));
                }
                return array;
            }
            case VALUE_STRING:
                return NODES.textNode(p.getText());
            case VALUE_NUMBER_INT:
                switch (p.getNumberType()) {
                    case INT:
                        return NODES.numberNode(p.getIntValue());
                    case LONG:
                        return NODES.numberNode(p.getLongValue());
                    default:
                        return NODES.numberNode(p.getBigIntegerValue());
                }
            case VALUE_NUMBER_FLOAT:
                if (p.getNumberType() == JsonParser.NumberType.BIG_DECIMAL) {
                    return NODES.numberNode(p.getDecimalValue());
                }
                return NODES.numberNode(p.getDoubleValue());
            case VALUE_TRUE:
                return NODES.booleanNode(true);
            case VALUE_FALSE:
                return NODES.booleanNode(false);
            case VALUE_NULL:
                return NullNode.getInstance();
            default:
                throw new IOException("unexpected JSON token " + token);
        }
    }
}
