package dev.chronoscope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chronoscope.event.EventLog;
import dev.chronoscope.event.KnownState;
import dev.chronoscope.source.db.AxonWriter;
import dev.chronoscope.source.db.DatabaseOptions;
import dev.chronoscope.source.db.DatabaseSource;
import dev.chronoscope.ui.ExplorerViewModel.Inspection;
import dev.chronoscope.ui.ExplorerViewModel.Opened;
import dev.chronoscope.ui.settings.Settings;
import java.nio.file.Path;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.serialization.xml.XStreamSerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * View › Replay from Known States at the view-model level, on an Axon store written by Axon's own
 * snapshotter (XStream, the default serializer), with the synchronous executor.
 */
class ExplorerKnownStatesTest {

    @TempDir
    static Path dir;
    static EventLog log;

    @BeforeAll
    static void writeAndLoadAnAxonStore() throws Exception {
        String url = "jdbc:h2:" + dir.resolve("axon").toAbsolutePath();
        AxonWriter.writeWithSnapshots(url, "", XStreamSerializer.defaultSerializer(), EventSchema.builder().build(),
                new AxonWriter.H2TableFactory(), 3);
        log = DatabaseSource.load(DatabaseOptions.of(url), null, null);
    }

    private final ExplorerViewModel vm = new ExplorerViewModel(new CurrentThreadTaskExecutor());

    private KnownState gc1() {
        return log.knownStates().ofStream(log.streamIndexOf("gc-1")).get(0);
    }

    @Test
    void offByDefaultTheStateIsTheFoldOfTheEvents() {
        Opened opened = Opened.of(log, "axon");
        vm.show(opened, null);
        vm.inspect(log.streamIndexOf("gc-1"));

        assertEquals(log.knownStates().count(), vm.knownStateCountProperty().get());
        assertTrue(vm.knownStateCountProperty().get() >= 2, "gc-1 and gc-2 have snapshots");
        assertFalse(vm.replayFromKnownStatesProperty().get());
        Inspection shown = vm.inspectionProperty().get();
        assertNull(shown.resumedFrom());
        assertEquals(opened.replayer().stateAt(log.streamIndexOf("gc-1"), log.size()), shown.state());
        assertFalse(shown.state().has("remaining"));
    }

    @Test
    void turningItOnStartsTheStateAtTheSnapshotAndSaysSo() {
        Opened opened = Opened.of(log, "axon");
        vm.show(opened, null);
        int s = log.streamIndexOf("gc-1");
        vm.inspect(s);
        KnownState k = gc1();

        vm.replayFromKnownStatesProperty().set(true); // recomputes at once (synchronous executor)

        Inspection shown = vm.inspectionProperty().get();
        assertSame(k, shown.resumedFrom());
        int[] events = log.eventsOfStream(s);
        int later = (int) java.util.Arrays.stream(events).filter(i -> i + 1 > k.position()).count();
        assertEquals(later, shown.eventsAfterResume());
        assertEquals(opened.replayer().resumingFromKnownStates().stateAt(s, log.size()), shown.state());
        assertEquals(100 - 10 * k.version(), shown.state().get("remaining").asLong(), shown.state().toString());

        // at the snapshot's own event: the snapshot, no later event
        vm.moveCursorTo(k.position());
        assertSame(k, vm.inspectionProperty().get().resumedFrom());
        assertEquals(0, vm.inspectionProperty().get().eventsAfterResume());
        assertEquals(k.state(), vm.inspectionProperty().get().state());
        assertNull(vm.inspectionProperty().get().changedFrom(), "no highlights: the event did not change the shape");
        assertTrue(vm.inspectionProperty().get().diffTitle().endsWith("(events' fold → Axon snapshot)"),
                vm.inspectionProperty().get().diffTitle());
        // one event later: the highlights are that event's changes to the snapshot
        long next = java.util.Arrays.stream(log.eventsOfStream(s)).filter(i -> i + 1 > k.position()).findFirst().getAsInt() + 1;
        vm.moveCursorTo(next);
        assertEquals(k.state(), vm.inspectionProperty().get().changedFrom());
        assertEquals(1, vm.inspectionProperty().get().eventsAfterResume());
        // before it: the fold of the events, as with the option off
        vm.moveCursorTo(k.position() - 1);
        assertNull(vm.inspectionProperty().get().resumedFrom());
        assertEquals(opened.replayer().stateAt(s, k.position() - 1), vm.inspectionProperty().get().state());

        vm.replayFromKnownStatesProperty().set(false);
        vm.moveCursorTo(log.size());
        assertNull(vm.inspectionProperty().get().resumedFrom());
        assertFalse(vm.inspectionProperty().get().state().has("remaining"));
    }

    @Test
    void aLogWithoutSnapshotsCountsNone() {
        vm.show(Opened.of(ExplorerViewModelTest.smallLog(), "small.jsonl"), null);
        vm.replayFromKnownStatesProperty().set(true);
        assertEquals(0, vm.knownStateCountProperty().get());
        assertNull(vm.inspectionProperty().get().resumedFrom());
        vm.clear();
        assertEquals(0, vm.knownStateCountProperty().get());
    }

    @Test
    void theChoiceIsRememberedInTheSettings() {
        Settings settings = Settings.load(dir.resolve("settings"));
        assertFalse(settings.replayFromKnownStates(), "off by default");
        settings.setReplayFromKnownStates(true);
        assertTrue(settings.save());
        assertTrue(Settings.load(dir.resolve("settings")).replayFromKnownStates());
    }
}
