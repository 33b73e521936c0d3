package dev.chronoscope.ui.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chronoscope.source.LoadOptions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportViewModelTest {

    @TempDir
    Path dir;

    private Path serviceNow() throws Exception {
        Path p = dir.resolve("incidents.csv");
        Files.writeString(p, """
                number,incident_state,sys_updated_at,sys_mod_count,caller
                INC1,New,29/2/2016 01:23,0,?
                INC1,Resolved,29/2/2016 09:30,1,ann
                INC2,?,1/3/2016 10:00,0,bob
                """, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void rolesStartFromDetectionAndTheLoadFailsWithoutAType() throws Exception {
        ImportViewModel vm = new ImportViewModel(serviceNow(), null);
        assertEquals(List.of("number", "incident_state", "sys_updated_at", "sys_mod_count", "caller"),
                vm.previewProperty().get().columns());
        assertEquals(List.of(ColumnRole.ATTRIBUTE, ColumnRole.ATTRIBUTE, ColumnRole.ATTRIBUTE, ColumnRole.ATTRIBUTE,
                ColumnRole.ATTRIBUTE), vm.roles());
        assertFalse(vm.validProperty().get());
        assertTrue(vm.rejectedTextProperty().get().startsWith("Cannot load: no column for the event type"),
                vm.rejectedTextProperty().get());
        assertEquals("Comma", vm.detectedDelimiterProperty().get());
    }

    @Test
    void choosingRolesAndTheNullTokenChangesRejectionsAndFlags() throws Exception {
        ImportViewModel vm = new ImportViewModel(serviceNow(), null);
        vm.setRole(0, ColumnRole.STREAM);
        vm.setRole(1, ColumnRole.TYPE);
        vm.setRole(2, ColumnRole.TIME);
        vm.setRole(3, ColumnRole.VERSION);
        assertTrue(vm.validProperty().get());
        assertEquals("All 3 preview records load", vm.rejectedTextProperty().get());
        assertEquals("--map stream=number --map type=incident_state --map time=sys_updated_at --map version=sys_mod_count",
                vm.cliFlagsProperty().get());

        vm.nullTokenProperty().set("?");
        vm.zoneProperty().set("Europe/Amsterdam");
        assertEquals("1 of 3 preview records would be rejected — line 4: missing type: expected a value in column "
                + "'incident_state'", vm.rejectedTextProperty().get());
        assertEquals("--map stream=number --map type=incident_state --map time=sys_updated_at --map version=sys_mod_count "
                + "--null ? --zone Europe/Amsterdam", vm.cliFlagsProperty().get());
        LoadOptions o = vm.result().orElseThrow();
        assertEquals(Map.of("stream", "number", "type", "incident_state", "time", "sys_updated_at", "version",
                "sys_mod_count"), o.mapping());
        assertEquals(ZoneId.of("Europe/Amsterdam"), o.zone());
        assertEquals("?", o.nullToken());
    }

    @Test
    void aUniqueRoleMovesAndDetectedRolesLeftOutMapToNoColumn() throws Exception {
        Path p = dir.resolve("log.csv");
        Files.writeString(p, "Case ID,Activity,Complete Timestamp,Resource\nc1,A,2024-01-01T00:00:00Z,r\n");
        ImportViewModel vm = new ImportViewModel(p, null);
        assertEquals(List.of(ColumnRole.STREAM, ColumnRole.TYPE, ColumnRole.TIME, ColumnRole.ATTRIBUTE), vm.roles());
        vm.setRole(3, ColumnRole.TYPE);
        vm.setRole(2, ColumnRole.IGNORE);
        assertEquals(List.of(ColumnRole.STREAM, ColumnRole.ATTRIBUTE, ColumnRole.IGNORE, ColumnRole.TYPE), vm.roles());
        assertEquals("--map stream=\"Case ID\" --map type=Resource --ignore \"Complete Timestamp\"", vm.cliFlagsProperty().get());
        vm.resetRoles();
        assertEquals(List.of(ColumnRole.STREAM, ColumnRole.TYPE, ColumnRole.TIME, ColumnRole.ATTRIBUTE), vm.roles());
    }

    @Test
    void theSuggestedOptionsComeBack() throws Exception {
        LoadOptions remembered = LoadOptions.defaults().withMapping(Map.of("stream", "number", "type", "incident_state"))
                .withNullToken("?").withIgnored(Set.of("caller")).withDelimiter(',');
        ImportViewModel vm = new ImportViewModel(serviceNow(), remembered);
        assertEquals(List.of(ColumnRole.STREAM, ColumnRole.TYPE, ColumnRole.ATTRIBUTE, ColumnRole.ATTRIBUTE,
                ColumnRole.IGNORE), vm.roles());
        assertEquals("?", vm.nullTokenProperty().get());
        assertEquals(Character.valueOf(','), vm.delimiterProperty().get());
        assertEquals("--map stream=number --map type=incident_state --ignore caller --delimiter , --null ?",
                vm.cliFlagsProperty().get());
    }

    @Test
    void aBadZoneOrPatternMakesTheChoicesInvalid() throws Exception {
        ImportViewModel vm = new ImportViewModel(serviceNow(), LoadOptions.defaults().withMap("type", "incident_state"));
        assertTrue(vm.validProperty().get());
        vm.zoneProperty().set("Mars/Olympus");
        assertFalse(vm.validProperty().get());
        assertTrue(vm.optionsErrorProperty().get().startsWith("Unknown time zone 'Mars/Olympus'"));
        vm.zoneProperty().set("");
        vm.timeFormatProperty().set("d/M/yyyy H:mm");
        assertTrue(vm.validProperty().get());
        vm.timeFormatProperty().set("{{");
        assertFalse(vm.validProperty().get());
        assertTrue(vm.result().isEmpty());
    }

    @Test
    void changingTheDelimiterReadsThePreviewAgain() throws Exception {
        ImportViewModel vm = new ImportViewModel(serviceNow(), null);
        vm.delimiterProperty().set(';');
        assertEquals(1, vm.previewProperty().get().columns().size());
        vm.delimiterProperty().set(null);
        assertEquals(5, vm.previewProperty().get().columns().size());
    }
}
