package dev.chronoscope.ui.dialogs;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The rules behind {@link GoToTarget#parse}; not part of the API. */
final class GoToParser {

    private static final Pattern POSITION = Pattern.compile("#?\\s*(\\d[\\d,_' \u00A0\u202F]*)");
    private static final Pattern SEPARATOR = Pattern.compile("[,_' \u00A0\u202F]");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern DATE_TIME = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(?:[Tt]|\\s+)(\\d.*)");
    /** A zone at the end, with or without a space before it: Z, UTC, GMT, +01:00, +0100, +01. */
    private static final Pattern ZONE_SUFFIX =
            Pattern.compile("(.*?\\d)\\s*(?:([Zz]|UTC|GMT)|([+-])(\\d{2}):?(\\d{2})?)(\\[[^\\]]+\\])?");

    private GoToParser() {}

    static GoToTarget parse(String text, ZoneId zone) {
        String s = text == null ? "" : text.strip();
        if (s.isEmpty()) {
            throw new IllegalArgumentException(GoToTarget.ACCEPTED_FORMS);
        }
        if (s.startsWith("-") && s.length() > 1 && Character.isDigit(s.charAt(1))) {
            throw new IllegalArgumentException("Positions start at 0.");
        }
        Matcher position = POSITION.matcher(s);
        if (position.matches()) {
            return new GoToTarget.Position(position(position.group(1).strip()));
        }
        if (DATE.matcher(s).matches()) {
            try {
                return new GoToTarget.Time(LocalDate.parse(s).atStartOfDay(zone).toInstant());
            } catch (DateTimeException e) {
                throw notADate(s, e);
            }
        }
        Matcher dateTime = DATE_TIME.matcher(s);
        if (dateTime.matches()) {
            return new GoToTarget.Time(dateTime(dateTime.group(1) + "T" + dateTime.group(2).strip(), zone));
        }
        throw new IllegalArgumentException("'" + s + "' is neither a position nor a time. " + GoToTarget.ACCEPTED_FORMS);
    }

    private static long position(String digits) {
        String[] groups = SEPARATOR.split(digits, -1);
        if (groups.length > 1) {
            boolean grouped = groups[0].length() >= 1 && groups[0].length() <= 3;
            for (int i = 1; i < groups.length; i++) {
                grouped &= groups[i].length() == 3;
            }
            if (!grouped) {
                throw new IllegalArgumentException("'" + digits + "': thousands separators go between groups of three digits. "
                        + GoToTarget.ACCEPTED_FORMS);
            }
        }
        try {
            return Long.parseLong(String.join("", groups));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + digits + "' is too large for a position.");
        }
    }

    private static Instant dateTime(String iso, ZoneId zone) {
        try {
            Matcher zoned = ZONE_SUFFIX.matcher(iso);
            if (zoned.matches()) {
                String offset;
                if (zoned.group(2) != null) {
                    offset = "Z";
                } else {
                    offset = zoned.group(3) + zoned.group(4) + ":" + (zoned.group(5) == null ? "00" : zoned.group(5));
                }
                String withOffset = zoned.group(1) + offset;
                if (zoned.group(6) != null) {
                    return ZonedDateTime.parse(withOffset + zoned.group(6), DateTimeFormatter.ISO_ZONED_DATE_TIME).toInstant();
                }
                return OffsetDateTime.parse(withOffset, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
            }
            return LocalDateTime.parse(iso, DateTimeFormatter.ISO_LOCAL_DATE_TIME).atZone(zone).toInstant();
        } catch (DateTimeException e) {
            throw notADate(iso.replace('T', ' '), e);
        }
    }

    private static IllegalArgumentException notADate(String text, DateTimeException e) {
        String reason = e.getMessage();
        int colon = reason == null ? -1 : reason.indexOf(": ");
        String why = colon >= 0 && reason.contains("could not be parsed") ? reason.substring(colon + 2) : "not a valid time";
        return new IllegalArgumentException("'" + text + "': " + why + ". " + GoToTarget.ACCEPTED_FORMS);
    }
}
