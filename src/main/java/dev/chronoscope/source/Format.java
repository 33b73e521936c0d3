package dev.chronoscope.source;

/** The file formats {@link EventLogLoader} reads. Each may also be gzip-compressed. */
public enum Format {
    /** JSON Lines: one JSON object per line ({@code .jsonl}, {@code .ndjson}). */
    JSONL,
    /** JSON: a top-level array of objects, or an object with such an array under {@code events}. */
    JSON;
}
