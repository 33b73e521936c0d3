package dev.chronoscope.ui.open;

import dev.chronoscope.source.SourceException;
import dev.chronoscope.source.db.DatabaseOptions;
import dev.chronoscope.source.db.DatabaseSource;
import dev.chronoscope.source.db.Preset;
import dev.chronoscope.ui.TaskExecutor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The state of the Open Database dialog and its commands. The fields the user types are plain
 * properties (the view binds them both ways); what the view-model works out — whether the form
 * can be opened, why not, the outcome of Test Connection — is read-only. Test Connection runs off
 * the FX thread through the {@link TaskExecutor}; a test whose answer arrives after the fields
 * changed is dropped. The password goes into {@link #options()} and nowhere else.
 */
public final class OpenDatabaseViewModel {

    /** Example URLs the URL field offers. */
    public static final List<String> EXAMPLE_URLS = List.of(
            "jdbc:h2:/path/to/db",
            "jdbc:postgresql://localhost:5432/db",
            "jdbc:sqlite:/path/to/file.sqlite");

    /** The presets the combo box offers; {@code null} (first) is "Auto-detect". */
    public static final List<Preset> PRESET_CHOICES;

    static {
        List<Preset> choices = new ArrayList<>();
        choices.add(null);
        choices.addAll(List.of(Preset.values()));
        PRESET_CHOICES = java.util.Collections.unmodifiableList(choices);
    }

    /** Where Test Connection is. */
    public enum TestState {
        /** Not tested since the fields last changed. */
        NONE,
        /** Connecting. */
        RUNNING,
        /** Connected; the message says which preset and how many events. */
        OK,
        /** Failed; the message says why. */
        FAILED
    }

    /** Reads the tables and counts the rows; {@link DatabaseSource#probe} in the app. */
    @FunctionalInterface
    public interface Prober {
        DatabaseSource.Probe probe(DatabaseOptions options) throws Exception;
    }

    private final TaskExecutor executor;
    private final Prober prober;
    private final List<DatabaseOptions> history;

    private final StringProperty url = new SimpleStringProperty(this, "url", "");
    private final StringProperty user = new SimpleStringProperty(this, "user", "");
    private final StringProperty password = new SimpleStringProperty(this, "password", "");
    private final ObjectProperty<Preset> preset = new SimpleObjectProperty<>(this, "preset");
    private final StringProperty schema = new SimpleStringProperty(this, "schema", "");
    private final StringProperty query = new SimpleStringProperty(this, "query", "");

    private final ReadOnlyBooleanWrapper queryShown = new ReadOnlyBooleanWrapper(this, "queryShown");
    private final ReadOnlyBooleanWrapper schemaShown = new ReadOnlyBooleanWrapper(this, "schemaShown");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid");
    private final ReadOnlyObjectWrapper<TestState> testState = new ReadOnlyObjectWrapper<>(this, "testState", TestState.NONE);
    private final ReadOnlyStringWrapper testMessage = new ReadOnlyStringWrapper(this, "testMessage", "");

    private TaskExecutor.Handle running;
    /** Counts changes of the fields, so that a test answering for older fields is dropped. */
    private long generation;

    public OpenDatabaseViewModel(TaskExecutor executor) {
        this(executor, DatabaseSource::probe, List.of());
    }

    /**
     * @param history recent database sources (without passwords), most recent first; picking one
     *     fills the fields
     */
    public OpenDatabaseViewModel(TaskExecutor executor, Prober prober, List<DatabaseOptions> history) {
        this.executor = Objects.requireNonNull(executor);
        this.prober = Objects.requireNonNull(prober);
        this.history = List.copyOf(history);
        for (Observable o : List.of(url, user, password, preset, schema, query)) {
            o.addListener(x -> changed());
        }
        changed();
    }

    // ---- commands --------------------------------------------------------------------------------

    /** Fills the fields from {@code options} (a recent source); the password is cleared unless it has one. */
    public void fill(DatabaseOptions options) {
        url.set(options.url());
        user.set(nullToEmpty(options.user()));
        password.set(nullToEmpty(options.password()));
        preset.set(options.preset());
        schema.set(nullToEmpty(options.schema()));
        query.set(nullToEmpty(options.query()));
    }

    /** The recent source with this URL, if any (the URL field offers them beside the examples). */
    public Optional<DatabaseOptions> historyEntry(String chosenUrl) {
        return history.stream().filter(h -> h.url().equals(chosenUrl)).findFirst();
    }

    /** The URLs the URL field offers: the recent ones first, then the examples. */
    public List<String> urlChoices() {
        List<String> urls = new ArrayList<>();
        history.forEach(h -> {
            if (!urls.contains(h.url())) {
                urls.add(h.url());
            }
        });
        EXAMPLE_URLS.forEach(u -> {
            if (!urls.contains(u)) {
                urls.add(u);
            }
        });
        return List.copyOf(urls);
    }

    /**
     * Connects in the background and reports the preset and the number of events, or the error.
     * Does nothing while the form is not valid.
     */
    public void testConnection() {
        if (!valid.get()) {
            return;
        }
        cancelTest();
        DatabaseOptions options = options();
        long asked = generation;
        testState.set(TestState.RUNNING);
        testMessage.set("Connecting to " + options.displayUrl() + "…");
        TaskExecutor.Handle handle = executor.submit(progress -> prober.probe(options), new TaskExecutor.Listener<DatabaseSource.Probe>() {
            @Override
            public void succeeded(DatabaseSource.Probe probe) {
                if (asked == generation) {
                    running = null;
                    testState.set(TestState.OK);
                    testMessage.set(describe(probe));
                }
            }

            @Override
            public void failed(Throwable error) {
                if (asked == generation) {
                    running = null;
                    testState.set(TestState.FAILED);
                    testMessage.set(describe(error));
                }
            }
        });
        running = testState.get() == TestState.RUNNING ? handle : null;
    }

    /** Stops a test that is running (the dialog was closed); its answer is dropped. */
    public void cancelTest() {
        if (running != null) {
            running.cancel();
            running = null;
        }
        if (testState.get() == TestState.RUNNING) {
            testState.set(TestState.NONE);
            testMessage.set("");
        }
    }

    /**
     * What to open, from the fields: blank fields are {@code null}, the schema only for Marten (or
     * detection), the query only for the generic preset.
     */
    public DatabaseOptions options() {
        Preset p = preset.get();
        String s = p == null || p == Preset.MARTEN ? blankToNull(schema.get()) : null;
        String q = p == Preset.GENERIC ? blankToNull(query.get()) : null;
        return new DatabaseOptions(url.get().strip(), p, blankToNull(user.get()), emptyToNull(password.get()), q, s);
    }

    // ---- what the view-model works out -------------------------------------------------------

    private void changed() {
        generation++;
        if (running != null) {
            running.cancel();
            running = null;
        }
        testState.set(TestState.NONE);
        testMessage.set("");
        queryShown.set(preset.get() == Preset.GENERIC);
        schemaShown.set(preset.get() == Preset.MARTEN);
        String u = url.get() == null ? "" : url.get().strip();
        String why;
        if (u.isEmpty()) {
            why = "Enter a JDBC URL, such as " + EXAMPLE_URLS.get(0) + ".";
        } else if (!DatabaseSource.isJdbcUrl(u)) {
            why = "A JDBC URL starts with jdbc: (jdbc:h2:, jdbc:postgresql:, jdbc:sqlite:).";
        } else if (EXAMPLE_URLS.contains(u)) {
            why = "Replace the example's path or host with your database's.";
        } else if (preset.get() == Preset.GENERIC && (query.get() == null || query.get().isBlank())) {
            why = "The generic preset needs a query, e.g. SELECT * FROM events ORDER BY position.";
        } else {
            why = "";
        }
        problem.set(why);
        valid.set(why.isEmpty());
    }

    static String describe(DatabaseSource.Probe probe) {
        String events = probe.rows() < 0 ? "number of events unknown"
                : (probe.estimated() ? "about " : "") + String.format(Locale.ROOT, "%,d", probe.rows())
                        + (probe.rows() == 1 ? " event" : " events");
        return "Connected: preset " + probe.preset().cliName() + (probe.detected() ? " detected" : "") + ", " + events;
    }

    static String describe(Throwable error) {
        if (error instanceof SourceException) {
            return DatabaseMessages.inDialogTerms(error.getMessage());
        }
        String message = DatabaseMessages.inDialogTerms(error.getMessage());
        return "Could not connect: " + (message == null || message.isBlank() ? error.getClass().getSimpleName() : message);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    // ---- properties --------------------------------------------------------------------------

    public StringProperty urlProperty() {
        return url;
    }

    public StringProperty userProperty() {
        return user;
    }

    /** Used for this connection only; never remembered. */
    public StringProperty passwordProperty() {
        return password;
    }

    /** The preset, or {@code null} to detect it from the tables present. */
    public ObjectProperty<Preset> presetProperty() {
        return preset;
    }

    /** The schema of Marten's tables (default {@code public}). */
    public StringProperty schemaProperty() {
        return schema;
    }

    /** The generic preset's SELECT. */
    public StringProperty queryProperty() {
        return query;
    }

    /** Whether the query field applies (the generic preset). */
    public ReadOnlyBooleanProperty queryShownProperty() {
        return queryShown.getReadOnlyProperty();
    }

    /** Whether the schema field applies (Marten). */
    public ReadOnlyBooleanProperty schemaShownProperty() {
        return schemaShown.getReadOnlyProperty();
    }

    /** Why the form cannot be opened yet; empty when it can. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Whether Open and Test Connection are possible. */
    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<TestState> testStateProperty() {
        return testState.getReadOnlyProperty();
    }

    /** {@code Connected: preset marten detected, 1,234 events}, or the error. */
    public ReadOnlyStringProperty testMessageProperty() {
        return testMessage.getReadOnlyProperty();
    }
}
