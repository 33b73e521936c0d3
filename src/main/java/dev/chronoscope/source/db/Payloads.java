package dev.chronoscope.source.db;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.util.Locale;

/**
 * Decodes a payload or metadata value read from a column into UTF-8 JSON: JSON text is checked and
 * kept byte for byte; XML (XStream) is converted by {@link XStreamJson}; anything else is an
 * unsupported encoding, which rejects that record only.
 */
final class Payloads {

    private static final JsonFactory JSON = new JsonFactory();

    private Payloads() {}

    /** A value that cannot become JSON; the message says what it is and what was expected. */
    static final class UnsupportedPayload extends Exception {
        private static final long serialVersionUID = 1L;

        UnsupportedPayload(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * The JSON for these bytes, or {@code null} for an empty value.
     *
     * @param what {@code payload} or {@code metadata}, for messages
     */
    static byte[] decode(byte[] b, String what) throws UnsupportedPayload {
        int i = 0;
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            i = 3;
        }
        while (i < b.length && (b[i] == ' ' || b[i] == '\n' || b[i] == '\r' || b[i] == '\t')) {
            i++;
        }
        if (i == b.length) {
            return null;
        }
        byte first = b[i];
        if (first == '<') {
            try {
                return XStreamJson.convert(b, i, b.length - i);
            } catch (IOException e) {
                throw new UnsupportedPayload(what + " is not well-formed XML (" + e.getMessage()
                        + "); expected XStream XML or JSON");
            }
        }
        if (first == '{' || first == '[' || first == '"' || first == '-' || (first >= '0' && first <= '9')
                || first == 't' || first == 'f' || first == 'n') {
            String problem = jsonProblem(b, i);
            if (problem == null) {
                return i == 0 ? b : java.util.Arrays.copyOfRange(b, i, b.length);
            }
            throw new UnsupportedPayload(what + " is not valid JSON (" + problem + "); expected JSON or XStream XML");
        }
        throw new UnsupportedPayload("unsupported " + what + " encoding: " + describe(b, i)
                + "; expected JSON (e.g. Axon's JacksonSerializer) or XML (Axon's default XStreamSerializer)");
    }

    /** Why the bytes from {@code off} are not exactly one JSON value, or {@code null} when they are. */
    static String jsonProblem(byte[] b, int off) {
        try (JsonParser p = JSON.createParser(b, off, b.length - off)) {
            if (p.nextToken() == null) {
                return "empty";
            }
            p.skipChildren();
            if (p.nextToken() != null) {
                return "more content after the value";
            }
            return null;
        } catch (JsonProcessingException e) {
            return Connections.firstLine(e.getOriginalMessage());
        } catch (IOException e) {
            return e.getMessage();
        }
    }

    private static String describe(byte[] b, int i) {
        if (b.length - i >= 2 && (b[i] & 0xFF) == 0xAC && (b[i + 1] & 0xFF) == 0xED) {
            return "Java serialization (starts with 0xACED)";
        }
        StringBuilder sb = new StringBuilder("binary data starting with 0x");
        for (int k = i; k < Math.min(b.length, i + 4); k++) {
            sb.append(String.format(Locale.ROOT, "%02X", b[k] & 0xFF));
        }
        return sb.toString();
    }
}
