package dev.chronoscope.ui.inspector;

import static dev.chronoscope.ui.inspector.JsonLinesTest.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.chronoscope.diff.StateDiff;
import dev.chronoscope.ui.inspector.PatchOps.PatchOp;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PatchOpsTest {

    @Test
    void aReplaceCarriesTheOldValueFromBefore() throws Exception {
        JsonNode before = json("{\"balance\":1683,\"owner\":\"Ann\",\"old\":true}");
        JsonNode after = json("{\"balance\":1412,\"owner\":\"Ann\",\"lastTx\":{\"amount\":271}}");

        List<PatchOp> ops = PatchOps.resolve(before, after, StateDiff.diff(before, after));

        assertEquals(List.of(
                new PatchOp("replace", "/balance", null, "/balance", "/balance", IntNode.valueOf(1683), IntNode.valueOf(1412)),
                new PatchOp("remove", "/old", null, "/old", null, json("true"), null),
                new PatchOp("add", "/lastTx", null, null, "/lastTx", null, json("{\"amount\":271}"))),
                ops.stream().sorted((a, b) -> a.op().compareTo(b.op()) * -1).toList());
        assertEquals("3 changes: 1 replaced, 1 added, 1 removed", PatchOps.summary(ops));
    }

    @Test
    void summarySaysChangeInTheSingularAndNoChangesForAnEmptyPatch() {
        assertEquals("1 change: 1 added",
                PatchOps.summary(List.of(new PatchOp("add", "/a", null, null, "/a", null, IntNode.valueOf(1)))));
        assertEquals("No changes", PatchOps.summary(List.of()));
    }

    @Test
    void arrayIndicesOfRemovalsAreMappedBackToTheOldDocument() throws Exception {
        JsonNode before = json("{\"t\":[\"a\",\"b\",\"c\",\"d\"]}");
        JsonNode after = json("{\"t\":[\"a\",\"d\"]}");

        List<PatchOp> ops = PatchOps.resolve(before, after, StateDiff.diff(before, after));

        assertEquals(List.of("/t/1", "/t/2"), ops.stream().map(PatchOp::beforePointer).sorted().toList());
        assertEquals(List.of(TextNode.valueOf("b"), TextNode.valueOf("c")),
                ops.stream().map(PatchOp::oldValue).sorted((x, y) -> x.asText().compareTo(y.asText())).toList());
    }

    /** Applying the ops one by one and reading the value before each op must give what resolve says was there. */
    @Test
    void oldValuesMatchTheDocumentAsThePatchIsAppliedForRandomArrays() {
        Random rnd = new Random(7);
        for (int round = 0; round < 300; round++) {
            ArrayNode before = randomArray(rnd);
            ArrayNode after = randomArray(rnd);
            ArrayNode patch = StateDiff.diff(before, after);
            List<PatchOp> ops = PatchOps.resolve(before, after, patch);
            JsonNode doc = before;
            for (int i = 0; i < patch.size(); i++) {
                PatchOp op = ops.get(i);
                if (!op.op().equals("add")) {
                    assertEquals(doc.at(op.path()), op.oldValue(), "op " + i + " of " + patch + " on " + before);
                }
                ArrayNode one = patch.arrayNode().add(patch.get(i));
                doc = StateDiff.apply(doc, one);
            }
            assertEquals(after, doc);
        }
    }

    private static ArrayNode randomArray(Random rnd) {
        ArrayNode a = dev.chronoscope.event.Json.MAPPER.createArrayNode();
        int n = rnd.nextInt(7);
        for (int i = 0; i < n; i++) {
            if (rnd.nextInt(4) == 0) {
                a.addObject().put("k", rnd.nextInt(3));
            } else {
                a.add(rnd.nextInt(5));
            }
        }
        return a;
    }
}
