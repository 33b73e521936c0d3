package dev.chronoscope.ui.dialogs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.chronoscope.ui.Formats;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The Go-to dialog's state, without a toolkit. */
class GoToModelTest {

    private final GoToModel model = new GoToModel(1_000_000, ZoneId.of("Europe/Berlin"));

    @Test
    void startsEmptyWithNoTargetAndNoMessage() {
        assertNull(model.targetProperty().get());
        assertEquals(GoToModel.Kind.NONE, model.kindProperty().get());
        assertEquals("", model.feedbackProperty().get());
    }

    @Test
    void aPositionInsideTheLogIsATargetAndSaysWhereItGoes() {
        model.textProperty().set("#512,340");

        assertEquals(new GoToTarget.Position(512_340), model.targetProperty().get());
        assertEquals(GoToModel.Kind.OK, model.kindProperty().get());
        assertEquals("Goes to position #" + Formats.count(512_340) + ".", model.feedbackProperty().get());
    }

    @Test
    void positionZeroIsBeforeTheFirstEvent() {
        model.textProperty().set("0");

        assertEquals("Goes to position #0, before the first event.", model.feedbackProperty().get());
    }

    @Test
    void aPositionPastTheEndIsRefused() {
        model.textProperty().set("1000001");

        assertNull(model.targetProperty().get());
        assertEquals(GoToModel.Kind.ERROR, model.kindProperty().get());
        assertEquals("Past the end: the last position is #" + Formats.count(1_000_000) + ".", model.feedbackProperty().get());
    }

    @Test
    void aLocalTimeIsReadInTheZoneAndShownInUtc() {
        model.textProperty().set("2024-02-11 14:34:07.25");

        assertEquals(new GoToTarget.Time(Instant.parse("2024-02-11T13:34:07.250Z")), model.targetProperty().get());
        assertEquals("Goes to the last event at or before 2024-02-11 13:34:07.25 UTC.", model.feedbackProperty().get());
    }

    @Test
    void garbageShowsTheParsersMessageAndClearsTheTarget() {
        model.textProperty().set("42");
        model.textProperty().set("42 apples");

        assertNull(model.targetProperty().get());
        assertEquals(GoToModel.Kind.ERROR, model.kindProperty().get());
        assertEquals("'42 apples' is neither a position nor a time. " + GoToModel.SHORT_FORMS, model.feedbackProperty().get());
    }

    @Test
    void clearingTheTextClearsTheMessage() {
        model.textProperty().set("nonsense");
        model.textProperty().set("  ");

        assertNull(model.targetProperty().get());
        assertEquals(GoToModel.Kind.NONE, model.kindProperty().get());
        assertEquals("", model.feedbackProperty().get());
    }

    @Test
    void wholeSecondsAreShownWithoutAFraction() {
        assertEquals("2024-02-11 13:34:07 UTC", GoToModel.time(Instant.parse("2024-02-11T13:34:07Z")));
        assertEquals("2024-02-11 13:34:07.000001 UTC", GoToModel.time(Instant.parse("2024-02-11T13:34:07.000001Z")));
    }
}
