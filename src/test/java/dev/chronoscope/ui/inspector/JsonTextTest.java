package dev.chronoscope.ui.inspector;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.chronoscope.event.Json;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonTextTest {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @Test
    void aScalarsSummaryIsItsJsonTextCutAsBefore() throws Exception {
        List<JsonNode> values = List.of(
                NODES.textNode(""), NODES.textNode("plain"), NODES.textNode("quote \" backslash \\ tab \t newline \n"),
                NODES.textNode("control \u0001 and unicode é ✓ 😀"), NODES.textNode("x".repeat(200)),
                NODES.textNode("\"".repeat(50)), NODES.textNode("a".repeat(79) + "\n" + "b".repeat(40)),
                NODES.numberNode(0), NODES.numberNode(-42L), NODES.numberNode(Long.MAX_VALUE),
                NODES.numberNode(new BigInteger("123456789012345678901234567890")),
                NODES.numberNode(3.25), NODES.numberNode(1e21), NODES.numberNode(-0.0), NODES.numberNode(1.5f),
                NODES.numberNode(Double.NaN), NODES.numberNode(Double.POSITIVE_INFINITY),
                NODES.numberNode(new BigDecimal("1E+3")), NODES.numberNode(new BigDecimal("0.000001")),
                NODES.booleanNode(true), NODES.booleanNode(false), NODES.nullNode(),
                Json.MAPPER.readTree("\"from a parser: \\u00e9\\n\""), Json.MAPPER.readTree("12.50"));
        for (JsonNode v : values) {
            for (int max : new int[] {1, 5, 80, 120, 500}) {
                String json = v.toString();
                String expected = json.length() <= max ? json : json.substring(0, max) + "…";
                assertEquals(expected, JsonText.summary(v, max), () -> "summary of " + json + " cut to " + max);
            }
        }
    }

    @Test
    void containersAreSummarisedByTheirSize() throws Exception {
        assertEquals("{2}", JsonText.summary(Json.MAPPER.readTree("{\"a\":1,\"b\":[1,2,3]}"), 80));
        assertEquals("[3]", JsonText.summary(Json.MAPPER.readTree("[1,2,3]"), 80));
        assertEquals("", JsonText.summary(null, 80));
    }
}
