package dev.chronoscope.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chronoscope.event.EventLog;
import dev.chronoscope.event.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PayloadReaderTest {

    private static JsonNode jackson(byte[] b) throws IOException {
        return Json.MAPPER.readTree(b);
    }

    private static JsonNode fast(byte[] b) {
        return PayloadReader.read(b, 0, b.length);
    }

    /** Same tree as Jackson, node classes included, at every depth. */
    private static void assertSameTree(JsonNode expected, JsonNode actual, String where) {
        assertEquals(expected.getClass(), actual.getClass(), where);
        assertEquals(expected, actual, where);
        if (expected.isContainerNode()) {
            assertEquals(expected.size(), actual.size(), where);
            if (expected.isObject()) {
                Iterator<Map.Entry<String, JsonNode>> a = expected.fields();
                Iterator<Map.Entry<String, JsonNode>> b = actual.fields();
                while (a.hasNext()) {
                    Map.Entry<String, JsonNode> x = a.next();
                    Map.Entry<String, JsonNode> y = b.next();
                    assertEquals(x.getKey(), y.getKey(), where + " member order");
                    assertSameTree(x.getValue(), y.getValue(), where + "/" + x.getKey());
                }
            } else {
                for (int i = 0; i < expected.size(); i++) {
                    assertSameTree(expected.get(i), actual.get(i), where + "/" + i);
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{}", "[]", "{\"a\":1}", " { \"a\" : [ 1 , 2.50 , -0 , -0.0 , 0 ] , \"b\" : { } }\n",
        "{\"owner\":\"Owner 13\",\"currency\":\"EUR\",\"balance\":0.00,\"status\":\"open\",\"limits\":{\"daily\":1000.00}}",
        "{\"i\":2147483647,\"j\":2147483648,\"k\":-2147483648,\"l\":-2147483649,\"m\":999999999999999999}",
        "{\"t\":true,\"f\":false,\"n\":null,\"s\":\"\"}", "\"text\"", "12", "-3.25", "null", "true",
        "{\"a\":{\"b\":{\"c\":[{\"d\":[]}]}}}", "{\"tab\":\"a b\",\"sp\":\" \"}",
    })
    void readsTheCommonShapeLikeJackson(String json) throws IOException {
        byte[] b = json.getBytes(StandardCharsets.UTF_8);
        JsonNode n = fast(b);
        assertNotSame(PayloadReader.UNUSUAL, n, json);
        assertSameTree(jackson(b), n, json);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"a\":\"x\\\"y\"}", "{\"a\":\"\\u00e9\"}", "{\"a\":\"é\"}", "{\"é\":1}", "{\"a\":1e3}", "{\"a\":1.5E-2}",
        "{\"a\":1234567890123456789}", "{\"a\":0.1234567890123456789}", "{\"a\":1,\"a\":2}", "{\"a\":01}",
        "{\"a\":1.}", "{\"a\":.5}", "{\"a\":+1}", "{\"a\":tru}", "{\"a\":nulls}", "{\"a\":1", "{\"a\" 1}", "{a:1}",
        "[1,]", "{\"a\":1,}", "{} x", "", "-", "{\"a\":\"b\tc\"}",
    })
    void givesUpOnAnythingElse(String json) {
        assertSame(PayloadReader.UNUSUAL, fast(json.getBytes(StandardCharsets.UTF_8)), json);
    }

    /** Decimals read by the division fast path are the doubles Jackson (parseDouble) gives. */
    @Test
    void decimalsAreTheSameDoublesAsJacksons() throws IOException {
        java.util.Random r = new java.util.Random(5);
        for (int k = 0; k < 50_000; k++) {
            int intDigits = 1 + r.nextInt(9);
            int fractionDigits = 1 + r.nextInt(16 - intDigits);
            StringBuilder sb = new StringBuilder(r.nextBoolean() ? "-" : "");
            sb.append(r.nextInt(10) == 0 ? "0" : Integer.toString(1 + r.nextInt(9)));
            for (int i = 1; i < intDigits && sb.charAt(sb.length() - 1) != '0' || i < intDigits && sb.length() > 2; i++) {
                sb.append(r.nextInt(10));
            }
            sb.append('.');
            for (int i = 0; i < fractionDigits; i++) {
                sb.append(r.nextInt(10));
            }
            byte[] b = sb.toString().getBytes(StandardCharsets.US_ASCII);
            JsonNode n = fast(b);
            if (n != PayloadReader.UNUSUAL) {
                assertSameTree(jackson(b), n, sb.toString());
                assertEquals(Double.doubleToRawLongBits(Double.parseDouble(sb.toString())),
                        Double.doubleToRawLongBits(n.doubleValue()), sb.toString());
            }
        }
    }

    @Test
    void givesUpOnDeepNesting() {
        String deep = "[".repeat(40) + "]".repeat(40);
        assertSame(PayloadReader.UNUSUAL, fast(deep.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void readsOnlyItsSlice() throws IOException {
        byte[] b = "xx{\"a\":[1,2]}yy".getBytes(StandardCharsets.UTF_8);
        assertSameTree(jackson("{\"a\":[1,2]}".getBytes(StandardCharsets.UTF_8)), PayloadReader.read(b, 2, 11), "slice");
    }

    // ---- random payloads: whatever the reader accepts equals Jackson ----------------------------

    private static final String[] KEYS = {"a", "b", "c", "limits", "k\\\"q", "é", "x y", ""};
    private static final String[] STRINGS = {
        "", "open", "Owner 13", "tab\\tin", "quote\\\"in", "\\u00e9t\\u00E9", "ünï", "😀", "slash\\/", "back\\\\",
        "nl\\n", " ", "~/~1",
    };
    private static final String[] NUMBERS = {
        "0", "-0", "1", "-1", "42", "2147483647", "2147483648", "-2147483649", "9223372036854775807",
        "-9223372036854775808", "92233720368547758070", "123456789012345678", "0.00", "-0.0", "1000.00", "3.14159",
        "1e3", "1E+3", "-2.5e-3", "1.7976931348623157e308", "1e400", "0.1000000000000000055511151231257827",
        "4.9e-324", "123456789.123456789",
    };

    private static void value(Random r, StringBuilder out, int depth) {
        int kind = depth > 4 ? 2 + r.nextInt(4) : r.nextInt(6);
        switch (kind) {
            case 0, 1 -> {
                out.append('{').append(space(r));
                int n = r.nextInt(5);
                int first = r.nextInt(KEYS.length); // distinct keys (duplicates have their own test)
                for (int i = 0; i < n; i++) {
                    if (i > 0) {
                        out.append(',').append(space(r));
                    }
                    out.append('"').append(KEYS[(first + i) % KEYS.length]).append('"').append(space(r)).append(':');
                    out.append(space(r));
                    if (r.nextInt(5) == 0) {
                        out.append("null");
                    } else {
                        value(r, out, depth + 1);
                    }
                    out.append(space(r));
                }
                out.append('}');
            }
            case 2 -> {
                out.append('[');
                int n = r.nextInt(4);
                for (int i = 0; i < n; i++) {
                    if (i > 0) {
                        out.append(',');
                    }
                    value(r, out, depth + 1);
                }
                out.append(']');
            }
            case 3 -> out.append('"').append(STRINGS[r.nextInt(STRINGS.length)]).append('"');
            case 4 -> out.append(NUMBERS[r.nextInt(NUMBERS.length)]);
            default -> out.append(switch (r.nextInt(3)) {
                case 0 -> "true";
                case 1 -> "false";
                default -> "null";
            });
        }
    }

    private static String space(Random r) {
        return switch (r.nextInt(8)) {
            case 0 -> " ";
            case 1 -> "\n\t ";
            default -> "";
        };
    }

    @Test
    void randomPayloadsAreReadLikeJacksonOrHandedBack() throws IOException {
        Random r = new Random(7);
        int accepted = 0;
        for (int k = 0; k < 20_000; k++) {
            StringBuilder sb = new StringBuilder();
            value(r, sb, 0);
            byte[] b = sb.toString().getBytes(StandardCharsets.UTF_8);
            JsonNode n = fast(b);
            if (n != PayloadReader.UNUSUAL) {
                accepted++;
                assertSameTree(jackson(b), n, sb.toString());
            }
        }
        assertTrue(accepted > 2_000, "the common shape is common: " + accepted);
    }

    @Test
    void foldOverRandomPayloadsEqualsMergePatchOfJacksonTrees() throws IOException {
        Random r = new Random(11);
        for (int round = 0; round < 200; round++) {
            EventLog.Builder builder = EventLog.builder("random");
            List<byte[]> payloads = new ArrayList<>();
            int events = 1 + r.nextInt(60);
            for (int i = 0; i < events; i++) {
                byte[] b = null;
                if (r.nextInt(15) != 0) {
                    StringBuilder sb = new StringBuilder();
                    value(r, sb, r.nextInt(8) == 0 ? 3 : 0);
                    b = sb.toString().getBytes(StandardCharsets.UTF_8);
                }
                payloads.add(b);
                builder.add("e" + i, "s", null, "T", i, EventLog.NO_TIME, b, null);
            }
            EventLog log = builder.build();
            JsonNode expected = MergePatchReducer.INSTANCE.initialState();
            int[] indices = log.eventsOfStream(0);
            for (int i = 0; i < events; i++) {
                byte[] b = payloads.get(i);
                if (b != null) {
                    expected = MergePatch.apply(expected, jackson(b));
                }
                JsonNode stepwise = MergePatchReducer.INSTANCE.evolve(
                        i == 0 ? MergePatchReducer.INSTANCE.initialState()
                                : MergePatchReducer.INSTANCE.fold(MergePatchReducer.INSTANCE.initialState(), log, indices, 0, i),
                        log, i);
                assertEquals(expected, stepwise, "evolve, round " + round + ", event " + i);
            }
            JsonNode initial = MergePatchReducer.INSTANCE.initialState();
            String before = initial.toString();
            assertEquals(expected, MergePatchReducer.INSTANCE.fold(initial, log, indices, 0, events), "round " + round);
            assertEquals(before, initial.toString(), "the state passed in is untouched");
        }
    }
}
