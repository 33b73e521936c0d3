package dev.chronoscope.ui.dialogs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chronoscope.ui.dialogs.GoToTarget.Position;
import dev.chronoscope.ui.dialogs.GoToTarget.Time;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class GoToTargetTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private static GoToTarget parse(String text) {
        return GoToTarget.parse(text, BERLIN);
    }

    @Nested
    class Positions {

        @ParameterizedTest
        @ValueSource(strings = {"512340", "512,340", "#512340", "#512,340", "# 512340", "  512340  ",
                "512 340", "512_340", "512'340", "512\u00A0340", "512\u202F340"})
        void plainGroupedAndHashedNumbersArePositions(String text) {
            assertEquals(new Position(512_340), parse(text));
        }

        @Test
        void zeroAndTheLargestLongArePositions() {
            assertEquals(new Position(0), parse("0"));
            assertEquals(new Position(Long.MAX_VALUE), parse("9,223,372,036,854,775,807"));
        }

        @Test
        void smallNumbersNeedNoGrouping() {
            assertEquals(new Position(7), parse("#7"));
            assertEquals(new Position(1_234), parse("1,234"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"51,2340", "5,12,340", "512,34", ",512", "1,,234"})
        void misplacedThousandsSeparatorsAreRejected(String text) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> parse(text));
            assertTrue(e.getMessage().contains("groups of three digits") || e.getMessage().contains("Type a position"),
                    e.getMessage());
        }

        @Test
        void negativeNumbersAreRejectedWithTheReason() {
            assertEquals("Positions start at 0.", assertThrows(IllegalArgumentException.class, () -> parse("-5")).getMessage());
            assertThrows(IllegalArgumentException.class, () -> new Position(-1));
        }

        @Test
        void aNumberBeyondLongIsRejected() {
            assertEquals("'9223372036854775808' is too large for a position.",
                    assertThrows(IllegalArgumentException.class, () -> parse("9223372036854775808")).getMessage());
        }
    }

    @Nested
    class Times {

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "2024-02-11T14:34:07Z           | 2024-02-11T14:34:07Z",
            "2024-02-11t14:34:07z           | 2024-02-11T14:34:07Z",
            "2024-02-11T14:34:07.250Z       | 2024-02-11T14:34:07.250Z",
            "2024-02-11T14:34Z              | 2024-02-11T14:34:00Z",
            "2024-02-11 14:34:07 UTC        | 2024-02-11T14:34:07Z",
            "2024-02-11T14:34:07+01:00      | 2024-02-11T13:34:07Z",
            "2024-02-11T14:34:07+0100       | 2024-02-11T13:34:07Z",
            "2024-02-11 14:34:07 +01        | 2024-02-11T13:34:07Z",
            "2024-02-11T14:34:07-05:30      | 2024-02-11T20:04:07Z",
            "2024-02-11T14:34:07+01:00[Europe/Paris] | 2024-02-11T13:34:07Z",
        })
        void instantsWithAZoneIgnoreTheGivenZone(String text, String expected) {
            assertEquals(new Time(Instant.parse(expected)), parse(text));
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "2024-02-11 14:34           | 2024-02-11T13:34:00Z",
            "2024-02-11T14:34           | 2024-02-11T13:34:00Z",
            "2024-02-11   14:34:07      | 2024-02-11T13:34:07Z",
            "2024-02-11T14:34:07.5      | 2024-02-11T13:34:07.500Z",
            "2024-07-11 14:34           | 2024-07-11T12:34:00Z",
        })
        void localDateTimesAreReadInTheGivenZone(String text, String expected) {
            assertEquals(new Time(Instant.parse(expected)), parse(text));
        }

        @Test
        void aDateIsTheStartOfThatDayInTheGivenZone() {
            assertEquals(new Time(Instant.parse("2024-02-10T23:00:00Z")), parse("2024-02-11"));
            assertEquals(new Time(Instant.parse("2024-02-11T00:00:00Z")), GoToTarget.parse("2024-02-11", ZoneOffset.UTC));
        }

        @Test
        void aLocalTimeInTheSpringGapMovesForward() {
            // 02:30 does not exist in Berlin on 2024-03-31; the clocks jump from 02:00 to 03:00 (01:00Z)
            assertEquals(new Time(Instant.parse("2024-03-31T01:30:00Z")), parse("2024-03-31 02:30"));
        }

        @Test
        void impossibleDatesAndTimesAreRejectedWithTheReason() {
            String feb30 = assertThrows(IllegalArgumentException.class, () -> parse("2024-02-30")).getMessage();
            String hour25 = assertThrows(IllegalArgumentException.class, () -> parse("2024-02-11 25:00")).getMessage();

            assertTrue(feb30.startsWith("'2024-02-30': ") && feb30.contains("FEBRUARY 30"), feb30);
            assertTrue(hour25.startsWith("'2024-02-11 25:00': "), hour25);
            assertTrue(hour25.endsWith(GoToTarget.ACCEPTED_FORMS), hour25);
        }
    }

    @Nested
    class Garbage {

        @ParameterizedTest
        @ValueSource(strings = {"abc", "12.5", "#", "512340x", "yesterday", "2024-02", "2024-02-11T", "2024-02-11T14",
                "14:34", "2024/02/11", "0x1F", "1e6"})
        void isRejectedWithTheAcceptedForms(String text) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> parse(text));

            assertTrue(e.getMessage().endsWith(GoToTarget.ACCEPTED_FORMS), e.getMessage());
        }

        @Test
        void namesTheTextItCouldNotRead() {
            assertEquals("'yesterday' is neither a position nor a time. " + GoToTarget.ACCEPTED_FORMS,
                    assertThrows(IllegalArgumentException.class, () -> parse("  yesterday ")).getMessage());
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "   "})
        void emptyTextAsksForAPositionOrATime(String text) {
            assertEquals(GoToTarget.ACCEPTED_FORMS, assertThrows(IllegalArgumentException.class, () -> parse(text)).getMessage());
            assertEquals(GoToTarget.ACCEPTED_FORMS,
                    assertThrows(IllegalArgumentException.class, () -> GoToTarget.parse(null, BERLIN)).getMessage());
        }
    }
}
