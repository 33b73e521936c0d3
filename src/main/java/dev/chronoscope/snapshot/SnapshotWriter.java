package dev.chronoscope.snapshot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chronoscope.event.Json;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes snapshot documents atomically: the bytes go to a temporary file in the target's folder,
 * are forced to disk, and the file is then moved over the target (an atomic rename where the file
 * system allows). A failed write leaves neither a partial target nor the temporary file; the folder
 * is never created.
 */
public final class SnapshotWriter {

    /** The {@code format} of the documents written. */
    public static final String FORMAT = "chronoscope-snapshot/1";

    private SnapshotWriter() {}

    /** The document of DESIGN.md, fields in its order. */
    public static ObjectNode document(Snapshot s) {
        ObjectNode doc = JsonNodeFactory.instance.objectNode();
        doc.put("format", FORMAT);
        doc.put("source", s.source());
        doc.put("position", s.position());
        doc.put("time", s.time() == null ? null : s.time().toString());
        doc.put("eventId", s.eventId());
        doc.put("stream", s.stream());
        doc.put("reducer", s.reducer());
        doc.put("stateSha256", CanonicalJson.sha256Hex(s.state()));
        doc.set("state", s.state() == null ? JsonNodeFactory.instance.nullNode() : s.state());
        return doc;
    }

    /**
     * Writes {@code snapshot} to {@code target}, replacing any existing file.
     *
     * @throws IOException naming the target when its folder is missing or not writable, or the
     *     write fails; nothing is left behind then
     */
    public static void write(Snapshot snapshot, Path target) throws IOException {
        writeJson(document(snapshot), target, "snapshot");
    }

    /**
     * Writes {@code document} pretty-printed to {@code target} the same way as a snapshot: through
     * a temporary file in the same folder, forced to disk and renamed over the target, so readers
     * see the old file or the whole new one. {@code what} names the document in error messages
     * ("diff", "snapshot").
     *
     * @throws IOException naming the target when its folder is missing or not writable, or the
     *     write fails; nothing is left behind then
     */
    public static void writeJson(JsonNode document, Path target, String what) throws IOException {
        byte[] bytes = Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(document);
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        if (dir == null || absolute.getFileName() == null) {
            throw new IOException("cannot write " + what + " to " + target + ": not a file path");
        }
        if (!Files.isDirectory(dir)) {
            throw new IOException("cannot write " + what + " to " + target + ": folder " + dir
                    + (Files.exists(dir) ? " is not a folder" : " does not exist"));
        }
        if (Files.isDirectory(absolute)) {
            throw new IOException("cannot write " + what + " to " + target + ": it is a folder");
        }
        Path temp;
        try {
            temp = Files.createTempFile(dir, "." + absolute.getFileName(), ".tmp");
        } catch (AccessDeniedException e) {
            throw new IOException("cannot write " + what + " to " + target + ": folder " + dir + " is not writable", e);
        } catch (IOException e) {
            throw new IOException("cannot write " + what + " to " + target + ": " + e.getMessage(), e);
        }
        boolean done = false;
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            readableLikeAnOrdinaryFile(temp, absolute);
            try {
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
            done = true;
            forceFolder(dir);
        } catch (IOException e) {
            throw new IOException("cannot write " + what + " to " + target + ": " + e.getMessage(), e);
        } finally {
            if (!done) {
                Files.deleteIfExists(temp);
            }
        }
    }

    /** Best effort: makes the rename durable where the platform lets a folder be forced (Linux). */
    private static void forceFolder(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | RuntimeException e) {
            // not supported here (e.g. Windows); the file itself was forced before the move
        }
    }

    /**
     * Temporary files are created owner-only; a snapshot is a document to share, so it gets the
     * permissions of the file it replaces, or {@code rw-r--r--} when it is new (POSIX only).
     */
    private static void readableLikeAnOrdinaryFile(Path temp, Path target) throws IOException {
        if (!Files.getFileStore(temp).supportsFileAttributeView(java.nio.file.attribute.PosixFileAttributeView.class)) {
            return;
        }
        java.util.Set<java.nio.file.attribute.PosixFilePermission> permissions = Files.exists(target)
                ? Files.getPosixFilePermissions(target)
                : java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(temp, permissions);
    }
}
