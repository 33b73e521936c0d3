package dev.chronoscope.source.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chronoscope.event.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class XStreamJsonTest {

    static String convert(String xml) throws IOException {
        byte[] b = xml.getBytes(StandardCharsets.UTF_8);
        return Json.MAPPER.readTree(XStreamJson.convert(b, 0, b.length)).toString();
    }

    @Test
    void elementNamesBecomeKeysAndTextIsTypedLikeCsvCells() throws IOException {
        assertEquals("{\"cardId\":\"gc-1\",\"amount\":75.5,\"count\":3,\"active\":true,\"code\":\"007\",\"note\":\"1 2\"}",
                convert("<com.example.GiftCard_-CardIssued><cardId>gc-1</cardId><amount>75.50</amount><count>3</count>"
                        + "<active>true</active><code>007</code><note>1 2</note></com.example.GiftCard_-CardIssued>"));
    }

    @Test
    void repeatedElementsBecomeArraysAndNestedElementsObjects() throws IOException {
        assertEquals("{\"lines\":{\"line\":[{\"sku\":\"A\",\"qty\":1},{\"sku\":\"B\",\"qty\":2}]},\"tags\":{\"string\":[\"x\",\"y\"]}}",
                convert("""
                        <order>
                          <lines class="java.util.ArrayList">
                            <line><sku>A</sku><qty>1</qty></line>
                            <line><sku>B</sku><qty>2</qty></line>
                          </lines>
                          <tags><string>x</string><string>y</string></tags>
                        </order>
                        """));
    }

    @Test
    void xstreamEscapesAreUndoneAndMapsBecomeObjects() throws IOException {
        assertEquals("{\"traceId\":\"t-1\",\"user\":\"ana\"}",
                convert("<meta-data><entry><string>traceId</string><string>t-1</string></entry>"
                        + "<entry><string>user</string><string>ana</string></entry></meta-data>"));
        assertEquals("{}", convert("<meta-data/>"));
        assertEquals("{\"inner$field\":1,\"snake_case\":2}", convert("<a><inner_-field>1</inner_-field><snake__case>2</snake__case></a>"));
        assertEquals("\"plain\"", convert("<string>plain</string>"));
    }

    @Test
    void brokenXmlSaysWhereItBroke() {
        IOException e = assertThrows(IOException.class, () -> convert("<a><b></a>"));
        assertTrue(e.getMessage().contains("line 1"), e.getMessage());
    }

    @Test
    void payloadsThatAreNeitherJsonNorXmlAreUnsupported() {
        Payloads.UnsupportedPayload e = assertThrows(Payloads.UnsupportedPayload.class,
                () -> Payloads.decode(new byte[] {(byte) 0xAC, (byte) 0xED, 0, 5}, "payload"));
        assertTrue(e.getMessage().startsWith("unsupported payload encoding: Java serialization"), e.getMessage());
        assertThrows(Payloads.UnsupportedPayload.class, () -> Payloads.decode("{\"a\":".getBytes(StandardCharsets.UTF_8), "payload"));
    }
}
