package dev.chronoscope.snapshot;

import static dev.chronoscope.snapshot.CanonicalJsonTest.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chronoscope.event.EventLog;
import dev.chronoscope.event.Instants;
import dev.chronoscope.event.Json;
import dev.chronoscope.replay.MergePatchReducer;
import dev.chronoscope.replay.Replayer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SnapshotWriterTest {

    @TempDir
    Path dir;

    static Replayer orders() {
        EventLog.Builder b = EventLog.builder("orders.jsonl");
        b.add("e1", "order-17", "Order", "Created", 1, Instants.toMicros(Instant.parse("2024-01-01T02:00:00Z")),
                "{\"status\":\"new\",\"items\":[\"ä\"]}".getBytes(StandardCharsets.UTF_8), null);
        b.add("e2", "order-18", "Order", "Created", 1, EventLog.NO_TIME,
                "{\"status\":\"new\"}".getBytes(StandardCharsets.UTF_8), null);
        b.add("e3", "order-17", "Order", "Paid", 2, Instants.toMicros(Instant.parse("2024-01-01T02:20:00Z")),
                "{\"status\":\"paid\"}".getBytes(StandardCharsets.UTF_8), null);
        return new Replayer(b.build(), MergePatchReducer.INSTANCE);
    }

    static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    List<Path> files() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName()).sorted().toList();
        }
    }

    @Test
    void snapshotOfAStreamTakesTimeAndIdOfTheEventAtThePosition() {
        Snapshot s = Snapshot.of(orders(), "orders.jsonl", 3, "order-17");
        assertEquals(new Snapshot("orders.jsonl", 3, Instant.parse("2024-01-01T02:20:00Z"), "e3", "order-17",
                "merge-patch", json("{\"status\":\"paid\",\"items\":[\"ä\"]}")), s);
    }

    @Test
    void snapshotAtPositionZeroHasNoTimeNoEventAndNoState() {
        assertEquals(new Snapshot("o", 0, null, null, "order-17", "merge-patch", null),
                Snapshot.of(orders(), "o", 0, "order-17"));
    }

    @Test
    void snapshotWithoutStreamHoldsTheWorldState() {
        Snapshot s = Snapshot.of(orders(), "o", 2, null);
        assertEquals(new Snapshot("o", 2, null, "e2", null, "merge-patch",
                json("{\"order-17\":{\"status\":\"new\",\"items\":[\"ä\"]},\"order-18\":{\"status\":\"new\"}}")), s);
    }

    @Test
    void snapshotPastTheEndIsTakenAtTheLastPosition() {
        assertEquals(Snapshot.of(orders(), "o", 3, null), Snapshot.of(orders(), "o", 99, null));
    }

    @Test
    void writesTheDocumentOfTheDesignInFieldOrder() throws IOException {
        Path target = dir.resolve("s.json");
        SnapshotWriter.write(Snapshot.of(orders(), "orders.jsonl", 3, "order-17"), target);

        JsonNode doc = Json.MAPPER.readTree(Files.readAllBytes(target));
        assertEquals(List.of("format", "source", "position", "time", "eventId", "stream", "reducer", "stateSha256", "state"),
                names(doc));
        JsonNode state = json("{\"status\":\"paid\",\"items\":[\"ä\"]}");
        assertEquals(json("{\"format\":\"chronoscope-snapshot/1\",\"source\":\"orders.jsonl\",\"position\":3,"
                + "\"time\":\"2024-01-01T02:20:00Z\",\"eventId\":\"e3\",\"stream\":\"order-17\",\"reducer\":\"merge-patch\","
                + "\"stateSha256\":\"" + CanonicalJson.sha256Hex(state) + "\",\"state\":{\"status\":\"paid\",\"items\":[\"ä\"]}}"),
                doc);
    }

    @Test
    void writesNullForMissingTimeStreamAndState() throws IOException {
        Path target = dir.resolve("s.json");
        SnapshotWriter.write(new Snapshot("o", 0, null, null, null, "merge-patch", null), target);
        JsonNode doc = Json.MAPPER.readTree(Files.readAllBytes(target));
        assertTrue(doc.get("time").isNull() && doc.get("eventId").isNull() && doc.get("stream").isNull()
                && doc.get("state").isNull());
        // sha256 of the four bytes "null"
        assertEquals("74234e98afe7498fb5daf1f36ac2d78acc339464f950703b8c019892f982b90b", doc.get("stateSha256").asText());
    }

    @Test
    void leavesNoTemporaryFileBehind() throws IOException {
        SnapshotWriter.write(Snapshot.of(orders(), "o", 3, null), dir.resolve("s.json"));
        assertEquals(List.of(Path.of("s.json")), files());
    }

    @Test
    void overwritesAnExistingFile() throws IOException {
        Path target = dir.resolve("s.json");
        Files.writeString(target, "old content that is longer than nothing");
        SnapshotWriter.write(Snapshot.of(orders(), "o", 3, "order-18"), target);
        assertEquals(json("{\"status\":\"new\"}"), Json.MAPPER.readTree(Files.readAllBytes(target)).get("state"));
        assertEquals(List.of(Path.of("s.json")), files());
    }

    @Test
    void aNewSnapshotIsReadableByOthersAndAReplacedOneKeepsItsPermissions() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(
                dir.getFileSystem().supportedFileAttributeViews().contains("posix"), "POSIX file system");
        Path fresh = dir.resolve("fresh.json");
        SnapshotWriter.write(Snapshot.of(orders(), "o", 3, null), fresh);
        assertEquals("rw-r--r--", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh)));

        Path kept = dir.resolve("kept.json");
        Files.writeString(kept, "{}");
        Files.setPosixFilePermissions(kept, java.nio.file.attribute.PosixFilePermissions.fromString("rw-rw----"));
        SnapshotWriter.write(Snapshot.of(orders(), "o", 3, null), kept);
        assertEquals("rw-rw----", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(kept)));
    }

    @Test
    void missingFolderIsAnErrorNamingThePathAndCreatesNothing() {
        Path target = dir.resolve("missing").resolve("s.json");
        IOException e = assertThrows(IOException.class,
                () -> SnapshotWriter.write(Snapshot.of(orders(), "o", 3, null), target));
        assertEquals("cannot write snapshot to " + target + ": folder " + dir.resolve("missing") + " does not exist",
                e.getMessage());
        assertFalse(Files.exists(dir.resolve("missing")));
    }

    @Test
    void unwritableFolderIsAnErrorAndLeavesNothing() throws IOException {
        Path locked = Files.createDirectory(dir.resolve("locked"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeTrue(!Files.isWritable(locked), "running with rights that ignore permissions (root)");
            Path target = locked.resolve("s.json");
            IOException e = assertThrows(IOException.class,
                    () -> SnapshotWriter.write(Snapshot.of(orders(), "o", 3, null), target));
            assertTrue(e.getMessage().startsWith("cannot write snapshot to " + target), e.getMessage());
            try (Stream<Path> s = Files.list(locked)) {
                assertEquals(0, s.count());
            }
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void targetThatIsAFolderIsAnError() throws IOException {
        Path target = Files.createDirectory(dir.resolve("s.json"));
        assertThrows(IOException.class, () -> SnapshotWriter.write(Snapshot.of(orders(), "o", 1, null), target));
        try (Stream<Path> s = Files.list(target)) {
            assertNull(s.findAny().orElse(null));
        }
    }
}
