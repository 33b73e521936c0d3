package dev.chronoscope.ui.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chronoscope.event.EventLog;
import dev.chronoscope.source.EventLogLoader;
import dev.chronoscope.source.Format;
import dev.chronoscope.source.LoadOptions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import dialog's view-model on JSON Lines and JSON files (real files, the real loader behind the preview). */
class JsonImportViewModelTest {

    @TempDir
    Path dir;

    /** Account events whose aggregate id is in the metadata under a name detection does not know. */
    private Path ledger() throws Exception {
        Path p = dir.resolve("ledger.jsonl");
        Files.writeString(p, """
                {"eventType":"Opened","at":"2024-01-01 10:00","meta":{"account":"acc-1"},"data":{"balance":0}}
                {"eventType":"Deposited","at":"2024-01-01 10:05","meta":{"account":"acc-1"},"data":{"balance":10}}
                {"eventType":"Opened","at":"2024-01-01 11:00","meta":{"account":"acc-2"},"data":{"balance":5}}
                {"eventType":"Deposited","at":"2024-01-01 11:30","data":{"balance":6}}
                """, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void fieldsAreColumnsWithTheDetectedRolesAndOnlyJsonRolesAreOffered() throws Exception {
        ImportViewModel vm = new ImportViewModel(ledger(), null);
        assertTrue(vm.json());
        assertEquals(Format.JSONL, vm.format());
        assertEquals(List.of("eventType", "at", "meta", "/meta/account", "data", "/data/balance"),
                vm.previewProperty().get().columns());
        assertEquals(List.of(ColumnRole.TYPE, ColumnRole.NOT_MAPPED, ColumnRole.METADATA, ColumnRole.NOT_MAPPED,
                ColumnRole.DATA, ColumnRole.NOT_MAPPED), vm.roles());
        assertEquals(ColumnRole.JSON, vm.availableRoles());
        assertFalse(vm.availableRoles().contains(ColumnRole.IGNORE));
        // no stream key: one stream, every record loads
        assertEquals("All 4 preview records load", vm.rejectedTextProperty().get());
        assertEquals("--map type=eventType --map data=data --map metadata=meta", vm.cliFlagsProperty().get());
    }

    @Test
    void givingAPointerTheStreamRoleRejectsRecordsWithoutItAndLoadsAsTheFlagsSay() throws Exception {
        Path f = ledger();
        ImportViewModel vm = new ImportViewModel(f, null);
        vm.setRole(3, ColumnRole.STREAM);
        vm.setRole(1, ColumnRole.TIME);
        vm.zoneProperty().set("Europe/Amsterdam");
        assertEquals("1 of 4 preview records would be rejected — line 4: missing stream: expected /meta/account",
                vm.rejectedTextProperty().get());
        assertEquals("--map stream=/meta/account --map type=eventType --map time=at --map data=data "
                + "--map metadata=meta --zone Europe/Amsterdam", vm.cliFlagsProperty().get());
        LoadOptions o = vm.result().orElseThrow();
        assertEquals(Map.of("stream", "/meta/account", "type", "eventType", "time", "at", "data", "data",
                "metadata", "meta"), o.mapping());
        assertEquals(Format.JSONL, o.format());
        assertEquals(ZoneId.of("Europe/Amsterdam"), o.zone());

        EventLog log = EventLogLoader.load(f, o, null);
        assertEquals(3, log.size());
        assertEquals(2, log.streamCount());
        assertEquals(1, log.rejections().size());
        assertEquals("2024-01-01T09:00:00Z", log.time(0).toString());
    }

    @Test
    void aRoleGivenToNoFieldIsFilledByDetectionAsALoadWould() throws Exception {
        ImportViewModel vm = new ImportViewModel(ledger(), null);
        vm.setRole(0, ColumnRole.NOT_MAPPED);
        assertEquals(ColumnRole.TYPE, vm.roles().get(0)); // eventType is still the type: the loader takes it
        vm.setRole(3, ColumnRole.TYPE); // another field takes the role
        assertEquals(ColumnRole.NOT_MAPPED, vm.roles().get(0));
        assertEquals(ColumnRole.TYPE, vm.roles().get(3));
        assertEquals("1 of 4 preview records would be rejected — line 4: missing type: expected /meta/account",
                vm.rejectedTextProperty().get());
        vm.resetRoles();
        assertEquals(ColumnRole.TYPE, vm.roles().get(0));
    }

    @Test
    void theRememberedMappingComesBackAndAJsonArrayCountsRecords() throws Exception {
        Path f = dir.resolve("batch.json");
        Files.writeString(f, """
                [{"kind":"A","ref":"r1","when":"01.02.2024 10:00"},
                 {"kind":"B","ref":"r1","when":"bad"},
                 {"kind":"A","ref":"r2","when":"02.02.2024 10:00"}]
                """, StandardCharsets.UTF_8);
        LoadOptions remembered = LoadOptions.defaults().withMapping(Map.of("stream", "ref", "type", "kind", "time", "when"))
                .withTimeFormat("dd.MM.yyyy HH:mm");
        String encoded = ImportMemory.encode(remembered);
        ImportViewModel vm = new ImportViewModel(f, ImportMemory.decode(encoded).orElseThrow());
        assertEquals(Format.JSON, vm.format());
        assertEquals(List.of(ColumnRole.TYPE, ColumnRole.STREAM, ColumnRole.TIME), vm.roles());
        assertEquals("dd.MM.yyyy HH:mm", vm.timeFormatProperty().get());
        assertTrue(vm.rejectedTextProperty().get().startsWith("1 of 3 preview records would be rejected — record 2: time: "),
                vm.rejectedTextProperty().get());
        assertTrue(vm.cliFlagsProperty().get().endsWith("--time-format \"dd.MM.yyyy HH:mm\""), vm.cliFlagsProperty().get());
        vm.orderByTimeProperty().set(true);
        assertTrue(vm.result().orElseThrow().orderByTime());
    }

    @Test
    void aCsvStillOffersTheCsvRoles() throws Exception {
        Path p = dir.resolve("log.csv");
        Files.writeString(p, "Case ID,Activity\nc1,A\n");
        ImportViewModel vm = new ImportViewModel(p, null);
        assertFalse(vm.json());
        assertEquals(ColumnRole.CSV, vm.availableRoles());
    }
}
