package dev.chronoscope.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TimestampsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "2024-03-01T10:15:30.123Z            | 2024-03-01T10:15:30.123Z",
        "2024-03-01T10:15:30Z                | 2024-03-01T10:15:30Z",
        "2024-03-01t10:15:30z                | 2024-03-01T10:15:30Z",
        "2024-03-01T10:15Z                   | 2024-03-01T10:15:00Z",
        "2024-03-01T10:15:30.1Z              | 2024-03-01T10:15:30.100Z",
        "2024-03-01T10:15:30.123456789Z      | 2024-03-01T10:15:30.123456789Z",
        "2024-03-01T10:15:30.1234567891Z     | 2024-03-01T10:15:30.123456789Z",
        "2024-03-01T10:15:30,5Z              | 2024-03-01T10:15:30.500Z",
        "2024-03-01T12:15:30+02:00           | 2024-03-01T10:15:30Z",
        "2024-03-01T12:15:30+0200            | 2024-03-01T10:15:30Z",
        "2024-03-01T12:15:30+02              | 2024-03-01T10:15:30Z",
        "2024-03-01T05:15:30-05:00           | 2024-03-01T10:15:30Z",
        "2024-03-01T10:15:30 UTC             | 2024-03-01T10:15:30Z",
        "2011-10-11 13:45:40.276000+02:00    | 2011-10-11T11:45:40.276Z",
        "2024-01-01 10:00:00                 | 2024-01-01T10:00:00Z",
        "2024-01-01                          | 2024-01-01T00:00:00Z",
        "2014/10/22 11:15:41.000             | 2014-10-22T11:15:41Z",
        "29/2/2016 01:23                     | 2016-02-29T01:23:00Z",
        "1/2/2016 01:23                      | 2016-02-01T01:23:00Z",
        "2/29/2016 01:23                     | 2016-02-29T01:23:00Z",
        "22.10.2014 11:15                    | 2014-10-22T11:15:00Z",
        "2024-01-01T10:00+01:00[Europe/Paris] | 2024-01-01T09:00:00Z",
        "'Tue, 3 Jun 2008 11:05:30 GMT'      | 2008-06-03T11:05:30Z",
        "1969-12-31T23:59:59.5Z              | 1969-12-31T23:59:59.500Z",
    })
    void parsesEveryAcceptedForm(String text, String expected) {
        assertEquals(Instant.parse(expected), Timestamps.parse(text, ZoneOffset.UTC));
    }

    @Test
    void readsZoneLessTimesInTheGivenZone() {
        ZoneId paris = ZoneId.of("Europe/Paris");
        assertEquals(Instant.parse("2024-01-01T09:00:00Z"), Timestamps.parse("2024-01-01 10:00:00", paris));
        assertEquals(Instant.parse("2024-07-01T08:00:00Z"), Timestamps.parse("2024-07-01T10:00:00", paris));
        assertEquals(Instant.parse("2023-12-31T23:00:00Z"), Timestamps.parse("2024-01-01", paris));
        assertEquals(Instant.parse("2024-01-01T08:00:00Z"), Timestamps.parse("2024-01-01 10:00", ZoneOffset.ofHours(2)));
    }

    @Test
    void anExplicitOffsetWinsOverTheZone() {
        assertEquals(Instant.parse("2024-01-01T10:00:00Z"),
                Timestamps.parse("2024-01-01T10:00:00Z", ZoneId.of("Asia/Tokyo")));
    }

    @Test
    void numbersAreEpochMilliseconds() {
        assertEquals(Instant.parse("2024-03-01T10:15:30.123Z"), Timestamps.fromEpochMillis(1_709_288_130_123L));
        assertEquals(Instant.parse("1969-12-31T23:59:59.999Z"), Timestamps.fromEpochMillis(-1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"yesterday", "", "2024-13-01", "2024-02-30", "2024-01-01T25:00:00Z", "2024-01-01T10:00:00X",
        "12345", "2024-01-01T10:00:00+25:00", "31/31/2020"})
    void rejectsOtherTextWithAClearMessage(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Timestamps.parse(text, ZoneOffset.UTC));
        assertTrue(e.getMessage().contains("'" + text + "'"), e.getMessage());
    }

    @Test
    void parsesAMillionIsoTimesQuickly() {
        // Guards against an accidental slow path (exceptions, formatter lists), not a benchmark.
        long[] scratch = new long[2];
        char[] chars = "2024-03-01T10:15:30.123Z".toCharArray();
        long sum = 0;
        for (int i = 0; i < 1_000_000; i++) {
            sum += Timestamps.fastMicros(chars, 0, chars.length, ZoneOffset.UTC, scratch);
        }
        assertEquals(1_709_288_130_123_000L * 1_000_000L, sum);
    }

    @Test
    void theIsoUtcShortcutAgreesWithTheGeneralParserOrStandsAside() {
        String[] texts = {
            "2024-03-04T08:00:01.941Z", "2024-03-04T08:00:01Z", "2024-03-04T08:00:01.1Z",
            "2024-03-04T08:00:01.123456789Z", "2024-03-04T08:00:01.1234567891Z", "1969-12-31T23:59:59.999999Z",
            "0000-01-01T00:00:00Z", "9999-12-31T23:59:59.999Z", "2024-02-29T12:00:00Z", "2023-02-29T12:00:00Z",
            "2024-13-01T00:00:00Z", "2024-00-01T00:00:00Z", "2024-04-31T00:00:00Z", "2024-01-01T24:00:00Z",
            "2024-01-01T23:60:00Z", "2024-01-01T23:59:60Z", "2024-01-01t00:00:00Z", "2024-01-01T00:00:00z",
            "2024-01-01T00:00:00.Z", "2024-01-01T00:00:00,5Z", "2024-01-01T00:00:00+00:00", "2024-01-01 00:00:00Z",
            "20x4-01-01T00:00:00Z", "2024-0a-01T00:00:00Z", "2024-01-01T00:00:0aZ", "2024-01-01T00:00:00.1a3Z",
            "2-24-01-01T00:00:00Z", "2024/01/01T00:00:00Z", " 2024-01-01T00:00:00Z", "2024-01-01T00:00:00.000Z "};
        long[] scratch = new long[2];
        for (String t : texts) {
            byte[] b = ("xx" + t + "yy").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
            long shortcut = Timestamps.isoUtcMicros(b, 2, t.length());
            if (shortcut != Long.MIN_VALUE) {
                assertEquals(Timestamps.fastMicros(t.toCharArray(), 0, t.length(), ZoneId.of("Europe/Paris"), scratch),
                        shortcut, t);
            }
        }
        assertEquals(Long.MIN_VALUE, Timestamps.isoUtcMicros("2024-13-01T00:00:00Z".getBytes(), 0, 20));
        assertEquals(1_709_539_201_941_000L, Timestamps.isoUtcMicros("2024-03-04T08:00:01.941Z".getBytes(), 0, 24));
    }
}
