package dev.chronoscope.ui.inspector;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.chronoscope.diff.StateDiff;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Pretty-prints JSON one line per list element, each line tagged with the JSON pointer of the value
 * it belongs to, so that a diff can colour the lines of a changed value. Containers take two lines
 * (opening and closing, both tagged with the container's pointer) unless empty; a line's text has no
 * indentation, {@link Line#indent()} gives the level.
 */
public final class JsonLines {

    /**
     * One printed line.
     *
     * @param indent nesting level, 0 for the root
     * @param text the line without indentation, e.g. {@code "balance": 1683,}
     * @param pointer the RFC 6901 pointer of the value the line belongs to ({@code ""} for the root)
     */
    public record Line(int indent, String text, String pointer) {}

    private JsonLines() {}

    /** The lines of {@code node}; none for {@code null} (no state). */
    public static List<Line> of(JsonNode node) {
        List<Line> out = new ArrayList<>();
        if (node != null) {
            print(out, "", node, "", 0, "");
        }
        return out;
    }

    private static void print(List<Line> out, String prefix, JsonNode v, String pointer, int indent, String comma) {
        if (v.isObject() || v.isArray()) {
            boolean object = v.isObject();
            String open = object ? "{" : "[";
            String close = object ? "}" : "]";
            if (v.isEmpty()) {
                out.add(new Line(indent, prefix + open + close + comma, pointer));
                return;
            }
            out.add(new Line(indent, prefix + open, pointer));
            if (object) {
                Iterator<Map.Entry<String, JsonNode>> fields = v.properties().iterator();
                while (fields.hasNext()) {
                    Map.Entry<String, JsonNode> f = fields.next();
                    print(out, TextNode.valueOf(f.getKey()) + ": ", f.getValue(),
                            pointer + "/" + StateDiff.escape(f.getKey()), indent + 1, fields.hasNext() ? "," : "");
                }
            } else {
                for (int i = 0; i < v.size(); i++) {
                    print(out, "", v.get(i), pointer + "/" + i, indent + 1, i < v.size() - 1 ? "," : "");
                }
            }
            out.add(new Line(indent, close + comma, pointer));
        } else {
            out.add(new Line(indent, prefix + v + comma, pointer));
        }
    }
}
