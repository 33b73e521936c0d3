package dev.chronoscope.ui.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chronoscope.source.Format;
import dev.chronoscope.source.LoadOptions;
import dev.chronoscope.ui.settings.Settings;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportMemoryTest {

    @TempDir
    Path dir;

    @Test
    void optionsSurviveASaveAndALoadOfTheSettingsByAbsolutePath() {
        LoadOptions chosen = new LoadOptions(Format.CSV, Map.of("stream", "Case ID", "version", ""),
                ZoneId.of("Europe/Amsterdam"), false, true, StandardCharsets.ISO_8859_1, "?", "d/M/yyyy H:mm",
                "log.csv", ';', Set.of("secret"));
        Settings settings = Settings.load(dir);
        Path file = dir.resolve("sub/../log.csv.zip");
        new ImportMemory(settings).remember(file, chosen);
        assertTrue(settings.save());

        ImportMemory again = new ImportMemory(Settings.load(dir));
        assertEquals(Optional.of(chosen), again.recall(dir.resolve("log.csv.zip")));
        assertEquals(Optional.empty(), again.recall(dir.resolve("other.csv")));
    }

    @Test
    void aValueThatNoLongerReadsIsNotRemembered() {
        assertEquals(Optional.empty(), ImportMemory.decode("{\"zone\":\"Mars/Olympus\"}"));
        assertEquals(Optional.empty(), ImportMemory.decode("not json"));
        assertEquals(Optional.of(LoadOptions.defaults()), ImportMemory.decode("{}"));
    }
}
