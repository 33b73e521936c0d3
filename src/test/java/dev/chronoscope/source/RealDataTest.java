package dev.chronoscope.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chronoscope.event.EventLog;
import dev.chronoscope.event.Rejection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Loads the real logs in the shared folder; skipped when it is absent, except on CI. */
class RealDataTest {

    static Path shared(String relative) {
        Path dir = Path.of(System.getProperty("chronoscope.sharedDir", "../shared"));
        Path file = dir.resolve(relative);
        if (!Files.isRegularFile(file)) {
            if (System.getenv("CI") != null) {
                throw new AssertionError("shared test data missing on CI: " + file.toAbsolutePath());
            }
            Assumptions.abort("shared test data not present: " + file.toAbsolutePath());
        }
        return file;
    }

    @Test
    void loadsTheNeosDemoLogByNodeAggregate() throws Exception {
        Path file = shared("realdata/neos-demo/events.jsonl");

        EventLog log = EventLogLoader.load(file,
                LoadOptions.defaults().withMap("stream", "/payload/nodeAggregateId"), LoadListener.NONE);

        // 210 records; line 210 (NodeReferencesWereSet) has sourceNodeAggregateId but no nodeAggregateId,
        // so DESIGN.md rejects it ("a record that lacks a role the mapping requires ... is rejected").
        // The README's "189 aggregates" counts that record under a made-up "<no-aggregate>" case.
        assertEquals(List.of(209, 188, 210L), List.of(log.size(), log.streamCount(), log.records()));
        assertEquals(List.of(new Rejection(210, "missing stream: expected /payload/nodeAggregateId", "")),
                log.rejections().stream().map(r -> new Rejection(r.record(), r.reason(), "")).toList());
        assertEquals("/payload/nodeAggregateId", log.mapping().get("stream"));
        assertEquals("payload", log.mapping().get("data"));
        assertEquals("identifier", log.mapping().get("id"));
        assertTrue(log.metadata(0).isArray());
    }

    @Test
    void theNeosRecordWithoutNodeAggregateIdCanBeMappedByItsSourceNode() throws Exception {
        Path file = shared("realdata/neos-demo/events.jsonl");

        EventLog log = EventLogLoader.load(file,
                LoadOptions.defaults().withMap("stream", "/payload/sourceNodeAggregateId"), LoadListener.NONE);

        assertEquals(List.of(1, 209), List.of(log.size(), log.rejections().size()));
    }

    @Test
    void loadsTheNeosDemoLogAsOneStreamWithoutOverride() throws Exception {
        Path file = shared("realdata/neos-demo/events.jsonl");

        EventLog log = EventLogLoader.load(file, LoadOptions.defaults(), LoadListener.NONE);

        assertEquals(List.of(210, 1, "all"), List.of(log.size(), log.streamCount(), log.streamName(0)));
    }
}
