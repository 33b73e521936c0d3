package dev.chronoscope.cli;

import dev.chronoscope.event.EventLog;
import dev.chronoscope.event.Rejection;
import dev.chronoscope.source.EventLogLoader;
import dev.chronoscope.source.Format;
import dev.chronoscope.source.LoadCancelledException;
import dev.chronoscope.source.LoadListener;
import dev.chronoscope.source.LoadOptions;
import dev.chronoscope.source.SourceException;
import dev.chronoscope.source.db.DatabaseOptions;
import dev.chronoscope.source.db.DatabaseSource;
import dev.chronoscope.source.db.Preset;
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

/**
 * The options shared by every command that reads a source (format, mapping, zone, order, the CSV
 * settings, the database settings). {@link SourceOptions} adds the required SOURCE parameter;
 * {@code gui}, whose SOURCE is optional, mixes these in directly.
 */
class SourceFlags {

    /** What SOURCE says. */
    static final String SOURCE_DESCRIPTION = "An event log file: JSON Lines (.jsonl, .ndjson), "
            + "JSON or CloudEvents (.json), CSV (.csv, .tsv, .txt) or XES (.xes); each may be gzip-compressed (.gz) "
            + "or the one file in a zip archive (.zip). Or a JDBC URL (jdbc:h2:…, jdbc:postgresql://…, jdbc:sqlite:…).";

    /** How many rejections are printed one by one before the summary line. */
    static final int REJECTIONS_SHOWN = 20;

    private static final Set<String> ROLES =
            Set.of("id", "stream", "type", "streamType", "version", "time", "data", "metadata");

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    /** The file path or JDBC URL, set by the command's SOURCE parameter. */
    String source;

    @Option(names = "--preset", paramLabel = "PRESET",
            description = "Database layout: axon, marten, eventuous, messagedb or generic (default: detected from the tables).")
    String preset;

    @Option(names = "--user", paramLabel = "USER", description = "Database user name.")
    String user;

    @Option(names = "--password-env", paramLabel = "VAR",
            description = "Name of the environment variable that holds the database password (never the password itself).")
    String passwordEnv;

    @Option(names = "--query", paramLabel = "SQL",
            description = "The SELECT of the generic preset; its columns are mapped with --map ROLE=COLUMN or by name.")
    String query;

    @Option(names = "--schema", paramLabel = "SCHEMA",
            description = "Schema of the store's tables (Marten default: public; eventuous; message_store).")
    String schema;

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
            description = "java.time pattern of the time (CSV column or JSON field), e.g. 'd/M/yyyy H:mm' (default: ISO-8601 and "
                    + "the common forms, day-first or month-first decided from the data).")
    String timeFormat;

    @Option(names = "--entry", paramLabel = "NAME",
            description = "The file to read from a zip archive holding several (default: its only file).")
    String entry;

    @Option(names = "--delimiter", paramLabel = "CHAR",
            description = "Cell separator of a CSV file: one character, or tab (default: detected from the header row).")
    String delimiter;

    @Option(names = "--ignore", paramLabel = "COLUMN",
            description = "Leave this CSV column out: it fills no role and is not part of the data. Repeatable.")
    java.util.List<String> ignored = new java.util.ArrayList<>();

    /** The delimiter option, checked ({@code null}: detect it). */
    Character delimiterChar() {
        if (delimiter == null) {
            return null;
        }
        if (delimiter.equalsIgnoreCase("tab") || delimiter.equals("\\t")) {
            return '\t';
        }
        if (delimiter.length() != 1 || delimiter.charAt(0) == '"' || delimiter.charAt(0) == '\n'
                || delimiter.charAt(0) == '\r') {
            throw new ParameterException(spec.commandLine(), "--delimiter: expected one character (e.g. ; or |) or "
                    + "tab, got '" + delimiter + "'");
        }
        return delimiter.charAt(0);
    }

    /** How events are numbered. */
    enum Order { file, time }

    /** The zone option, checked. */
    ZoneId zoneId() {
        try {
            ZoneId z = ZoneId.of(zone);
            // UTC as a region is UTC: the options equal the defaults (the GUI tells "no options given" by that)
            return z.normalized().equals(java.time.ZoneOffset.UTC) ? java.time.ZoneOffset.UTC : z;
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
        return load(err, LoadListener.NONE);
    }

    /** Reads the source with a progress listener, reporting rejections on {@code err}. */
    EventLog load(PrintStream err, LoadListener listener) {
        LoadOptions options = loadOptions();
        boolean database = checkSourceKind();
        EventLog log;
        try {
            if (database) {
                log = DatabaseSource.load(databaseOptions(), options, listener);
                noteDetectedPreset(log, err);
            } else {
                log = EventLogLoader.load(Path.of(source), options, listener);
            }
        } catch (SourceException e) {
            throw new CommandFailure(e.getMessage(), e);
        } catch (LoadCancelledException e) {
            throw new CommandFailure(source + ": loading was cancelled", e);
        }
        reportRejections(log, err);
        reportKnownStateProblems(log, err);
        return log;
    }

    /** The load options the flags give, checked (roles, zone, encoding, time format, delimiter). */
    LoadOptions loadOptions() {
        for (String role : mapping.keySet()) {
            if (!ROLES.contains(role)) {
                throw new ParameterException(spec.commandLine(),
                        "--map: unknown role '" + role + "'; expected one of " + String.join(", ", sortedRoles()));
            }
        }
        try {
            return new LoadOptions(format, Map.copyOf(mapping), zoneId(), strict, order == Order.time, charset(),
                    nullToken, timeFormat, entry, delimiterChar(), java.util.Set.copyOf(ignored));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--time-format: " + e.getMessage());
        }
    }

    /** Whether the source is a JDBC URL; refuses flags that do not apply to its kind. */
    boolean checkSourceKind() {
        boolean database = DatabaseSource.isJdbcUrl(source);
        if (!database && (preset != null || user != null || passwordEnv != null || query != null || schema != null)) {
            throw new ParameterException(spec.commandLine(),
                    "--preset, --user, --password-env, --query and --schema apply to a JDBC URL source only");
        }
        if (database && format != null) {
            throw new ParameterException(spec.commandLine(), "--format applies to files only, not to a JDBC URL");
        }
        return database;
    }

    /** Whether a role was given with --map or a column left out with --ignore. */
    boolean mapsFields() {
        return !mapping.isEmpty() || !ignored.isEmpty();
    }

    /** The database options, checked: a known preset, the password from the named environment variable. */
    DatabaseOptions databaseOptions() {
        Preset p = null;
        if (preset != null && !preset.equalsIgnoreCase("auto")) {
            p = Preset.byName(preset);
            if (p == null) {
                throw new ParameterException(spec.commandLine(), "--preset: unknown preset '" + preset
                        + "'; expected one of axon, marten, eventuous, messagedb, generic");
            }
        }
        String password = null;
        if (passwordEnv != null) {
            password = System.getenv(passwordEnv);
            if (password == null) {
                throw new ParameterException(spec.commandLine(), "--password-env: the environment variable '"
                        + passwordEnv + "' is not set; expected it to hold the database password");
            }
        }
        return new DatabaseOptions(source, p, user, password, query, schema);
    }

    private static void noteDetectedPreset(EventLog log, PrintStream err) {
        Map<String, String> m = log.mapping();
        if ("detected from the tables present".equals(m.get("presetChosen"))) {
            err.println("note: " + log.source() + ": no --preset given; detected preset " + m.get("preset")
                    + " (" + m.get("read") + ")");
        }
    }

    private static List<String> sortedRoles() {
        return ROLES.stream().sorted().toList();
    }

    /** Snapshots that could not be offered as known states: warnings, never a failure. */
    static void reportKnownStateProblems(EventLog log, PrintStream err) {
        List<String> problems = log.knownStates().problems();
        int shown = Math.min(REJECTIONS_SHOWN, problems.size());
        for (int i = 0; i < shown; i++) {
            err.println("warning: " + log.source() + ": " + problems.get(i));
        }
        if (problems.size() > shown) {
            err.printf(Locale.ROOT, "warning: … and %d more unusable snapshots%n", problems.size() - shown);
        }
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

/** The required SOURCE parameter and the {@link SourceFlags}: the mixin of every command that reads a source. */
final class SourceOptions extends SourceFlags {

    @Parameters(index = "0", paramLabel = "SOURCE", description = SOURCE_DESCRIPTION)
    void source(String source) {
        this.source = source;
    }
}
