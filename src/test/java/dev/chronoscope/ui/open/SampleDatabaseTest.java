package dev.chronoscope.ui.open;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chronoscope.event.EventLog;
import dev.chronoscope.source.EventLogLoader;
import dev.chronoscope.source.LoadListener;
import dev.chronoscope.source.LoadOptions;
import dev.chronoscope.source.db.DatabaseSource;
import dev.chronoscope.ui.BundledSample;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleDatabaseTest {

    @TempDir
    Path dir;

    @Test
    void theCreatedDatabaseLoadsTheSameEventsAsTheBundledFile() throws Exception {
        Path file = SampleDatabase.ensure(dir);

        assertEquals(SampleDatabase.file(dir), file);
        EventLog fromDb = DatabaseSource.load(SampleDatabase.options(dir), LoadOptions.defaults(), LoadListener.NONE);
        EventLog fromFile = EventLogLoader.load(BundledSample.locate(), LoadOptions.defaults(), LoadListener.NONE);
        assertEquals(3_768, fromDb.size());
        assertEquals(List.of(), fromDb.rejections());
        assertEquals(fromFile.streamCount(), fromDb.streamCount());
        for (int i = 0; i < fromFile.size(); i++) {
            assertEquals(describe(fromFile, i), describe(fromDb, i));
        }
    }

    @Test
    void isCreatedOnceAndLeavesNothingHalfWritten() throws Exception {
        Path file = SampleDatabase.ensure(dir);
        FileTime written = Files.getLastModifiedTime(file);

        SampleDatabase.ensure(dir);

        assertEquals(written, Files.getLastModifiedTime(file));
        try (var files = Files.list(dir)) {
            assertEquals(List.of("sample.mv.db"), files.map(p -> p.getFileName().toString()).sorted().toList());
        }
        assertTrue(SampleDatabase.options(dir).url().endsWith("sample"));
    }

    private static String describe(EventLog log, int i) {
        return String.join(" | ", log.id(i), log.stream(i), String.valueOf(log.streamType(i)), log.type(i),
                String.valueOf(log.version(i)), String.valueOf(log.time(i)), String.valueOf(log.data(i)),
                String.valueOf(log.metadata(i)));
    }
}
