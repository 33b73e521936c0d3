package dev.chronoscope.cli;

import static dev.chronoscope.cli.CliTest.run;
import static dev.chronoscope.cli.CliTest.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chronoscope.cli.CliTest.Result;
import dev.chronoscope.event.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The options for tabular sources and archives, end to end through the command line. */
class CliFormatsTest {

    @TempDir
    Path dir;

    static final String SERVICE_NOW = """
            number,incident_state,sys_mod_count,sys_updated_at,assigned_to
            INC1,New,0,29/2/2016 01:23,?
            INC1,Active,1,1/3/2016 09:00,Bob
            """;

    static final String[] SERVICE_NOW_FLAGS = {"--map", "stream=number", "--map", "type=incident_state",
        "--map", "time=sys_updated_at", "--map", "version=sys_mod_count", "--null", "?"};

    static String[] args(String command, Path file, String... more) {
        String[] a = new String[2 + more.length];
        a[0] = command;
        a[1] = file.toString();
        System.arraycopy(more, 0, a, 2, more.length);
        return a;
    }

    @Test
    void infoOnACsvReportsTheColumnsUsed() throws IOException {
        Result r = run(args("info", write(dir, "inc.csv", SERVICE_NOW), SERVICE_NOW_FLAGS));

        assertEquals(0, r.exitCode(), r.err());
        assertEquals(Json.MAPPER.readTree("""
                {"events":2,"streams":1,"rejected":0,"types":{"New":1,"Active":1},
                 "firstTime":"2016-02-29T01:23:00Z","lastTime":"2016-03-01T09:00:00Z",
                 "mapping":{"stream":"number","type":"incident_state","version":"sys_mod_count",
                            "time":"sys_updated_at","data":"(other columns)"}}"""), r.json());
    }

    @Test
    void stateOfACsvStreamLeavesNullTokensOut() throws IOException {
        Result r = run(args("state", write(dir, "inc.csv", SERVICE_NOW), SERVICE_NOW_FLAGS));

        assertEquals(0, r.exitCode(), r.err());
        assertEquals(Json.MAPPER.readTree("{\"INC1\":{\"assigned_to\":\"Bob\"}}"), r.json());
    }

    @Test
    void timeFormatAndEncodingOptions() throws IOException {
        Path file = dir.resolve("latin.csv");
        Files.write(file, "case_id;activity;when;city\nc;A;04.03.2016;Düsseldorf\n".getBytes(StandardCharsets.ISO_8859_1));

        Result r = run(args("events", file, "--encoding", "latin1", "--time-format", "dd.MM.yyyy", "--map", "time=when"));

        assertEquals(0, r.exitCode(), r.err());
        assertEquals("2016-03-04T00:00:00Z", r.lines().get(0).get("time").asText());
        assertEquals("Düsseldorf", r.lines().get(0).get("data").get("city").asText());
    }

    @Test
    void badEncodingOrTimeFormatIsAUsageError() throws IOException {
        Path file = write(dir, "log.csv", "case_id,activity\nc,A\n");

        assertEquals(2, run(args("info", file, "--encoding", "klingon")).exitCode());
        Result r = run(args("info", file, "--time-format", "yyyy-'MM"));
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("--time-format: invalid time format"), r.err());
    }

    @Test
    void aZipWithSeveralFilesNeedsAnEntry() throws IOException {
        Path zip = dir.resolve("logs.zip");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (String name : List.of("a.csv", "b.csv")) {
                z.putNextEntry(new ZipEntry(name));
                z.write(("case_id,activity\n" + name + ",A\n").getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
        }

        Result without = run(args("info", zip));
        Result with = run(args("info", zip, "--entry", "b.csv"));

        assertEquals(1, without.exitCode());
        assertTrue(without.err().contains("holds 2 files (a.csv, b.csv); choose one (command line: --entry NAME)"),
                without.err());
        assertEquals(0, with.exitCode(), with.err());
        assertEquals(1, with.json().get("events").asInt());
    }

    @Test
    void orderTimeAppliesToCsv() throws IOException {
        Path file = write(dir, "log.csv", "case_id,activity,timestamp\nc,B,2024-01-02\nc,A,2024-01-01\n");

        Result r = run(args("events", file, "--order", "time"));

        assertEquals(List.of("A", "B"), r.lines().stream().map(e -> e.get("type").asText()).toList());
    }

    @Test
    void rejectedRowsAreReportedWithTheirLine() throws IOException {
        Path file = write(dir, "log.csv", "case_id,activity\nc,A\nc,\"multi\nline\"\nc,\n");

        Result r = run(args("info", file));

        assertEquals(0, r.exitCode());
        assertTrue(r.err().contains("log.csv:5: missing type: expected a value in column 'activity'"), r.err());
        assertTrue(r.err().contains("1 of 3 records rejected, 2 loaded"), r.err());
    }
}
