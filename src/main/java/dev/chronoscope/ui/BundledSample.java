package dev.chronoscope.ui;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Finds the bundled sample log that the GUI opens when started without a source. */
public final class BundledSample {

    /** The sample's file name, both in {@code sample-data/} and on the class path. */
    public static final String FILE_NAME = "bank-and-shop.jsonl";
    private static final String RESOURCE = "/sample-data/" + FILE_NAME;

    /** The class-path copies extracted by this process: temporary files, not worth remembering. */
    private static final java.util.Set<Path> EXTRACTED = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private BundledSample() {}

    /** Whether {@code path} is a temporary copy {@link #locate()} extracted (it is gone after exit). */
    public static boolean isExtractedCopy(Path path) {
        return EXTRACTED.contains(path.toAbsolutePath().normalize());
    }

    /**
     * {@code ./sample-data/bank-and-shop.jsonl} when run from the repository; otherwise the class-path
     * copy, extracted to a temporary folder (deleted at exit) under its own name, so that the window
     * title still reads {@code bank-and-shop.jsonl}.
     *
     * @throws IOException when neither exists or the copy fails
     */
    public static Path locate() throws IOException {
        Path local = Path.of("sample-data", FILE_NAME);
        if (Files.isRegularFile(local)) {
            return local.toAbsolutePath();
        }
        try (InputStream in = BundledSample.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IOException("The bundled sample " + FILE_NAME
                        + " is neither in ./sample-data nor on the class path; open a file instead.");
            }
            Path dir = Files.createTempDirectory("chronoscope-sample");
            Path copy = dir.resolve(FILE_NAME);
            Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
            copy.toFile().deleteOnExit();
            EXTRACTED.add(copy.toAbsolutePath().normalize());
            dir.toFile().deleteOnExit();
            return copy;
        }
    }
}
