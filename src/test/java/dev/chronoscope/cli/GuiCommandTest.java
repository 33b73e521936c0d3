package dev.chronoscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chronoscope.source.Format;
import dev.chronoscope.source.LoadOptions;
import dev.chronoscope.source.db.Preset;
import dev.chronoscope.ui.GuiRequest;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/** {@code gui}'s arguments become the request the window opens with; nothing here starts JavaFX. */
class GuiCommandTest {

    private static GuiRequest request(String... args) {
        GuiCommand command = new GuiCommand();
        new CommandLine(command).setCaseInsensitiveEnumValuesAllowed(true).parseArgs(args);
        return command.request();
    }

    @Test
    void noSourceIsTheSample() {
        GuiRequest r = request();
        assertNull(r.file());
        assertNull(r.database());
        assertNull(r.at());
        assertEquals(Long.valueOf(7), request("--at", "7").at());
    }

    @Test
    void aFileWithoutMappingFlagsAsksForTheImportOptionsPrefilledWithTheOthers() {
        GuiRequest r = request("logs/incidents.csv", "--at", "12", "--null", "?", "--zone", "Europe/Amsterdam",
                "--order", "time");
        assertEquals(Path.of("logs/incidents.csv").toAbsolutePath(), r.file());
        assertTrue(r.askImport());
        assertEquals(Long.valueOf(12), r.at());
        assertEquals("?", r.options().nullToken());
        assertEquals(ZoneId.of("Europe/Amsterdam"), r.options().zone());
        assertTrue(r.options().orderByTime());
        assertEquals(LoadOptions.defaults(), request("x.jsonl").options());
    }

    @Test
    void mappingFlagsOpenDirectlyWithThoseOptions() {
        GuiRequest r = request("incidents.csv", "--map", "stream=number", "--map", "type=incident_state",
                "--ignore", "caller", "--delimiter", ";", "--encoding", "latin1", "--time-format", "d/M/yyyy H:mm",
                "--entry", "a.csv", "--format", "csv");
        assertFalse(r.askImport());
        LoadOptions o = r.options();
        assertEquals(Map.of("stream", "number", "type", "incident_state"), o.mapping());
        assertEquals(Set.of("caller"), o.ignored());
        assertEquals(Character.valueOf(';'), o.delimiter());
        assertEquals(StandardCharsets.ISO_8859_1, o.encoding());
        assertEquals("d/M/yyyy H:mm", o.timeFormat());
        assertEquals("a.csv", o.entry());
        assertEquals(Format.CSV, o.format());
        assertFalse(request("events.jsonl", "--map", "stream=/meta/account").askImport());
    }

    @Test
    void aJdbcUrlIsADatabaseWithItsPresetAndUser() {
        GuiRequest r = request("jdbc:h2:mem:store", "--preset", "axon", "--user", "sa", "--map", "type=payloadType",
                "--at", "3");
        assertNull(r.file());
        assertEquals("jdbc:h2:mem:store", r.database().url());
        assertEquals(Preset.byName("axon"), r.database().preset());
        assertEquals("sa", r.database().user());
        assertEquals("payloadType", r.options().mapping().get("type"));
        assertEquals(Long.valueOf(3), r.at());
    }

    @Test
    void badOptionsAreUsageErrorsAsForTheOtherCommands() {
        assertThrows(ParameterException.class, () -> request("x.csv", "--zone", "Mars/Olympus"));
        assertThrows(ParameterException.class, () -> request("x.csv", "--map", "colour=red"));
        assertThrows(ParameterException.class, () -> request("x.csv", "--preset", "axon"));
        assertThrows(ParameterException.class, () -> request("jdbc:h2:mem:x", "--format", "csv"));
        assertThrows(ParameterException.class, () -> request("jdbc:h2:mem:x", "--password-env", "CHRONOSCOPE_NO_SUCH_VAR_42"));
        // through the real command line: exit code 2 and the reason on stderr, no window
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = ChronoscopeCommand.run(new ByteArrayOutputStream(), new PrintStream(err, true, StandardCharsets.UTF_8),
                "gui", "x.csv", "--delimiter", "ab");
        assertEquals(ChronoscopeCommand.EXIT_USAGE, code);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--delimiter: expected one character"), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void theOtherCommandsStillRequireTheSource() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = ChronoscopeCommand.run(new ByteArrayOutputStream(), new PrintStream(err, true, StandardCharsets.UTF_8), "info");
        assertEquals(ChronoscopeCommand.EXIT_USAGE, code);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("SOURCE"), err.toString(StandardCharsets.UTF_8));
    }
}
