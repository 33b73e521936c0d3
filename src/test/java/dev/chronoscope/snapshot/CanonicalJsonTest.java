package dev.chronoscope.snapshot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.chronoscope.event.Json;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CanonicalJsonTest {

    static JsonNode json(String text) {
        try {
            return Json.MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(text, e);
        }
    }

    static String canonical(JsonNode node) {
        return new String(CanonicalJson.bytes(node), StandardCharsets.UTF_8);
    }

    /** Expected bytes produced by Python: json.dumps(doc, sort_keys=True, separators=(",", ":"), ensure_ascii=False). */
    @Test
    void equalsPythonsSortedCompactDumpForMixedData() {
        JsonNode doc = json(INPUT);
        assertArrayEquals(PYTHON.getBytes(StandardCharsets.UTF_8), CanonicalJson.bytes(doc));
    }

    private static final String INPUT = "{\"b\":1,\"a\":{\"d\":[1,{\"z\":true,\"y\":null}],\"c\":\"\u00e9 \u00fc \u4e2d \ud83d\ude00\"},\"\ue000\":0,\"\ud83d\ude00\":1,\"A\":\"tab\\there \\\"q\\\" back\\\\ ctl\\u0001 del\\u007f\",\"n\":[3.5,1.0,1e20,0.0001,0.00001,1e16,1e15,-0.0,0.1,123456789012345678901234567890,-7,2.5e-300,1.7976931348623157e308]}";
    private static final String PYTHON = "{\"A\":\"tab\\there \\\"q\\\" back\\\\ ctl\\u0001 del\u007f\",\"a\":{\"c\":\"\u00e9 \u00fc \u4e2d \ud83d\ude00\",\"d\":[1,{\"y\":null,\"z\":true}]},\"b\":1,\"n\":[3.5,1.0,1e+20,0.0001,1e-05,1e+16,1000000000000000.0,-0.0,0.1,123456789012345678901234567890,-7,2.5e-300,1.7976931348623157e+308],\"\ue000\":0,\"\ud83d\ude00\":1}";

    @Test
    void sortsKeysAtEveryDepthWithoutWhitespace() {
        assertEquals("{\"a\":{\"x\":[{\"m\":2,\"n\":1}],\"y\":null},\"b\":true}",
                canonical(json("{ \"b\" : true, \"a\" : { \"y\" : null, \"x\" : [ { \"n\" : 1, \"m\" : 2 } ] } }")));
    }

    @Test
    void writesNonAsciiRawInUtf8() {
        assertArrayEquals(new byte[] {'"', (byte) 0xc3, (byte) 0xa9, '"'}, CanonicalJson.bytes(json("\"\\u00e9\"")));
    }

    @Test
    void ordersKeysByCodePointNotByUtf16Unit() {
        // U+E000 sorts before U+1F600 by code point; its UTF-16 unit E000 sorts after the surrogate D83D
        JsonNode doc = json("{\"\\ud83d\\ude00\":1,\"\\ue000\":2,\"z\":3}");
        assertEquals("{\"z\":3,\"\ue000\":2,\"\ud83d\ude00\":1}", canonical(doc));
    }

    @Test
    void writesFloatsAsPythonsRepr() {
        List<String> actual = new ArrayList<>();
        for (double d : new double[] {3.5, 1.0, 100.0, 1e20, 1.5e-5, 0.0001, 1e16, 1e15, -0.0, 0.1, 0.30000000000000004,
                1e23, 5e-324, 123.456, -2.5}) {
            actual.add(canonical(JsonNodeFactory.instance.numberNode(d)));
        }
        assertEquals(List.of("3.5", "1.0", "100.0", "1e+20", "1.5e-05", "0.0001", "1e+16", "1000000000000000.0",
                "-0.0", "0.1", "0.30000000000000004", "1e+23", "5e-324", "123.456", "-2.5"), actual);
    }

    @Test
    void writesNullAsNull() {
        assertEquals("null", canonical(null));
    }

    /** Verified independently: printf '%s' '{"a":1}' | sha256sum */
    @Test
    void hashesTheCanonicalBytesWithSha256() {
        assertEquals("015abd7f5cc57a2dd94b7590f04ad8084273905ee33ec5cebeae62276a97f862",
                CanonicalJson.sha256Hex(json("{ \"a\" : 1 }")));
    }

    @Test
    void hashOfTheMixedDocumentEqualsPythons() {
        assertEquals("193246547cd941ea43f7129b8311de8d46c1e1c3cfdbda01763782598dda9eba",
                CanonicalJson.sha256Hex(json(INPUT)));
    }
}
