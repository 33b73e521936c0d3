package dev.chronoscope.source;

import dev.chronoscope.event.EventLog;
import dev.chronoscope.event.Rejection;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads an XES log (IEEE 1849) with StAX, one event at a time: no document tree is built. Element
 * names are matched by local name, so the plain and the {@code http://www.xes-standard.org/}
 * namespaced dialects read alike.
 *
 * <p>Trace {@code concept:name} is the stream, event {@code concept:name} the type,
 * {@code time:timestamp} the time, {@code identity:id} the id (each can be overridden with
 * {@code --map ROLE=KEY}, where KEY is an event attribute, or for the stream a trace attribute).
 * The other attributes form the data, typed (int and float → number, boolean → boolean, date →
 * the ISO string as written, string and id → string, list → array, container → object; an
 * attribute with nested meta-attributes → {@code {"value": v, meta…}}). Trace attributes are merged
 * into the data of the trace's first event, event attributes winning. Log-level attributes,
 * globals, extensions and classifiers describe the log, not events, and are skipped.
 *
 * <p>Each {@code <event>} is a record numbered with the line it starts on. Events take positions in
 * time order, stably (trace order, then event order), since XES has no global order.
 */
final class XesReader {

    private static final byte STRING = 0;
    private static final byte DATE = 1;
    private static final byte INT = 2;
    private static final byte FLOAT = 3;
    private static final byte BOOLEAN = 4;
    private static final byte LIST = 5;
    private static final byte CONTAINER = 6;

    private static final XMLInputFactory FACTORY = factory();

    private static XMLInputFactory factory() {
        // Aalto, a StAX implementation that needs about a quarter less CPU than the JDK's on BPIC 2012
        XMLInputFactory f = new com.fasterxml.aalto.stax.InputFactoryImpl();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, false);
        return f;
    }

    /** One attribute as read; reused between events (children only for nested ones). */
    private static final class Attr {
        String key;
        byte kind;
        String value;
        List<Attr> children;
    }

    private final SourceFile src;
    private final LoadOptions options;
    private final LoadListener listener;
    private final String name;
    private final EventLog.Builder builder;
    private final SourceFile.Counting counter = new SourceFile.Counting();
    private final JsonBytes data = new JsonBytes();
    private final long[] scratch = new long[2];
    private final char[] timeChars = new char[64];

    private final String streamKey;
    private final boolean streamOverridden;
    private final String typeKey;
    private final String timeKey;
    private final String idKey;
    private final String versionKey;
    private final String streamTypeKey;

    private final List<Attr> eventAttrs = new ArrayList<>();
    private int eventCount;
    private final List<Attr> traceAttrs = new ArrayList<>();
    private int traceCount;
    private final Set<String> seenKeys = new HashSet<>();
    private String traceStream;
    private int traceStreamNumber = -1;
    private boolean firstEventOfTrace;
    private long lastTypeNumber = -1;
    private String lastType;
    private final boolean[] used = new boolean[Role.ALL.size()];

    XesReader(SourceFile src, LoadOptions options, LoadListener listener) throws SourceException {
        this.src = src;
        this.options = options;
        this.listener = listener;
        this.name = src.name;
        this.builder = EventLog.builder(name);
        var m = options.mapping();
        for (String role : List.of("data", "metadata")) {
            if (m.containsKey(role)) {
                throw new SourceException(name + ": --map " + role + " does not apply to XES: an event's data is its "
                        + "attributes; expected a mapping of id, stream, type, streamType, version or time");
            }
        }
        this.streamOverridden = m.containsKey("stream");
        this.streamKey = m.getOrDefault("stream", "concept:name");
        this.typeKey = m.getOrDefault("type", "concept:name");
        this.timeKey = m.getOrDefault("time", "time:timestamp");
        this.idKey = m.getOrDefault("id", "identity:id");
        this.versionKey = m.get("version");
        this.streamTypeKey = m.get("streamType");
    }

    EventLog read() throws IOException, SourceException, LoadCancelledException {
        try (InputStream in = src.open(counter)) {
            XMLStreamReader r;
            try {
                r = FACTORY.createXMLStreamReader(in);
            } catch (XMLStreamException e) {
                throw new SourceException(name + ": cannot read the XML: " + message(e));
            }
            try {
                readDocument(r);
            } finally {
                try {
                    r.close();
                } catch (XMLStreamException e) {
                    // closing a reader over a stream that is closed next: nothing to do
                }
            }
        }
        listener.progress(builder.records(), counter.count, src.size);
        recordMapping();
        return builder.buildOrderedByTime();
    }

    private void readDocument(XMLStreamReader r) throws SourceException, LoadCancelledException {
        long line = 1;
        try {
            while (r.hasNext() && r.next() != XMLStreamConstants.START_ELEMENT) {
                // prolog: declaration, comments
            }
            if (!r.isStartElement() || !r.getLocalName().equals("log")) {
                throw new SourceException(name + ": expected an XES document with a <log> root element, got "
                        + (r.isStartElement() ? "<" + r.getLocalName() + ">" : "no element"));
            }
        } catch (XMLStreamException e) {
            throw new SourceException(name + ": invalid XML" + at(e) + ": " + message(e) + "; expected an XES document");
        }
        try {
            while (r.hasNext()) {
                int ev = r.next();
                if (ev == XMLStreamConstants.END_ELEMENT) {
                    break; // </log>
                }
                if (ev != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                String tag = r.getLocalName();
                if (tag.equals("trace")) {
                    line = r.getLocation().getLineNumber();
                    readTrace(r);
                } else if (tag.equals("event")) {
                    startTrace();
                    line = r.getLocation().getLineNumber();
                    readEvent(r, line);
                } else {
                    skip(r);
                }
            }
        } catch (XMLStreamException e) {
            long at = e.getLocation() != null && e.getLocation().getLineNumber() > 0 ? e.getLocation().getLineNumber() : line;
            reject(at, "invalid XML: " + message(e) + "; expected well-formed XES (events after this point could not "
                    + "be read)", "");
        }
    }

    private void startTrace() {
        traceCount = 0;
        traceStream = null;
        traceStreamNumber = -1;
        firstEventOfTrace = true;
    }

    private void readTrace(XMLStreamReader r) throws XMLStreamException, SourceException, LoadCancelledException {
        startTrace();
        while (true) {
            int ev = r.next();
            if (ev == XMLStreamConstants.END_ELEMENT) {
                return;
            }
            if (ev != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            String tag = r.getLocalName();
            if (tag.equals("event")) {
                readEvent(r, r.getLocation().getLineNumber());
            } else if (kindOf(tag) >= 0) {
                Attr a = attr(r, tag, traceAttrs, traceCount++);
                if (traceStream == null && a.key.equals(streamKey) && !streamOverridden) {
                    traceStream = scalarText(a);
                }
            } else {
                skip(r);
            }
        }
    }

    private void readEvent(XMLStreamReader r, long line) throws XMLStreamException, SourceException, LoadCancelledException {
        eventCount = 0;
        while (true) {
            int ev = r.next();
            if (ev == XMLStreamConstants.END_ELEMENT) {
                break;
            }
            if (ev != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            String tag = r.getLocalName();
            if (kindOf(tag) >= 0) {
                attr(r, tag, eventAttrs, eventCount++);
            } else {
                skip(r);
            }
        }
        event(line);
        if ((builder.records() & 4095) == 0) {
            if (listener.cancelled()) {
                throw new LoadCancelledException();
            }
            listener.progress(builder.records(), counter.count, src.size);
        }
    }

    // ---- one event ---------------------------------------------------------------------------

    private void event(long line) throws SourceException {
        Attr typeAttr = find(typeKey);
        String type = typeAttr == null ? null : scalarText(typeAttr);
        if (type == null || type.isEmpty()) {
            reject(line, "missing type: expected an event attribute " + typeKey, excerpt());
            return;
        }
        String stream;
        Attr streamAttr = null;
        if (streamOverridden) {
            streamAttr = find(streamKey);
            stream = streamAttr != null ? scalarText(streamAttr) : traceValue(streamKey);
        } else {
            stream = traceStream;
        }
        if (stream == null || stream.isEmpty()) {
            reject(line, "missing stream: expected " + (streamOverridden ? "an event or trace attribute " + streamKey
                    : "a trace attribute " + streamKey), excerpt());
            return;
        }
        long time = EventLog.NO_TIME;
        Attr timeAttr = find(timeKey);
        if (timeAttr != null && timeAttr.value != null && !timeAttr.value.isEmpty()) {
            try {
                time = micros(timeAttr.value);
            } catch (IllegalArgumentException e) {
                reject(line, "time: " + e.getMessage(), excerpt());
                return;
            } catch (ArithmeticException | java.time.DateTimeException e) {
                reject(line, "time: '" + timeAttr.value + "' is out of range", excerpt());
                return;
            }
        }
        long version = EventLog.NO_VERSION;
        Attr versionAttr = versionKey == null ? null : find(versionKey);
        if (versionAttr != null) {
            try {
                version = Long.parseLong(String.valueOf(versionAttr.value).strip());
            } catch (NumberFormatException e) {
                reject(line, "version: expected an integer, got '" + versionAttr.value + "'", excerpt());
                return;
            }
        }
        Attr idAttr = find(idKey);
        Attr streamTypeAttr = streamTypeKey == null ? null : find(streamTypeKey);
        String streamType = streamTypeAttr == null ? null : scalarText(streamTypeAttr);

        used[Role.TYPE.ordinal()] = true;
        used[Role.STREAM.ordinal()] = true;
        used[Role.TIME.ordinal()] |= timeAttr != null;
        used[Role.ID.ordinal()] |= idAttr != null;
        used[Role.VERSION.ordinal()] |= versionAttr != null;
        used[Role.STREAM_TYPE.ordinal()] |= streamType != null;

        writeData(typeAttr, streamAttr, timeAttr, idAttr, versionAttr, streamTypeAttr);

        int streamNumber;
        if (streamOverridden) {
            streamNumber = builder.internStream(stream);
        } else {
            if (traceStreamNumber < 0) {
                traceStreamNumber = builder.internStream(stream);
            }
            streamNumber = traceStreamNumber;
        }
        if (!type.equals(lastType)) {
            lastType = type;
            lastTypeNumber = builder.internType(type);
        }
        String id = idAttr == null ? null : scalarText(idAttr);
        byte[] idBytes = id == null ? null : id.getBytes(StandardCharsets.UTF_8);
        builder.addInterned(idBytes, 0, idBytes == null ? 0 : idBytes.length, streamNumber,
                streamType == null ? EventLog.NO_STREAM_TYPE : builder.internStreamType(streamType), (int) lastTypeNumber,
                version, time, data.buf, 0, data.len, null, 0, 0);
        firstEventOfTrace = false; // the trace's attributes went into this event's data
    }

    private void writeData(Attr... roleAttrs) {
        JsonBytes d = data;
        d.reset();
        d.raw((byte) '{');
        boolean first = true;
        boolean merge = firstEventOfTrace && traceCount > 0;
        if (merge) {
            seenKeys.clear();
        }
        for (int i = 0; i < eventCount; i++) {
            Attr a = eventAttrs.get(i);
            if (isOneOf(a, roleAttrs)) {
                if (merge) {
                    seenKeys.add(a.key);
                }
                continue;
            }
            if (!first) {
                d.raw((byte) ',');
            }
            first = false;
            d.string(a.key);
            d.raw((byte) ':');
            value(a);
            if (merge) {
                seenKeys.add(a.key);
            }
        }
        if (merge) {
            for (int i = 0; i < traceCount; i++) {
                Attr a = traceAttrs.get(i);
                if (a.key.equals(streamKey) || !seenKeys.add(a.key)) {
                    continue; // the stream itself, or overridden by the event
                }
                if (!first) {
                    d.raw((byte) ',');
                }
                first = false;
                d.string(a.key);
                d.raw((byte) ':');
                value(a);
            }
        }
        d.raw((byte) '}');
    }

    private static boolean isOneOf(Attr a, Attr[] attrs) {
        for (Attr x : attrs) {
            if (x == a) {
                return true;
            }
        }
        return false;
    }

    /** Writes an attribute's value as JSON. */
    private void value(Attr a) {
        JsonBytes d = data;
        boolean nested = a.children != null && !a.children.isEmpty();
        if (a.kind == LIST) {
            d.raw((byte) '[');
            if (a.children != null) {
                for (int i = 0; i < a.children.size(); i++) {
                    if (i > 0) {
                        d.raw((byte) ',');
                    }
                    value(a.children.get(i));
                }
            }
            d.raw((byte) ']');
            return;
        }
        if (a.kind == CONTAINER || nested) {
            d.raw((byte) '{');
            boolean first = true;
            if (a.kind != CONTAINER) {
                d.ascii("\"value\":");
                scalar(a);
                first = false;
            }
            if (a.children != null) {
                for (Attr c : a.children) {
                    if (!first) {
                        d.raw((byte) ',');
                    }
                    first = false;
                    d.string(c.key == null ? "" : c.key);
                    d.raw((byte) ':');
                    value(c);
                }
            }
            d.raw((byte) '}');
            return;
        }
        scalar(a);
    }

    private void scalar(Attr a) {
        JsonBytes d = data;
        String v = a.value;
        if (v == null) {
            d.ascii("null");
            return;
        }
        switch (a.kind) {
            case INT -> {
                if (JsonBytes.isJsonNumber(v) && v.indexOf('.') < 0 && v.indexOf('e') < 0 && v.indexOf('E') < 0) {
                    d.ascii(v);
                } else {
                    writeNumberOrString(v, true);
                }
            }
            case FLOAT -> {
                if (JsonBytes.isJsonNumber(v)) {
                    d.ascii(v);
                } else {
                    writeNumberOrString(v, false);
                }
            }
            case BOOLEAN -> {
                if (v.equalsIgnoreCase("true") || v.equalsIgnoreCase("false")) {
                    d.ascii(v.equalsIgnoreCase("true") ? "true" : "false");
                } else {
                    d.string(v);
                }
            }
            default -> d.string(v);
        }
    }

    /** A number written loosely ({@code +5}, {@code .5}, {@code 1.} ) normalised, else the text as a string. */
    private void writeNumberOrString(String v, boolean integer) {
        String t = v.strip();
        try {
            if (integer) {
                data.ascii(Long.toString(Long.parseLong(t.startsWith("+") ? t.substring(1) : t)));
                return;
            }
            double x = Double.parseDouble(t);
            if (!Double.isNaN(x) && !Double.isInfinite(x)) {
                data.ascii(Double.toString(x));
                return;
            }
        } catch (NumberFormatException e) {
            // not a number after all: kept as text below
        }
        data.string(v);
    }

    private long micros(String text) {
        int len = text.length();
        if (len <= timeChars.length) {
            text.getChars(0, len, timeChars, 0);
            long m = Timestamps.fastMicros(timeChars, 0, len, options.zone(), scratch);
            if (m != Long.MIN_VALUE) {
                return m;
            }
        }
        return Timestamps.parseMicros(text, options.zone(), scratch);
    }

    private Attr find(String key) {
        for (int i = 0; i < eventCount; i++) {
            Attr a = eventAttrs.get(i);
            if (a.key.equals(key)) {
                return a;
            }
        }
        return null;
    }

    private String traceValue(String key) {
        for (int i = 0; i < traceCount; i++) {
            Attr a = traceAttrs.get(i);
            if (a.key.equals(key)) {
                return scalarText(a);
            }
        }
        return null;
    }

    private static String scalarText(Attr a) {
        return a.kind == LIST || a.kind == CONTAINER ? null : a.value;
    }

    private String excerpt() {
        StringBuilder sb = new StringBuilder("<event>");
        for (int i = 0; i < eventCount && sb.length() < Rejection.MAX_EXCERPT; i++) {
            Attr a = eventAttrs.get(i);
            sb.append(' ').append(a.key).append('=').append(a.value);
        }
        return sb.toString();
    }

    // ---- attributes --------------------------------------------------------------------------

    private static byte kindOf(String tag) {
        return switch (tag) {
            case "string", "id" -> STRING;
            case "date" -> DATE;
            case "int" -> INT;
            case "float" -> FLOAT;
            case "boolean" -> BOOLEAN;
            case "list" -> LIST;
            case "container" -> CONTAINER;
            default -> -1;
        };
    }

    /** Reads the attribute element the reader stands at into slot {@code index} of {@code into} (reused). */
    private static Attr attr(XMLStreamReader r, String tag, List<Attr> into, int index) throws XMLStreamException {
        Attr a;
        if (index < into.size()) {
            a = into.get(index);
        } else {
            a = new Attr();
            into.add(a);
        }
        fill(r, tag, a);
        return a;
    }

    private static void fill(XMLStreamReader r, String tag, Attr a) throws XMLStreamException {
        a.kind = kindOf(tag);
        a.key = "";
        a.value = null;
        // by index, not by name: spares a name look-up per attribute (XES writes key, then value)
        for (int i = 0, n = r.getAttributeCount(); i < n; i++) {
            String local = r.getAttributeLocalName(i);
            if (local.equals("key")) {
                a.key = r.getAttributeValue(i);
            } else if (local.equals("value")) {
                a.value = r.getAttributeValue(i);
            }
        }
        if (a.children != null) {
            a.children.clear();
        }
        children(r, a);
    }

    /** Reads nested attributes up to the end of the current element (list items may sit in {@code <values>}). */
    private static void children(XMLStreamReader r, Attr a) throws XMLStreamException {
        while (true) {
            int ev = r.next();
            if (ev == XMLStreamConstants.END_ELEMENT) {
                return;
            }
            if (ev != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            String tag = r.getLocalName();
            if (tag.equals("values")) {
                children(r, a);
            } else if (kindOf(tag) >= 0) {
                if (a.children == null) {
                    a.children = new ArrayList<>(4);
                }
                Attr c = new Attr();
                fill(r, tag, c);
                a.children.add(c);
            } else {
                skip(r);
            }
        }
    }

    /** Skips the element the reader stands at, with everything inside it. */
    private static void skip(XMLStreamReader r) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int ev = r.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    // ---- bookkeeping -------------------------------------------------------------------------

    private void reject(long line, String reason, String excerpt) throws SourceException {
        if (options.strict()) {
            throw new SourceException(name + ":" + line + ": " + reason);
        }
        builder.reject(new Rejection(line, reason, excerpt));
    }

    private void recordMapping() {
        if (used[Role.ID.ordinal()]) {
            builder.mapping("id", idKey);
        }
        builder.mapping("stream", streamOverridden ? streamKey : "trace " + streamKey);
        builder.mapping("type", typeKey);
        if (used[Role.STREAM_TYPE.ordinal()]) {
            builder.mapping("streamType", streamTypeKey);
        }
        if (used[Role.VERSION.ordinal()]) {
            builder.mapping("version", versionKey);
        }
        if (used[Role.TIME.ordinal()]) {
            builder.mapping("time", timeKey);
        }
        builder.mapping("data", "(other attributes)");
    }

    private static String at(XMLStreamException e) {
        Location l = e.getLocation();
        return l == null || l.getLineNumber() < 0 ? "" : " at line " + l.getLineNumber();
    }

    private static String message(XMLStreamException e) {
        String m = e.getMessage();
        if (m == null) {
            return "malformed";
        }
        int at = m.indexOf("Message: ");
        return at >= 0 ? m.substring(at + 9).strip() : m.strip();
    }
}
