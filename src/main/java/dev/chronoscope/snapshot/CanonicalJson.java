package dev.chronoscope.snapshot;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Canonical JSON of a state, the bytes that {@code stateSha256} hashes. It equals Python's
 * {@code json.dumps(state, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()}
 * for the data JSON can carry, so a snapshot can be checked without Java:
 * <ul>
 *   <li>object keys sorted by Unicode code point at every depth. Java's {@link String#compareTo}
 *       compares UTF-16 units, which differs from code point order only when a supplementary
 *       character (a surrogate pair, U+10000 and up) meets a character in U+E000–U+FFFF; the
 *       comparator here corrects that;</li>
 *   <li>no whitespace; {@code ,} and {@code :} separators;</li>
 *   <li>strings: {@code "} and {@code \} escaped, {@code \b \f \n \r \t} as such, other control
 *       characters below U+0020 as {@code &#92;u00XX} (lower-case hex); everything else raw in UTF-8.
 *       A lone surrogate (which UTF-8 cannot carry, and Python cannot encode) is written as a
 *       {@code &#92;uXXXX} escape;</li>
 *   <li>integers in full; floating-point numbers as Python's {@code repr}: the shortest digits that
 *       read back to the same double, plain between 1e-4 and 1e16 ({@code 3.5}, {@code 1.0},
 *       {@code 0.0001}), otherwise {@code 1e+16}, {@code 1.5e-05}. Decimal nodes are taken as
 *       doubles, as Python's {@code json.loads} would read them.</li>
 * </ul>
 */
public final class CanonicalJson {

    /** Unicode code point order on UTF-16 strings. */
    static final Comparator<String> CODE_POINT_ORDER = CanonicalJson::compareCodePoints;

    private CanonicalJson() {}

    /** The canonical UTF-8 bytes of {@code node}; {@code null} is JSON {@code null}. */
    public static byte[] bytes(JsonNode node) {
        StringBuilder out = new StringBuilder(256);
        write(node, out);
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Lower-case hex SHA-256 of {@link #bytes(JsonNode)}. */
    public static String sha256Hex(JsonNode node) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(bytes(node)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private static void write(JsonNode node, StringBuilder out) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            out.append("null");
        } else if (node.isObject()) {
            List<Map.Entry<String, JsonNode>> members = new ArrayList<>(node.size());
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                members.add(it.next());
            }
            members.sort(Map.Entry.comparingByKey(CODE_POINT_ORDER));
            out.append('{');
            boolean first = true;
            for (Map.Entry<String, JsonNode> m : members) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                writeString(m.getKey(), out);
                out.append(':');
                write(m.getValue(), out);
            }
            out.append('}');
        } else if (node.isArray()) {
            out.append('[');
            for (int i = 0; i < node.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                write(node.get(i), out);
            }
            out.append(']');
        } else if (node.isTextual()) {
            writeString(node.textValue(), out);
        } else if (node.isBoolean()) {
            out.append(node.booleanValue() ? "true" : "false");
        } else if (node.isIntegralNumber()) {
            out.append(node.bigIntegerValue().toString());
        } else if (node.isNumber()) {
            out.append(pythonRepr(node.doubleValue()));
        } else {
            throw new IllegalArgumentException("no canonical JSON for a " + node.getNodeType() + " node");
        }
    }

    private static void writeString(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        appendUnicodeEscape(c, out);
                    } else if (Character.isHighSurrogate(c) && i + 1 < s.length()
                            && Character.isLowSurrogate(s.charAt(i + 1))) {
                        out.append(c).append(s.charAt(++i));
                    } else if (Character.isSurrogate(c)) {
                        appendUnicodeEscape(c, out); // lone surrogate
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    private static void appendUnicodeEscape(char c, StringBuilder out) {
        out.append("\\u");
        String hex = Integer.toHexString(c);
        out.append("0".repeat(4 - hex.length())).append(hex);
    }

    /** Python's {@code repr(float)}. */
    static String pythonRepr(double d) {
        if (Double.isNaN(d)) {
            return "NaN";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "Infinity" : "-Infinity";
        }
        if (d == 0) {
            return (1 / d < 0) ? "-0.0" : "0.0";
        }
        BigDecimal shortest = shortest(d);
        String digits = shortest.unscaledValue().abs().toString();
        // strip trailing zeros of the digit string (stripTrailingZeros leaves e.g. 1E+1 alone)
        int len = digits.length();
        while (len > 1 && digits.charAt(len - 1) == '0') {
            len--;
        }
        int stripped = digits.length() - len;
        digits = digits.substring(0, len);
        // value = 0.digits × 10^decpt
        int decpt = digits.length() - (shortest.scale() - stripped);
        StringBuilder out = new StringBuilder(24);
        if (d < 0) {
            out.append('-');
        }
        int exponent = decpt - 1;
        if (exponent < -4 || exponent >= 16) {
            out.append(digits.charAt(0));
            if (digits.length() > 1) {
                out.append('.').append(digits, 1, digits.length());
            }
            out.append('e').append(exponent < 0 ? '-' : '+');
            int abs = Math.abs(exponent);
            if (abs < 10) {
                out.append('0');
            }
            out.append(abs);
        } else if (decpt <= 0) {
            out.append("0.").append("0".repeat(-decpt)).append(digits);
        } else if (decpt >= digits.length()) {
            out.append(digits).append("0".repeat(decpt - digits.length())).append(".0");
        } else {
            out.append(digits, 0, decpt).append('.').append(digits, decpt, digits.length());
        }
        return out.toString();
    }

    /** The decimal with the fewest significant digits that reads back as {@code d}. */
    private static BigDecimal shortest(double d) {
        BigDecimal exact = new BigDecimal(d);
        for (int precision = 1; precision < 17; precision++) {
            BigDecimal candidate = exact.round(new MathContext(precision, RoundingMode.HALF_EVEN));
            if (candidate.doubleValue() == d) {
                return candidate;
            }
        }
        return exact.round(new MathContext(17, RoundingMode.HALF_EVEN));
    }

    private static int compareCodePoints(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x != y) {
                return fixUp(x) - fixUp(y);
            }
        }
        return a.length() - b.length();
    }

    /** Moves surrogates (D800–DFFF) above E000–FFFF, so UTF-16 unit order becomes code point order. */
    private static int fixUp(char c) {
        if (c >= 0xD800) {
            return c >= 0xE000 ? c - 0x800 : c + 0x2000;
        }
        return c;
    }
}
