package dev.chronoscope.ui.inspector;

import static dev.chronoscope.ui.inspector.JsonLinesTest.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.chronoscope.ui.inspector.SideBySide.DiffLine;
import dev.chronoscope.ui.inspector.SideBySide.DiffRow;
import dev.chronoscope.ui.inspector.SideBySide.Mark;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class SideBySideTest {

    @Test
    void aReplacedValueSharesItsRowAndAnAddedOneGetsAFillerOnTheLeft() throws Exception {
        List<DiffRow> rows = SideBySide.align(
                JsonLines.of(json("{\"a\":1,\"b\":2}")), Set.of("/b"),
                JsonLines.of(json("{\"a\":1,\"b\":3,\"c\":{\"d\":4}}")), Set.of("/b", "/c"));

        assertEquals(List.of("{", "\"a\": 1,", "\"b\": 2", "", "", "", "}"), side(rows, DiffRow::left));
        assertEquals(List.of("{", "\"a\": 1,", "\"b\": 3,", "\"c\": {", "\"d\": 4", "}", "}"), side(rows, DiffRow::right));
        assertEquals(List.of(Mark.SAME, Mark.SAME, Mark.REMOVED, Mark.FILLER, Mark.FILLER, Mark.FILLER, Mark.SAME),
                rows.stream().map(r -> r.left().mark()).toList());
        assertEquals(List.of(Mark.SAME, Mark.SAME, Mark.ADDED, Mark.ADDED, Mark.ADDED, Mark.ADDED, Mark.SAME),
                rows.stream().map(r -> r.right().mark()).toList());
    }

    @Test
    void changedOnlyKeepsThreeRowsOfContextAndCountsTheRest() throws Exception {
        StringBuilder before = new StringBuilder("[");
        StringBuilder after = new StringBuilder("[");
        for (int i = 0; i < 20; i++) {
            before.append(i == 0 ? "" : ",").append(i);
            after.append(i == 0 ? "" : ",").append(i == 10 ? 99 : i);
        }
        List<DiffRow> rows = SideBySide.align(JsonLines.of(json(before + "]")), Set.of("/10"),
                JsonLines.of(json(after + "]")), Set.of("/10"));

        List<DiffRow> shown = SideBySide.changedOnly(rows, 3);

        assertEquals(List.of("⋯ 8 unchanged lines", "7,", "8,", "9,", "10,", "11,", "12,", "13,", "⋯ 7 unchanged lines"),
                side(shown, DiffRow::left));
        assertEquals("99,", shown.get(4).right().text());
    }

    @Test
    void fromNoStateEveryLineIsAddedOnTheRight() throws Exception {
        List<DiffRow> rows = SideBySide.align(JsonLines.of(null), Set.of(""), JsonLines.of(json("{\"a\":1}")), Set.of(""));

        assertEquals(List.of(Mark.FILLER, Mark.FILLER, Mark.FILLER), rows.stream().map(r -> r.left().mark()).toList());
        assertEquals(List.of(Mark.ADDED, Mark.ADDED, Mark.ADDED), rows.stream().map(r -> r.right().mark()).toList());
    }

    private static List<String> side(List<DiffRow> rows, Function<DiffRow, DiffLine> side) {
        return rows.stream().map(side).map(DiffLine::text).toList();
    }
}
