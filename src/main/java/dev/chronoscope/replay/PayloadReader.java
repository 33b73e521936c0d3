package dev.chronoscope.replay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;

/**
 * Reads the common shape of a stored payload into a tree without a Jackson parser (creating one
 * per payload costs more than reading a small payload): strings of printable ASCII without
 * escapes, integers of up to 18 digits, decimals without exponent of up to 18 characters,
 * booleans, null, objects and arrays up to a modest depth. The tree equals what
 * {@code Json.MAPPER.readTree} makes of the same bytes (same node classes).
 *
 * <p>It never guesses: anything else (escapes, non-ASCII, exponents, long numbers, duplicate
 * member names, deep nesting, anything unexpected) makes {@link #read} return {@link #UNUSUAL}, and
 * the caller uses Jackson. Stored payloads were validated when the log was loaded, but the reader
 * still checks the grammar it relies on. Stateless and thread-safe.
 */
final class PayloadReader {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final int MAX_DEPTH = 32;
    private static final int MAX_NUMBER = 18;
    private static final double[] POW10 = {
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
    };

    /** Thrown to give up; preallocated, without a stack trace. */
    private static final RuntimeException GIVE_UP = new RuntimeException(null, null, false, false) {
        private static final long serialVersionUID = 1L;
    };

    private final byte[] b;
    private final int end;
    private int i;

    private PayloadReader(byte[] b, int off, int len) {
        this.b = b;
        this.i = off;
        this.end = off + len;
    }

    /** What {@link #read} returns for a value that is not of the common shape. */
    static final JsonNode UNUSUAL = MissingNode.getInstance();

    /** The tree of the JSON value in {@code b[off, off+len)}, or {@link #UNUSUAL} when it is not of the common shape. */
    static JsonNode read(byte[] b, int off, int len) {
        PayloadReader r = new PayloadReader(b, off, len);
        try {
            JsonNode n = r.value(0);
            r.ws();
            return r.i == r.end ? n : UNUSUAL;
        } catch (RuntimeException e) {
            if (e == GIVE_UP || e instanceof ArrayIndexOutOfBoundsException) {
                return UNUSUAL;
            }
            throw e;
        }
    }

    private void ws() {
        while (i < end) {
            byte c = b[i];
            if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
                return;
            }
            i++;
        }
    }

    private byte peek() {
        if (i >= end) {
            throw GIVE_UP;
        }
        return b[i];
    }

    private JsonNode value(int depth) {
        ws();
        byte c = peek();
        switch (c) {
            case '{':
                return object(depth);
            case '[':
                return array(depth);
            case '"':
                return NODES.textNode(string());
            case 't':
                literal("true");
                return BooleanNode.TRUE;
            case 'f':
                literal("false");
                return BooleanNode.FALSE;
            case 'n':
                literal("null");
                return NullNode.getInstance();
            default:
                return number();
        }
    }

    private ObjectNode object(int depth) {
        if (depth >= MAX_DEPTH) {
            throw GIVE_UP;
        }
        i++;
        LinkedHashMap<String, JsonNode> members = new LinkedHashMap<>();
        ws();
        if (peek() == '}') {
            i++;
            return new ObjectNode(NODES, members);
        }
        while (true) {
            ws();
            if (peek() != '"') {
                throw GIVE_UP;
            }
            String key = string();
            ws();
            if (peek() != ':') {
                throw GIVE_UP;
            }
            i++;
            if (members.put(key, value(depth + 1)) != null) {
                throw GIVE_UP; // duplicate member: Jackson's rules decide
            }
            ws();
            byte c = peek();
            i++;
            if (c == '}') {
                return new ObjectNode(NODES, members);
            }
            if (c != ',') {
                throw GIVE_UP;
            }
        }
    }

    private ArrayNode array(int depth) {
        if (depth >= MAX_DEPTH) {
            throw GIVE_UP;
        }
        i++;
        ArrayNode array = NODES.arrayNode();
        ws();
        if (peek() == ']') {
            i++;
            return array;
        }
        while (true) {
            array.add(value(depth + 1));
            ws();
            byte c = peek();
            i++;
            if (c == ']') {
                return array;
            }
            if (c != ',') {
                throw GIVE_UP;
            }
        }
    }

    /** A string of printable ASCII without escapes, at the opening quote. */
    private String string() {
        int s = ++i;
        while (true) {
            byte c = peek();
            if (c == '"') {
                break;
            }
            if (c < 0x20 || c == '\\') { // also every non-ASCII byte (negative)
                throw GIVE_UP;
            }
            i++;
        }
        String text = new String(b, s, i - s, StandardCharsets.ISO_8859_1);
        i++;
        return text;
    }

    private void literal(String word) {
        int n = word.length();
        if (i + n > end) {
            throw GIVE_UP;
        }
        for (int k = 0; k < n; k++) {
            if (b[i + k] != word.charAt(k)) {
                throw GIVE_UP;
            }
        }
        i += n;
        if (i < end && isWordChar(b[i])) {
            throw GIVE_UP;
        }
    }

    private static boolean isWordChar(byte c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '.'
                || c == '+' || c == '-';
    }

    /** {@code -?(0|[1-9][0-9]*)(\.[0-9]+)?}, at most {@link #MAX_NUMBER} characters. */
    private JsonNode number() {
        int s = i;
        boolean neg = b[i] == '-';
        if (neg) {
            i++;
        }
        int d = i;
        long v = 0;
        while (i < end && b[i] >= '0' && b[i] <= '9') {
            v = v * 10 + (b[i] - '0');
            i++;
        }
        if (i == d || b[d] == '0' && i - d > 1 || i - s > MAX_NUMBER) {
            throw GIVE_UP;
        }
        if (i < end && b[i] == '.') {
            int intDigits = i - d;
            i++;
            int f = i;
            long m = v;
            while (i < end && b[i] >= '0' && b[i] <= '9') {
                m = m * 10 + (b[i] - '0');
                i++;
            }
            if (i == f || i - s > MAX_NUMBER || i < end && isWordChar(b[i])) {
                throw GIVE_UP;
            }
            int fractionDigits = i - f;
            if (intDigits + fractionDigits <= 15) {
                // m < 10^15 < 2^53 and 10^k are exact doubles, so one division rounds correctly
                // (the classic fast path of decimal conversion): the same double as parseDouble
                double x = m / POW10[fractionDigits];
                return NODES.numberNode(neg ? -x : x);
            }
            return NODES.numberNode(Double.parseDouble(new String(b, s, i - s, StandardCharsets.ISO_8859_1)));
        }
        if (i < end && isWordChar(b[i])) {
            throw GIVE_UP; // exponent or garbage
        }
        long n = neg ? -v : v;
        return n == (int) n ? NODES.numberNode((int) n) : NODES.numberNode(n);
    }
}
