package dev.chronoscope.ui.importer;

import dev.chronoscope.source.CsvPreview;
import dev.chronoscope.source.EventLogLoader;
import dev.chronoscope.source.Format;
import dev.chronoscope.source.JsonPreview;
import dev.chronoscope.source.PreviewCheck;
import dev.chronoscope.source.LoadOptions;
import dev.chronoscope.source.Role;
import dev.chronoscope.source.SourceException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The state of the import dialog for one CSV, JSON Lines or JSON file: the preview of its first
 * records, a role per column, the reading options, what loading the preview with them would
 * reject, and the equivalent command-line flags. Every change re-checks the preview through the
 * engine's reader ({@link CsvPreview}, {@link JsonPreview}), synchronously: a preview is
 * {@value CsvPreview#RECORDS} records.
 *
 * <p>For JSON the columns are the records' fields (top-level keys, and the keys of object values
 * as JSON Pointers); the CSV-only options (delimiter, encoding, null token, ignored columns) do not
 * apply. The roles shown are the ones the loader used: a role the user gives to no field is filled
 * by detection again, as a load would.
 *
 * <p>The options the dialog returns map every role explicitly (so a later change of the detection
 * rules cannot move a column) and map a role detection would fill but the user did not to no
 * column ({@code --map ROLE=}).
 */
public final class ImportViewModel {

    /** The encodings offered: UTF-8 (with or without BOM) and Latin-1. */
    public static final List<Charset> ENCODINGS = List.of(StandardCharsets.UTF_8, StandardCharsets.ISO_8859_1);
    /** The delimiters offered besides detection ({@code null}). */
    public static final List<Character> DELIMITERS = List.of(',', ';', '\t', '|');

    private final Path file;
    private final LoadOptions suggested;
    /** {@link Format#CSV}, {@link Format#JSONL} or {@link Format#JSON}. */
    private final Format format;

    private final ObjectProperty<Character> delimiter = new SimpleObjectProperty<>(this, "delimiter");
    private final ObjectProperty<Charset> encoding = new SimpleObjectProperty<>(this, "encoding", StandardCharsets.UTF_8);
    private final StringProperty timeFormat = new SimpleStringProperty(this, "timeFormat", "");
    private final StringProperty zone = new SimpleStringProperty(this, "zone", "");
    private final StringProperty nullToken = new SimpleStringProperty(this, "nullToken", "");
    private final BooleanProperty orderByTime = new SimpleBooleanProperty(this, "orderByTime");

    private final ReadOnlyObjectWrapper<PreviewTable> preview = new ReadOnlyObjectWrapper<>(this, "preview");
    private final ObservableList<ColumnRole> roles = FXCollections.observableArrayList();
    private final ObservableList<ColumnRole> rolesView = FXCollections.unmodifiableObservableList(roles);
    private final ReadOnlyObjectWrapper<PreviewCheck> check = new ReadOnlyObjectWrapper<>(this, "check");
    private final ReadOnlyStringWrapper previewError = new ReadOnlyStringWrapper(this, "previewError", "");
    private final ReadOnlyStringWrapper optionsError = new ReadOnlyStringWrapper(this, "optionsError", "");
    private final ReadOnlyStringWrapper rejectedText = new ReadOnlyStringWrapper(this, "rejectedText", "");
    private final ReadOnlyStringWrapper cliFlags = new ReadOnlyStringWrapper(this, "cliFlags", "");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid");
    private final ReadOnlyStringWrapper detectedDelimiter = new ReadOnlyStringWrapper(this, "detectedDelimiter", "");

    private boolean updating;

    /** Reads the preview of {@code file} with the suggested options (the ones remembered, or the defaults). */
    public ImportViewModel(Path file, LoadOptions suggested) {
        this.file = Objects.requireNonNull(file);
        this.suggested = suggested == null ? LoadOptions.defaults() : suggested;
        this.format = formatOf(file, this.suggested);
        updating = true;
        delimiter.set(this.suggested.delimiter());
        encoding.set(ENCODINGS.contains(this.suggested.encoding()) ? this.suggested.encoding() : StandardCharsets.UTF_8);
        timeFormat.set(Objects.requireNonNullElse(this.suggested.timeFormat(), ""));
        ZoneId z = this.suggested.zone();
        zone.set(z.equals(ZoneOffset.UTC) ? "" : z.getId());
        nullToken.set(Objects.requireNonNullElse(this.suggested.nullToken(), ""));
        orderByTime.set(this.suggested.orderByTime());
        updating = false;
        reread(this.suggested);
        delimiter.addListener((obs, old, now) -> reread(options()));
        encoding.addListener((obs, old, now) -> reread(options()));
        timeFormat.addListener((obs, old, now) -> recheck());
        zone.addListener((obs, old, now) -> recheck());
        nullToken.addListener((obs, old, now) -> recheck());
        orderByTime.addListener((obs, old, now) -> recheck());
    }

    // ---- properties ------------------------------------------------------------------------------

    public Path file() {
        return file;
    }

    /** Whether the file is JSON Lines or JSON (fields as columns; no CSV options). */
    public boolean json() {
        return format != Format.CSV;
    }

    /** The format the file is read as. */
    public Format format() {
        return format;
    }

    /** The roles a column can be given. */
    public List<ColumnRole> availableRoles() {
        return json() ? ColumnRole.JSON : ColumnRole.CSV;
    }

    /** The cell separator, or {@code null} to detect it. */
    public ObjectProperty<Character> delimiterProperty() {
        return delimiter;
    }

    public ObjectProperty<Charset> encodingProperty() {
        return encoding;
    }

    /** A {@code java.time} pattern for the time column; blank: the usual forms, detected. */
    public StringProperty timeFormatProperty() {
        return timeFormat;
    }

    /** The zone of times without an offset; blank: UTC. */
    public StringProperty zoneProperty() {
        return zone;
    }

    /** Cells equal to it count as empty; blank: only empty cells. */
    public StringProperty nullTokenProperty() {
        return nullToken;
    }

    public BooleanProperty orderByTimeProperty() {
        return orderByTime;
    }

    /** The header and first records as read with the current delimiter and encoding (null when unreadable). */
    public ReadOnlyObjectProperty<PreviewTable> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    /** The role of each column of the preview, in column order; change one with {@link #setRole}. */
    public ObservableList<ColumnRole> roles() {
        return rolesView;
    }

    /** What loading the preview records with the current choices gives. */
    public ReadOnlyObjectProperty<PreviewCheck> checkProperty() {
        return check.getReadOnlyProperty();
    }

    /** Why the file cannot be previewed (e.g. it is not text in the chosen encoding), or empty. */
    public ReadOnlyStringProperty previewErrorProperty() {
        return previewError.getReadOnlyProperty();
    }

    /** What is wrong with an option (zone, time format), or empty. */
    public ReadOnlyStringProperty optionsErrorProperty() {
        return optionsError.getReadOnlyProperty();
    }

    /** One line on the preview's rejections: none, how many with the first reason, or why the load fails. */
    public ReadOnlyStringProperty rejectedTextProperty() {
        return rejectedText.getReadOnlyProperty();
    }

    /** The command-line flags that load the file the same way. */
    public ReadOnlyStringProperty cliFlagsProperty() {
        return cliFlags.getReadOnlyProperty();
    }

    /** Whether the choices can be used: the file previews, the options are valid, and the load would not fail. */
    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    /** The delimiter detection found, as a label ("Semicolon"), for the "Detect" choice. */
    public ReadOnlyStringProperty detectedDelimiterProperty() {
        return detectedDelimiter.getReadOnlyProperty();
    }

    // ---- commands --------------------------------------------------------------------------------

    /** Gives {@code column} the role; a unique role leaves the column that had it, which becomes an attribute. */
    public void setRole(int column, ColumnRole role) {
        Objects.requireNonNull(role);
        if (roles.get(column) == role) {
            return;
        }
        updating = true;
        try {
            if (role.unique()) {
                for (int c = 0; c < roles.size(); c++) {
                    if (c != column && roles.get(c) == role) {
                        roles.set(c, ColumnRole.ATTRIBUTE);
                    }
                }
            }
            roles.set(column, role);
        } finally {
            updating = false;
        }
        recheck();
    }

    /** Puts every column back to the role detection gives it. */
    public void resetRoles() {
        PreviewTable p = preview.get();
        if (p == null) {
            return;
        }
        updating = true;
        roles.setAll(p.detected().stream().map(this::columnRole).toList());
        updating = false;
        recheck();
    }

    /** The options the choices stand for, when they are valid. */
    public Optional<LoadOptions> result() {
        return valid.get() ? Optional.of(options()) : Optional.empty();
    }

    // ---- the options ---------------------------------------------------------------------------

    /**
     * The load options of the current choices (a blank or invalid zone or time format is left out;
     * {@link #optionsErrorProperty()} says which).
     */
    public LoadOptions options() {
        PreviewTable p = preview.get();
        Map<String, String> mapping = new LinkedHashMap<>();
        if (json()) {
            if (p != null && roles.size() == p.columns().size()) {
                for (int c = 0; c < roles.size(); c++) {
                    if (roles.get(c).role() != null) {
                        mapping.put(roles.get(c).role().roleName(), p.columns().get(c));
                    }
                }
            }
            return base().withMapping(mapping);
        }
        Set<String> ignored = new LinkedHashSet<>();
        if (p != null && roles.size() == p.columns().size()) {
            for (int c = 0; c < roles.size(); c++) {
                ColumnRole r = roles.get(c);
                if (r.role() != null) {
                    mapping.put(r.role().roleName(), p.columns().get(c));
                } else if (r == ColumnRole.IGNORE) {
                    ignored.add(p.columns().get(c));
                }
            }
            // a role detection would still fill, though the user gave it to no column: no column
            LoadOptions explicit = base().withMapping(mapping).withIgnored(ignored);
            List<Role> wouldBe = CsvPreview.roles(p.columns(), explicit);
            for (Role role : wouldBe) {
                if (role != null && !mapping.containsKey(role.roleName())) {
                    mapping.put(role.roleName(), "");
                }
            }
        }
        return base().withMapping(mapping).withIgnored(ignored);
    }

    private LoadOptions base() {
        if (json()) {
            return new LoadOptions(format, Map.of(), zoneOrUtc(), false, orderByTime.get(), null, null,
                    validTimeFormat(), suggested.entry(), null, Set.of());
        }
        return new LoadOptions(Format.CSV, Map.of(), zoneOrUtc(), false, orderByTime.get(), encoding.get(),
                blankToNull(nullToken.get()), validTimeFormat(), suggested.entry(), delimiter.get(), Set.of());
    }

    private ZoneId zoneOrUtc() {
        String z = zone.get() == null ? "" : zone.get().strip();
        if (z.isEmpty()) {
            return ZoneOffset.UTC;
        }
        try {
            return ZoneId.of(z);
        } catch (DateTimeException e) {
            return ZoneOffset.UTC;
        }
    }

    private String validTimeFormat() {
        String f = blankToNull(timeFormat.get());
        if (f == null) {
            return null;
        }
        try {
            java.time.format.DateTimeFormatter.ofPattern(f);
            return f;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    // ---- updates ---------------------------------------------------------------------------------

    /** Reads the preview again (delimiter or encoding changed); keeps the roles of columns whose names stay. */
    private void reread(LoadOptions rolesFrom) {
        if (updating) {
            return;
        }
        if (json()) {
            rereadJson(rolesFrom);
            return;
        }
        PreviewTable p;
        Character found = null;
        try {
            CsvPreview csv = CsvPreview.read(file, base(), CsvPreview.RECORDS);
            p = PreviewTable.of(csv);
            found = csv.delimiter();
            previewError.set("");
        } catch (SourceException e) {
            p = null;
            previewError.set(e.getMessage());
        }
        List<ColumnRole> newRoles = new ArrayList<>();
        if (p != null) {
            List<Role> from;
            try {
                from = CsvPreview.roles(p.columns(), base().withMapping(rolesFrom.mapping()).withIgnored(rolesFrom.ignored()));
            } catch (IllegalArgumentException e) {
                from = p.detected();
            }
            for (int c = 0; c < p.columns().size(); c++) {
                newRoles.add(rolesFrom.ignored().contains(p.columns().get(c)) ? ColumnRole.IGNORE : ColumnRole.of(from.get(c)));
            }
            detectedDelimiter.set(delimiterName(found));
        }
        show(p, newRoles);
    }

    /** Shows a preview read again with its columns' roles, then checks the options on it. */
    private void show(PreviewTable p, List<ColumnRole> newRoles) {
        updating = true;
        preview.set(p);
        roles.setAll(newRoles);
        updating = false;
        recheck();
    }

    private void recheck() {
        if (updating) {
            return;
        }
        optionsError.set(optionsProblem());
        PreviewTable p = preview.get();
        LoadOptions o = options();
        if (p == null) {
            cliFlags.set(CliFlags.of(o));
            check.set(null);
            rejectedText.set("");
            valid.set(false);
            return;
        }
        PreviewCheck c;
        if (json()) {
            c = JsonPreview.check(file, o, JsonPreview.RECORDS);
            if (c.failure() == null) {
                showRolesUsed(p, c);
                o = options();
            }
        } else {
            c = CsvPreview.check(file, o, CsvPreview.RECORDS);
        }
        cliFlags.set(CliFlags.of(o));
        check.set(c);
        rejectedText.set(describe(c, format == Format.JSON ? "record" : "line"));
        valid.set(c.failure() == null && optionsError.get().isEmpty());
    }

    // ---- JSON ------------------------------------------------------------------------------------

    private void rereadJson(LoadOptions rolesFrom) {
        PreviewTable p;
        try {
            p = PreviewTable.of(JsonPreview.read(file, base(), JsonPreview.RECORDS));
            previewError.set("");
        } catch (SourceException e) {
            p = null;
            previewError.set(e.getMessage());
        }
        List<ColumnRole> newRoles = new ArrayList<>();
        if (p != null) {
            List<Role> from = new ArrayList<>(p.detected());
            for (Map.Entry<String, String> e : rolesFrom.mapping().entrySet()) {
                Role role = Role.byName(e.getKey());
                int c = e.getValue() == null ? -1 : p.columns().indexOf(e.getValue());
                if (role != null && c >= 0) {
                    from.replaceAll(r -> r == role ? null : r);
                    from.set(c, role);
                }
            }
            from.forEach(r -> newRoles.add(ColumnRole.ofJson(r)));
        }
        show(p, newRoles);
    }

    /** Shows the roles the loader used: a role given to no field is filled by detection, as in a load. */
    private void showRolesUsed(PreviewTable p, PreviewCheck c) {
        List<ColumnRole> used = new ArrayList<>(java.util.Collections.nCopies(p.columns().size(), ColumnRole.NOT_MAPPED));
        for (ColumnRole r : ColumnRole.JSON) {
            if (r.role() != null) {
                String field = c.mapping().get(r.role().roleName());
                int col = field == null ? -1 : p.columns().indexOf(field);
                if (col >= 0 && used.get(col) == ColumnRole.NOT_MAPPED) {
                    used.set(col, r);
                }
            }
        }
        if (!used.equals(roles)) {
            boolean was = updating;
            updating = true;
            roles.setAll(used);
            updating = was;
        }
    }

    private ColumnRole columnRole(Role role) {
        return json() ? ColumnRole.ofJson(role) : ColumnRole.of(role);
    }

    /** CSV unless the options or the file say JSON Lines or JSON (a file that cannot be told previews as CSV, to its error). */
    private static Format formatOf(Path file, LoadOptions o) {
        Format f = o.format();
        if (f == null || f == Format.XES) {
            try {
                f = EventLogLoader.formatOf(file, o.entry());
            } catch (SourceException e) {
                f = Format.CSV;
            }
        }
        return f == Format.JSONL || f == Format.JSON ? f : Format.CSV;
    }

    private String optionsProblem() {
        String z = zone.get() == null ? "" : zone.get().strip();
        if (!z.isEmpty()) {
            try {
                ZoneId.of(z);
            } catch (DateTimeException e) {
                return "Unknown time zone '" + z + "': expected a region such as Europe/Amsterdam or an offset such as +02:00";
            }
        }
        String f = blankToNull(timeFormat.get());
        if (f != null && validTimeFormat() == null) {
            return "Invalid time format '" + f + "': expected a java.time pattern such as dd/MM/yyyy HH:mm";
        }
        return "";
    }

    /** The line under the preview ({@code unit}: what the first rejection's number counts, line or record). */
    static String describe(PreviewCheck c, String unit) {
        if (c.failure() != null) {
            String msg = c.failure();
            int colon = msg.indexOf(": ");
            return "Cannot load: " + (colon >= 0 ? msg.substring(colon + 2) : msg);
        }
        if (c.rejected() == 0) {
            return "All " + c.records() + " preview records load";
        }
        return c.rejected() + " of " + c.records() + " preview records would be rejected — " + unit + " " + c.firstLine()
                + ": " + c.firstReason();
    }

    static String delimiterName(char d) {
        return switch (d) {
            case ',' -> "Comma";
            case ';' -> "Semicolon";
            case '\t' -> "Tab";
            case '|' -> "Pipe";
            default -> "'" + d + "'";
        };
    }
}
