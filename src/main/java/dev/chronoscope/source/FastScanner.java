package dev.chronoscope.source;

/**
 * A strict, allocation-free scanner for the common shape of a JSON Lines record: one object on
 * one line, ASCII keys without escapes, role values that are ASCII strings without escapes,
 * integers, simple decimals, booleans or null, and any nested value. Nested values are validated
 * against the JSON grammar byte by byte, without building tokens.
 *
 * <p>It never guesses: anything outside that shape (escapes or non-ASCII in a role value, odd
 * UTF-8, deep nesting, any syntax error) makes it give up, and the caller hands the line to
 * Jackson, which produces the exact event or rejection. So it only has to be right about what it
 * accepts. One instance per thread.
 */
final class FastScanner {

    /** What {@link #scan} found for one top-level key; called in key order. */
    interface Sink {
        /** A string value (ASCII, no escapes) at {@code buf[off, off+len)}. */
        void string(int slot, byte[] buf, int off, int len);

        void integer(int slot, long value);

        /** A number with a fraction or exponent, or an integer too long for a long: its text. */
        void decimal(int slot, byte[] buf, int off, int len);

        void bool(int slot, boolean value);

        void nul(int slot);

        /** An object or array at {@code buf[start, end)}. */
        void structure(int slot, boolean object, int start, int end);
    }

    private static final int MAX_DEPTH = 512;

    private final byte[][] keyBytes;
    private final int[] table;
    private final int mask;
    private final boolean[] stack = new boolean[MAX_DEPTH];
    /** Set by {@link #number}: whether the last number had a fraction or exponent. */
    private boolean fractional;

    FastScanner(FieldMapping mapping) {
        int n = mapping.slotCount();
        keyBytes = new byte[n][];
        int size = Integer.highestOneBit(Math.max(n, 4) * 8) * 2;
        table = new int[size];
        mask = size - 1;
        java.util.Arrays.fill(table, -1);
        for (int s = 0; s < n; s++) {
            byte[] k = mapping.keys.get(s).getBytes(java.nio.charset.StandardCharsets.UTF_8);
            keyBytes[s] = k;
            int at = hash(k, 0, k.length) & mask;
            while (table[at] >= 0) {
                at = (at + 1) & mask;
            }
            table[at] = s;
        }
    }

    /**
     * A hash of a key from its length and its first, middle and last bytes: no loop over the key
     * (one per member of every record), and the keys of the mapping rarely share all four. Keys
     * that do only cost a longer probe.
     */
    private static int hash(byte[] b, int off, int len) {
        if (len == 0) {
            return 0;
        }
        int h = len * 0x9E3779B1 + b[off] * 31 * 31 + b[off + (len >> 1)] * 31 + b[off + len - 1];
        return h ^ (h >>> 15);
    }

    private int slotOf(byte[] b, int off, int len) {
        int at = hash(b, off, len) & mask;
        while (true) {
            int s = table[at];
            if (s < 0) {
                return -1;
            }
            byte[] k = keyBytes[s];
            if (k.length == len && same(k, b, off, len)) {
                return s;
            }
            at = (at + 1) & mask;
        }
    }

    /**
     * Whether {@code b[off, off+len)} holds the bytes of {@code k} (of length {@code len}). A plain
     * loop: keys and names are short, and {@code Arrays.equals} goes through a large vectorised
     * mismatch routine that is slow until C2 compiles it and costly to inline.
     */
    static boolean same(byte[] k, byte[] b, int off, int len) {
        for (int i = 0; i < len; i++) {
            if (k[i] != b[off + i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Scans the object starting at {@code buf[start] == '{'}, whose line ends at {@code to} or at
     * the first newline before it.
     *
     * <p>The work is split into small methods with short loops (one member, one string) so that
     * they are compiled early and as a whole while the load runs, instead of late through large
     * on-stack-replacement compiles of one big loop.
     *
     * @return the offset just past the closing brace, or -1 to give up (nothing can be assumed
     *     about what the sink received)
     */
    int scan(byte[] buf, int start, int to, Sink sink) {
        int i = ws(buf, start + 1, to);
        if (i < to && buf[i] == '}') {
            return i + 1;
        }
        while (true) {
            i = member(buf, i, to, sink);
            if (i < 0) {
                return -1;
            }
            i = ws(buf, i, to);
            if (i >= to) {
                return -1;
            }
            byte c = buf[i];
            if (c == ',') {
                i = ws(buf, i + 1, to);
            } else {
                return c == '}' ? i + 1 : -1;
            }
        }
    }

    /** One top-level member at {@code i} (its key's quote); returns the offset past its value or -1. */
    private int member(byte[] buf, int i, int to, Sink sink) {
        if (i >= to || buf[i] != '"') {
            return -1;
        }
        int keyStart = i + 1;
        int k = plainEnd(buf, keyStart, to); // escapes, control characters or non-ASCII: let Jackson decide
        if (k < 0) {
            return -1;
        }
        int slot = slotOf(buf, keyStart, k - keyStart);
        i = ws(buf, k + 1, to);
        if (i >= to || buf[i] != ':') {
            return -1;
        }
        i = ws(buf, i + 1, to);
        if (i >= to) {
            return -1;
        }
        if (slot < 0) {
            return value(buf, i, to);
        }
        byte c = buf[i];
        if (c == '"') {
            int e = plainEnd(buf, i + 1, to);
            if (e < 0) {
                return -1;
            }
            sink.string(slot, buf, i + 1, e - i - 1);
            return e + 1;
        }
        if (c == '{' || c == '[') {
            int e = value(buf, i, to);
            if (e >= 0) {
                sink.structure(slot, c == '{', i, e);
            }
            return e;
        }
        return scalar(buf, i, to, slot, sink);
    }

    /** A literal or number for a role slot. */
    private int scalar(byte[] buf, int i, int to, int slot, Sink sink) {
        byte c = buf[i];
        if (c == 't' || c == 'f' || c == 'n') {
            int e = literal(buf, i, to);
            if (e < 0) {
                return -1;
            }
            if (c == 'n') {
                sink.nul(slot);
            } else {
                sink.bool(slot, c == 't');
            }
            return e;
        }
        int e = number(buf, i, to);
        if (e < 0) {
            return -1;
        }
        if (!fractional && e - i <= 18) {
            long v = 0;
            boolean neg = buf[i] == '-';
            for (int d = neg ? i + 1 : i; d < e; d++) {
                v = v * 10 + (buf[d] - '0');
            }
            sink.integer(slot, neg ? -v : v);
        } else {
            sink.decimal(slot, buf, i, e - i);
        }
        return e;
    }

    /**
     * The closing quote of a string of printable ASCII without escapes whose content starts at
     * {@code i}, or -1 (also for a backslash, a control character or a non-ASCII byte).
     */
    private static int plainEnd(byte[] b, int i, int to) {
        while (i < to) {
            byte c = b[i];
            if (c == '"') {
                return i;
            }
            if (c < 0x20 || c == '\\') { // non-ASCII bytes are negative
                return -1;
            }
            i++;
        }
        return -1;
    }

    private static int ws(byte[] b, int i, int to) {
        if (i >= to || b[i] > ' ') {
            return i; // the common case, compact JSON: no loop to compile in every caller
        }
        return wsRun(b, i, to);
    }

    private static int wsRun(byte[] b, int i, int to) {
        while (i < to) {
            byte c = b[i];
            if (c != ' ' && c != '\t' && c != '\r') {
                break;
            }
            i++;
        }
        return i;
    }

    /**
     * Validates any JSON value at {@code i}; returns the offset past it or -1.
     *
     * <p>Member names are read in line rather than by a helper, which keeps this method above
     * C2's inlining limit for hot calls (FreqInlineSize, 325 bytes of bytecode): it is compiled
     * on its own, so when a payload first takes a new branch here (a negative number, say) only
     * this method is recompiled, not the whole {@link #scan} tree it would otherwise be part of.
     */
    private int value(byte[] b, int i, int to) {
        int depth = 0;
        while (true) {
            i = ws(b, i, to);
            if (i >= to) {
                return -1;
            }
            byte c = b[i];
            // one value
            if (c == '{' || c == '[') {
                if (depth == MAX_DEPTH) {
                    return -1;
                }
                boolean object = c == '{';
                stack[depth++] = object;
                i = ws(b, i + 1, to);
                if (i >= to) {
                    return -1;
                }
                if (b[i] == (object ? '}' : ']')) {
                    depth--;
                    i++;
                } else {
                    if (object) {
                        // a member name and its colon (written out here, not called: see above)
                        if (b[i] != '"' || (i = string(b, i, to)) < 0) {
                            return -1;
                        }
                        i = ws(b, i, to);
                        if (i >= to || b[i] != ':') {
                            return -1;
                        }
                        i++;
                    }
                    continue;
                }
            } else if (c == '"') {
                i = string(b, i, to);
            } else if (c == 't' || c == 'f' || c == 'n') {
                i = literal(b, i, to);
            } else {
                i = number(b, i, to);
            }
            if (i < 0) {
                return -1;
            }
            // after a value: close containers or move to the next member
            while (true) {
                // depth is never negative: "<=" rather than "==" keeps C2 from treating this loop as
                // counted, whose loop-limit check failed on real data and made it compile value twice
                if (depth <= 0) {
                    return i;
                }
                i = ws(b, i, to);
                if (i >= to) {
                    return -1;
                }
                boolean object = stack[depth - 1];
                byte d = b[i];
                if (d == ',') {
                    i++;
                    if (object) {
                        i = ws(b, i, to);
                        if (i >= to || b[i] != '"' || (i = string(b, i, to)) < 0) {
                            return -1;
                        }
                        i = ws(b, i, to);
                        if (i >= to || b[i] != ':') {
                            return -1;
                        }
                        i++;
                    }
                    break;
                }
                if (d == (object ? '}' : ']')) {
                    depth--;
                    i++;
                    continue;
                }
                return -1;
            }
        }
    }

    /** A string starting at the quote at {@code i}; returns the offset past the closing quote or -1. */
    private static int string(byte[] b, int i, int to) {
        i++;
        while (i < to) {
            byte c = b[i];
            if (c == '"') {
                return i + 1;
            }
            if (c < 0x20 || c == '\\') {
                return stringRest(b, i, to); // escapes, non-ASCII (negative) or an error: rare
            }
            i++;
        }
        return -1;
    }

    /** The rest of a string from {@code i} (inside it), with escapes and UTF-8 checked. */
    private static int stringRest(byte[] b, int i, int to) {
        while (i < to) {
            int c = b[i] & 0xFF;
            if (c == '"') {
                return i + 1;
            }
            if (c < 0x20) {
                return -1;
            }
            if (c == '\\') {
                if (i + 1 >= to) {
                    return -1;
                }
                int e = b[i + 1];
                if (e == 'u') {
                    if (i + 6 > to) {
                        return -1;
                    }
                    for (int h = i + 2; h < i + 6; h++) {
                        if (Character.digit(b[h], 16) < 0) {
                            return -1;
                        }
                    }
                    i += 6;
                } else if (e == '"' || e == '\\' || e == '/' || e == 'b' || e == 'f' || e == 'n' || e == 'r'
                        || e == 't') {
                    i += 2;
                } else {
                    return -1;
                }
            } else if (c < 0x80) {
                i++;
            } else {
                int n;
                if (c >= 0xC2 && c <= 0xDF) {
                    n = 1;
                } else if (c >= 0xE1 && c <= 0xEC || c == 0xEE || c == 0xEF) {
                    n = 2;
                } else if (c >= 0xF1 && c <= 0xF3) {
                    n = 3;
                } else {
                    return -1; // rarer lead bytes with extra range rules: let Jackson check them
                }
                if (i + n >= to) {
                    return -1;
                }
                for (int k = 1; k <= n; k++) {
                    if ((b[i + k] & 0xC0) != 0x80) {
                        return -1;
                    }
                }
                i += n + 1;
            }
        }
        return -1;
    }

    private static int literal(byte[] b, int i, int to) {
        byte c = b[i];
        String word = c == 't' ? "true" : c == 'f' ? "false" : "null";
        if (i + word.length() > to) {
            return -1;
        }
        for (int k = 1; k < word.length(); k++) {
            if (b[i + k] != word.charAt(k)) {
                return -1;
            }
        }
        int e = i + word.length();
        if (e < to && isWordChar(b[e])) {
            return -1;
        }
        return e;
    }

    private static boolean isWordChar(byte c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
    }

    /**
     * A number per the JSON grammar; returns the offset past it or -1. Sets {@link #fractional}.
     */
    private int number(byte[] b, int i, int to) {
        int start = i;
        if (i < to && b[i] == '-') {
            i++;
        }
        if (i >= to) {
            return -1;
        }
        if (b[i] == '0') {
            i++;
        } else if (b[i] >= '1' && b[i] <= '9') {
            while (i < to && b[i] >= '0' && b[i] <= '9') {
                i++;
            }
        } else {
            return -1;
        }
        fractional = false;
        if (i < to && b[i] == '.') {
            i++;
            int d = i;
            while (i < to && b[i] >= '0' && b[i] <= '9') {
                i++;
            }
            if (i == d) {
                return -1;
            }
            fractional = true;
        }
        if (i < to && (b[i] == 'e' || b[i] == 'E')) {
            i++;
            if (i < to && (b[i] == '+' || b[i] == '-')) {
                i++;
            }
            int d = i;
            while (i < to && b[i] >= '0' && b[i] <= '9') {
                i++;
            }
            if (i == d) {
                return -1;
            }
            fractional = true;
        }
        if (i < to && (isWordChar(b[i]) || b[i] == '.' || b[i] == '+' || b[i] == '-')) {
            return -1;
        }
        return i == start ? -1 : i;
    }
}
