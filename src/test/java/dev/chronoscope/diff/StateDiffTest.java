package dev.chronoscope.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.chronoscope.event.EventLog;
import dev.chronoscope.event.Json;
import dev.chronoscope.replay.MergePatchReducer;
import dev.chronoscope.replay.RandomLogs;
import dev.chronoscope.replay.Replayer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class StateDiffTest {

    static JsonNode json(String text) {
        try {
            return Json.MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(text, e);
        }
    }

    /** "No state" and JSON null are the same document in patch terms. */
    static JsonNode noNull(JsonNode node) {
        return node == null || node.isNull() ? null : node;
    }

    @Test
    void diffOfEqualStatesIsEmpty() {
        assertEquals(json("[]"), StateDiff.diff(json("{\"a\":[1,{\"b\":2}]}"), json("{\"a\":[1,{\"b\":2}]}")));
        assertEquals(json("[]"), StateDiff.diff(null, null));
    }

    @Test
    void diffOfObjectsUsesAddRemoveAndReplaceWithPointerPaths() {
        assertEquals(json("[{\"op\":\"replace\",\"path\":\"/status\",\"value\":\"paid\"},"
                        + "{\"op\":\"remove\",\"path\":\"/note\"},"
                        + "{\"op\":\"add\",\"path\":\"/a~1b\",\"value\":1}]"),
                StateDiff.diff(json("{\"status\":\"new\",\"note\":\"x\"}"), json("{\"status\":\"paid\",\"a/b\":1}")));
    }

    @Test
    void fromNoStateIsARootReplace() {
        assertEquals(json("[{\"op\":\"replace\",\"path\":\"\",\"value\":{\"a\":1}}]"), StateDiff.diff(null, json("{\"a\":1}")));
    }

    @Test
    void toNoStateIsARootReplaceWithNull() {
        ArrayNode patch = StateDiff.diff(json("{\"a\":1}"), null);
        assertEquals(json("[{\"op\":\"replace\",\"path\":\"\",\"value\":null}]"), patch);
        assertEquals(null, StateDiff.apply(json("{\"a\":1}"), patch));
    }

    @Test
    void applyDoesNotMutateItsInputs() {
        JsonNode state = json("{\"a\":{\"b\":1}}");
        ArrayNode patch = StateDiff.diff(state, json("{\"a\":{\"b\":2},\"c\":3}"));
        JsonNode patchBefore = patch.deepCopy();
        assertEquals(json("{\"a\":{\"b\":2},\"c\":3}"), StateDiff.apply(state, patch));
        assertEquals(json("{\"a\":{\"b\":1}}"), state);
        assertEquals(patchBefore, patch);
    }

    @Test
    void applyingTheDiffOfTwoPositionsToTheFirstGivesTheSecondPerStream() {
        for (long seed = 0; seed < 150; seed++) {
            EventLog log = RandomLogs.log(seed, 80);
            Replayer replayer = new Replayer(log, MergePatchReducer.INSTANCE, 3);
            Random random = new Random(seed);
            for (int q = 0; q < 30; q++) {
                long n = random.nextInt(log.size() + 2);
                long m = random.nextInt(log.size() + 2);
                for (int s = 0; s < log.streamCount(); s++) {
                    JsonNode from = replayer.stateAt(s, n);
                    JsonNode to = replayer.stateAt(s, m);
                    JsonNode fromBefore = from == null ? null : from.deepCopy();
                    JsonNode applied = StateDiff.apply(from, StateDiff.diff(from, to));
                    String where = "seed " + seed + " stream " + s + " " + n + "→" + m;
                    assertEquals(noNull(to), noNull(applied), where);
                    assertEquals(fromBefore, from, "diff and apply leave the state alone, " + where);
                }
            }
        }
    }

    @Test
    void applyingTheWorldDiffOfTwoPositionsToTheFirstWorldGivesTheSecond() {
        for (long seed = 0; seed < 150; seed++) {
            EventLog log = RandomLogs.log(seed, 80);
            Replayer replayer = new Replayer(log, MergePatchReducer.INSTANCE, 2);
            Random random = new Random(seed);
            for (int q = 0; q < 30; q++) {
                long n = random.nextInt(log.size() + 2);
                long m = random.nextInt(log.size() + 2);
                ArrayNode patch = StateDiff.worldDiff(replayer, n, m);
                assertEquals(replayer.worldStateAt(m), StateDiff.apply(replayer.worldStateAt(n), patch),
                        "seed " + seed + " " + n + "→" + m + " " + patch);
            }
        }
    }

    static EventLog escapedStreams() {
        EventLog.Builder b = EventLog.builder("t");
        b.add("e1", "a/b~c", null, "T", 1, EventLog.NO_TIME, "{\"x\":1}".getBytes(StandardCharsets.UTF_8), null);
        b.add("e2", "plain", null, "T", 1, EventLog.NO_TIME, "{\"y\":1}".getBytes(StandardCharsets.UTF_8), null);
        b.add("e3", "a/b~c", null, "T", 2, EventLog.NO_TIME, "{\"x\":2,\"z\":{\"k\":true}}".getBytes(StandardCharsets.UTF_8), null);
        return b.build();
    }

    @Test
    void worldDiffPathsStartWithTheEscapedStreamId() {
        Replayer replayer = new Replayer(escapedStreams(), MergePatchReducer.INSTANCE);
        assertEquals(json("[{\"op\":\"replace\",\"path\":\"/a~1b~0c/x\",\"value\":2},"
                        + "{\"op\":\"add\",\"path\":\"/a~1b~0c/z\",\"value\":{\"k\":true}}]"),
                StateDiff.worldDiff(replayer, 2, 3));
    }

    @Test
    void worldDiffAddsAndRemovesStreamsWithAStateOnOneSideOnly() {
        Replayer replayer = new Replayer(escapedStreams(), MergePatchReducer.INSTANCE);
        assertEquals(json("[{\"op\":\"add\",\"path\":\"/a~1b~0c\",\"value\":{\"x\":1}},"
                        + "{\"op\":\"add\",\"path\":\"/plain\",\"value\":{\"y\":1}}]"),
                StateDiff.worldDiff(replayer, 0, 2));
        assertEquals(json("[{\"op\":\"remove\",\"path\":\"/a~1b~0c\"},{\"op\":\"remove\",\"path\":\"/plain\"}]"),
                StateDiff.worldDiff(replayer, 2, 0));
    }

    @Test
    void worldDiffIgnoresStreamsWithoutEventsBetweenThePositions() {
        Replayer replayer = new Replayer(escapedStreams(), MergePatchReducer.INSTANCE);
        List<String> paths = new ArrayList<>();
        StateDiff.worldDiff(replayer, 2, 99).forEach(op -> paths.add(op.get("path").asText()));
        assertTrue(paths.stream().allMatch(p -> p.startsWith("/a~1b~0c/")), paths.toString());
    }

    @Test
    void appliesToMembersWhoseNamesLookLikeEscapes() {
        JsonNode from = json("{\"x\":1}");
        JsonNode to = json("{\"x\":1,\"~1\":2,\"a/b\":{\"~0~\":3}}");
        ArrayNode patch = StateDiff.diff(from, to);
        assertEquals(json("[{\"op\":\"add\",\"path\":\"/~01\",\"value\":2},"
                + "{\"op\":\"add\",\"path\":\"/a~1b\",\"value\":{\"~0~\":3}}]"), patch);
        assertEquals(to, StateDiff.apply(from, patch));
    }

    @Test
    void appliesEveryRfc6902Operation() {
        ArrayNode patch = (ArrayNode) json("[{\"op\":\"add\",\"path\":\"/a/1\",\"value\":9},"
                + "{\"op\":\"add\",\"path\":\"/a/-\",\"value\":7},"
                + "{\"op\":\"remove\",\"path\":\"/a/0\"},"
                + "{\"op\":\"replace\",\"path\":\"/b\",\"value\":{\"c\":1}},"
                + "{\"op\":\"copy\",\"from\":\"/b\",\"path\":\"/d\"},"
                + "{\"op\":\"move\",\"from\":\"/b/c\",\"path\":\"/e\"},"
                + "{\"op\":\"test\",\"path\":\"/d/c\",\"value\":1}]");
        assertEquals(json("{\"a\":[9,2,7],\"b\":{},\"d\":{\"c\":1},\"e\":1}"),
                StateDiff.apply(json("{\"a\":[1,2],\"b\":0}"), patch));
    }

    @Test
    void operationThatDoesNotApplyIsAnError() {
        ArrayNode patch = (ArrayNode) json("[{\"op\":\"remove\",\"path\":\"/missing\"}]");
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> StateDiff.apply(json("{}"), patch));
    }
}
