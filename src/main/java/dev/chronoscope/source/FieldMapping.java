package dev.chronoscope.source;

import com.fasterxml.jackson.core.JsonPointer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The compiled field mapping for JSON-shaped records: every top-level key that can fill a role
 * gets a dense number (a "slot"), and each role knows which slots to try, in order. Immutable and
 * shared by all parsing threads.
 */
final class FieldMapping {

    static final int NONE = -1;

    /** Top-level key → slot. */
    final Map<String, Integer> slotOf = new HashMap<>();
    /** Slot → top-level key. */
    final List<String> keys = new ArrayList<>();
    /** Per role: the slots of the default keys, in order (or the one override slot). */
    final int[][] candidates = new int[Role.ALL.size()][];
    /** Per role: the JSON Pointer override below the top-level key, or {@code null}. */
    final JsonPointer[] pointerTail = new JsonPointer[Role.ALL.size()];
    /** Per role: the field as the user wrote it when overridden, else {@code null}. */
    final String[] override = new String[Role.ALL.size()];
    /** Per role: the slot of its CloudEvents key, or {@link #NONE}. */
    final int[] cloudEventsSlot = new int[Role.ALL.size()];
    final int specversionSlot;
    /** CloudEvents' {@code data_base64} and {@code datacontenttype}. */
    final int dataBase64Slot;
    final int dataContentTypeSlot;
    /** Per slot: whether it can only ever fill the time role, so strings are parsed as times on the spot. */
    final boolean[] timeOnly;
    /** Per slot: whether its string values repeat a lot (stream and type names), so are worth caching. */
    final boolean[] repeated;
    final int payloadTypeSlot;
    final int payloadTypeSnakeSlot;
    final int typeSlot;

    FieldMapping(Map<String, String> overrides) {
        for (Role role : Role.ALL) {
            String field = overrides.get(role.roleName);
            int r = role.ordinal();
            if (field != null && field.isEmpty()) {
                throw new IllegalArgumentException("empty field for role '" + role.roleName
                        + "': expected a top-level key or a JSON Pointer such as /payload/id");
            }
            if (field == null) {
                candidates[r] = role.keys.stream().mapToInt(this::slot).toArray();
            } else if (field.startsWith("/")) {
                JsonPointer p;
                try {
                    p = JsonPointer.compile(field);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("invalid JSON Pointer '" + field + "' for role " + role.roleName
                            + ": " + e.getMessage());
                }
                override[r] = field;
                candidates[r] = new int[] {slot(p.getMatchingProperty())};
                JsonPointer tail = p.tail();
                pointerTail[r] = tail == null || tail.matches() ? null : tail;
            } else {
                override[r] = field;
                candidates[r] = new int[] {slot(field)};
            }
            String ce = role.cloudEventsKey();
            cloudEventsSlot[r] = ce == null ? NONE : slot(ce);
        }
        specversionSlot = slot("specversion");
        dataBase64Slot = slot("data_base64");
        dataContentTypeSlot = slot("datacontenttype");
        payloadTypeSlot = slot("payloadType");
        payloadTypeSnakeSlot = slot("payload_type");
        typeSlot = slot("type");
        repeated = new boolean[keys.size()];
        for (Role role : List.of(Role.STREAM, Role.TYPE, Role.STREAM_TYPE)) {
            for (int c : candidates[role.ordinal()]) {
                repeated[c] |= direct(role);
            }
            if (cloudEventsSlot[role.ordinal()] != NONE) {
                repeated[cloudEventsSlot[role.ordinal()]] = true;
            }
        }
        timeOnly = new boolean[keys.size()];
        if (direct(Role.TIME)) {
            for (int c : candidates[Role.TIME.ordinal()]) {
                timeOnly[c] = true;
            }
            timeOnly[cloudEventsSlot[Role.TIME.ordinal()]] = true;
        }
        for (Role role : Role.ALL) {
            if (role != Role.TIME) {
                for (int c : candidates[role.ordinal()]) {
                    timeOnly[c] = false;
                }
                if (cloudEventsSlot[role.ordinal()] != NONE) {
                    timeOnly[cloudEventsSlot[role.ordinal()]] = false;
                }
            }
        }
        timeOnly[specversionSlot] = false;
        timeOnly[dataBase64Slot] = false;
        timeOnly[dataContentTypeSlot] = false;
    }

    private boolean direct(Role role) {
        return pointerTail[role.ordinal()] == null;
    }

    private int slot(String key) {
        return slotOf.computeIfAbsent(key, k -> {
            keys.add(k);
            return keys.size() - 1;
        });
    }

    int slotCount() {
        return keys.size();
    }

    /** What a record lacking the role was expected to have, for messages. */
    String expected(Role role) {
        String o = override[role.ordinal()];
        if (o != null) {
            return o;
        }
        return "one of " + String.join(", ", role.keys);
    }
}
