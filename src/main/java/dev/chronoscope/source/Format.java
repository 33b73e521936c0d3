package dev.chronoscope.source;

/** The file formats {@link EventLogLoader} reads. Each may also be gzip-compressed or sit in a zip archive. */
public enum Format {
    /** JSON Lines: one JSON object per line ({@code .jsonl}, {@code .ndjson}). */
    JSONL,
    /** JSON: a top-level array of objects, an object with such an array under {@code events}, or one object. */
    JSON,
    /** CSV with a header row ({@code .csv}, {@code .tsv}, {@code .txt}); delimiter {@code , ; tab |} detected. */
    CSV,
    /** XES, the IEEE 1849 process-mining log ({@code .xes}). */
    XES;
}
