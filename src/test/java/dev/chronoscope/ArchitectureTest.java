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
import org.junit.jupiter.api.io.TempDir;

/** Dependencies point to the centre: only the ui package may use JavaFX and the UI libraries built on it. */
class ArchitectureTest {

    private static final Pattern UI_IMPORT =
            Pattern.compile("^\\s*import\\s+(static\\s+)?(javafx\\.|atlantafx\\.|org\\.kordamp\\.ikonli\\.)\\S*;",
                    Pattern.MULTILINE);

    @Test
    void onlyTheUiPackageImportsJavaFx() throws IOException {
        Path main = Path.of("src/main/java");
        assertTrue(Files.isDirectory(main.resolve("dev/chronoscope")), "sources not found under " + main.toAbsolutePath());

        assertEquals(List.of(), uiImportsOutsideUi(main), "JavaFX belongs in dev.chronoscope.ui only");
    }

    @Test
    void aJavaFxImportOutsideTheUiPackageIsReported(@TempDir Path main) throws IOException {
        Path core = Files.createDirectories(main.resolve("dev/chronoscope/replay"));
        Path ui = Files.createDirectories(main.resolve("dev/chronoscope/ui/timeline"));
        Files.writeString(core.resolve("Bad.java"), "package dev.chronoscope.replay;\n\nimport javafx.scene.Node;\n"
                + "import static javafx.application.Platform.runLater;\n// import javafx.in.a.Comment;\nclass Bad {}\n");
        Files.writeString(ui.resolve("Fine.java"), "package dev.chronoscope.ui.timeline;\nimport javafx.scene.Node;\n");

        assertEquals(List.of("dev/chronoscope/replay/Bad.java: import javafx.scene.Node;",
                        "dev/chronoscope/replay/Bad.java: import static javafx.application.Platform.runLater;"),
                uiImportsOutsideUi(main));
    }

    /** Every UI import in a Java file under {@code main} but outside {@code dev/chronoscope/ui/}, as "file: import". */
    static List<String> uiImportsOutsideUi(Path main) throws IOException {
        Path ui = main.resolve("dev/chronoscope/ui");
        List<String> violations = new ArrayList<>();
        try (Stream<Path> files = Files.walk(main)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                if (file.startsWith(ui)) {
                    continue;
                }
                Matcher m = UI_IMPORT.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (m.find()) {
                    violations.add(main.relativize(file).toString().replace('\\', '/') + ": " + m.group().trim());
                }
            }
        }
        return violations;
    }
}
