package dev.chronoscope.ui.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chronoscope.event.EventLog;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RowsTest {

    /** Ten events: streams a, b alternating; types X at indices 0, 3, 4, 8, else Y. */
    private static EventLog log() {
        EventLog.Builder b = EventLog.builder("test");
        for (int i = 0; i < 10; i++) {
            String type = i == 0 || i == 3 || i == 4 || i == 8 ? "X" : "Y";
            b.add(null, i % 2 == 0 ? "a" : "b", null, type, EventLog.NO_VERSION, EventLog.NO_TIME, null, null);
        }
        return b.build();
    }

    private static List<Integer> indices(Rows rows) {
        List<Integer> out = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            out.add(rows.indexAt(r));
        }
        return out;
    }

    @Test
    void withoutFiltersEveryEventIsARow() {
        Rows rows = Rows.select(log(), -1, -1);
        assertTrue(rows.isAll());
        assertEquals(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9), indices(rows));
    }

    @Test
    void aTypeFilterKeepsThatTypesEventsInLogOrder() {
        assertEquals(List.of(0, 3, 4, 8), indices(Rows.select(log(), -1, 0)));
    }

    @Test
    void aStreamFilterKeepsThatStreamsEventsAndCombinesWithTheType() {
        EventLog log = log();
        int b = log.streamIndexOf("b");
        assertEquals(List.of(1, 3, 5, 7, 9), indices(Rows.select(log, b, -1)));
        assertEquals(List.of(3), indices(Rows.select(log, b, 0)));
    }

    @Test
    void theCursorsRowIsTheLastShownEventAtOrBeforeIt() {
        Rows typeX = Rows.of(new int[] {0, 3, 4, 8}); // positions 1, 4, 5, 9
        assertEquals(-1, typeX.rowAtOrBefore(0));
        assertEquals(0, typeX.rowAtOrBefore(1));
        assertEquals(0, typeX.rowAtOrBefore(3));
        assertEquals(1, typeX.rowAtOrBefore(4));
        assertEquals(2, typeX.rowAtOrBefore(8));
        assertEquals(3, typeX.rowAtOrBefore(9));
        assertEquals(3, typeX.rowAtOrBefore(10));
        assertEquals(-1, Rows.of(new int[] {5, 6}).rowAtOrBefore(5), "nothing shown at or before position 5");
    }

    @Test
    void withoutFiltersTheCursorsRowIsTheEventAtTheCursor() {
        Rows all = Rows.all(1_000_000);
        assertEquals(-1, all.rowAtOrBefore(0));
        assertEquals(0, all.rowAtOrBefore(1));
        assertEquals(999_998, all.rowAtOrBefore(999_999));
        assertEquals(999_999, all.rowAtOrBefore(1_000_000));
        assertEquals(999_999, all.rowAtOrBefore(5_000_000), "a cursor past the end selects the last row");
        assertEquals(-1, Rows.none().rowAtOrBefore(3));
    }

    @Test
    void rowOfFindsAShownEventOrAnswersMinusOne() {
        Rows rows = Rows.of(new int[] {0, 3, 4, 8});
        assertEquals(2, rows.rowOf(4));
        assertEquals(-1, rows.rowOf(5));
        assertEquals(7, Rows.all(10).rowOf(7));
        assertEquals(-1, Rows.all(10).rowOf(10));
    }

    @Test
    void aRowOutsideTheRowsIsAnError() {
        assertThrows(IndexOutOfBoundsException.class, () -> Rows.all(3).indexAt(3));
        assertThrows(IndexOutOfBoundsException.class, () -> Rows.of(new int[] {1}).indexAt(-1));
    }
}
