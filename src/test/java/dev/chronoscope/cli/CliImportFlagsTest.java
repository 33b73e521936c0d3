package dev.chronoscope.cli;

import static dev.chronoscope.cli.CliFormatsTest.args;
import static dev.chronoscope.cli.CliTest.run;
import static dev.chronoscope.cli.CliTest.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chronoscope.cli.CliTest.Result;
import dev.chronoscope.event.Json;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The flags the import dialog writes besides --map, --null, --zone: --delimiter, --ignore and --map ROLE=. */
class CliImportFlagsTest {

    @TempDir
    Path dir;

    @Test
    void delimiterIgnoreAndAnEmptyMapShapeTheEvents() throws IOException {
        Path file = write(dir, "x.txt", "id|type|version|note,with comma|secret\n7|A|x|hi|pw\n");
        Result r = run(args("events", file, "--delimiter", "|", "--ignore", "secret", "--map", "version=",
                "--map", "id="));

        assertEquals(0, r.exitCode(), r.err());
        assertEquals(Json.MAPPER.readTree("{\"id\":7,\"version\":\"x\",\"note,with comma\":\"hi\"}"),
                r.lines().get(0).get("data"));
    }

    @Test
    void tabIsADelimiterAndLongerOnesAreUsageErrors() throws IOException {
        Path file = write(dir, "t.csv", "type\tn\nA\t1\n");
        Result tab = run(args("info", file, "--delimiter", "tab"));
        assertEquals(0, tab.exitCode(), tab.err());
        assertEquals(1, tab.json().get("events").asInt());

        Result bad = run(args("info", file, "--delimiter", "ab"));
        assertEquals(2, bad.exitCode());
        assertTrue(bad.err().contains("--delimiter: expected one character"), bad.err());
    }
}
