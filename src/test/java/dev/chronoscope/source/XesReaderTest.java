package dev.chronoscope.source;

import static dev.chronoscope.source.Fixtures.load;
import static dev.chronoscope.source.Fixtures.write;
import static dev.chronoscope.source.Fixtures.writeGzip;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chronoscope.event.EventLog;
import dev.chronoscope.event.Json;
import dev.chronoscope.event.Rejection;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The XES reader: both dialects, typed and nested attributes, trace merging, time order, rejections. */
class XesReaderTest {

    @TempDir
    Path dir;

    static final String PLAIN = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!-- a comment -->
            <log xes.version="1.0">
              <extension name="Concept" prefix="concept" uri="http://www.xes-standard.org/concept.xesext"/>
              <global scope="event"><string key="concept:name" value="UNKNOWN"/></global>
              <classifier name="Activity" keys="concept:name"/>
              <string key="creator" value="a log-level attribute, not an event"/>
              <trace>
                <string key="concept:name" value="case-1"/>
                <float key="AMOUNT_REQ" value="500"/>
                <string key="shared" value="from the trace"/>
                <event>
                  <string key="concept:name" value="Submit"/>
                  <string key="lifecycle:transition" value="complete"/>
                  <date key="time:timestamp" value="2011-10-01T00:38:44.546+02:00"/>
                  <string key="shared" value="from the event"/>
                  <int key="count" value="3"/>
                  <boolean key="urgent" value="TRUE"/>
                  <id key="ref" value="b7c1"/>
                </event>
                <event>
                  <string key="concept:name" value="Approve"/>
                  <date key="time:timestamp" value="2011-10-01T00:30:00.000+02:00"/>
                </event>
              </trace>
              <trace>
                <string key="concept:name" value="case-2"/>
                <event>
                  <string key="concept:name" value="Submit"/>
                  <date key="time:timestamp" value="2011-09-30T22:30:00.000Z"/>
                </event>
              </trace>
            </log>
            """;

    static JsonNode json(String text) throws Exception {
        return Json.MAPPER.readTree(text);
    }

    static List<String> types(EventLog log) {
        return IntStream.range(0, log.size()).mapToObj(i -> log.stream(i) + "/" + log.type(i)).toList();
    }

    @Test
    void readsTracesEventsAndTypedAttributes() throws Exception {
        EventLog log = load(write(dir, "log.xes", PLAIN));

        // positions in time order; the two events at 22:30Z keep trace order, then event order
        assertEquals(List.of("case-1/Approve", "case-2/Submit", "case-1/Submit"), types(log));
        assertEquals(List.of(Instant.parse("2011-09-30T22:30:00Z"), Instant.parse("2011-09-30T22:30:00Z"),
                Instant.parse("2011-09-30T22:38:44.546Z")), IntStream.range(0, 3).mapToObj(log::time).toList());
        assertEquals(json("""
                {"lifecycle:transition":"complete","shared":"from the event","count":3,"urgent":true,"ref":"b7c1",
                 "AMOUNT_REQ":500}"""), log.data(2));
        assertEquals(json("{}"), log.data(0));
        assertEquals(Map.of("stream", "trace concept:name", "type", "concept:name", "time", "time:timestamp",
                "data", "(other attributes)"), log.mapping());
    }

    @Test
    void traceAttributesGoToTheFirstEventThatLoads() throws Exception {
        String xes = """
                <log><trace><string key="concept:name" value="c"/><string key="region" value="north"/>
                  <event><string key="other" value="no type"/></event>
                  <event><string key="concept:name" value="A"/></event>
                  <event><string key="concept:name" value="B"/></event>
                </trace></log>""";

        EventLog log = load(write(dir, "log.xes", xes));

        assertEquals(List.of(json("{\"region\":\"north\"}"), json("{}")), List.of(log.data(0), log.data(1)));
        assertEquals(List.of(new Rejection(2, "missing type: expected an event attribute concept:name", "")),
                log.rejections().stream().map(r -> new Rejection(r.record(), r.reason(), "")).toList());
    }

    @Test
    void theNamespacedDialectReadsTheSame() throws Exception {
        String namespaced = PLAIN.replace("<log xes.version=\"1.0\">",
                "<log xes.version=\"1849-2016\" xmlns=\"http://www.xes-standard.org/\">");
        String prefixed = PLAIN.replace("<log xes.version=\"1.0\">",
                "<x:log xes.version=\"1.0\" xmlns:x=\"http://www.xes-standard.org/\">").replace("</log>", "</x:log>")
                .replace("<trace>", "<x:trace>").replace("</trace>", "</x:trace>")
                .replace("<event>", "<x:event>").replace("</event>", "</x:event>")
                .replace("<string ", "<x:string ").replace("<date ", "<x:date ");

        EventLog plain = load(write(dir, "plain.xes", PLAIN));
        for (String doc : List.of(namespaced, prefixed)) {
            EventLog log = load(write(dir, "ns.xes", doc));
            assertEquals(types(plain), types(log));
            assertEquals(plain.data(2), log.data(2));
        }
    }

    @Test
    void nestedListsAndContainersBecomeArraysAndObjects() throws Exception {
        String xes = """
                <log><trace><string key="concept:name" value="c"/>
                  <event>
                    <string key="concept:name" value="A"/>
                    <list key="items">
                      <values>
                        <string key="item" value="x"/>
                        <int key="item" value="2"/>
                        <container key="item"><float key="w" value="1.5"/></container>
                      </values>
                    </list>
                    <container key="address">
                      <string key="city" value="Eindhoven"/>
                      <list key="lines"><string key="l" value="a"/></list>
                    </container>
                    <string key="noted" value="v"><int key="meta" value="1"/></string>
                    <float key="odd" value="NaN"/>
                    <int key="plus" value="+5"/>
                  </event>
                </trace></log>""";

        EventLog log = load(write(dir, "log.xes", xes));

        assertEquals(json("""
                {"items":["x",2,{"w":1.5}],"address":{"city":"Eindhoven","lines":["a"]},
                 "noted":{"value":"v","meta":1},"odd":"NaN","plus":5}"""), log.data(0));
    }

    @Test
    void readsGzipCompressedXes() throws Exception {
        EventLog log = load(writeGzip(dir, "log.xes.gz", PLAIN));

        assertEquals(3, log.size());
    }

    @Test
    void keysCanBeMappedToOtherAttributes() throws Exception {
        String xes = """
                <log><trace><string key="concept:name" value="c"/><string key="owner" value="ann"/>
                  <event><string key="concept:name" value="A"/><string key="Activity" value="act-a"/>
                    <int key="seq" value="7"/></event>
                </trace></log>""";

        EventLog log = load(write(dir, "log.xes", xes), LoadOptions.defaults().withMap("type", "Activity")
                .withMap("stream", "owner").withMap("version", "seq"));

        assertEquals(List.of("ann", "act-a", 7L), List.of(log.stream(0), log.type(0), log.version(0)));
        // concept:name is no role now: the event's is data, and wins over the trace's
        assertEquals(json("{\"concept:name\":\"A\"}"), log.data(0));
    }

    @Test
    void brokenXmlKeepsTheEventsBeforeAndRejectsWithTheLine() throws Exception {
        String xes = """
                <log><trace><string key="concept:name" value="c"/>
                  <event><string key="concept:name" value="A"/></event>
                  <event><string key="concept:name" value="B"></event>
                </trace></log>""";

        EventLog log = load(write(dir, "log.xes", xes));

        assertEquals(1, log.size());
        assertEquals(3, log.rejections().get(0).record());
        assertTrue(log.rejections().get(0).reason().startsWith("invalid XML: "), log.rejections().get(0).reason());
    }

    @ParameterizedTest
    @ValueSource(strings = {"<events/>", "not xml at all"})
    void aDocumentThatIsNotXesIsRefused(String content) throws Exception {
        Path file = write(dir, "log.xes", content);

        SourceException e = assertThrows(SourceException.class, () -> load(file));

        assertTrue(e.getMessage().startsWith(file + ": "), e.getMessage());
        assertTrue(e.getMessage().contains("XES"), e.getMessage());
    }

    @Test
    void xesIsDetectedByContentToo() throws Exception {
        EventLog log = load(write(dir, "export", PLAIN));

        assertEquals(3, log.size());
    }
}
