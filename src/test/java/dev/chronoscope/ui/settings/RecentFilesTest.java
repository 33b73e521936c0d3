package dev.chronoscope.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecentFilesTest {

    @TempDir
    Path dir;

    private Path file(String name) throws IOException {
        return Files.writeString(dir.resolve(name), "{}\n");
    }

    private RecentFiles recent() {
        return new RecentFiles(Settings.load(dir.resolve("config")));
    }

    @Test
    void theMostRecentlyAddedComesFirst() throws IOException {
        RecentFiles recent = recent();
        Path a = file("a.jsonl");
        Path b = file("b.jsonl");

        recent.add(a);
        recent.add(b);

        assertEquals(List.of(b, a), recent.list());
    }

    @Test
    void addingAKnownFileAgainMovesItToTheFrontWithoutADuplicate() throws IOException {
        RecentFiles recent = recent();
        Path a = file("a.jsonl");
        Path b = file("b.jsonl");
        recent.add(a);
        recent.add(b);

        recent.add(dir.resolve("sub/../a.jsonl"));

        assertEquals(List.of(a, b), recent.list());
    }

    @Test
    void relativePathsAreStoredAbsoluteAndNormalised() {
        RecentFiles recent = recent();

        recent.add(Path.of("some/./where/../log.jsonl"));

        assertEquals(List.of(Path.of("some/log.jsonl").toAbsolutePath()), recent.list());
    }

    @Test
    void onlyTheTenMostRecentAreKept() throws IOException {
        RecentFiles recent = recent();
        List<Path> added = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            added.add(file("log-" + i + ".jsonl"));
            recent.add(added.get(i));
        }

        List<Path> expected = new ArrayList<>(added.subList(2, 12));
        java.util.Collections.reverse(expected);
        assertEquals(expected, recent.list());
    }

    @Test
    void removeForgetsOneEntry() throws IOException {
        RecentFiles recent = recent();
        Path a = file("a.jsonl");
        Path b = file("b.jsonl");
        recent.add(a);
        recent.add(b);

        assertTrue(recent.remove(a));
        assertFalse(recent.remove(dir.resolve("never-added.jsonl")));

        assertEquals(List.of(b), recent.list());
    }

    @Test
    void removeStaleDropsMissingFilesAndReturnsThemInListOrder() throws IOException {
        RecentFiles recent = recent();
        Path gone1 = file("gone-1.jsonl");
        Path kept = file("kept.jsonl");
        Path gone2 = file("gone-2.jsonl");
        recent.add(gone1);
        recent.add(kept);
        recent.add(gone2);
        Files.delete(gone1);
        Files.delete(gone2);

        assertEquals(List.of(gone2, gone1), recent.removeStale());
        assertEquals(List.of(kept), recent.list());
        assertEquals(List.of(), recent.removeStale());
    }

    @Test
    void theListIsPersistedAcrossRuns() throws IOException {
        Path a = file("a.jsonl");
        Path b = file("b.jsonl");
        RecentFiles first = recent();
        first.add(a);
        first.add(b);
        first.remove(a);

        assertEquals(List.of(b), recent().list());
    }

    @Test
    void clearForgetsEverything() throws IOException {
        RecentFiles recent = recent();
        recent.add(file("a.jsonl"));

        recent.clear();

        assertEquals(List.of(), recent().list());
    }

    @Test
    void duplicatesWrittenByHandAreShownOnce() throws IOException {
        Path a = file("a.jsonl");
        Files.createDirectories(dir.resolve("config"));
        Files.writeString(dir.resolve("config/settings.properties"),
                "recent.0=" + a + "\nrecent.1=" + dir.resolve("x/../a.jsonl") + "\n");

        assertEquals(List.of(a), recent().list());
    }
}
