package dev.chronoscope.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chronoscope.SharedData;
import dev.chronoscope.event.EventLog;
import dev.chronoscope.replay.MergePatchReducer;
import dev.chronoscope.replay.Replayer;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Every tabular and process-mining log in {@code ../shared/realdata} (not the SQLite database, not
 * the OCEL files) loads with the event and case counts of its {@code STATS.txt}, nothing rejected.
 * Skipped when the shared folder is absent, except under CI. Each file is loaded once here.
 */
class RealFormatsTest {

    record Counts(int events, int cases, int activities, String firstTime, String lastTime) {
        static Counts of(EventLog log) {
            return new Counts(log.size(), log.streamCount(), log.typeCount(),
                    String.valueOf(log.firstTime()), String.valueOf(log.lastTime()));
        }
    }

    static EventLog load(String relative, LoadOptions options) throws Exception {
        EventLog log = EventLogLoader.load(SharedData.file("realdata/" + relative), options, LoadListener.NONE);
        assertEquals(List.of(), log.rejections(), relative);
        return log;
    }

    static EventLog load(String relative) throws Exception {
        return load(relative, LoadOptions.defaults());
    }

    @Test
    void runningExampleXes() throws Exception {
        assertEquals(new Counts(42, 6, 8, "2010-12-30T10:02:00Z", "2011-01-24T13:56:00Z"),
                Counts.of(load("pm4py-core/running-example.xes")));
    }

    @Test
    void receiptCsvWithOffsetsAcrossDaylightSaving() throws Exception {
        EventLog log = load("pm4py-core/receipt.csv");

        assertEquals(new Counts(8577, 1434, 27, "2010-10-02T07:20:39.266Z", "2012-01-23T14:42:54.644Z"), Counts.of(log));
        assertEquals("Internet", log.data(0).get("case:channel").asText());
    }

    @Test
    void bpic2012XesGz() throws Exception {
        EventLog log = load("pm4py-core/bpic2012.xes.gz");

        assertEquals(new Counts(262200, 13087, 24, "2011-09-30T22:38:44.546Z", "2012-03-14T15:04:54.681Z"),
                Counts.of(log));
        // positions follow time; the first event is its trace's first, so it carries the trace attributes
        assertEquals(Instant.parse("2011-09-30T22:38:44.546Z"), log.time(0));
        JsonNode first = log.data(0);
        assertEquals(List.of("COMPLETE", true, true), List.of(first.get("lifecycle:transition").asText(),
                first.has("AMOUNT_REQ"), first.has("REG_DATE")));
        for (int i = 1; i < log.size(); i++) {
            if (log.timeMicros(i) < log.timeMicros(i - 1)) {
                throw new AssertionError("not in time order at position " + (i + 1));
            }
        }
    }

    @Test
    void helpdeskXesGz() throws Exception {
        assertEquals(new Counts(21348, 4580, 14, "2010-01-13T08:40:25Z", "2014-01-03T13:20:58Z"),
                Counts.of(load("pm4py-core/helpdesk.xes.gz")));
    }

    @Test
    void vinstCsvWithAByteOrderMark() throws Exception {
        EventLog log = load("ibm-processmining/VINST-new.csv",
                LoadOptions.defaults().withMap("stream", "SR Number").withMap("time", "Change Date+Time"));

        assertEquals(new Counts(65533, 7554, 13, "2010-03-31T14:59:42Z", "2012-05-22T23:22:25Z"), Counts.of(log));
        assertEquals(Map.of("stream", "SR Number", "type", "Activity", "time", "Change Date+Time",
                "data", "(other columns)"), log.mapping());
    }

    @Test
    void serviceNowCsvInsideAZip() throws Exception {
        EventLog log = load("ibm-processmining/ServiceNow-Kaggle.csv.zip", LoadOptions.defaults().withNullToken("?")
                .withMap("stream", "number").withMap("type", "incident_state").withMap("time", "sys_updated_at")
                .withMap("version", "sys_mod_count"));

        // day-first d/M/yyyy H:mm without a zone, read in UTC
        assertEquals(new Counts(119998, 20769, 9, "2016-02-29T01:23:00Z", "2017-02-15T15:00:00Z"), Counts.of(log));
        assertEquals(List.of("INC0000045", "New", 0L), List.of(log.stream(0), log.type(0), log.version(0)));
        // '?' cells are empty, so left out of the data
        assertEquals(false, log.data(0).has("cmdb_ci"));
    }

    // ---- sepsis: the lab values of a patient at a time ----

    @Test
    void sepsisStateOfAPatientShowsTheLabValuesLastSetBeforeThatTime() throws Exception {
        EventLog log = load("eventdataR/sepsis.csv", LoadOptions.defaults().withOrderByTime(true));
        assertEquals(new Counts(15214, 1050, 16, "2013-11-07T08:18:29Z", "2015-06-05T12:25:11Z"), Counts.of(log));
        Replayer replayer = new Replayer(log, MergePatchReducer.INSTANCE);

        // Patient A, by hand from sepsis.csv lines 2-23: Leucocytes 9.6, CRP 21.0, LacticAcid 2.2 at 11:27 on
        // 22 Oct 2014; CRP 109.0 and Leucocytes 8.7 on the 24th; Leucocytes 9.6 and CRP 47.0 on the 26th.
        assertEquals(List.of("-", "-", "-"), labs(replayer, "2014-10-22T11:20:00Z"));
        assertEquals(List.of("21.0", "9.6", "2.2"), labs(replayer, "2014-10-22T11:30:00Z"));
        assertEquals(List.of("109.0", "8.7", "2.2"), labs(replayer, "2014-10-25T00:00:00Z"));
        assertEquals(List.of("47.0", "9.6", "2.2"), labs(replayer, "2014-10-27T00:00:00Z"));
        assertEquals(List.of("6.0", "10.9", "2.2"), labs(replayer, "2014-12-31T00:00:00Z"));
        JsonNode registered = replayer.stateAt("A", replayer.positionAtTime(Instant.parse("2014-10-22T11:20:00Z")));
        assertEquals(List.of(85, "A", false), List.of(registered.get("Age").asInt(), registered.get("Diagnose").asText(),
                registered.has("CRP")));
    }

    private static List<String> labs(Replayer replayer, String time) {
        JsonNode state = replayer.stateAt("A", replayer.positionAtTime(Instant.parse(time)));
        List<String> out = new ArrayList<>();
        for (String lab : List.of("CRP", "Leucocytes", "LacticAcid")) {
            JsonNode v = state == null ? null : state.get(lab);
            out.add(v == null ? "-" : v.asText());
        }
        return out;
    }

    // ---- road traffic: the same 100 cases as XES and as CSV ----

    @Test
    void roadTrafficXesAndCsvGiveTheSameStateForEveryCase() throws Exception {
        EventLog xes = load("pm4py-core/roadtraffic100traces.xes");
        EventLog csv = load("pm4py-core/roadtraffic100traces.csv");
        assertEquals(Counts.of(xes), Counts.of(csv));
        assertEquals(new Counts(390, 100, 10, "2000-03-14T23:00:00Z", "2013-04-23T22:00:00Z"), Counts.of(csv));
        Replayer x = new Replayer(xes, MergePatchReducer.INSTANCE);
        Replayer c = new Replayer(csv, MergePatchReducer.INSTANCE);

        for (int s = 0; s < xes.streamCount(); s++) {
            String caseId = xes.streamName(s);
            int[] xe = xes.eventsOfStream(s);
            int[] ce = csv.eventsOfStream(csv.streamIndexOf(caseId));
            assertEquals(events(xes, xe), events(csv, ce), caseId);
            // the state after each event of the case, not just the last
            for (int k = 0; k < xe.length; k++) {
                assertEquals(comparable(x.stateAt(s, EventLog.positionOf(xe[k]))),
                        comparable(c.stateAt(caseId, EventLog.positionOf(ce[k]))), caseId + " after event " + (k + 1));
            }
        }
    }

    private static List<String> events(EventLog log, int[] indices) {
        return IntStream.of(indices).mapToObj(i -> log.type(i) + "@" + log.time(i)).toList();
    }

    /**
     * The state with numbers compared by value (XES writes {@code <int value="157">}, the CSV
     * {@code 157.0}) and {@code org:resource} as text: XES types it a string ({@code "537"}), while
     * DESIGN.md's CSV typing makes the cell {@code 537} a number. Nothing else is normalised.
     */
    private static JsonNode comparable(JsonNode state) {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> it = state.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode v = e.getValue();
            if (e.getKey().equals("org:resource")) {
                out.put(e.getKey(), v.asText());
            } else if (v.isNumber()) {
                out.put(e.getKey(), new BigDecimal(v.asText()).stripTrailingZeros());
            } else {
                out.set(e.getKey(), v);
            }
        }
        return out;
    }
}
