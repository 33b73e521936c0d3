package dev.chronoscope.ui.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.chronoscope.event.EventLog;
import org.junit.jupiter.api.Test;

class EventTimesTest {

    @Test
    void writesUtcToTheMillisecond() {
        // 2024-02-11T14:34:07.123456Z
        assertEquals("2024-02-11 14:34:07.123", EventTimes.format(1_707_662_047_123_456L));
    }

    @Test
    void timesBeforeTheEpochRoundDown() {
        assertEquals("1969-12-31 23:59:59.999", EventTimes.format(-1L));
    }

    @Test
    void anAbsentTimeIsBlank() {
        assertEquals("", EventTimes.format(EventLog.NO_TIME));
    }
}
