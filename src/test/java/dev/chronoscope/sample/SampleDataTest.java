package dev.chronoscope.sample;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chronoscope.event.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The committed sample-data/ is exactly what the generator writes, and it is well-formed. */
class SampleDataTest {

    private static final Path COMMITTED = Path.of("sample-data");
    private static final List<String> ENVELOPE =
            List.of("id", "streamId", "streamType", "type", "version", "timestamp", "data", "metadata");

    @TempDir
    static Path regenerated;

    @BeforeAll
    static void regenerate() throws IOException {
        SampleDataGenerator.generate(regenerated);
    }

    @ParameterizedTest
    @ValueSource(strings = {"bank-and-shop.jsonl", "bank-and-shop.cloudevents.json", "README.md"})
    void committedFileIsByteIdenticalToRegeneratedOne(String name) throws IOException {
        assertArrayEquals(Files.readAllBytes(regenerated.resolve(name)), Files.readAllBytes(COMMITTED.resolve(name)),
                name + " drifted from SampleDataGenerator: regenerate it (see sample-data/README.md)");
    }

    @Test
    void everyLineIsAnEnvelopeWithOneBasedVersionsAndTheThreePlantedAnomalies() throws IOException {
        List<String> lines = Files.readAllLines(COMMITTED.resolve("bank-and-shop.jsonl"), StandardCharsets.UTF_8);
        assertTrue(lines.size() >= 3000 && lines.size() <= 5000, "events: " + lines.size());
        Map<String, Long> lastVersion = new HashMap<>();
        Set<String> streams = new HashSet<>();
        int gaps = 0;
        int duplicates = 0;
        int timeGoesBack = 0;
        String previousTime = "";
        for (String line : lines) {
            JsonNode e = Json.MAPPER.readTree(line);
            assertEquals(ENVELOPE, iterable(e), line);
            assertTrue(e.get("data").isObject() && e.get("metadata").isObject(), line);
            String stream = e.get("streamId").asText();
            streams.add(stream);
            long version = e.get("version").asLong();
            long expected = lastVersion.getOrDefault(stream, 0L) + 1;
            if (version == expected - 1) {
                duplicates++;
            } else if (version != expected) {
                gaps++;
            }
            lastVersion.put(stream, version);
            String time = e.get("timestamp").asText();
            if (time.compareTo(previousTime) < 0) {
                timeGoesBack++;
            }
            previousTime = time;
        }
        assertEquals(310, streams.size());
        assertEquals(List.of(1, 1, 1), List.of(gaps, duplicates, timeGoesBack));
    }

    @Test
    void cloudEventsBatchIsAnArrayOfStructuredCloudEvents() throws IOException {
        JsonNode batch = Json.MAPPER.readTree(COMMITTED.resolve("bank-and-shop.cloudevents.json").toFile());
        assertEquals(500, batch.size());
        for (JsonNode ce : batch) {
            assertEquals(List.of("specversion", "id", "source", "type", "subject", "time", "datacontenttype", "data"),
                    iterable(ce));
            assertEquals("1.0", ce.get("specversion").asText());
        }
    }

    private static List<String> iterable(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
