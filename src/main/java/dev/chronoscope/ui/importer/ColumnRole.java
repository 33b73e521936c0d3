package dev.chronoscope.ui.importer;

import dev.chronoscope.source.Role;

/** What a CSV column is to the import: one of the envelope roles, an attribute of the data, or ignored. */
public enum ColumnRole {
    STREAM("Stream", Role.STREAM),
    STREAM_TYPE("Stream type", Role.STREAM_TYPE),
    TYPE("Type", Role.TYPE),
    TIME("Time", Role.TIME),
    VERSION("Version", Role.VERSION),
    ID("Id", Role.ID),
    ATTRIBUTE("Attribute", null),
    IGNORE("Ignore", null);

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

    /** The column role of an envelope role; data and metadata (never chosen here) are attributes. */
    public static ColumnRole of(Role role) {
        if (role == null) {
            return ATTRIBUTE;
        }
        for (ColumnRole r : values()) {
            if (r.role == role) {
                return r;
            }
        }
        return ATTRIBUTE;
    }

    @Override
    public String toString() {
        return label;
    }
}
