package dev.chronoscope.source;

import dev.chronoscope.event.EventLog;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/** Small helpers for writing logs into a temporary folder and loading them. */
final class Fixtures {

    private Fixtures() {}

    static Path write(Path dir, String name, String content) throws IOException {
        return write(dir, name, content.getBytes(StandardCharsets.UTF_8));
    }

    static Path write(Path dir, String name, byte[] content) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, content);
        return p;
    }

    static Path writeGzip(Path dir, String name, String content) throws IOException {
        Path p = dir.resolve(name);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(p))) {
            out.write(content.getBytes(StandardCharsets.UTF_8));
        }
        return p;
    }

    static EventLog load(Path file) throws Exception {
        return EventLogLoader.load(file, LoadOptions.defaults(), LoadListener.NONE);
    }

    static EventLog load(Path file, LoadOptions options) throws Exception {
        return EventLogLoader.load(file, options, LoadListener.NONE);
    }
}
