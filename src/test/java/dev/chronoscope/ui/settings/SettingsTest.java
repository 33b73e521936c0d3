package dev.chronoscope.ui.settings;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsTest {

    @TempDir
    Path dir;

    @Test
    void inMemorySettingsHoldValuesButSaveNothing() {
        Settings s = Settings.inMemory();
        s.setDividers("main", new double[] {0.25, 0.75});

        assertArrayEquals(new double[] {0.25, 0.75}, s.dividers("main"));
        assertEquals(Theme.LIGHT, s.theme());
        assertFalse(s.save(), "nowhere to save to");
    }

    @Test
    void aMissingFileGivesTheDefaults() {
        Settings s = Settings.load(dir.resolve("not-yet"));

        assertEquals(Theme.LIGHT, s.theme());
        assertEquals(Optional.empty(), s.windowBounds());
        assertArrayEquals(new double[0], s.dividers("main"));
        assertEquals(100, s.playbackSpeed());
        assertEquals("POSITION", s.axis());
        assertEquals(List.of(), s.recentSources());
    }

    @Test
    void everySettingSurvivesASaveAndALoad() {
        Settings s = Settings.load(dir);
        s.setTheme(Theme.DARK);
        s.setWindowBounds(new WindowBounds(-1200, 40.5, 1100, 720, true));
        s.setDividers("main", new double[] {0.25, 0.7});
        s.setDividers("inspector", new double[] {0.5});
        s.setPlaybackSpeed(12.5);
        s.setAxis("TIME");
        s.setRecentSources(List.of(Path.of("/data/a.jsonl"), Path.of("/data/ünïcode b.csv")));

        assertTrue(s.save());
        Settings again = Settings.load(dir);

        assertEquals(Theme.DARK, again.theme());
        assertEquals(Optional.of(new WindowBounds(-1200, 40.5, 1100, 720, true)), again.windowBounds());
        assertArrayEquals(new double[] {0.25, 0.7}, again.dividers("main"));
        assertArrayEquals(new double[] {0.5}, again.dividers("inspector"));
        assertEquals(12.5, again.playbackSpeed());
        assertEquals("TIME", again.axis());
        assertEquals(List.of(Path.of("/data/a.jsonl"), Path.of("/data/ünïcode b.csv")), again.recentSources());
    }

    @Test
    void saveCreatesTheFolderAndLeavesNoTemporaryFileBehind() throws IOException {
        Path nested = dir.resolve("config/chronoscope");
        Settings s = Settings.load(nested);
        s.setTheme(Theme.DARK);

        assertTrue(s.save());

        try (Stream<Path> files = Files.list(nested)) {
            assertEquals(List.of(nested.resolve("settings.properties")), files.toList());
        }
    }

    @Test
    void theFileListsEntriesSortedByKeyUnderOneComment() throws IOException {
        Settings s = Settings.load(dir);
        s.setTheme(Theme.DARK);
        s.setAxis("TIME");
        s.setPlaybackSpeed(250);
        s.save();

        assertEquals("""
                # Chronoscope settings; rewritten when the app saves
                playback.eventsPerSecond=250
                theme=DARK
                timeline.axis=TIME
                """, Files.readString(s.file()));
    }

    @Test
    void aFailedSaveReportsOnStderrInsteadOfThrowing() throws IOException {
        Path notAFolder = Files.writeString(dir.resolve("plain-file"), "x");
        String err = capturingStderr(() -> {
            Settings s = Settings.load(notAFolder);
            s.setTheme(Theme.DARK);
            assertFalse(s.save());
        });

        assertTrue(err.contains("could not save"), err);
        assertEquals("x", Files.readString(notAFolder));
    }

    @Nested
    class GivenABadFile {

        @Test
        void aCorruptFileGivesTheDefaults() throws IOException {
            // a malformed \\u escape makes Properties.load throw
            Files.writeString(dir.resolve("settings.properties"), "theme=DARK\nbroken=\\u12\n");

            String err = capturingStderr(() -> {
                Settings s = Settings.load(dir);
                assertEquals(Theme.LIGHT, s.theme());
                assertEquals(Map.of(), s.entries());
            });

            assertTrue(err.contains("using defaults"), err);
        }

        @Test
        void anUnreadableFileGivesTheDefaults() throws IOException {
            Files.createDirectories(dir.resolve("settings.properties")); // a folder where the file should be

            String err = capturingStderr(() -> assertEquals(Theme.LIGHT, Settings.load(dir).theme()));

            assertTrue(err.contains("using defaults"), err);
        }

        @Test
        void valuesThatDoNotParseGiveTheirDefaultsAndTheRestIsKept() throws IOException {
            Files.writeString(dir.resolve("settings.properties"), """
                    theme=PURPLE
                    window.x=left
                    window.y=0
                    window.width=800
                    window.height=600
                    dividers.main=0.7,0.2
                    dividers.side=0.3,abc
                    dividers.ok=0.4
                    playback.eventsPerSecond=-3
                    timeline.axis=sideways
                    recent.0=/data/kept.jsonl
                    """, StandardCharsets.UTF_8);

            Settings s = Settings.load(dir);

            assertEquals(Theme.LIGHT, s.theme());
            assertEquals(Optional.empty(), s.windowBounds());
            assertArrayEquals(new double[0], s.dividers("main"));
            assertArrayEquals(new double[0], s.dividers("side"));
            assertArrayEquals(new double[] {0.4}, s.dividers("ok"));
            assertEquals(100, s.playbackSpeed());
            assertEquals("POSITION", s.axis());
            assertEquals(List.of(Path.of("/data/kept.jsonl")), s.recentSources());
        }

        @Test
        void lowerCaseNamesAreAccepted() throws IOException {
            Files.writeString(dir.resolve("settings.properties"), "theme=dark\ntimeline.axis=time\n");

            Settings s = Settings.load(dir);

            assertEquals(Theme.DARK, s.theme());
            assertEquals("TIME", s.axis());
        }
    }

    @Test
    void settersRejectValuesThatCouldNotBeReadBack() {
        Settings s = Settings.load(dir);

        assertThrows(IllegalArgumentException.class, () -> s.setDividers("main", new double[] {0.8, 0.2}));
        assertThrows(IllegalArgumentException.class, () -> s.setDividers("main", new double[] {1.5}));
        assertThrows(IllegalArgumentException.class, () -> s.setDividers("has space", new double[] {0.5}));
        assertThrows(IllegalArgumentException.class, () -> s.setPlaybackSpeed(0));
        assertThrows(IllegalArgumentException.class, () -> s.setPlaybackSpeed(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> s.setAxis("DIAGONAL"));
        assertThrows(IllegalArgumentException.class, () -> new WindowBounds(0, 0, 0, 600, false));
        assertThrows(IllegalArgumentException.class, () -> new WindowBounds(Double.NaN, 0, 800, 600, false));
        assertEquals(Map.of(), s.entries());
    }

    @Test
    void anEmptyDividerArrayForgetsTheName() {
        Settings s = Settings.load(dir);
        s.setDividers("main", new double[] {0.3});

        s.setDividers("main", new double[0]);

        assertEquals(Map.of(), s.entries());
    }

    @Test
    void onlyTheFirstTenRecentSourcesAreStored() {
        Settings s = Settings.load(dir);
        List<Path> twelve = Stream.iterate(1, i -> i + 1).limit(12).map(i -> Path.of("/data/" + i + ".jsonl")).toList();

        s.setRecentSources(twelve);

        assertEquals(twelve.subList(0, 10), s.recentSources());
    }

    @Test
    void theDefaultFolderIsTheSystemPropertyThenXdgConfigHomeThenDotConfig() {
        assertEquals(Path.of("/opt/portable/cfg"), Settings.defaultDir("/opt/portable/cfg", "/xdg", "/home/ann"));
        assertEquals(Path.of("/xdg/chronoscope"), Settings.defaultDir(null, "/xdg", "/home/ann"));
        assertEquals(Path.of("/xdg/chronoscope"), Settings.defaultDir("  ", "/xdg", "/home/ann"));
        assertEquals(Path.of("/home/ann/.config/chronoscope"), Settings.defaultDir(null, "", "/home/ann"));
    }

    @Test
    void theSystemPropertyOverridesTheDefaultFolder() {
        String before = System.getProperty(Settings.DIR_PROPERTY);
        System.setProperty(Settings.DIR_PROPERTY, dir.toString());
        try {
            assertEquals(dir, Settings.defaultDir());
        } finally {
            if (before == null) {
                System.clearProperty(Settings.DIR_PROPERTY);
            } else {
                System.setProperty(Settings.DIR_PROPERTY, before);
            }
        }
    }

    interface Action {
        void run() throws IOException;
    }

    static String capturingStderr(Action action) throws IOException {
        PrintStream before = System.err;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setErr(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            action.run();
        } finally {
            System.setErr(before);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
