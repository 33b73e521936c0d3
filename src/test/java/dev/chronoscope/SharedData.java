package dev.chronoscope;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Locates {@code ../shared} (real data and tools nobody on the team wrote). Tests that need it skip
 * when it is absent, except under CI (environment variable {@code CI} set), where they fail.
 */
public final class SharedData {

    private SharedData() {}

    /** The shared folder; skips the calling test (fails it under CI) when it is missing. */
    public static Path dir() {
        Path dir = Path.of(System.getProperty("chronoscope.sharedDir", "../shared")).toAbsolutePath().normalize();
        boolean present = Files.isDirectory(dir);
        if (System.getenv("CI") != null) {
            assertTrue(present, "CI is set but the shared folder is missing: " + dir);
        } else {
            assumeTrue(present, "shared folder absent: " + dir);
        }
        return dir;
    }

    /** A file under the shared folder; skips (or fails under CI) when it is missing. */
    public static Path file(String relative) {
        Path file = dir().resolve(relative);
        if (System.getenv("CI") != null) {
            assertTrue(Files.isRegularFile(file), "CI is set but a shared file is missing: " + file);
        } else {
            assumeTrue(Files.isRegularFile(file), "shared file absent: " + file);
        }
        return file;
    }
}
