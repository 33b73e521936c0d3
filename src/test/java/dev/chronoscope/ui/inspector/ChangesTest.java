package dev.chronoscope.ui.inspector;

import static dev.chronoscope.ui.inspector.JsonLinesTest.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.chronoscope.diff.StateDiff;
import dev.chronoscope.ui.inspector.Changes.Removal;
import dev.chronoscope.ui.inspector.PatchOps.PatchOp;
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
                "/lastTx/to", Change.ADDED), c.byPointer());
        assertEquals(4, c.count());
        assertEquals(List.of(new Removal("gone", "/gone", json("1"), -1)), c.removedFrom(""));
        assertEquals(json("1683"), c.was("/balance"));
        assertEquals(json("5"), c.was("/lastTx/amount"));
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
    void anArrayThatGrowsOrShrinksAtItsEnd() throws Exception {
        Changes grown = Changes.between(json("[1,2]"), json("[1,3,4]"));
        Changes shrunk = Changes.between(json("{\"t\":[1,2,3]}"), json("{\"t\":[1]}"));

        assertEquals(Map.of("/1", Change.CHANGED, "/2", Change.ADDED), grown.byPointer());
        assertEquals(Map.of(), shrunk.byPointer());
        assertEquals(List.of(new Removal("1", "/t/1", json("2"), 1), new Removal("2", "/t/2", json("3"), 1)),
                shrunk.removedFrom("/t"));
        assertEquals(2, shrunk.count());
        assertTrue(shrunk.within("/t"));
    }

    @Test
    void anElementInsertedIntoAnArrayIsOneAdditionNotAChangeOfEveryLaterIndex() throws Exception {
        Changes c = Changes.between(
                json("{\"items\":[{\"sku\":\"a\"},{\"sku\":\"b\"},{\"sku\":\"c\"}],\"n\":3}"),
                json("{\"items\":[{\"sku\":\"x\"},{\"sku\":\"a\"},{\"sku\":\"b\"},{\"sku\":\"c\"}],\"n\":4}"));

        assertEquals(Map.of("/items/0", Change.ADDED, "/n", Change.CHANGED), c.byPointer());
        assertEquals(Change.NONE, c.at("/items/1"));
        assertEquals(Change.NONE, c.at("/items/3"));
        assertEquals(2, c.count());
    }

    @Test
    void anElementRemovedFromTheMiddleStandsBeforeTheElementThatFollowedIt() throws Exception {
        Changes c = Changes.between(json("[\"a\",\"b\",\"c\",\"d\"]"), json("[\"a\",\"c\",\"d\",\"e\"]"));

        assertEquals(Map.of("/3", Change.ADDED), c.byPointer());
        assertEquals(List.of(new Removal("1", "/1", json("\"b\""), 1)), c.removedFrom(""));
        assertEquals(Change.NONE, c.at("/1"), "c moved up one index: not a change");
    }

    @Test
    void aChangeInsideAShiftedElementKnowsItsOldValue() throws Exception {
        Changes c = Changes.between(json("{\"l\":[{\"q\":1},{\"q\":2}]}"), json("{\"l\":[{\"q\":0},{\"q\":1},{\"q\":3}]}"));

        // zjsonpatch: [1,2] -> [0,1,3] keeps {q:1}; {q:0} is added before it and {q:2} becomes {q:3}
        assertEquals(Map.of("/l/0", Change.ADDED, "/l/2/q", Change.CHANGED), c.byPointer());
        assertEquals(json("2"), c.was("/l/2/q"));
    }

    @Test
    void theStateTreeAndTheDiffTabAgreeOnRandomStates() {
        java.util.Random random = new java.util.Random(20261126);
        for (int round = 0; round < 500; round++) {
            JsonNode before = RandomJson.object(random, 3);
            JsonNode after = RandomJson.mutate(random, before);
            Changes c = Changes.between(before, after);
            ArrayNode patch = StateDiff.diff(before, after);
            List<PatchOp> ops = PatchOps.resolve(before, after, patch);

            java.util.Set<String> shown = new java.util.HashSet<>(c.byPointer().keySet());
            java.util.Set<String> inPatch = new java.util.HashSet<>();
            ops.stream().filter(o -> !o.op().equals("remove")).forEach(o -> inPatch.add(o.afterPointer()));
            assertEquals(inPatch, shown, before + " -> " + after);
            assertEquals(ops.stream().filter(o -> o.op().equals("remove")).map(PatchOp::beforePointer).sorted().toList(),
                    c.removedPointers().stream().sorted().toList(), before + " -> " + after);
            assertEquals(patch.size(), c.count(), before + " -> " + after);
            assertEquals(c, Changes.between(before, after, patch), "read from the Diff tab's own patch: the same");
        }
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
