package dev.chronoscope.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chronoscope.event.EventLog;
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

        assertEquals(List.of(210, 189, 0), List.of(log.size(), log.streamCount(), log.rejections().size()));
        assertEquals("/payload/nodeAggregateId", log.mapping().get("stream"));
        assertEquals("payload", log.mapping().get("data"));
        assertEquals("identifier", log.mapping().get("id"));
        assertTrue(log.metadata(0).isArray());
    }

    @Test
    void loadsTheNeosDemoLogAsOneStreamWithoutOverride() throws Exception {
        Path file = shared("realdata/neos-demo/events.jsonl");

        EventLog log = EventLogLoader.load(file, LoadOptions.defaults(), LoadListener.NONE);

        assertEquals(List.of(210, 1, "all"), List.of(log.size(), log.streamCount(), log.streamName(0)));
    }
}
