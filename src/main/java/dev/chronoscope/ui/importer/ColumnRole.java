package dev.chronoscope.ui.importer;

import dev.chronoscope.source.Role;

/**
 * What a column is to the import: one of the envelope roles, or (CSV) an attribute of the data or
 * ignored, or (JSON) a field no role takes. {@link #CSV} and {@link #JSON} are the choices offered
 * for each kind of file.
 */
public enum ColumnRole {
    STREAM("Stream", Role.STREAM),
    STREAM_TYPE("Stream type", Role.STREAM_TYPE),
    TYPE("Type", Role.TYPE),
    TIME("Time", Role.TIME),
    VERSION("Version", Role.VERSION),
    ID("Id", Role.ID),
    ATTRIBUTE("Attribute", null),
    IGNORE("Ignore", null),
    /** JSON: the field that becomes the event's data. */
    DATA("Data", Role.DATA),
    /** JSON: the field that becomes the event's metadata. */
    METADATA("Metadata", Role.METADATA),
    /** JSON: a field no role takes (it stays in the record, not in the event). */
    NOT_MAPPED("No role", null);

    /** The roles a CSV column can have. */
    public static final java.util.List<ColumnRole> CSV =
            java.util.List.of(STREAM, STREAM_TYPE, TYPE, TIME, VERSION, ID, ATTRIBUTE, IGNORE);
    /** The roles a JSON field can have. */
    public static final java.util.List<ColumnRole> JSON =
            java.util.List.of(STREAM, STREAM_TYPE, TYPE, TIME, VERSION, ID, DATA, METADATA, NOT_MAPPED);

    private final String label;
    private final Role role;

    ColumnRole(String label, Role role) {
        this.label = label;
        this.role = role;
    }

    /** The envelope role, or {@code null} for {@link #ATTRIBUTE} and {@link #IGNORE}. */
    public Role role() {
        return role;
    }

    /** Whether at most one column can have it. */
    public boolean unique() {
        return role != null;
    }

    /** The CSV column role of an envelope role; data and metadata (never chosen for CSV) are attributes. */
    public static ColumnRole of(Role role) {
        if (role == null) {
            return ATTRIBUTE;
        }
        for (ColumnRole r : CSV) {
            if (r.role == role) {
                return r;
            }
        }
        return ATTRIBUTE;
    }

    /** The JSON field role of an envelope role ({@link #NOT_MAPPED} for none). */
    public static ColumnRole ofJson(Role role) {
        if (role == null) {
            return NOT_MAPPED;
        }
        for (ColumnRole r : JSON) {
            if (r.role == role) {
                return r;
            }
        }
        return NOT_MAPPED;
    }

    @Override
    public String toString() {
        return label;
    }
}
