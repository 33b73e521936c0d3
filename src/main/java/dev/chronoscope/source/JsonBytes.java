package dev.chronoscope.source;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A reusable, growable buffer that JSON text is written into as UTF-8, for readers that build
 * each event's data object themselves (CSV rows, XES events). Writes nothing but what it is told:
 * the caller keeps the structure (commas, brackets) valid. Not thread-safe.
 */
final class JsonBytes {

    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    byte[] buf = new byte[1024];
    int len;

    void reset() {
        len = 0;
    }

    void raw(byte b) {
        if (len == buf.length) {
            grow(1);
        }
        buf[len++] = b;
    }

    void raw(byte[] b) {
        raw(b, 0, b.length);
    }

    void raw(byte[] b, int off, int n) {
        if (len + n > buf.length) {
            grow(n);
        }
        System.arraycopy(b, off, buf, len, n);
        len += n;
    }

    /** Appends ASCII text as is (numbers, {@code true}, {@code false}). */
    void ascii(String s) {
        int n = s.length();
        if (len + n > buf.length) {
            grow(n);
        }
        for (int i = 0; i < n; i++) {
            buf[len++] = (byte) s.charAt(i);
        }
    }

    /** Appends a JSON string literal (quotes, escapes, UTF-8). */
    void string(CharSequence s) {
        int n = s.length();
        // worst case: 6 bytes per char (an escaped control character), 3 for other BMP chars
        if (len + 6L * n + 2 > buf.length) {
            grow(6 * n + 2);
        }
        byte[] b = buf;
        int p = len;
        b[p++] = '"';
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                if (c >= 0x20 && c != '"' && c != '\\') {
                    b[p++] = (byte) c;
                } else {
                    b[p++] = '\\';
                    switch (c) {
                        case '"' -> b[p++] = '"';
                        case '\\' -> b[p++] = '\\';
                        case '\n' -> b[p++] = 'n';
                        case '\r' -> b[p++] = 'r';
                        case '\t' -> b[p++] = 't';
                        case '\b' -> b[p++] = 'b';
                        case '\f' -> b[p++] = 'f';
                        default -> {
                            b[p++] = 'u';
                            b[p++] = '0';
                            b[p++] = '0';
                            b[p++] = HEX[c >> 4];
                            b[p++] = HEX[c & 0xF];
                        }
                    }
                }
            } else if (c < 0x800) {
                b[p++] = (byte) (0xC0 | (c >> 6));
                b[p++] = (byte) (0x80 | (c & 0x3F));
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, s.charAt(++i));
                b[p++] = (byte) (0xF0 | (cp >> 18));
                b[p++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                b[p++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                b[p++] = (byte) (0x80 | (cp & 0x3F));
            } else if (Character.isSurrogate(c)) {
                // a lone surrogate cannot be UTF-8: the replacement character, as Java's encoder writes
                b[p++] = (byte) 0xEF;
                b[p++] = (byte) 0xBF;
                b[p++] = (byte) 0xBD;
            } else {
                b[p++] = (byte) (0xE0 | (c >> 12));
                b[p++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                b[p++] = (byte) (0x80 | (c & 0x3F));
            }
        }
        b[p++] = '"';
        len = p;
    }

    /** The JSON string literal of {@code s} as bytes (for keys written many times). */
    static byte[] literal(String s) {
        JsonBytes j = new JsonBytes();
        j.string(s);
        return Arrays.copyOf(j.buf, j.len);
    }

    /**
     * Whether {@code s} is a JSON number (RFC 8259: optional minus, no leading zeros, optional
     * fraction and exponent), so it can be written as is.
     */
    static boolean isJsonNumber(CharSequence s) {
        int n = s.length();
        int i = 0;
        if (i < n && s.charAt(i) == '-') {
            i++;
        }
        if (i == n) {
            return false;
        }
        char c = s.charAt(i);
        if (c == '0') {
            i++;
        } else if (c >= '1' && c <= '9') {
            while (i < n && isDigit(s.charAt(i))) {
                i++;
            }
        } else {
            return false;
        }
        if (i < n && s.charAt(i) == '.') {
            i++;
            int from = i;
            while (i < n && isDigit(s.charAt(i))) {
                i++;
            }
            if (i == from) {
                return false;
            }
        }
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                i++;
            }
            int from = i;
            while (i < n && isDigit(s.charAt(i))) {
                i++;
            }
            if (i == from) {
                return false;
            }
        }
        return i == n;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private void grow(int need) {
        buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + need));
    }
}
