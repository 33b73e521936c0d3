package dev.chronoscope;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Dependencies point to the centre: only the ui package may use JavaFX and the UI libraries on top of it. */
class ArchitectureTest {

    private static final Path MAIN = Path.of("src/main/java");
    private static final Path UI = MAIN.resolve("dev/chronoscope/ui");
    private static final Pattern UI_IMPORT =
            Pattern.compile("^\\s*import\\s+(static\\s+)?(javafx\\.|atlantafx\\.|org\\.kordamp\\.ikonli\\.)\\S*;",
                    Pattern.MULTILINE);

    @Test
    void onlyTheUiPackageImportsJavaFx() throws IOException {
        List<String> violations = new ArrayList<>();
        int scanned = 0;
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".java"))::iterator) {
                scanned++;
                if (file.startsWith(UI)) {
                    continue;
                }
                Matcher m = UI_IMPORT.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (m.find()) {
                    violations.add(MAIN.relativize(file) + ": " + m.group().trim());
                }
            }
        }
        assertTrue(scanned > 0, "no sources found under " + MAIN.toAbsolutePath());
        assertEquals(List.of(), violations, "JavaFX belongs in dev.chronoscope.ui only");
    }
}
