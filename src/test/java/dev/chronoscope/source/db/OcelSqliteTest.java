package dev.chronoscope.source.db;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.chronoscope.SharedData;
import dev.chronoscope.event.EventLog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The only database-backed real log of {@code ../shared/realdata}: ocpa's OCEL 2.0 order-management
 * example in SQLite, read with the generic preset and the query the README documents
 * ({@code docs/examples/ocel2-order-management.sql}).
 */
class OcelSqliteTest {

    @Test
    void theDocumentedQueryReadsEveryEventWithItsOrderAsTheStream() throws Exception {
        Path file = SharedData.file("realdata/ocpa/running-example.sqlite");
        String query = Files.readString(Path.of("docs/examples/ocel2-order-management.sql"));

        EventLog log = DatabaseSource.load(
                new DatabaseOptions("jdbc:sqlite:" + file, Preset.GENERIC, null, null, query, null), null, null);

        assertEquals(18_211, log.size(), "every event of the README's stats");
        assertEquals(0, log.rejections().size());
        assertEquals(2_320, log.streamCount(), "2,000 orders and the 320 packages of package events");
        Map<String, Integer> types = new LinkedHashMap<>();
        for (int t = 0; t < log.typeCount(); t++) {
            types.put(log.typeName(t), log.typeCountOf(t));
        }
        assertEquals(Map.of("place order", 2000, "pick item", 7670, "confirm order", 2000, "item out of stock", 3016,
                "payment reminder", 2484, "create package", 320, "send package", 320, "failed delivery", 401), types);
        assertEquals(Instant.parse("2023-04-03T12:08:18Z"), log.firstTime());
        assertEquals("990001", log.stream(0));
        assertEquals("orders", log.streamType(0));
        assertEquals("{\"objects\":[{\"id\":\"990001\",\"qualifier\":\"order\"},{\"id\":\"STAWAG\",\"qualifier\":\"customer\"}]}",
                log.dataJson(0));
        assertEquals("type", log.mapping().get("type"));
        assertEquals("stream", log.mapping().get("stream"));
    }

    @Test
    void aMissingSqliteFileIsNotCreated(@org.junit.jupiter.api.io.TempDir Path dir) {
        Path missing = dir.resolve("missing.sqlite");
        org.junit.jupiter.api.Assertions.assertThrows(dev.chronoscope.source.SourceException.class,
                () -> DatabaseSource.load(DatabaseOptions.of("jdbc:sqlite:" + missing).withQuery("SELECT 1 AS type"), null, null));
        org.junit.jupiter.api.Assertions.assertFalse(Files.exists(missing));
    }
}
