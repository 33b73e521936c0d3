package dev.chronoscope.ui.settings;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import dev.chronoscope.source.db.DatabaseOptions;
import dev.chronoscope.source.db.Preset;

/**
 * The app's remembered preferences, kept in {@value #FILE_NAME} inside one folder.
 *
 * <p>Getters never fail: a missing, unreadable or corrupt file, and any value that does not parse,
 * give the default. Setters change memory only; {@link #save()} writes the file atomically and
 * reports problems on stderr instead of throwing. Safe to use from any thread.
 */
public final class Settings {

    /** The name of the file inside the settings folder. */
    public static final String FILE_NAME = "settings.properties";
    /** The system property that overrides {@link #defaultDir()}, for tests and portable installs. */
    public static final String DIR_PROPERTY = "chronoscope.configDir";
    public static final double DEFAULT_PLAYBACK_SPEED = 100;
    public static final String AXIS_POSITION = "POSITION";
    public static final String AXIS_TIME = "TIME";

    static final String THEME = "theme";
    static final String WINDOW = "window.";
    static final String DIVIDERS = "dividers.";
    static final String PLAYBACK_SPEED = "playback.eventsPerSecond";
    static final String AXIS = "timeline.axis";
    static final String FROM_KNOWN_STATES = "replay.fromKnownStates";
    static final String RECENT = "recent.";
    static final String RECENT_DATABASE = "recentDatabase.";
    static final String IMPORT = "import.";

    private final Path dir;
    private final Properties values;

    private Settings(Path dir, Properties values) {
        this.dir = dir;
        this.values = values;
    }

    /**
     * The folder for settings: the system property {@value #DIR_PROPERTY} if set, else
     * {@code $XDG_CONFIG_HOME/chronoscope}, else {@code ~/.config/chronoscope}.
     */
    public static Path defaultDir() {
        return defaultDir(System.getProperty(DIR_PROPERTY), System.getenv("XDG_CONFIG_HOME"),
                System.getProperty("user.home"));
    }

    static Path defaultDir(String override, String xdgConfigHome, String home) {
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        if (xdgConfigHome != null && !xdgConfigHome.isBlank()) {
            return Path.of(xdgConfigHome, "chronoscope");
        }
        return Path.of(home, ".config", "chronoscope");
    }

    /** The settings stored in {@code dir}; defaults when the file is missing, unreadable or corrupt. Never throws. */
    public static Settings load(Path dir) {
        Properties values = new Properties();
        Path file = dir.resolve(FILE_NAME);
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            try (Reader in = new StringReader(text)) {
                values.load(in);
            }
        } catch (NoSuchFileException e) {
            // first run
        } catch (IOException | RuntimeException e) {
            warn("could not read " + file + ", using defaults", e);
            values.clear();
        }
        return new Settings(dir, values);
    }

    /**
     * Default settings that live in memory only: {@link #save()} writes nothing. For views built
     * for a moment (the start-up rehearsal's offscreen copy), which must not change the user's file.
     */
    public static Settings inMemory() {
        return new Settings(null, new Properties());
    }

    /** The file this object loads from and saves to. */
    public Path file() {
        return dir.resolve(FILE_NAME);
    }

    /**
     * Runs {@code work} (typically one that ends in {@link #save()}) on the one thread that writes
     * settings in the background, in the order submitted, so that the FX thread never waits on the disk.
     */
    public static void inBackground(Runnable work) {
        WRITER.execute(work);
    }

    private static final ExecutorService WRITER =
            Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "chronoscope-settings");
                t.setDaemon(true);
                return t;
            });

    /**
     * Writes the settings to {@link #file()} through a temporary file and an atomic move, creating
     * the folder if needed, so that a crash never leaves half a file. Never throws.
     *
     * @return whether the file was written (when not, the reason went to stderr)
     */
    public boolean save() {
        if (dir == null) {
            return false; // in memory only
        }
        Path tmp = null;
        try {
            Files.createDirectories(dir);
            tmp = Files.createTempFile(dir, FILE_NAME, ".tmp");
            try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                out.write(text());
            }
            try {
                Files.move(tmp, file(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file(), StandardCopyOption.REPLACE_EXISTING);
            }
            return true;
        } catch (IOException | RuntimeException e) {
            warn("could not save " + file(), e);
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // the temporary file is litter, not a failure worth a second message
                }
            }
            return false;
        }
    }

    /** The file's text: a comment line, then the entries sorted by key, so that the file diffs well. */
    String text() {
        Properties copy = new Properties();
        synchronized (values) {
            copy.putAll(values);
        }
        StringWriter raw = new StringWriter();
        try {
            copy.store(raw, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        String entries = raw.toString().lines()
                .filter(line -> !line.startsWith("#"))
                .sorted()
                .collect(Collectors.joining("\n"));
        return "# Chronoscope settings; rewritten when the app saves\n" + entries + "\n";
    }

    // ---- theme

    /** The theme; {@link Theme#LIGHT} by default. */
    public Theme theme() {
        String name = values.getProperty(THEME);
        if (name != null) {
            try {
                return Theme.valueOf(name.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                // an unknown theme name falls back to the default
            }
        }
        return Theme.LIGHT;
    }

    public void setTheme(Theme theme) {
        values.setProperty(THEME, theme.name());
    }

    // ---- window

    /** The main window's last bounds; empty until some have been stored, or when they do not parse. */
    public Optional<WindowBounds> windowBounds() {
        synchronized (values) {
            return readWindowBounds();
        }
    }

    private Optional<WindowBounds> readWindowBounds() {
        try {
            String x = values.getProperty(WINDOW + "x");
            String y = values.getProperty(WINDOW + "y");
            String w = values.getProperty(WINDOW + "width");
            String h = values.getProperty(WINDOW + "height");
            if (x == null || y == null || w == null || h == null) {
                return Optional.empty();
            }
            return Optional.of(new WindowBounds(Double.parseDouble(x), Double.parseDouble(y),
                    Double.parseDouble(w), Double.parseDouble(h),
                    Boolean.parseBoolean(values.getProperty(WINDOW + "maximized"))));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public void setWindowBounds(WindowBounds bounds) {
        synchronized (values) {
            values.setProperty(WINDOW + "x", number(bounds.x()));
            values.setProperty(WINDOW + "y", number(bounds.y()));
            values.setProperty(WINDOW + "width", number(bounds.width()));
            values.setProperty(WINDOW + "height", number(bounds.height()));
            values.setProperty(WINDOW + "maximized", Boolean.toString(bounds.maximized()));
        }
    }

    // ---- split panes

    /**
     * The divider positions stored under {@code name}, each in [0, 1] and ascending; an empty array
     * when none are stored or they do not parse.
     */
    public double[] dividers(String name) {
        String text = values.getProperty(DIVIDERS + name);
        if (text == null || text.isBlank()) {
            return new double[0];
        }
        try {
            double[] positions = Arrays.stream(text.split(",")).map(String::trim).mapToDouble(Double::parseDouble).toArray();
            return validDividers(positions) ? positions : new double[0];
        } catch (NumberFormatException e) {
            return new double[0];
        }
    }

    /**
     * Stores divider positions under {@code name} (a key such as {@code main} or {@code inspector});
     * an empty array forgets them.
     *
     * @throws IllegalArgumentException when a position is outside [0, 1] or they are not ascending
     */
    public void setDividers(String name, double[] positions) {
        if (name == null || name.isBlank() || name.chars().anyMatch(c -> Character.isWhitespace(c) || c == '=' || c == ':')) {
            throw new IllegalArgumentException("not a divider name: '" + name + "'");
        }
        if (positions.length == 0) {
            values.remove(DIVIDERS + name);
            return;
        }
        if (!validDividers(positions)) {
            throw new IllegalArgumentException("divider positions must be ascending in [0, 1]: " + Arrays.toString(positions));
        }
        values.setProperty(DIVIDERS + name,
                Arrays.stream(positions).mapToObj(Settings::number).collect(Collectors.joining(",")));
    }

    private static boolean validDividers(double[] positions) {
        double previous = 0;
        for (double p : positions) {
            if (!(p >= previous && p <= 1)) { // also false for NaN
                return false;
            }
            previous = p;
        }
        return true;
    }

    // ---- playback and timeline

    /** Events per second when playing; {@value #DEFAULT_PLAYBACK_SPEED} by default. */
    public double playbackSpeed() {
        String text = values.getProperty(PLAYBACK_SPEED);
        if (text != null) {
            try {
                double speed = Double.parseDouble(text);
                if (speed > 0 && Double.isFinite(speed)) {
                    return speed;
                }
            } catch (NumberFormatException e) {
                // falls back to the default
            }
        }
        return DEFAULT_PLAYBACK_SPEED;
    }

    /** @throws IllegalArgumentException unless {@code eventsPerSecond} is positive and finite */
    public void setPlaybackSpeed(double eventsPerSecond) {
        if (!(eventsPerSecond > 0) || !Double.isFinite(eventsPerSecond)) {
            throw new IllegalArgumentException("playback speed must be positive: " + eventsPerSecond);
        }
        values.setProperty(PLAYBACK_SPEED, number(eventsPerSecond));
    }

    /** The timeline axis, {@value #AXIS_POSITION} (the default) or {@value #AXIS_TIME}. */
    public String axis() {
        String text = values.getProperty(AXIS, AXIS_POSITION).trim().toUpperCase(Locale.ROOT);
        return text.equals(AXIS_TIME) ? AXIS_TIME : AXIS_POSITION;
    }

    /** @throws IllegalArgumentException unless {@code axis} is {@value #AXIS_POSITION} or {@value #AXIS_TIME} */
    public void setAxis(String axis) {
        if (!AXIS_POSITION.equals(axis) && !AXIS_TIME.equals(axis)) {
            throw new IllegalArgumentException("axis must be POSITION or TIME: " + axis);
        }
        values.setProperty(AXIS, axis);
    }

    /** Whether replay starts from known states (Axon snapshots) where a log has them; off by default. */
    public boolean replayFromKnownStates() {
        return "true".equalsIgnoreCase(values.getProperty(FROM_KNOWN_STATES, "false").trim());
    }

    public void setReplayFromKnownStates(boolean on) {
        values.setProperty(FROM_KNOWN_STATES, Boolean.toString(on));
    }

    // ---- recent sources

    /** The recent sources as stored, most recent first. {@link RecentFiles} is the friendlier view. */
    public List<Path> recentSources() {
        List<Path> paths = new ArrayList<>();
        for (int i = 0; i < RecentFiles.MAX; i++) {
            String text = values.getProperty(RECENT + i);
            if (text == null) {
                continue;
            }
            try {
                paths.add(Path.of(text));
            } catch (InvalidPathException e) {
                // a path from another platform or a hand edit: skipped
            }
        }
        return List.copyOf(paths);
    }

    /** Replaces the stored recent sources; only the first {@link RecentFiles#MAX} are kept. */
    public void setRecentSources(List<Path> paths) {
        synchronized (values) {
            values.keySet().removeIf(key -> key.toString().startsWith(RECENT));
            for (int i = 0; i < Math.min(paths.size(), RecentFiles.MAX); i++) {
                values.setProperty(RECENT + i, paths.get(i).toString());
            }
        }
    }

    // ---- recent database sources

    /**
     * The recent database sources as stored, most recent first, without passwords:
     * {@code recentDatabase.N.url}, {@code .user}, {@code .preset} (absent: detect), {@code .schema},
     * {@code .query}. {@link RecentDatabases} is the friendlier view.
     */
    public List<DatabaseOptions> recentDatabases() {
        List<DatabaseOptions> sources = new ArrayList<>();
        synchronized (values) {
            for (int i = 0; i < RecentDatabases.MAX; i++) {
                String key = RECENT_DATABASE + i + ".";
                String url = values.getProperty(key + "url");
                if (url == null || url.isBlank()) {
                    continue;
                }
                String presetName = values.getProperty(key + "preset");
                Preset preset = presetName == null ? null : Preset.byName(presetName);
                if (presetName != null && preset == null) {
                    continue; // a preset this version does not know: skipped rather than guessed
                }
                sources.add(new DatabaseOptions(url, preset, values.getProperty(key + "user"), null,
                        values.getProperty(key + "query"), values.getProperty(key + "schema")));
            }
        }
        return List.copyOf(sources);
    }

    /** Replaces the stored recent database sources (passwords are dropped); only the first {@link RecentDatabases#MAX} are kept. */
    public void setRecentDatabases(List<DatabaseOptions> sources) {
        synchronized (values) {
            values.keySet().removeIf(key -> key.toString().startsWith(RECENT_DATABASE));
            for (int i = 0; i < Math.min(sources.size(), RecentDatabases.MAX); i++) {
                DatabaseOptions o = sources.get(i);
                String key = RECENT_DATABASE + i + ".";
                values.setProperty(key + "url", o.url());
                putIfPresent(key + "user", o.user());
                putIfPresent(key + "preset", o.preset() == null ? null : o.preset().cliName());
                putIfPresent(key + "schema", o.schema());
                putIfPresent(key + "query", o.query());
            }
        }
    }

    private void putIfPresent(String key, String value) {
        if (value != null) {
            values.setProperty(key, value);
        }
    }

    // ---- import options per file

    /** The import options remembered for {@code file} (by absolute path), as {@code ui.importer} wrote them. */
    public Optional<String> importOptions(Path file) {
        return Optional.ofNullable(values.getProperty(importKey(file)));
    }

    /** Remembers import options for {@code file} (by absolute path); {@code null} forgets them. */
    public void setImportOptions(Path file, String text) {
        if (text == null) {
            values.remove(importKey(file));
        } else {
            values.setProperty(importKey(file), text);
        }
    }

    private static String importKey(Path file) {
        return IMPORT + file.toAbsolutePath().normalize();
    }

    /** The stored entries, for tests. */
    Map<String, String> entries() {
        synchronized (values) {
            return values.stringPropertyNames().stream().collect(Collectors.toMap(k -> k, values::getProperty));
        }
    }

    /** Whole numbers without a fraction ({@code 1280}), others as Java writes them ({@code 0.25}). */
    private static String number(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }

    private static void warn(String what, Exception e) {
        System.err.println("chronoscope: " + what + ": " + e);
    }
}
