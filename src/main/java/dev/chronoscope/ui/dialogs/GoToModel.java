package dev.chronoscope.ui.dialogs;

import dev.chronoscope.ui.Formats;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The Go-to dialog's state: the text typed, the target it reads as, and what to tell the user. */
final class GoToModel {

    /** How the feedback line reads: nothing yet, a valid target, or an error. */
    enum Kind { NONE, OK, ERROR }

    private static final DateTimeFormatter UTC =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT).withZone(ZoneOffset.UTC);

    /** Appended to errors instead of the parser's longer list, which the idle hint already shows. */
    static final String SHORT_FORMS = "Try 512340, #512,340, 2024-02-11, 2024-02-11 14:34 or 2024-02-11T14:34:07Z.";

    private final long maxPosition;
    private final ZoneId zone;
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ReadOnlyObjectWrapper<GoToTarget> target = new ReadOnlyObjectWrapper<>(this, "target");
    private final ReadOnlyStringWrapper feedback = new ReadOnlyStringWrapper(this, "feedback", "");
    private final ReadOnlyObjectWrapper<Kind> kind = new ReadOnlyObjectWrapper<>(this, "kind", Kind.NONE);

    GoToModel(long maxPosition, ZoneId zone) {
        this.maxPosition = maxPosition;
        this.zone = zone;
        text.addListener((o, before, now) -> update(now));
    }

    StringProperty textProperty() {
        return text;
    }

    /** What the text reads as; null while it is empty or invalid. */
    ReadOnlyObjectProperty<GoToTarget> targetProperty() {
        return target.getReadOnlyProperty();
    }

    ReadOnlyStringProperty feedbackProperty() {
        return feedback.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<Kind> kindProperty() {
        return kind.getReadOnlyProperty();
    }

    private void update(String now) {
        if (now == null || now.isBlank()) {
            set(null, Kind.NONE, "");
            return;
        }
        try {
            GoToTarget parsed = GoToTarget.parse(now, zone);
            if (parsed instanceof GoToTarget.Position p && p.position() > maxPosition) {
                set(null, Kind.ERROR, "Past the end: the last position is #" + Formats.count(maxPosition) + ".");
            } else if (parsed instanceof GoToTarget.Position p) {
                set(parsed, Kind.OK, "Goes to position #" + Formats.count(p.position())
                        + (p.position() == 0 ? ", before the first event." : "."));
            } else {
                set(parsed, Kind.OK, "Goes to the last event at or before " + time(((GoToTarget.Time) parsed).time()) + ".");
            }
        } catch (IllegalArgumentException e) {
            String message = e.getMessage();
            if (message.endsWith(GoToTarget.ACCEPTED_FORMS)) {
                message = (message.substring(0, message.length() - GoToTarget.ACCEPTED_FORMS.length()) + SHORT_FORMS).strip();
            }
            set(null, Kind.ERROR, message);
        }
    }

    private void set(GoToTarget t, Kind k, String message) {
        target.set(t);
        kind.set(k);
        feedback.set(message);
    }

    /** {@code 2024-02-11 13:34:07 UTC}, with the fraction of a second when there is one. */
    static String time(Instant t) {
        String text = UTC.format(t);
        if (t.getNano() != 0) {
            String fraction = String.format(Locale.ROOT, "%09d", t.getNano()).replaceAll("0+$", "");
            text += "." + fraction;
        }
        return text + " UTC";
    }
}
