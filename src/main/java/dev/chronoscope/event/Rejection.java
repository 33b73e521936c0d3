package dev.chronoscope.event;

/**
 * A record of the source that did not become an event.
 *
 * @param record the 1-based line number (line-oriented sources) or record number (others)
 * @param reason what was wrong and what was expected, in words a user can act on
 * @param excerpt the start of the raw record, cut to {@link #MAX_EXCERPT} characters
 */
public record Rejection(long record, String reason, String excerpt) {

    /** The longest excerpt kept of a rejected record. */
    public static final int MAX_EXCERPT = 200;

    public Rejection {
        if (excerpt != null && excerpt.length() > MAX_EXCERPT) {
            excerpt = excerpt.substring(0, MAX_EXCERPT) + "…";
        }
    }

    /** Formats the rejection as {@code source:record: reason}, the form the CLI prints. */
    public String describe(String source) {
        return source + ":" + record + ": " + reason;
    }
}
