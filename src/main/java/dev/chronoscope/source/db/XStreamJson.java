package dev.chronoscope.source.db;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Turns the XML that XStream writes (Axon Framework's default serializer) into JSON:
 * <ul>
 *   <li>the root element is the payload's class: its content becomes the value (an empty root: {@code {}});</li>
 *   <li>element names become keys, with XStream's escapes undone ({@code _-} → {@code $}, {@code __} → {@code _});</li>
 *   <li>elements repeated under one parent become an array, in document order;</li>
 *   <li>text that is a JSON number (no leading zeros) or {@code true}/{@code false} is typed, other text
 *       stays a string; {@code <null/>} is JSON null;</li>
 *   <li>an element whose children are all {@code <entry>} pairs (how XStream writes a map, and Axon's
 *       {@code <meta-data>}) becomes an object keyed by the first child's text;</li>
 *   <li>attributes ({@code class}, {@code reference}, {@code resolves-to}) are XStream bookkeeping and are dropped.</li>
 * </ul>
 */
final class XStreamJson {

    private static final Pattern NUMBER = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");
    private static final XMLInputFactory XML = XMLInputFactory.newFactory();
    private static final JsonFactory JSON = new JsonFactory();

    static {
        XML.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        XML.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        XML.setProperty(XMLInputFactory.IS_COALESCING, true);
    }

    private XStreamJson() {}

    /** An element: its children in order, or its text when it has none. */
    private static final class Node {
        final String name;
        final List<Node> children = new ArrayList<>(4);
        final StringBuilder text = new StringBuilder();

        Node(String name) {
            this.name = name;
        }
    }

    /**
     * Converts one XML document to UTF-8 JSON.
     *
     * @throws IOException when the bytes are not well-formed XML (the message says where)
     */
    static byte[] convert(byte[] xml, int off, int len) throws IOException {
        Node root = parse(xml, off, len);
        ByteArrayOutputStream out = new ByteArrayOutputStream(len);
        try (JsonGenerator g = JSON.createGenerator(out)) {
            if (root.children.isEmpty() && root.text.toString().isBlank() && !root.name.equals("null")) {
                g.writeStartObject();
                g.writeEndObject();
            } else {
                write(g, root);
            }
        }
        return out.toByteArray();
    }

    private static Node parse(byte[] xml, int off, int len) throws IOException {
        try {
            XMLStreamReader r = XML.createXMLStreamReader(new ByteArrayInputStream(xml, off, len));
            List<Node> stack = new ArrayList<>();
            Node root = null;
            while (r.hasNext()) {
                int ev = r.next();
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    Node n = new Node(unescape(r.getLocalName()));
                    if (stack.isEmpty()) {
                        if (root != null) {
                            throw new IOException("more than one root element");
                        }
                        root = n;
                    } else {
                        stack.get(stack.size() - 1).children.add(n);
                    }
                    stack.add(n);
                } else if (ev == XMLStreamConstants.END_ELEMENT) {
                    stack.remove(stack.size() - 1);
                } else if (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA) {
                    if (!stack.isEmpty()) {
                        stack.get(stack.size() - 1).text.append(r.getText());
                    }
                }
            }
            r.close();
            if (root == null) {
                throw new IOException("no root element");
            }
            return root;
        } catch (XMLStreamException e) {
            String where = e.getLocation() == null ? ""
                    : " at line " + e.getLocation().getLineNumber() + ", column " + e.getLocation().getColumnNumber();
            String msg = e.getMessage() == null ? "" : e.getMessage().replaceAll("(?s)^ParseError at \\[[^]]*]\\s*Message:\\s*", "");
            throw new IOException(Connections.firstLine(msg) + where, e);
        }
    }

    /** Undoes XStream's name escaping: {@code _-} is {@code $}, {@code __} is {@code _}. */
    static String unescape(String name) {
        if (name.indexOf('_') < 0) {
            return name;
        }
        StringBuilder sb = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '_' && i + 1 < name.length() && (name.charAt(i + 1) == '-' || name.charAt(i + 1) == '_')) {
                sb.append(name.charAt(i + 1) == '-' ? '$' : '_');
                i++;
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static void write(JsonGenerator g, Node n) throws IOException {
        if (n.children.isEmpty()) {
            if (n.name.equals("null") && n.text.length() == 0) {
                g.writeNull();
            } else {
                writeText(g, n.text.toString());
            }
            return;
        }
        if (isMap(n)) {
            g.writeStartObject();
            for (Node entry : n.children) {
                g.writeFieldName(entry.children.get(0).text.toString());
                write(g, entry.children.get(1));
            }
            g.writeEndObject();
            return;
        }
        Map<String, List<Node>> groups = new LinkedHashMap<>();
        for (Node c : n.children) {
            groups.computeIfAbsent(c.name, k -> new ArrayList<>(1)).add(c);
        }
        g.writeStartObject();
        for (Map.Entry<String, List<Node>> e : groups.entrySet()) {
            g.writeFieldName(e.getKey());
            List<Node> same = e.getValue();
            if (same.size() == 1) {
                write(g, same.get(0));
            } else {
                g.writeStartArray();
                for (Node c : same) {
                    write(g, c);
                }
                g.writeEndArray();
            }
        }
        g.writeEndObject();
    }

    private static boolean isMap(Node n) {
        for (Node c : n.children) {
            if (!c.name.equals("entry") || c.children.size() != 2 || !c.children.get(0).children.isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private static void writeText(JsonGenerator g, String text) throws IOException {
        if (text.equals("true") || text.equals("false")) {
            g.writeBoolean(text.equals("true"));
        } else if (!text.isEmpty() && text.length() < 40 && NUMBER.matcher(text).matches()) {
            g.writeNumber(text);
        } else {
            g.writeString(text);
        }
    }
}
