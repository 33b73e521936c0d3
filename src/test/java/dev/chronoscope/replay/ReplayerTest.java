package dev.chronoscope.replay;

import static dev.chronoscope.replay.MergePatchTest.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chronoscope.event.EventLog;
import dev.chronoscope.event.Instants;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReplayerTest {

    static byte[] utf8(String s) {
        return s == null ? null : s.getBytes(StandardCharsets.UTF_8);
    }

    static long micros(String iso) {
        return Instants.toMicros(Instant.parse(iso));
    }

    /** A small order log: o1 created, o2 created, o1 paid (removes a field), o1 shipped. */
    static EventLog orders() {
        EventLog.Builder b = EventLog.builder("orders.jsonl");
        b.add("e1", "o1", "Order", "Created", 1, micros("2024-01-01T00:00:00Z"),
                utf8("{\"status\":\"new\",\"total\":10,\"note\":\"x\"}"), null);
        b.add("e2", "o2", "Order", "Created", 1, micros("2024-01-01T00:01:00Z"), utf8("{\"status\":\"new\"}"), null);
        b.add("e3", "o1", "Order", "Paid", 2, micros("2024-01-01T00:02:00Z"),
                utf8("{\"status\":\"paid\",\"note\":null}"), utf8("{\"user\":\"u\"}"));
        b.add("e4", "o1", "Order", "Shipped", 3, EventLog.NO_TIME, utf8("{\"shipped\":{\"by\":\"dhl\"}}"), null);
        return b.build();
    }

    @Nested
    class GivenASmallLog {
        final Replayer replayer = new Replayer(orders(), MergePatchReducer.INSTANCE);

        @Test
        void stateAtAPositionFoldsOnlyTheStreamsEventsUpToIt() {
            assertEquals(json("{\"status\":\"new\",\"total\":10,\"note\":\"x\"}"), replayer.stateAt("o1", 2));
            assertEquals(json("{\"status\":\"paid\",\"total\":10}"), replayer.stateAt("o1", 3));
            assertEquals(json("{\"status\":\"paid\",\"total\":10,\"shipped\":{\"by\":\"dhl\"}}"),
                    replayer.stateAt("o1", 4));
        }

        @Test
        void streamWithoutEventsUpToThePositionHasNoState() {
            assertNull(replayer.stateAt("o2", 1));
            assertNull(replayer.stateAt("o1", 0));
        }

        @Test
        void unknownStreamHasNoState() {
            assertNull(replayer.stateAt("nope", 4));
        }

        @Test
        void positionBeyondTheEndGivesTheLastState() {
            assertEquals(replayer.stateAt("o1", 4), replayer.stateAt("o1", 1_000));
            assertEquals(replayer.stateAt("o1", 4), replayer.stateAt("o1", Long.MAX_VALUE));
        }

        @Test
        void negativePositionIsRejected() {
            assertThrows(IllegalArgumentException.class, () -> replayer.stateAt("o1", -1));
            assertThrows(IllegalArgumentException.class, () -> replayer.worldStateAt(-1));
        }

        @Test
        void worldStateHoldsTheStreamsWithAStateInFirstAppearanceOrder() {
            assertEquals(json("{}"), replayer.worldStateAt(0));
            assertEquals(json("{\"o1\":{\"status\":\"new\",\"total\":10,\"note\":\"x\"}}"), replayer.worldStateAt(1));
            JsonNode world = replayer.worldStateAt(99);
            assertEquals(json("{\"o1\":{\"status\":\"paid\",\"total\":10,\"shipped\":{\"by\":\"dhl\"}},"
                    + "\"o2\":{\"status\":\"new\"}}"), world);
            assertEquals(List.of("o1", "o2"), RandomLogs.names(world));
        }

        @Test
        void foldAllGivesEveryStreamsLastState() {
            Map<String, JsonNode> expected = new LinkedHashMap<>();
            expected.put("o1", json("{\"status\":\"paid\",\"total\":10,\"shipped\":{\"by\":\"dhl\"}}"));
            expected.put("o2", json("{\"status\":\"new\"}"));
            assertEquals(expected, replayer.foldAll());
            assertEquals(List.of("o1", "o2"), new ArrayList<>(replayer.foldAll().keySet()));
        }

        @Test
        void reducerIsTheMergePatchDefault() {
            assertEquals("merge-patch", replayer.reducer().name());
            assertEquals(json("{}"), replayer.reducer().initialState());
        }
    }

    @Test
    void emptyLogHasNoStateAnywhere() {
        Replayer replayer = new Replayer(EventLog.builder("empty").build(), MergePatchReducer.INSTANCE);
        assertEquals(java.util.Arrays.asList(null, json("{}"), 0L, Map.of()), java.util.Arrays.asList(
                replayer.stateAt("x", 5), replayer.worldStateAt(5), replayer.positionAtTime(Instant.MAX), replayer.foldAll()));
    }

    @Nested
    class PositionAtTime {
        // times (seconds): 10, 5, none, 20, 3, none
        final EventLog log = timed(10, 5, -1, 20, 3, -1);
        final Replayer replayer = new Replayer(log, MergePatchReducer.INSTANCE);

        static EventLog timed(long... seconds) {
            EventLog.Builder b = EventLog.builder("timed");
            for (int i = 0; i < seconds.length; i++) {
                b.add("e" + i, "s" + (i % 2), null, "T", EventLog.NO_VERSION,
                        seconds[i] < 0 ? EventLog.NO_TIME : seconds[i] * 1_000_000L, utf8("{\"i\":" + i + "}"), null);
            }
            return b.build();
        }

        long at(long seconds) {
            return replayer.positionAtTime(Instant.ofEpochSecond(seconds));
        }

        @Test
        void isZeroBeforeEveryTimedEvent() {
            assertEquals(0, at(2));
            assertEquals(0, replayer.positionAtTime(Instant.MIN));
        }

        @Test
        void isTheLargestPositionWhoseEventHasTimeAtOrBeforeT() {
            assertEquals(List.of(5L, 5L, 5L, 5L, 5L, 5L), List.of(at(3), at(4), at(5), at(10), at(19), at(20)));
        }

        @Test
        void ignoresEventsWithoutTimeAndOutOfOrderTimes() {
            EventLog other = timed(10, 5, -1, 20, 30, -1);
            Replayer r = new Replayer(other, MergePatchReducer.INSTANCE);
            List<Long> actual = new ArrayList<>();
            for (long t : new long[] {4, 5, 9, 10, 19, 20, 29, 30, 31}) {
                actual.add(r.positionAtTime(Instant.ofEpochSecond(t)));
            }
            assertEquals(List.of(0L, 2L, 2L, 2L, 2L, 4L, 4L, 5L, 5L), actual);
            assertEquals(5, r.positionAtTime(Instant.MAX));
        }

        @Test
        void ignoresSubMicrosecondDigits() {
            assertEquals(2, new Replayer(timed(10, 5, 30), MergePatchReducer.INSTANCE)
                    .positionAtTime(Instant.ofEpochSecond(5, 999)));
        }

        @Test
        void matchesANaiveScanOnRandomLogs() {
            for (long seed = 0; seed < 200; seed++) {
                EventLog random = RandomLogs.log(seed, 60);
                Replayer r = new Replayer(random, MergePatchReducer.INSTANCE);
                for (long t = -1; t <= 51; t++) {
                    long micros = t * 1_000_000L;
                    long expected = 0;
                    for (int i = 0; i < random.size(); i++) {
                        if (random.timeMicros(i) != EventLog.NO_TIME && random.timeMicros(i) <= micros) {
                            expected = i + 1;
                        }
                    }
                    assertEquals(expected, r.positionAtTime(Instants.fromMicros(micros)), "seed " + seed + " t " + t);
                }
            }
        }
    }

    @Nested
    class CheckpointedReplay {

        @ParameterizedTest(name = "checkpoint every {0} events")
        @ValueSource(ints = {1, 2, 3, 7, 64})
        void equalsANaiveFoldAtEveryPositionOfRandomLogs(int interval) {
            for (long seed = 0; seed < 60; seed++) {
                EventLog log = RandomLogs.log(seed, 150);
                Replayer replayer = new Replayer(log, MergePatchReducer.INSTANCE, interval);
                List<Long> positions = new ArrayList<>();
                for (long p = 0; p <= log.size() + 2; p++) {
                    positions.add(p);
                }
                Collections.shuffle(positions, new Random(seed)); // checkpoints are built out of order
                for (long p : positions) {
                    for (int s = 0; s < log.streamCount(); s++) {
                        String stream = log.streamName(s);
                        assertEquals(RandomLogs.naiveState(log, stream, p), replayer.stateAt(stream, p),
                                "seed " + seed + " stream " + stream + " position " + p);
                    }
                    JsonNode world = replayer.worldStateAt(p);
                    JsonNode expectedWorld = RandomLogs.naiveWorld(log, p);
                    assertEquals(expectedWorld, world, "world, seed " + seed + " position " + p);
                    assertEquals(RandomLogs.names(expectedWorld), RandomLogs.names(world));
                }
            }
        }

        @ParameterizedTest(name = "checkpoint every {0} events")
        @ValueSource(ints = {1, 3, 64})
        void givesTheSameStatesWhenAskedConcurrentlyFromSeveralThreads(int interval) throws Exception {
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                for (long seed = 0; seed < 20; seed++) {
                    EventLog log = RandomLogs.log(seed, 400);
                    JsonNode[][] expected = RandomLogs.naiveStates(log);
                    Replayer replayer = new Replayer(log, MergePatchReducer.INSTANCE, interval);
                    List<Future<List<String>>> results = new ArrayList<>();
                    for (int t = 0; t < 4; t++) {
                        long threadSeed = seed * 31 + t;
                        results.add(pool.submit(() -> {
                            Random random = new Random(threadSeed);
                            List<String> mismatches = new ArrayList<>();
                            for (int q = 0; q < 500; q++) {
                                int s = random.nextInt(log.streamCount() == 0 ? 1 : log.streamCount());
                                long p = random.nextInt(log.size() + 2);
                                if (log.streamCount() == 0) {
                                    continue;
                                }
                                JsonNode actual = replayer.stateAt(s, p);
                                JsonNode want = expected[(int) Math.min(p, log.size())][s];
                                if (want == null ? actual != null : !want.equals(actual)) {
                                    mismatches.add(s + "@" + p + ": " + actual + " != " + want);
                                }
                            }
                            return mismatches;
                        }));
                    }
                    List<String> mismatches = new ArrayList<>();
                    for (Future<List<String>> f : results) {
                        mismatches.addAll(f.get());
                    }
                    assertEquals(List.of(), mismatches, "seed " + seed);
                }
            } finally {
                pool.shutdownNow();
            }
        }

        @Test
        void worldStateOfManyStreamsIsFoldedInParallelAndEqualsANaiveFold() {
            EventLog.Builder b = EventLog.builder("many");
            Random random = new Random(5);
            for (int i = 0; i < 3_000; i++) {
                b.add(null, "s" + random.nextInt(700), null, "T", i, EventLog.NO_TIME,
                        RandomLogs.bytes(RandomLogs.patch(random)), null);
            }
            EventLog log = b.build();
            Replayer replayer = new Replayer(log, MergePatchReducer.INSTANCE, 3);
            for (long p : new long[] {2_999, 1_500, 3_000, 400}) {
                JsonNode expected = RandomLogs.naiveWorld(log, p);
                JsonNode actual = replayer.worldStateAt(p);
                assertEquals(expected, actual, "position " + p);
                assertEquals(RandomLogs.names(expected), RandomLogs.names(actual));
            }
        }

        @Test
        void seeksInAOneStreamLogOfManyEvents() {
            EventLog.Builder b = EventLog.builder("one");
            for (int i = 0; i < 5_000; i++) {
                b.add(null, "only", null, "T", i, EventLog.NO_TIME, utf8("{\"n\":" + i + ",\"k" + (i % 7) + "\":" + i + "}"), null);
            }
            EventLog log = b.build();
            Replayer replayer = new Replayer(log, MergePatchReducer.INSTANCE, 64);
            assertEquals(json("{\"n\":4999,\"k0\":4998,\"k1\":4999,\"k2\":4993,\"k3\":4994,\"k4\":4995,\"k5\":4996,\"k6\":4997}"),
                    replayer.stateAt("only", 99_999));
            assertEquals(RandomLogs.naiveState(log, "only", 1234), replayer.stateAt("only", 1234));
        }
    }
}
