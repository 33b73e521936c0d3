package dev.chronoscope.ui.dialogs;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/**
 * Where the user asked to go: a position in the log or a point in time. {@link #parse} reads what
 * people type into the Go-to box.
 */
public sealed interface GoToTarget permits GoToTarget.Position, GoToTarget.Time {

    /** The forms {@link #parse} accepts, as told to the user when it cannot read the text. */
    String ACCEPTED_FORMS = "Type a position (512340, 512,340 or #512340) or a time (2024-02-11, 2024-02-11 14:34, "
            + "2024-02-11T14:34:07.5, 2024-02-11T14:34:07Z or 2024-02-11 14:34+01:00).";

    /** A position in the log: the state after the events at positions 1..position (0 is before any). */
    record Position(long position) implements GoToTarget {
        public Position {
            if (position < 0) {
                throw new IllegalArgumentException("Positions start at 0.");
            }
        }
    }

    /** A point in time: the state after every event at or before it. */
    record Time(Instant time) implements GoToTarget {
        public Time {
            Objects.requireNonNull(time, "time");
        }
    }

    /**
     * Reads a position or a time.
     *
     * <ul>
     *   <li>Positions: {@code 512340}, with thousands separators {@code 512,340}, {@code 512 340},
     *       {@code 512_340}, {@code 512'340}, and an optional leading {@code #}.</li>
     *   <li>Instants: {@code 2024-02-11T14:34:07Z}, with an offset {@code 2024-02-11T14:34:07+01:00}
     *       (also {@code +0100}, {@code +01}, a trailing {@code UTC}), or with a region
     *       {@code 2024-02-11T14:34:07+01:00[Europe/Paris]}.</li>
     *   <li>Local date-times in {@code zone}: {@code 2024-02-11 14:34}, {@code 2024-02-11T14:34:07.5}.
     *       A time in a daylight-saving gap moves forward by the gap; in an overlap the earlier
     *       instant wins.</li>
     *   <li>Dates: {@code 2024-02-11} is the start of that day in {@code zone}.</li>
     * </ul>
     *
     * @throws IllegalArgumentException with a message for the user, naming the accepted forms
     */
    static GoToTarget parse(String text, ZoneId zone) {
        return GoToParser.parse(text, zone);
    }
}
