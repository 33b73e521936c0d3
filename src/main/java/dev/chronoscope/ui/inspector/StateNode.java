package dev.chronoscope.ui.inspector;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What one row of {@link StateView}'s tree shows.
 *
 * @param key the member name, the array index in decimal, or {@code null} for the root
 * @param pointer the RFC 6901 pointer of the value ({@code ""} for the root)
 * @param value the value now, or {@code null} when it was {@link Change#REMOVED removed}
 * @param was the previous value when {@link Change#CHANGED changed} or {@link Change#REMOVED removed}, else {@code null}
 * @param change how the value differs from the previous state
 */
public record StateNode(String key, String pointer, JsonNode value, JsonNode was, Change change) {

    /** Whether the row stands for a value that is gone (shown struck through). */
    public boolean removed() {
        return change == Change.REMOVED;
    }

    /** The value a copy puts on the clipboard: the current value, or the old one of a removed row. */
    public JsonNode shown() {
        return removed() ? was : value;
    }
}
