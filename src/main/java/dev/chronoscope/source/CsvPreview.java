package dev.chronoscope.source;

import dev.chronoscope.event.EventLog;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The first records of a CSV file as the import dialog shows them, and what loading them with
 * given options would do. Both go through {@link CsvReader}, the reader a real load uses: the same
 * delimiter detection, quoting, column roles, typing and rejection rules, stopped after a few rows.
 *
 * @param delimiter the cell separator used (the options' one, else the detected one)
 * @param columns the header, made unique and non-empty as the reader does
 * @param rows up to the requested number of records, each its cells as written (shorter or longer
 *     than the header when the file is)
 * @param detected per column, the role detection gives it without any mapping, or {@code null}
 *     for a data column
 */
public record CsvPreview(char delimiter, List<String> columns, List<List<String>> rows, List<Role> detected) {

    /** The number of records the import dialog previews. */
    public static final int RECORDS = 200;

    public CsvPreview {
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
        detected = Collections.unmodifiableList(new ArrayList<>(detected));
    }

    /**
     * Reads the header and the first {@code maxRecords} records of {@code file} with the options'
     * encoding, delimiter (or the detected one) and zip entry; the mapping is not applied.
     *
     * @throws SourceException naming the file when it cannot be read or has no header row
     */
    public static CsvPreview read(Path file, LoadOptions options, int maxRecords) throws SourceException {
        Objects.requireNonNull(file, "file");
        LoadOptions o = options == null ? LoadOptions.defaults() : options;
        try {
            return withSource(file, o, src -> {
                CsvReader.Sample sample = new CsvReader(src, o, LoadListener.NONE).sample(maxRecords);
                List<Role> detected = roles(sample.columns(), o.withMapping(java.util.Map.of()).withIgnored(null));
                return new CsvPreview(sample.delimiter(), sample.columns(), sample.rows(), detected);
            });
        } catch (LoadCancelledException e) {
            throw new IllegalStateException("a preview is never cancelled", e);
        }
    }

    /**
     * Per column, the role a load with {@code options} gives it (mapping, ignored columns and
     * detection together), or {@code null} for a data or ignored column.
     *
     * @throws IllegalArgumentException when the mapping names a column that is not among {@code columns}
     */
    public static List<Role> roles(List<String> columns, LoadOptions options) {
        int[] roleCol;
        try {
            roleCol = CsvReader.roleColumns(columns, options, "preview");
        } catch (SourceException e) {
            throw new IllegalArgumentException(e.getMessage().substring("preview: ".length()), e);
        }
        List<Role> roles = new ArrayList<>(Collections.nCopies(columns.size(), (Role) null));
        for (Role role : Role.ALL) {
            int c = roleCol[role.ordinal()];
            if (c >= 0) {
                roles.set(c, role);
            }
        }
        return roles;
    }

    /**
     * What loading the first {@code maxRecords} records of {@code file} with {@code options} gives.
     * Never throws for a problem of the options or the data: a load that would fail (no type
     * column, a mapped column the header lacks, an invalid pattern) is a check whose
     * {@link PreviewCheck#failure()} says why.
     */
    public static PreviewCheck check(Path file, LoadOptions options, int maxRecords) {
        Objects.requireNonNull(file, "file");
        LoadOptions o = (options == null ? LoadOptions.defaults() : options).withStrict(false).withOrderByTime(false);
        try {
            EventLog log = withSource(file, o, src -> new CsvReader(src, o, LoadListener.NONE).limit(maxRecords).read());
            return PreviewCheck.of(log);
        } catch (SourceException | LoadCancelledException | RuntimeException e) {
            return PreviewCheck.failed(e.getMessage());
        }
    }

    private interface SourceWork<T> {
        T run(SourceFile src) throws IOException, SourceException, LoadCancelledException;
    }

    private static <T> T withSource(Path file, LoadOptions o, SourceWork<T> work)
            throws SourceException, LoadCancelledException {
        String name = file.toString();
        try (SourceFile src = SourceFile.of(file, o.entry())) {
            name = src.name;
            return work.run(src);
        } catch (java.nio.file.NoSuchFileException | java.io.FileNotFoundException e) {
            throw new SourceException(name + ": file not found", e);
        } catch (java.nio.charset.CharacterCodingException | java.io.CharConversionException e) {
            throw new SourceException(name + ": cannot decode the text: " + e.getMessage()
                    + "; expected " + o.encoding().displayName() + " (choose another encoding)", e);
        } catch (IOException e) {
            throw new SourceException(name + ": cannot read the file: " + e.getMessage(), e);
        }
    }
}
