package dev.chronoscope.source;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The bytes of a log: a plain file, a gzip-compressed file, or one entry of a zip archive (itself
 * possibly gzip-compressed). Can be opened more than once (a reader may read twice).
 */
final class SourceFile implements Closeable {

    /** The name used in messages and as {@code EventLog.source()}: the path, plus {@code !entry} for a zip entry. */
    final String name;
    /** The file name whose extension tells the format: the entry's for a zip, without {@code .gz}, lower case. */
    final String formatName;
    /** Bytes that will be counted while reading, for progress (the entry's uncompressed size for a zip). */
    final long size;
    final boolean gzip;
    private final Path file;
    private final ZipFile zip;
    private final ZipEntry entry;
    /** The bytes of an in-memory source ({@link #ofBytes}), else {@code null}. */
    private final byte[] bytes;

    private SourceFile(Path file, String name, String fileName, long size, ZipFile zip, ZipEntry entry)
            throws IOException {
        this(file, name, fileName, size, zip, entry, null);
    }

    private SourceFile(Path file, String name, String fileName, long size, ZipFile zip, ZipEntry entry, byte[] bytes)
            throws IOException {
        this.file = file;
        this.name = name;
        this.size = size;
        this.zip = zip;
        this.entry = entry;
        this.bytes = bytes;
        try (InputStream in = raw()) {
            byte[] magic = in.readNBytes(2);
            this.gzip = magic.length == 2 && (magic[0] & 0xFF) == 0x1F && (magic[1] & 0xFF) == 0x8B;
        }
        String n = fileName.toLowerCase(Locale.ROOT);
        this.formatName = n.endsWith(".gz") ? n.substring(0, n.length() - 3) : n;
    }

    /**
     * Opens a file, choosing the entry of a zip archive.
     *
     * @param entryName the zip entry to read ({@code null}: the only one)
     * @throws SourceException when the archive holds no file, several and none was chosen, or not the chosen one
     */
    static SourceFile of(Path file, String entryName) throws IOException, SourceException {
        String name = file.toString();
        Path fn = file.getFileName();
        String fileName = fn == null ? "" : fn.toString();
        if (!isZip(file, fileName)) {
            if (entryName != null) {
                throw new SourceException(name + ": not a zip archive, so there is no entry '" + entryName
                        + "' to choose; expected a .zip file");
            }
            return new SourceFile(file, name, fileName, Files.size(file), null, null);
        }
        ZipFile zip = new ZipFile(file.toFile());
        try {
            List<String> names = entries(zip);
            String chosen;
            if (entryName != null) {
                chosen = names.contains(entryName) ? entryName : byBaseName(names, entryName);
                if (chosen == null) {
                    throw new SourceException(name + ": the zip archive has no entry '" + entryName + "'; it holds: "
                            + String.join(", ", names));
                }
            } else if (names.size() == 1) {
                chosen = names.get(0);
            } else if (names.isEmpty()) {
                throw new SourceException(name + ": the zip archive holds no file; expected one event log in it");
            } else {
                throw new SourceException(name + ": the zip archive holds " + names.size() + " files ("
                        + String.join(", ", names) + "); choose one (command line: --entry NAME)");
            }
            ZipEntry e = zip.getEntry(chosen);
            long size = e.getSize() >= 0 ? e.getSize() : Files.size(file);
            String base = chosen.substring(chosen.lastIndexOf('/') + 1);
            return new SourceFile(file, name + "!" + chosen, base, size, zip, e);
        } catch (SourceException | IOException | RuntimeException e) {
            zip.close();
            throw e;
        }
    }

    /**
     * A source held in memory (the first records of a file, for a preview), read as if it were the
     * file {@code name} whose format the name {@code fileName} tells.
     */
    static SourceFile ofBytes(String name, String fileName, byte[] bytes) {
        try {
            return new SourceFile(null, name, fileName, bytes.length, null, null, bytes);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e); // a byte array cannot fail to read
        }
    }

    /** The file entries of a zip archive, in archive order, without folders and macOS resource forks. */
    static List<String> entries(Path file) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            return entries(zip);
        }
    }

    private static List<String> entries(ZipFile zip) {
        List<String> names = new ArrayList<>();
        for (ZipEntry e : Collections.list(zip.entries())) {
            String n = e.getName();
            String base = n.substring(n.lastIndexOf('/') + 1);
            if (!e.isDirectory() && !n.startsWith("__MACOSX/") && !base.startsWith("._") && !base.isEmpty()) {
                names.add(n);
            }
        }
        return names;
    }

    private static String byBaseName(List<String> names, String wanted) {
        String found = null;
        for (String n : names) {
            if (n.substring(n.lastIndexOf('/') + 1).equals(wanted)) {
                if (found != null) {
                    return null;
                }
                found = n;
            }
        }
        return found;
    }

    private static boolean isZip(Path file, String fileName) throws IOException {
        if (fileName.toLowerCase(Locale.ROOT).endsWith(".zip")) {
            return true;
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] m = in.readNBytes(4);
            return m.length == 4 && m[0] == 'P' && m[1] == 'K' && m[2] == 3 && m[3] == 4;
        }
    }

    private InputStream raw() throws IOException {
        if (bytes != null) {
            return new java.io.ByteArrayInputStream(bytes);
        }
        return zip == null ? Files.newInputStream(file) : zip.getInputStream(entry);
    }

    /** Opens the decompressed bytes; {@code counter} (may be null) counts the bytes read for progress. */
    InputStream open(Counting counter) throws IOException {
        InputStream in = raw();
        if (counter != null) {
            in = counter.wrap(in);
        }
        return gzip ? new GZIPInputStream(in, 64 << 10) : new BufferedInputStream(in, 64 << 10);
    }

    @Override
    public void close() throws IOException {
        if (zip != null) {
            zip.close();
        }
    }

    /** Counts the bytes read, for progress. Used on one thread. */
    static final class Counting extends FilterInputStream {
        long count;

        Counting() {
            super(null);
        }

        Counting wrap(InputStream raw) {
            in = raw;
            return this;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = in.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
