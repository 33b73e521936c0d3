package dev.chronoscope.cli;

import dev.chronoscope.event.EventLog;
import dev.chronoscope.event.Rejection;
import dev.chronoscope.source.EventLogLoader;
import dev.chronoscope.source.Format;
import dev.chronoscope.source.LoadCancelledException;
import dev.chronoscope.source.LoadListener;
import dev.chronoscope.source.LoadOptions;
import dev.chronoscope.source.SourceException;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The source argument and the options shared by every command that reads a source. */
final class SourceOptions {

    /** How many rejections are printed one by one before the summary line. */
    static final int REJECTIONS_SHOWN = 20;

    private static final Set<String> ROLES =
            Set.of("id", "stream", "type", "streamType", "version", "time", "data", "metadata");

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SOURCE", description = "An event log file: JSON Lines (.jsonl, .ndjson), "
            + "JSON or CloudEvents (.json), CSV (.csv, .tsv, .txt) or XES (.xes); each may be gzip-compressed (.gz) "
            + "or the one file in a zip archive (.zip).")
    String source;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "Source format instead of detecting it: ${COMPLETION-CANDIDATES}.")
    Format format;

    @Option(names = "--map", paramLabel = "ROLE=FIELD",
            description = "Take ROLE (id, stream, type, streamType, version, time, data, metadata) from FIELD: "
                    + "a top-level key or a JSON Pointer such as /payload/nodeAggregateId; for CSV a column name "
                    + "(--map \"stream=SR Number\"); for XES an attribute key. Repeatable.")
    Map<String, String> mapping = new LinkedHashMap<>();

    @Option(names = "--zone", paramLabel = "ZONE", defaultValue = "UTC",
            description = "Time zone for date-times without one (default: ${DEFAULT-VALUE}).")
    String zone;

    @Option(names = "--strict", description = "Stop at the first bad record (exit code 1) instead of rejecting it.")
    boolean strict;

    @Option(names = "--order", paramLabel = "ORDER", defaultValue = "file",
            description = "Event positions in file order (default) or sorted by time, stably: file, time.")
    Order order;

    @Option(names = "--encoding", paramLabel = "CHARSET",
            description = "Character set of a CSV file, e.g. latin1 (default: UTF-8, with or without a byte order mark).")
    String encoding;

    @Option(names = "--null", paramLabel = "TOKEN",
            description = "CSV cells equal to TOKEN count as empty (e.g. --null ? for the ServiceNow export).")
    String nullToken;

    @Option(names = "--time-format", paramLabel = "PATTERN",
            description = "java.time pattern of the CSV time column, e.g. 'd/M/yyyy H:mm' (default: ISO-8601 and "
                    + "the common forms, day-first or month-first decided from the data).")
    String timeFormat;

    @Option(names = "--entry", paramLabel = "NAME",
            description = "The file to read from a zip archive holding several (default: its only file).")
    String entry;

    /** How events are numbered. */
    enum Order { file, time }

    /** The zone option, checked. */
    ZoneId zoneId() {
        try {
            return ZoneId.of(zone);
        } catch (java.time.DateTimeException e) {
            throw new ParameterException(spec.commandLine(), "--zone: unknown time zone '" + zone + "'");
        }
    }

    /** The encoding option, checked ({@code null}: the default). */
    Charset charset() {
        if (encoding == null) {
            return null;
        }
        try {
            return Charset.forName(encoding);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--encoding: unknown character set '" + encoding
                    + "'; expected e.g. UTF-8, latin1, windows-1252");
        }
    }

    /** Reads the source, reporting rejections on {@code err}. */
    EventLog load(PrintStream err) {
        for (String role : mapping.keySet()) {
            if (!ROLES.contains(role)) {
                throw new ParameterException(spec.commandLine(),
                        "--map: unknown role '" + role + "'; expected one of " + String.join(", ", sortedRoles()));
            }
        }
        if (source.regionMatches(true, 0, "jdbc:", 0, 5)) {
            throw new CommandFailure(source + ": database sources are not supported by this build yet; "
                    + "expected a file (.jsonl, .ndjson, .json, .csv, .tsv, .txt, .xes, optionally .gz or .zip)");
        }
        LoadOptions options;
        try {
            options = new LoadOptions(format, Map.copyOf(mapping), zoneId(), strict, order == Order.time, charset(),
                    nullToken, timeFormat, entry);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--time-format: " + e.getMessage());
        }
        EventLog log;
        try {
            log = EventLogLoader.load(Path.of(source), options, LoadListener.NONE);
        } catch (SourceException e) {
            throw new CommandFailure(e.getMessage(), e);
        } catch (LoadCancelledException e) {
            throw new CommandFailure(source + ": loading was cancelled", e);
        }
        reportRejections(log, err);
        return log;
    }

    private static List<String> sortedRoles() {
        return ROLES.stream().sorted().toList();
    }

    static void reportRejections(EventLog log, PrintStream err) {
        List<Rejection> rejections = log.rejections();
        if (rejections.isEmpty()) {
            return;
        }
        int shown = Math.min(REJECTIONS_SHOWN, rejections.size());
        for (int i = 0; i < shown; i++) {
            err.println("warning: " + rejections.get(i).describe(log.source()));
        }
        if (rejections.size() > shown) {
            err.printf(Locale.ROOT, "warning: … and %d more%n", rejections.size() - shown);
        }
        err.printf(Locale.ROOT, "warning: %s: %d of %d records rejected, %d loaded%n",
                log.source(), rejections.size(), log.records(), log.size());
    }
}
