package dev.chronoscope.ui.streams;

/** How the streams list is sorted. */
public enum StreamOrder {
    /** By name in {@link NaturalOrder}: {@code account-2} before {@code account-10}. */
    NAME("Name"),
    /** Most events first; equal counts by name. */
    EVENTS("Events"),
    /** In the order the streams first appear in the log. */
    FIRST_APPEARANCE("First appearance");

    private final String label;

    StreamOrder(String label) {
        this.label = label;
    }

    /** The label shown in the sort selector. */
    public String label() {
        return label;
    }
}
