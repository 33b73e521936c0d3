package dev.chronoscope.ui.inspector;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Lines up the printed lines of two JSON documents for a side-by-side diff: unchanged lines share a
 * row, a run of removed lines on the left shares rows with the run of added lines on the right, and
 * the shorter run is padded with filler rows so both sides scroll together.
 */
public final class SideBySide {

    /** What a line on one side is. */
    public enum Mark { SAME, REMOVED, ADDED, FILLER, GAP }

    /**
     * One side of a row.
     *
     * @param number the 1-based line number in its document, 0 for a filler or gap
     * @param indent the nesting level
     * @param text the line without indentation ({@code "⋯ 12 unchanged lines"} for a gap)
     * @param pointer the JSON pointer of the value the line belongs to, {@code null} for a filler or gap
     * @param mark what the line is
     */
    public record DiffLine(int number, int indent, String text, String pointer, Mark mark) {
        static final DiffLine FILLER = new DiffLine(0, 0, "", null, Mark.FILLER);
    }

    /** One row: the line on the left (before) and on the right (after). */
    public record DiffRow(DiffLine left, DiffLine right) {
        /** Whether either side is removed or added. */
        public boolean changed() {
            return left.mark() == Mark.REMOVED || right.mark() == Mark.ADDED;
        }
    }

    private SideBySide() {}

    /**
     * Rows for {@code left} and {@code right}; a line is changed when its pointer or one of its
     * parents' is in {@code removed} (left) or {@code added} (right).
     */
    public static List<DiffRow> align(List<JsonLines.Line> left, Set<String> removed,
                                      List<JsonLines.Line> right, Set<String> added) {
        boolean[] lm = marks(left, removed);
        boolean[] rm = marks(right, added);
        List<DiffRow> rows = new ArrayList<>(Math.max(left.size(), right.size()));
        int i = 0;
        int j = 0;
        while (i < left.size() || j < right.size()) {
            boolean bothLeft = i < left.size() && j < right.size();
            if (bothLeft && !lm[i] && !rm[j]) {
                rows.add(new DiffRow(line(left, i, Mark.SAME), line(right, j, Mark.SAME)));
                i++;
                j++;
                continue;
            }
            int i2 = i;
            while (i2 < left.size() && lm[i2]) {
                i2++;
            }
            int j2 = j;
            while (j2 < right.size() && rm[j2]) {
                j2++;
            }
            if (i2 == i && j2 == j) { // one side ran out of lines: the rest of the other is unpaired
                if (i < left.size()) {
                    i2 = i + 1;
                } else {
                    j2 = j + 1;
                }
            }
            int n = Math.max(i2 - i, j2 - j);
            for (int k = 0; k < n; k++) {
                DiffLine l = i + k < i2 ? line(left, i + k, lm[i + k] ? Mark.REMOVED : Mark.SAME) : DiffLine.FILLER;
                DiffLine r = j + k < j2 ? line(right, j + k, rm[j + k] ? Mark.ADDED : Mark.SAME) : DiffLine.FILLER;
                rows.add(new DiffRow(l, r));
            }
            i = i2;
            j = j2;
        }
        return rows;
    }

    /** {@code rows} with unchanged rows farther than {@code context} rows from a change replaced by one gap row per run. */
    public static List<DiffRow> changedOnly(List<DiffRow> rows, int context) {
        boolean[] keep = new boolean[rows.size()];
        for (int r = 0; r < rows.size(); r++) {
            if (rows.get(r).changed()) {
                for (int k = Math.max(0, r - context); k <= Math.min(rows.size() - 1, r + context); k++) {
                    keep[k] = true;
                }
            }
        }
        List<DiffRow> out = new ArrayList<>();
        int hidden = 0;
        for (int r = 0; r <= rows.size(); r++) {
            if (r < rows.size() && !keep[r]) {
                hidden++;
                continue;
            }
            if (hidden > 0) {
                String text = "⋯ " + hidden + (hidden == 1 ? " unchanged line" : " unchanged lines");
                DiffLine gap = new DiffLine(0, 0, text, null, Mark.GAP);
                out.add(new DiffRow(gap, gap));
                hidden = 0;
            }
            if (r < rows.size()) {
                out.add(rows.get(r));
            }
        }
        return out;
    }

    /** The length in characters of the longest line of either side, two per level of indentation. */
    public static int widest(List<DiffRow> rows) {
        int max = 0;
        for (DiffRow r : rows) {
            max = Math.max(max, Math.max(width(r.left()), width(r.right())));
        }
        return max;
    }

    private static int width(DiffLine line) {
        return line.mark() == Mark.GAP ? line.text().length() : 2 * line.indent() + line.text().length();
    }

    /** Whether {@code pointer} is one of {@code pointers} or inside one of them. */
    static boolean within(String pointer, Set<String> pointers) {
        if (pointers.isEmpty()) {
            return false;
        }
        String p = pointer;
        while (true) {
            if (pointers.contains(p)) {
                return true;
            }
            int slash = p.lastIndexOf('/');
            if (slash < 0) {
                return false;
            }
            p = p.substring(0, slash);
        }
    }

    private static boolean[] marks(List<JsonLines.Line> lines, Set<String> pointers) {
        boolean[] m = new boolean[lines.size()];
        for (int i = 0; i < m.length; i++) {
            m[i] = within(lines.get(i).pointer(), pointers);
        }
        return m;
    }

    private static DiffLine line(List<JsonLines.Line> lines, int i, Mark mark) {
        JsonLines.Line l = lines.get(i);
        return new DiffLine(i + 1, l.indent(), l.text(), l.pointer(), mark);
    }
}
