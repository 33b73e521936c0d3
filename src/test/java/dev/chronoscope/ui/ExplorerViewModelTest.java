package dev.chronoscope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chronoscope.diff.StateDiff;
import dev.chronoscope.event.EventLog;
import dev.chronoscope.event.Json;
import dev.chronoscope.replay.MergePatchReducer;
import dev.chronoscope.replay.Replayer;
import dev.chronoscope.snapshot.CanonicalJson;
import dev.chronoscope.ui.ExplorerViewModel.DiffMode;
import dev.chronoscope.ui.ExplorerViewModel.Inspection;
import dev.chronoscope.ui.ExplorerViewModel.Opened;
import dev.chronoscope.ui.ExplorerViewModel.Pin;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The explorer's cursor, pins, diff and export logic, with the synchronous executor. */
class ExplorerViewModelTest {

    /** Positions 1..6: a1 a2 o1 a3 o2 a4 (a = account-1, o = order-1). */
    static EventLog smallLog() {
        EventLog.Builder b = EventLog.builder("small.jsonl");
        long t = Instant.parse("2024-03-04T08:00:00Z").toEpochMilli() * 1000;
        add(b, "account-1", "AccountOpened", 1, t, "{\"balance\":0,\"owner\":\"Ann\"}");
        add(b, "account-1", "MoneyDeposited", 2, t + 60_000_000L, "{\"balance\":10}");
        add(b, "order-1", "OrderPlaced", 1, t + 120_000_000L, "{\"status\":\"placed\",\"items\":[1]}");
        add(b, "account-1", "MoneyWithdrawn", 3, t + 180_000_000L, "{\"balance\":4,\"lastTx\":{\"kind\":\"withdrawal\"}}");
        add(b, "order-1", "OrderShipped", 2, t + 240_000_000L, "{\"status\":\"shipped\"}");
        add(b, "account-1", "AccountFrozen", 4, t + 300_000_000L, "{\"status\":\"frozen\"}");
        return b.build();
    }

    private static void add(EventLog.Builder b, String stream, String type, long version, long micros, String data) {
        b.add("id-" + b.size(), stream, stream.substring(0, stream.indexOf('-')), type, version, micros,
                data.getBytes(StandardCharsets.UTF_8), null);
    }

    static Opened opened(EventLog log) {
        return Opened.of(log, "small.jsonl");
    }

    private final EventLog log = smallLog();
    private final Opened opened = opened(log);
    private final Replayer engine = new Replayer(log, MergePatchReducer.INSTANCE);
    private final ExplorerViewModel vm = new ExplorerViewModel(new CurrentThreadTaskExecutor());

    @TempDir
    Path dir;

    private int account() {
        return log.streamIndexOf("account-1");
    }

    private int order() {
        return log.streamIndexOf("order-1");
    }

    @Nested
    class Opening {

        @Test
        void theCursorStartsAtTheEndWithTheLastEventsStreamInspected() {
            vm.show(opened, null);

            assertEquals(6, vm.cursorProperty().get());
            assertEquals(account(), vm.inspectedStreamProperty().get());
            Inspection shown = vm.inspectionProperty().get();
            assertEquals(engine.stateAt("account-1", 6), shown.state());
            assertEquals("AccountFrozen", shown.event().type());
        }

        @Test
        void aRequestedPositionIsHonouredAndClamped() {
            vm.show(opened, 3L);
            assertEquals(3, vm.cursorProperty().get());
            assertEquals(order(), vm.inspectedStreamProperty().get());

            vm.show(opened, 99L);
            assertEquals(6, vm.cursorProperty().get());
        }

        @Test
        void openingAnotherLogForgetsThePins() {
            vm.show(opened, null);
            vm.pinAt(Pin.A, 2);

            vm.show(opened, null);

            assertNull(vm.pinAProperty().get());
        }
    }

    @Nested
    class Cursor {

        @Test
        void theStateAtEveryCursorIsTheEnginesState() {
            vm.show(opened, null);
            for (long p = 0; p <= 6; p++) {
                vm.moveCursorTo(p);
                assertEquals(engine.stateAt("account-1", p), vm.inspectionProperty().get().state(), "at " + p);
                assertEquals(p, vm.inspectionProperty().get().cursor());
            }
        }

        @Test
        void movesAreClampedToTheLog() {
            vm.show(opened, null);
            vm.moveCursorTo(-5);
            assertEquals(0, vm.cursorProperty().get());
            vm.step(100);
            assertEquals(6, vm.cursorProperty().get());
        }

        @Test
        void homeGoesToTheFirstEventAndEndAfterTheLast() {
            vm.show(opened, 3L);
            vm.first();
            assertEquals(1, vm.cursorProperty().get());
            vm.last();
            assertEquals(6, vm.cursorProperty().get());
        }

        @Test
        void steppingInTheStreamSkipsOtherStreamsEvents() {
            vm.show(opened, 2L);
            vm.inspect(account());
            List<Long> forward = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                vm.stepInStream(1);
                forward.add(vm.cursorProperty().get());
            }
            assertEquals(List.of(4L, 6L, 6L), forward);

            vm.moveCursorTo(5);
            vm.stepInStream(-1);
            assertEquals(4, vm.cursorProperty().get());
            vm.stepInStream(-1);
            assertEquals(2, vm.cursorProperty().get());
        }

        @Test
        void goingToATimeLandsAfterTheLastEventAtOrBeforeIt() {
            vm.show(opened, null);
            vm.goToTime(Instant.parse("2024-03-04T08:02:30Z"));
            assertEquals(3, vm.cursorProperty().get());
        }

        @Test
        void clickingARowInspectsItsStreamAtItsPosition() {
            vm.show(opened, null);
            vm.showEvent(4); // position 5, order-1

            assertEquals(5, vm.cursorProperty().get());
            assertEquals(order(), vm.inspectedStreamProperty().get());
            assertEquals(engine.stateAt("order-1", 5), vm.inspectionProperty().get().state());
        }

        @Test
        void theStatusTextNamesPositionTimeTypeAndStream() {
            vm.show(opened, 4L);
            assertEquals("cursor #4 · 2024-03-04 08:03:00 UTC · MoneyWithdrawn · account-1", vm.cursorTextProperty().get());
            vm.moveCursorTo(0);
            assertEquals("cursor #0 · before the first event", vm.cursorTextProperty().get());
        }
    }

    @Nested
    class Changes {

        @Test
        void theEventAtTheCursorIsComparedWithTheStateBeforeIt() {
            vm.show(opened, 4L);
            vm.inspect(account());

            Inspection shown = vm.inspectionProperty().get();
            assertEquals(engine.stateAt("account-1", 3), shown.changedFrom());
            assertEquals(engine.stateAt("account-1", 4), shown.state());
            // worked out off the FX thread for the State tab, as the view itself would
            assertEquals(dev.chronoscope.ui.inspector.Changes.between(shown.changedFrom(), shown.state()), shown.stateChanges());
            assertFalse(shown.stateChanges().isEmpty());
        }

        @Test
        void anEventOfAnotherStreamHighlightsNothing() {
            vm.show(opened, 5L);
            vm.inspect(account());

            assertNull(vm.inspectionProperty().get().changedFrom());
            assertEquals(dev.chronoscope.ui.inspector.Changes.NONE, vm.inspectionProperty().get().stateChanges());
        }

        @Test
        void theFirstEventOfAStreamShowsEveryFieldAsNew() {
            vm.show(opened, 1L);

            Inspection shown = vm.inspectionProperty().get();
            assertEquals(Json.MAPPER.createObjectNode(), shown.changedFrom());
            assertEquals(shown.state().size(), shown.stateChanges().count(), "every field is new");
        }

        @Test
        void theDefaultDiffIsTheStreamsLastEventAtOrBeforeTheCursor() {
            vm.show(opened, 5L); // position 5 is order-1's; account-1's last event ≤ 5 is #4
            vm.inspect(account());

            Inspection shown = vm.inspectionProperty().get();
            assertEquals(DiffMode.PREVIOUS_EVENT, vm.diffModeProperty().get());
            assertEquals(engine.stateAt("account-1", 3), shown.diffBefore());
            assertEquals(engine.stateAt("account-1", 5), shown.diffAfter());
            assertEquals(StateDiff.diff(shown.diffBefore(), shown.diffAfter()), shown.patch());
            assertEquals("#2 → #4 · MoneyWithdrawn", shown.diffTitle());
        }

        @Test
        void aStreamWithoutEventsYetHasNoDiff() {
            vm.show(opened, 2L);
            vm.inspect(order());

            Inspection shown = vm.inspectionProperty().get();
            assertNull(shown.state());
            assertNull(shown.patch());
            assertEquals("order-1 has no event at or before #2", shown.diffTitle());
        }

        @Test
        void twoPinsCompareAWithB() {
            vm.show(opened, null);
            vm.pinAt(Pin.A, 1);
            assertEquals(DiffMode.PREVIOUS_EVENT, vm.diffModeProperty().get());
            vm.pinAt(Pin.B, 6);

            Inspection shown = vm.inspectionProperty().get();
            assertEquals(DiffMode.PINS, vm.diffModeProperty().get());
            assertEquals(engine.stateAt("account-1", 1), shown.diffBefore());
            assertEquals(engine.stateAt("account-1", 6), shown.diffAfter());
            assertEquals(StateDiff.diff(shown.diffBefore(), shown.diffAfter()), shown.patch());
            assertEquals("A #1 → B #6 · account-1", shown.diffTitle());

            vm.clearPins();
            assertEquals(DiffMode.PREVIOUS_EVENT, vm.diffModeProperty().get());
            assertEquals("#4 → #6 · AccountFrozen", vm.inspectionProperty().get().diffTitle());
        }

        @Test
        void pinningTakesTheCursor() {
            vm.show(opened, 3L);
            vm.pin(Pin.B);
            assertEquals(3L, vm.pinBProperty().get());
        }
    }

    @Nested
    class Coalescing {

        @Test
        void movesDuringAReplayAreMergedAndTheLatestWins() {
            ManualExecutor manual = new ManualExecutor();
            ExplorerViewModel slow = new ExplorerViewModel(manual);
            slow.show(opened, 1L); // one replay in flight
            for (long p = 2; p <= 6; p++) {
                slow.moveCursorTo(p);
            }
            assertEquals(1, manual.pending());

            manual.runNext(); // publishes cursor 1, then asks once more, for the latest cursor
            assertEquals(1, slow.inspectionProperty().get().cursor());
            assertEquals(1, manual.pending());
            manual.runNext();
            assertEquals(6, slow.inspectionProperty().get().cursor());
            assertEquals(0, manual.pending());
            assertEquals(2, slow.inspectionsPublishedProperty().get());
        }

        @Test
        void aReplayForAnEarlierLogIsDropped() {
            ManualExecutor manual = new ManualExecutor();
            ExplorerViewModel slow = new ExplorerViewModel(manual);
            slow.show(opened, 1L);
            slow.clear();

            manual.runNext();

            assertNull(slow.inspectionProperty().get());
        }
    }

    @Nested
    class Playback {

        @Test
        void playingAdvancesBySpeedTimesTimeAndStopsAtTheEnd() {
            vm.show(opened, 0L);
            vm.speedProperty().set(2);
            vm.play();

            vm.advancePlayback(0.25); // half an event: not yet
            assertEquals(0, vm.cursorProperty().get());
            vm.advancePlayback(0.25);
            assertEquals(1, vm.cursorProperty().get());
            vm.advancePlayback(1.0);
            assertEquals(3, vm.cursorProperty().get());
            vm.advancePlayback(10);
            assertEquals(6, vm.cursorProperty().get());
            assertFalse(vm.playingProperty().get());
        }

        @Test
        void playingAtTheEndStartsOver() {
            vm.show(opened, null);
            vm.play();
            assertEquals(0, vm.cursorProperty().get());
            assertTrue(vm.playingProperty().get());
            vm.togglePlay();
            assertFalse(vm.playingProperty().get());
        }
    }

    @Nested
    class Export {

        @Test
        void theInspectedStreamsSnapshotIsWrittenAtTheCursor() throws Exception {
            vm.show(opened, 4L);
            vm.inspect(account());
            Path target = dir.resolve("account.snapshot.json");

            vm.exportSnapshot(false, target);

            JsonNode doc = Json.MAPPER.readTree(target.toFile());
            JsonNode state = engine.stateAt("account-1", 4);
            assertEquals("chronoscope-snapshot/1", doc.get("format").asText());
            assertEquals("small.jsonl", doc.get("source").asText());
            assertEquals(4, doc.get("position").asLong());
            assertEquals("account-1", doc.get("stream").asText());
            assertEquals("id-3", doc.get("eventId").asText());
            assertEquals(state, doc.get("state"));
            assertEquals(CanonicalJson.sha256Hex(state), doc.get("stateSha256").asText());
            Notice notice = vm.noticeProperty().get();
            assertEquals(Notice.Kind.INFO, notice.kind());
            assertEquals(target.toAbsolutePath(), notice.path());
            assertTrue(notice.detail().contains("account-1 at #4"), notice.detail());
        }

        @Test
        void theWorldSnapshotHoldsEveryStream() throws Exception {
            vm.show(opened, 5L);
            Path target = dir.resolve("world.json");

            vm.exportSnapshot(true, target);

            JsonNode doc = Json.MAPPER.readTree(target.toFile());
            assertTrue(doc.get("stream").isNull());
            assertEquals(engine.worldStateAt(5), doc.get("state"));
        }

        @Test
        void aFailedExportSaysWhyAndWritesNothing() {
            vm.show(opened, 4L);
            Path target = dir.resolve("missing-folder").resolve("s.json");

            vm.exportSnapshot(false, target);

            Notice notice = vm.noticeProperty().get();
            assertEquals(Notice.Kind.ERROR, notice.kind());
            assertTrue(notice.detail().contains("missing-folder"), notice.detail());
            assertFalse(Files.exists(target));
            assertFalse(vm.exportingProperty().get());
        }

        @Test
        void theDiffIsWrittenAsRfc6902Operations() throws Exception {
            vm.show(opened, 4L);
            Path target = dir.resolve("d.json");

            vm.exportDiff(target);

            JsonNode written = Json.MAPPER.readTree(target.toFile());
            assertEquals(StateDiff.diff(engine.stateAt("account-1", 3), engine.stateAt("account-1", 4)), written);
            assertNotNull(vm.noticeProperty().get());
            vm.acknowledgeNotice();
            assertNull(vm.noticeProperty().get());
        }
    }

    /** Holds submitted tasks until the test runs them, like a busy worker. */
    static final class ManualExecutor implements TaskExecutor {
        private final List<Runnable> queue = new ArrayList<>();

        @Override
        public <T> Handle submit(BackgroundTask<T> task, Listener<? super T> listener) {
            queue.add(() -> {
                T result;
                try {
                    result = task.run(ProgressSink.NONE);
                } catch (Exception e) {
                    listener.failed(e);
                    return;
                }
                listener.succeeded(result);
            });
            return new Handle() {
                @Override
                public void cancel() {}

                @Override
                public boolean isCancelled() {
                    return false;
                }
            };
        }

        int pending() {
            return queue.size();
        }

        void runNext() {
            queue.remove(0).run();
        }

        @Override
        public void close() {}
    }
}
