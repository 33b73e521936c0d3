package dev.chronoscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chronoscope.SharedData;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Runs the team's contract checker ({@code ../shared/tools/contract-check.py}) against the built jar. */
class ContractCheckIT {

    @Test
    void builtJarPassesEveryCheckOfTheDesignContract() throws Exception {
        Path script = SharedData.file("tools/contract-check.py");
        Path jar = Path.of(System.getProperty("chronoscope.jar", "target/chronoscope.jar"));
        assertTrue(Files.isRegularFile(jar), "the jar is built before integration tests: " + jar);

        Process p = new ProcessBuilder("python3", script.toString(), jar.toString())
                .redirectErrorStream(true)
                .start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "contract check timed out");
        System.out.println(output);
        assertTrue(output.contains(" passed, 0 failed"), output);
        assertEquals(0, p.exitValue(), output);
    }
}
