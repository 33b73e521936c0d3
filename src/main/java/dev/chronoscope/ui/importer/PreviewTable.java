package dev.chronoscope.ui.importer;

import dev.chronoscope.source.CsvPreview;
import dev.chronoscope.source.JsonPreview;
import dev.chronoscope.source.Role;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The records the import dialog shows, whatever the format: the columns (CSV header, or JSON
 * fields as {@code --map} names them), the rows' cell texts, and the role detection gives each column.
 *
 * @param columns the column names
 * @param rows the first records, each its cells as text
 * @param detected per column, the role detection gives it, or {@code null}
 */
public record PreviewTable(List<String> columns, List<List<String>> rows, List<Role> detected) {

    public PreviewTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        detected = Collections.unmodifiableList(new ArrayList<>(detected));
    }

    static PreviewTable of(CsvPreview p) {
        return new PreviewTable(p.columns(), p.rows(), p.detected());
    }

    static PreviewTable of(JsonPreview p) {
        return new PreviewTable(p.columns(), p.rows(), p.detected());
    }
}
