package dev.chronoscope.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chronoscope.event.EventLog;
import dev.chronoscope.event.KnownState;
import dev.chronoscope.event.KnownStates;
import java.util.Random;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

/**
 * Replay that starts from known states (seeded, randomised; see ADR 0011): when a known state is
 * the fold of the events up to it, starting there changes nothing; when it is something else (an
 * Axon aggregate), the state is that known state with the later events merged in. Either way the
 * states shared with the checkpoints are never changed.
 */
class KnownStatesReplayTest {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /**
     * {@code log} again, with a known state after about one in five events: {@code stateAt(stream
     * index, position)} gives its JSON.
     */
    static EventLog withKnownStates(EventLog log, long seed, BiFunction<Integer, Long, JsonNode> stateAt) {
        Random random = new Random(seed);
        EventLog.Builder b = EventLog.builder(log.source());
        for (int i = 0; i < log.size(); i++) {
            b.add(log.id(i), log.stream(i), log.streamType(i), log.type(i), log.version(i), log.timeMicros(i),
                    bytesOrNull(log.data(i)), bytesOrNull(log.metadata(i)));
        }
        for (int i = 0; i < log.size(); i++) {
            if (random.nextInt(5) == 0) {
                b.knownState(log.stream(i), log.version(i), log.timeMicros(i), "test",
                        RandomLogs.bytes(stateAt.apply(log.streamIndex(i), EventLog.positionOf(i))));
            }
        }
        return b.build();
    }

    private static byte[] bytesOrNull(JsonNode n) {
        return n == null ? null : RandomLogs.bytes(n);
    }

    @Test
    void startingFromKnownStatesThatAreTheFoldChangesNoState() {
        for (long seed = 1; seed <= 150; seed++) {
            EventLog plain = RandomLogs.log(seed, 60);
            JsonNode[][] naive = RandomLogs.naiveStates(plain);
            EventLog log = withKnownStates(plain, seed, (s, p) -> naive[(int) (long) p][s]);
            Replayer resuming = new Replayer(log, MergePatchReducer.INSTANCE, 1 + (int) (seed % 5)).resumingFromKnownStates();
            for (long p = 0; p <= log.size(); p++) {
                for (int s = 0; s < log.streamCount(); s++) {
                    assertEquals(naive[(int) p][s], resuming.stateAt(s, p), "seed " + seed + " stream " + s + " at " + p);
                }
                assertEquals(RandomLogs.naiveWorld(log, p), resuming.worldStateAt(p), "seed " + seed + " world at " + p);
            }
        }
    }

    @Test
    void aKnownStateThatDiffersFromTheFoldIsTheStartOfTheLaterEvents() {
        for (long seed = 1; seed <= 150; seed++) {
            EventLog plain = RandomLogs.log(seed, 60);
            // a state the events would never give: what an Axon aggregate's fields look like
            EventLog log = withKnownStates(plain, seed, (s, p) -> NODES.objectNode().put("snapshotAt", (int) (long) p));
            Replayer events = new Replayer(log, MergePatchReducer.INSTANCE, 4);
            Replayer resuming = events.resumingFromKnownStates();
            JsonNode[][] naive = RandomLogs.naiveStates(log);
            KnownStates known = log.knownStates();
            for (long p = 0; p <= log.size(); p++) {
                for (int s = 0; s < log.streamCount(); s++) {
                    KnownState k = known.latestAtOrBefore(s, p);
                    JsonNode expected;
                    if (k == null) {
                        expected = naive[(int) p][s];
                    } else {
                        expected = NODES.objectNode().put("snapshotAt", (int) k.position());
                        for (int i = (int) k.position(); i < p; i++) { // the stream's events after the known state
                            if (log.streamIndex(i) == s && log.data(i) != null) {
                                expected = RandomLogs.naiveMergePatch(expected, log.data(i));
                            }
                        }
                    }
                    assertEquals(expected, resuming.stateAt(s, p), "seed " + seed + " stream " + s + " at " + p);
                    assertSame(k, resuming.knownStateAt(s, p));
                    assertEquals(naive[(int) p][s], events.stateAt(s, p), "the events-only replayer is unchanged");
                    assertNull(events.knownStateAt(s, p));
                }
            }
            // asked again in a random order (drags back and forth): the same answers
            Random random = new Random(seed);
            for (int q = 0; q < 3 * log.size(); q++) {
                long p = random.nextInt(log.size() + 1);
                int s = log.size() == 0 ? 0 : random.nextInt(Math.max(1, log.streamCount()));
                if (s < log.streamCount()) {
                    KnownState k = known.latestAtOrBefore(s, p);
                    JsonNode expected = k == null ? naive[(int) p][s] : NODES.objectNode().put("snapshotAt", (int) k.position());
                    for (int i = k == null ? Integer.MAX_VALUE : (int) k.position(); i < p; i++) {
                        if (log.streamIndex(i) == s && log.data(i) != null) {
                            expected = RandomLogs.naiveMergePatch(expected, log.data(i));
                        }
                    }
                    assertEquals(expected, resuming.stateAt(s, p), "seed " + seed + " again: stream " + s + " at " + p);
                }
            }
            for (KnownState k : known.all()) {
                assertEquals(NODES.objectNode().put("snapshotAt", (int) k.position()), k.state(), "known states are never mutated");
            }
        }
    }

    @Test
    void aLogWithoutKnownStatesReplaysAlikeEitherWay() {
        EventLog log = RandomLogs.log(7, 200);
        Replayer events = new Replayer(log, MergePatchReducer.INSTANCE);
        Replayer resuming = events.resumingFromKnownStates();
        assertSame(KnownStates.NONE, log.knownStates());
        assertSame(resuming, events.resumingFromKnownStates());
        assertTrue(resuming.resumesFromKnownStates());
        for (long p = 0; p <= log.size(); p += 7) {
            assertEquals(events.worldStateAt(p), resuming.worldStateAt(p));
        }
    }

    @Test
    void aKnownStateOfAMissingEventIsAProblemNotAState() {
        EventLog.Builder b = EventLog.builder("t");
        b.add("e1", "s", null, "T", 0, EventLog.NO_TIME, RandomLogs.bytes(NODES.objectNode().put("a", 1)), null);
        b.knownState("s", 5, EventLog.NO_TIME, "test", "{}".getBytes());
        b.knownState("other", 0, EventLog.NO_TIME, "test", "{}".getBytes());
        b.knownStatesFrom("a table");
        EventLog log = b.build();
        assertEquals(0, log.knownStates().count());
        assertEquals(java.util.List.of("snapshot of s at version 5: the stream has no event with that version",
                "snapshot of other at version 0: the log has no event of that stream"), log.knownStates().problems());
        assertEquals("2 snapshots in a table, 2 not usable", log.mapping().get("knownStates"));
        ObjectNode one = NODES.objectNode().put("a", 1);
        assertEquals(one, new Replayer(log, MergePatchReducer.INSTANCE).resumingFromKnownStates().stateAt(0, 1));
    }
}
