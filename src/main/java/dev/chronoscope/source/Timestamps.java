package dev.chronoscope.source;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.zone.ZoneRules;

/**
 * Parses the timestamps found in event logs. Reusable by every reader.
 *
 * <p>Accepted forms (all without exceptions or formatter look-ups on the common path):
 * <ul>
 *   <li>ISO-8601 date-times with {@code T} or a space between date and time, seconds optional,
 *       1–9 fraction digits after {@code .} or {@code ,}, and an optional offset {@code Z},
 *       {@code +02:00}, {@code +0200} or {@code +02} (also after a space, and {@code UTC}/{@code GMT}):
 *       {@code 2024-03-01T10:15:30.123Z}, {@code 2011-10-11 13:45:40.276000+02:00};</li>
 *   <li>a date alone, {@code 2024-01-01}: the start of that day;</li>
 *   <li>year-first with slashes, {@code 2014/10/22 11:15:41.000};</li>
 *   <li>day-first {@code d/M/yyyy} (or {@code d.M.yyyy}, {@code d-M-yyyy}) with an optional time,
 *       {@code 29/2/2016 01:23}; read month-first only when the second number cannot be a month
 *       ({@code 2/29/2016});</li>
 *   <li>ISO zoned date-times with a region ({@code 2024-01-01T10:00+01:00[Europe/Paris]}) and
 *       RFC 1123 ({@code Tue, 3 Jun 2008 11:05:30 GMT}).</li>
 * </ul>
 * Date-times without an offset are read in the given zone.
 */
public final class Timestamps {

    private Timestamps() {}

    /**
     * Parses a timestamp.
     *
     * @param text the timestamp as written in the source
     * @param zone the zone for date-times that carry no offset
     * @throws IllegalArgumentException naming the text and the accepted forms when it is none of them
     */
    public static Instant parse(String text, ZoneId zone) {
        long[] out = new long[2];
        parseInto(text, zone, out);
        return Instant.ofEpochSecond(out[0], out[1]);
    }

    /** The instant {@code millis} milliseconds after the epoch (how JSON numbers are read). */
    public static Instant fromEpochMillis(long millis) {
        return Instant.ofEpochMilli(millis);
    }

    /** Parses to microseconds since the epoch (sub-microsecond digits dropped), for the time column. */
    static long parseMicros(String text, ZoneId zone, long[] scratch) {
        return parseMicros(text, zone, scratch, AUTO);
    }

    /**
     * Like {@link #parseMicros(String, ZoneId, long[])} with the order of {@code a/b/yyyy} dates
     * fixed: {@link #AUTO} (day-first unless only month-first is possible), {@link #DAY_FIRST} or
     * {@link #MONTH_FIRST} (a date impossible in that order is then an error).
     */
    static long parseMicros(String text, ZoneId zone, long[] scratch, int dateOrder) {
        parseInto(text, zone, scratch, dateOrder);
        return Math.addExact(Math.multiplyExact(scratch[0], 1_000_000L), scratch[1] / 1_000);
    }

    /** Orders of the two leading numbers of a {@code a/b/yyyy} date. */
    static final int AUTO = 0;
    static final int DAY_FIRST = 1;
    static final int MONTH_FIRST = 2;

    /** What a value says about the order of {@code a/b/yyyy}: {@link #DAY_FIRST}, {@link #MONTH_FIRST}, or AUTO (no form or ambiguous). */
    static final int AMBIGUOUS = 3;

    /**
     * What {@code text} tells about the order of its date: {@link #DAY_FIRST} when it is
     * {@code a/b/yyyy} (or with {@code .} or {@code -}) with a &gt; 12, {@link #MONTH_FIRST} when
     * b &gt; 12, {@link #AMBIGUOUS} when both are at most 12, {@link #AUTO} when it is not of that form.
     */
    static int dateOrderEvidence(CharSequence text) {
        int n = text.length();
        int i = 0;
        while (i < n && text.charAt(i) == ' ') {
            i++;
        }
        int a = 0;
        int da = 0;
        while (i < n && isDigit(text.charAt(i)) && da < 3) {
            a = a * 10 + text.charAt(i++) - '0';
            da++;
        }
        if (da < 1 || da > 2 || i >= n) {
            return AUTO;
        }
        char sep = text.charAt(i++);
        if (sep != '/' && sep != '.' && sep != '-') {
            return AUTO;
        }
        int b = 0;
        int db = 0;
        while (i < n && isDigit(text.charAt(i)) && db < 3) {
            b = b * 10 + text.charAt(i++) - '0';
            db++;
        }
        if (db < 1 || db > 2 || i >= n || text.charAt(i) != sep) {
            return AUTO;
        }
        i++;
        int dy = 0;
        while (i < n && isDigit(text.charAt(i))) {
            i++;
            dy++;
        }
        if (dy != 4) {
            return AUTO;
        }
        if (a > 12 && b <= 12) {
            return DAY_FIRST;
        }
        if (b > 12 && a <= 12) {
            return MONTH_FIRST;
        }
        return a <= 12 && b <= 12 ? AMBIGUOUS : AUTO;
    }

    /**
     * Parses the common numeric forms straight from characters (no String, no exception).
     *
     * @return the microseconds since the epoch, or {@link Long#MIN_VALUE} when the text needs
     *     the full {@link #parseMicros(String, ZoneId, long[])} (other forms, or to explain an error)
     */
    static long fastMicros(char[] chars, int off, int len, ZoneId zone, long[] scratch) {
        return fastMicros(chars, off, len, zone, scratch, AUTO);
    }

    /** {@link #fastMicros(char[], int, int, ZoneId, long[])} with the order of {@code a/b/yyyy} dates fixed. */
    static long fastMicros(char[] chars, int off, int len, ZoneId zone, long[] scratch, int dateOrder) {
        if (fast(chars, off, len, zone, scratch, dateOrder) != OK) {
            return Long.MIN_VALUE;
        }
        long sec = scratch[0];
        if (sec > 9_000_000_000_000L || sec < -9_000_000_000_000L) {
            return Long.MIN_VALUE;
        }
        return sec * 1_000_000L + scratch[1] / 1_000;
    }

    /**
     * The one form most logs write, {@code yyyy-MM-ddTHH:mm:ss[.f…]Z} (1–9 fraction digits), read
     * straight from ASCII bytes: the same value as {@link #fastMicros} gives for it, or
     * {@link Long#MIN_VALUE} for anything else, out-of-range fields included (the caller then
     * takes the general path, which has the last word). Small and loop-light, so that the
     * general parser is not compiled at all when every record has this form.
     */
    static long isoUtcMicros(byte[] b, int off, int len) {
        if (len < 20 || len > 30 || b[off + len - 1] != 'Z' || b[off + 4] != '-' || b[off + 7] != '-'
                || b[off + 10] != 'T' || b[off + 13] != ':' || b[off + 16] != ':') {
            return Long.MIN_VALUE;
        }
        int century = two(b, off);
        int yearOfCentury = two(b, off + 2);
        int year = century * 100 + yearOfCentury;
        int month = two(b, off + 5);
        int day = two(b, off + 8);
        int hour = two(b, off + 11);
        int minute = two(b, off + 14);
        int second = two(b, off + 17);
        if ((century | yearOfCentury | month | day | hour | minute | second) < 0 || month < 1 || month > 12 || day < 1
                || day > daysInMonth(year, month) || hour > 23 || minute > 59 || second > 59) {
            return Long.MIN_VALUE;
        }
        int nano = 0;
        if (len > 20) {
            int digits = len - 21; // between the '.' and the 'Z'
            if (b[off + 19] != '.' || digits < 1 || digits > 9) {
                return Long.MIN_VALUE;
            }
            for (int k = off + 20, end = off + len - 1; k < end; k++) {
                int d = b[k] - '0';
                if (d < 0 || d > 9) {
                    return Long.MIN_VALUE;
                }
                nano = nano * 10 + d;
            }
            nano *= POW10[9 - digits];
        }
        long sec = epochDay(year, month, day) * 86_400L + hour * 3600L + minute * 60L + second;
        return sec * 1_000_000L + nano / 1_000;
    }

    /** Two ASCII digits as a number, or a negative number when they are not both digits. */
    private static int two(byte[] b, int at) {
        int h = b[at] - '0';
        int l = b[at + 1] - '0';
        return h < 0 || h > 9 || l < 0 || l > 9 ? -1 : h * 10 + l;
    }

    /** Writes epoch seconds to {@code out[0]} and the nano adjustment to {@code out[1]}. */
    static void parseInto(String text, ZoneId zone, long[] out) {
        parseInto(text, zone, out, AUTO);
    }

    private static void parseInto(String text, ZoneId zone, long[] out, int dateOrder) {
        if (text == null) {
            throw new IllegalArgumentException("no timestamp");
        }
        char[] chars = text.toCharArray();
        int r = fast(chars, 0, chars.length, zone, out, dateOrder);
        if (r == OK) {
            return;
        }
        if (r == OUT_OF_RANGE) {
            throw new IllegalArgumentException("'" + text + "' is not a valid date or time (a field is out of range)");
        }
        Instant slow = slow(text);
        if (slow == null) {
            throw new IllegalArgumentException("cannot read '" + text + "' as a timestamp: expected ISO-8601 such as "
                    + "2024-03-01T10:15:30.123Z or 2024-03-01 10:15:30, a date such as 2024-03-01 or 29/2/2016, "
                    + "or a number of epoch milliseconds");
        }
        out[0] = slow.getEpochSecond();
        out[1] = slow.getNano();
    }

    private static final int OK = 0;
    private static final int NO_MATCH = 1;
    private static final int OUT_OF_RANGE = 2;

    private static final int[] POW10 = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000};

    /** The hand-rolled parser for every numeric form; never throws. */
    private static int fast(char[] s, int from, int length, ZoneId zone, long[] out, int dateOrder) {
        int n = from + length;
        int i = from;
        while (i < n && s[i] == ' ') {
            i++;
        }
        while (n > i && s[n - 1] == ' ') {
            n--;
        }
        int start = i;
        while (i < n && isDigit(s[i])) {
            i++;
        }
        int firstLen = i - start;
        if (i >= n || firstLen == 0) {
            return NO_MATCH;
        }
        int year;
        int month;
        int day;
        char sep = s[i];
        if (sep != '-' && sep != '/' && sep != '.') {
            return NO_MATCH;
        }
        int first = digits(s, start, i);
        i++;
        int j = i;
        while (j < n && isDigit(s[j])) {
            j++;
        }
        if (j - i < 1 || j - i > 2 || j >= n || s[j] != sep) {
            return NO_MATCH;
        }
        int second = digits(s, i, j);
        i = j + 1;
        j = i;
        while (j < n && isDigit(s[j])) {
            j++;
        }
        if (firstLen == 4) {
            if (j - i < 1 || j - i > 2) {
                return NO_MATCH;
            }
            year = first;
            month = second;
            day = digits(s, i, j);
        } else if (firstLen <= 2) {
            if (j - i != 4) {
                return NO_MATCH;
            }
            year = digits(s, i, j);
            if (dateOrder == MONTH_FIRST || dateOrder == AUTO && second > 12 && first <= 12) {
                month = first;
                day = second;
            } else {
                day = first;
                month = second;
            }
        } else {
            return NO_MATCH;
        }
        i = j;
        if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
            return OUT_OF_RANGE;
        }
        int hour = 0;
        int minute = 0;
        int second2 = 0;
        int nano = 0;
        boolean hasOffset = false;
        int offsetSeconds = 0;
        if (i < n) {
            char c = s[i];
            if (c != 'T' && c != 't' && c != ' ') {
                return NO_MATCH;
            }
            i++;
            while (c == ' ' && i < n && s[i] == ' ') {
                i++;
            }
            j = i;
            while (j < n && isDigit(s[j])) {
                j++;
            }
            if (j - i < 1 || j - i > 2 || j >= n || s[j] != ':') {
                return NO_MATCH;
            }
            hour = digits(s, i, j);
            i = j + 1;
            if (i + 2 > n || !isDigit(s[i]) || !isDigit(s[i + 1])) {
                return NO_MATCH;
            }
            minute = digits(s, i, i + 2);
            i += 2;
            if (i < n && s[i] == ':') {
                i++;
                if (i + 2 > n || !isDigit(s[i]) || !isDigit(s[i + 1])) {
                    return NO_MATCH;
                }
                second2 = digits(s, i, i + 2);
                i += 2;
                if (i < n && (s[i] == '.' || s[i] == ',')) {
                    i++;
                    j = i;
                    while (j < n && isDigit(s[j])) {
                        j++;
                    }
                    int len = j - i;
                    if (len == 0) {
                        return NO_MATCH;
                    }
                    int used = Math.min(len, 9);
                    nano = digits(s, i, i + used) * POW10[9 - used];
                    i = j;
                }
            }
            if (hour > 23 || minute > 59 || second2 > 59) {
                return OUT_OF_RANGE;
            }
            if (i < n && s[i] == ' ') {
                i++;
            }
            if (i < n) {
                c = s[i];
                if ((c == 'Z' || c == 'z') && i + 1 == n) {
                    hasOffset = true;
                    i++;
                } else if (c == '+' || c == '-') {
                    int sign = c == '-' ? -1 : 1;
                    i++;
                    if (i + 2 > n || !isDigit(s[i]) || !isDigit(s[i + 1])) {
                        return NO_MATCH;
                    }
                    int oh = digits(s, i, i + 2);
                    int om = 0;
                    i += 2;
                    if (i < n && s[i] == ':') {
                        i++;
                    }
                    if (i < n) {
                        if (i + 2 != n || !isDigit(s[i]) || !isDigit(s[i + 1])) {
                            return NO_MATCH;
                        }
                        om = digits(s, i, i + 2);
                        i += 2;
                    }
                    if (oh > 18 || om > 59) {
                        return OUT_OF_RANGE;
                    }
                    hasOffset = true;
                    offsetSeconds = sign * (oh * 3600 + om * 60);
                } else if (i + 3 == n && (matches(s, i, "UTC") || matches(s, i, "GMT"))) {
                    hasOffset = true;
                    i += 3;
                } else {
                    return NO_MATCH;
                }
            }
        }
        if (i != n) {
            return NO_MATCH;
        }
        long secondOfDay = hour * 3600L + minute * 60L + second2;
        long epochDay = epochDay(year, month, day);
        if (!hasOffset) {
            ZoneRules rules = zone.getRules();
            if (zone instanceof ZoneOffset fixed) {
                offsetSeconds = fixed.getTotalSeconds();
            } else if (rules.isFixedOffset()) {
                offsetSeconds = rules.getOffset(Instant.EPOCH).getTotalSeconds();
            } else {
                LocalDateTime local = LocalDateTime.of(year, month, day, hour, minute, second2, nano);
                out[0] = local.atZone(zone).toEpochSecond();
                out[1] = nano;
                return OK;
            }
        }
        out[0] = epochDay * 86_400L + secondOfDay - offsetSeconds;
        out[1] = nano;
        return OK;
    }

    private static boolean matches(char[] s, int at, String word) {
        for (int k = 0; k < word.length(); k++) {
            if (Character.toUpperCase(s[at + k]) != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static Instant slow(String text) {
        String s = text.strip();
        try {
            if (s.indexOf('[') > 0) {
                return ZonedDateTime.parse(s, DateTimeFormatter.ISO_ZONED_DATE_TIME).toInstant();
            }
            if (!s.isEmpty() && Character.isLetter(s.charAt(0))) {
                return ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            }
        } catch (DateTimeParseException e) {
            return null;
        } catch (DateTimeException e) {
            return null;
        }
        return null;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static int digits(char[] s, int from, int to) {
        int v = 0;
        for (int k = from; k < to; k++) {
            v = v * 10 + (s[k] - '0');
        }
        return v;
    }

    private static boolean leap(int y) {
        return (y & 3) == 0 && (y % 100 != 0 || y % 400 == 0);
    }

    private static int daysInMonth(int y, int m) {
        return switch (m) {
            case 2 -> leap(y) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    /** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
    private static long epochDay(int y, int m, int d) {
        long yy = m <= 2 ? y - 1 : y;
        long era = Math.floorDiv(yy, 400);
        long yoe = yy - era * 400;
        long doy = (153L * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
        long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146_097 + doe - 719_468;
    }
}
