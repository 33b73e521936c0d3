package dev.chronoscope.ui.inspector;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chronoscope.event.Json;
import dev.chronoscope.ui.inspector.JsonLines.Line;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class JsonLinesTest {

    /** Parses JSON text, for tests and the lambdas they run on the FX thread. */
    static JsonNode json(String text) {
        try {
            return Json.MAPPER.readTree(text);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void eachLineIsTaggedWithThePointerOfTheValueItBelongsTo() throws Exception {
        List<Line> lines = JsonLines.of(json("{\"balance\":1683,\"owner\":{\"name\":\"Ann\"},\"tags\":[\"a\",true],\"none\":null}"));

        assertEquals(List.of(
                new Line(0, "{", ""),
                new Line(1, "\"balance\": 1683,", "/balance"),
                new Line(1, "\"owner\": {", "/owner"),
                new Line(2, "\"name\": \"Ann\"", "/owner/name"),
                new Line(1, "},", "/owner"),
                new Line(1, "\"tags\": [", "/tags"),
                new Line(2, "\"a\",", "/tags/0"),
                new Line(2, "true", "/tags/1"),
                new Line(1, "],", "/tags"),
                new Line(1, "\"none\": null", "/none"),
                new Line(0, "}", "")), lines);
    }

    @Test
    void emptyContainersTakeOneLine() throws Exception {
        assertEquals(List.of(
                new Line(0, "[", ""),
                new Line(1, "{},", "/0"),
                new Line(1, "[]", "/1"),
                new Line(0, "]", "")), JsonLines.of(json("[{},[]]")));
    }

    @Test
    void scalarsAreOneLineAndNoStateIsNoLines() throws Exception {
        assertEquals(List.of(new Line(0, "42", "")), JsonLines.of(json("42")));
        assertEquals(List.of(new Line(0, "null", "")), JsonLines.of(json("null")));
        assertEquals(List.of(), JsonLines.of(null));
    }

    @Test
    void keysAreEscapedInPointersAndStringsAreEscapedInText() throws Exception {
        List<Line> lines = JsonLines.of(json("{\"a/b~c\":\"say \\\"hi\\\"\\n\",\"ü€\":\"日本\"}"));

        assertEquals(List.of(
                new Line(0, "{", ""),
                new Line(1, "\"a/b~c\": \"say \\\"hi\\\"\\n\",", "/a~1b~0c"),
                new Line(1, "\"ü€\": \"日本\"", "/ü€"),
                new Line(0, "}", "")), lines);
    }

    @Test
    void theLinesJoinedAreTheSameJsonAgain() throws Exception {
        JsonNode doc = json("{\"a\":[1,2,{\"b\":[[],{}]}],\"c\":{\"d\":\"x\",\"e\":1.5e300},\"f\":false}");

        String text = JsonLines.of(doc).stream()
                .map(l -> "  ".repeat(l.indent()) + l.text())
                .collect(Collectors.joining("\n"));

        assertEquals(doc, Json.MAPPER.readTree(text));
    }
}
