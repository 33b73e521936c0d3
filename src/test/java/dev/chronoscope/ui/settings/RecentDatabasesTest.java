package dev.chronoscope.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chronoscope.source.db.DatabaseOptions;
import dev.chronoscope.source.db.Preset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecentDatabasesTest {

    @TempDir
    Path dir;

    private static final DatabaseOptions MARTEN =
            new DatabaseOptions("jdbc:postgresql://localhost/shop", Preset.MARTEN, "reader", "s3cret", null, "shop");
    private static final DatabaseOptions GENERIC =
            new DatabaseOptions("jdbc:h2:/data/events", Preset.GENERIC, null, null, "SELECT * FROM events", null);

    @Test
    void remembersEverythingButThePasswordAcrossRestarts() throws Exception {
        new RecentDatabases(Settings.load(dir)).add(MARTEN);
        new RecentDatabases(Settings.load(dir)).add(GENERIC);

        assertEquals(List.of(GENERIC, MARTEN.withCredentials("reader", null)), new RecentDatabases(Settings.load(dir)).list());
        assertFalse(Files.readString(dir.resolve(Settings.FILE_NAME)).contains("s3cret"));
    }

    @Test
    void aPasswordInTheUrlIsNotRemembered() throws Exception {
        RecentDatabases recent = new RecentDatabases(Settings.load(dir));
        recent.add(DatabaseOptions.of("jdbc:postgresql://localhost/shop?user=a&password=s3cret"));

        assertEquals("jdbc:postgresql://localhost/shop?user=a&password=***", recent.list().get(0).url());
        assertFalse(Files.readString(dir.resolve(Settings.FILE_NAME)).contains("s3cret"));
        assertFalse(RecentDatabases.opensWithoutAsking(recent.list().get(0)));
    }

    @Test
    void theSameSourceMovesToTheTopInsteadOfBeingListedTwice() {
        RecentDatabases recent = new RecentDatabases(Settings.load(dir));
        recent.add(GENERIC);
        recent.add(MARTEN);
        recent.add(GENERIC);

        assertEquals(List.of(GENERIC, MARTEN.withCredentials("reader", null)), recent.list());
        assertTrue(RecentDatabases.opensWithoutAsking(GENERIC));
        assertFalse(RecentDatabases.opensWithoutAsking(MARTEN));
    }

    @Test
    void keepsTheLatestTenAndDoesNotDisturbTheRecentFiles() {
        Settings settings = Settings.load(dir);
        new RecentFiles(settings).add(dir.resolve("a.jsonl"));
        RecentDatabases recent = new RecentDatabases(settings);
        for (int i = 0; i < 12; i++) {
            recent.add(DatabaseOptions.of("jdbc:h2:/data/db" + i));
        }

        assertEquals(RecentDatabases.MAX, recent.list().size());
        assertEquals("jdbc:h2:/data/db11", recent.list().get(0).url());
        assertEquals(List.of(dir.resolve("a.jsonl")), new RecentFiles(settings).list());
        recent.clear();
        assertEquals(List.of(), recent.list());
        assertEquals(List.of(dir.resolve("a.jsonl")), new RecentFiles(settings).list());
    }
}
