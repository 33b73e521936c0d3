package dev.chronoscope.ui.inspector;

import static dev.chronoscope.ui.inspector.JsonLinesTest.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChangesTest {

    @Test
    void changedAddedAndRemovedValuesAreFoundAtTheDeepestLevel() throws Exception {
        Changes c = Changes.between(
                json("{\"balance\":1683,\"owner\":{\"name\":\"Ann\",\"age\":40},\"lastTx\":{\"amount\":5},\"gone\":1}"),
                json("{\"balance\":1412,\"owner\":{\"name\":\"Ann\",\"age\":40},\"lastTx\":{\"amount\":271,\"to\":\"x\"}}"));

        assertEquals(Map.of(
                "/balance", Change.CHANGED,
                "/lastTx/amount", Change.CHANGED,
                "/lastTx/to", Change.ADDED,
                "/gone", Change.REMOVED), c.byPointer());
        assertEquals(4, c.count());
        assertEquals(List.of("gone"), c.removedFrom(""));
    }

    @Test
    void withinIsTrueForAChangeAndEveryContainerAboveIt() throws Exception {
        Changes c = Changes.between(json("{\"a\":{\"b\":{\"c\":1}},\"d\":{\"e\":1}}"),
                json("{\"a\":{\"b\":{\"c\":2}},\"d\":{\"e\":1}}"));

        assertTrue(c.within(""));
        assertTrue(c.within("/a"));
        assertTrue(c.within("/a/b"));
        assertTrue(c.within("/a/b/c"));
        assertFalse(c.within("/d"));
        assertFalse(c.within("/d/e"));
        assertEquals(Change.NONE, c.at("/a"));
    }

    @Test
    void arraysAreComparedIndexByIndex() throws Exception {
        Changes grown = Changes.between(json("[1,2]"), json("[1,3,4]"));
        Changes shrunk = Changes.between(json("{\"t\":[1,2,3]}"), json("{\"t\":[1]}"));

        assertEquals(Map.of("/1", Change.CHANGED, "/2", Change.ADDED), grown.byPointer());
        assertEquals(Map.of("/t/1", Change.REMOVED, "/t/2", Change.REMOVED), shrunk.byPointer());
        assertEquals(List.of("1", "2"), shrunk.removedFrom("/t"));
    }

    @Test
    void aValueOfAnotherTypeIsOneChangeNotItsMembers() throws Exception {
        Changes c = Changes.between(json("{\"x\":{\"a\":1,\"b\":2}}"), json("{\"x\":[1,2]}"));

        assertEquals(Map.of("/x", Change.CHANGED), c.byPointer());
    }

    @Test
    void keysWithSlashesAndTildesAreEscaped() throws Exception {
        Changes c = Changes.between(json("{\"a/b\":1,\"~\":1}"), json("{\"a/b\":2,\"~\":1,\"ü\":0}"));

        assertEquals(Map.of("/a~1b", Change.CHANGED, "/ü", Change.ADDED), c.byPointer());
    }

    @Test
    void withoutAPreviousStateNothingIsAChange() throws Exception {
        assertSame(Changes.NONE, Changes.between(null, json("{\"a\":1}")));
        assertSame(Changes.NONE, Changes.between(json("{\"a\":1}"), null));
        assertSame(Changes.NONE, Changes.between(json("{\"a\":1}"), json("{\"a\":1}")));
    }

    @Test
    void fromJsonNullToAnObjectEveryMemberIsAdded() throws Exception {
        Changes c = Changes.between(json("null"), json("{\"a\":1,\"b\":{}}"));

        assertEquals(Map.of("/a", Change.ADDED, "/b", Change.ADDED), c.byPointer());
    }

    @Test
    void aChangedScalarStateIsAChangeAtTheRoot() throws Exception {
        assertEquals(Map.of("", Change.CHANGED), Changes.between(json("1"), json("\"one\"")).byPointer());
    }
}
