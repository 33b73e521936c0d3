package dev.chronoscope.source;

/**
 * A source that cannot be read, or (in strict mode) a bad record. The message is meant for the
 * user as is: it names the file and, where there is one, the line or record, and says what was
 * expected, e.g. {@code orders.jsonl:2: invalid JSON: unexpected end of input; expected a JSON
 * object per line} or {@code missing.jsonl: file not found}.
 */
public class SourceException extends Exception {

    private static final long serialVersionUID = 1L;

    public SourceException(String message) {
        super(message);
    }

    public SourceException(String message, Throwable cause) {
        super(message, cause);
    }
}
