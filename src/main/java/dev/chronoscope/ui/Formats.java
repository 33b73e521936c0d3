package dev.chronoscope.ui;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the GUI writes numbers, sizes and times. One place, so that views and tests agree. */
public final class Formats {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT).withZone(ZoneOffset.UTC);

    private Formats() {}

    /** The default format locale and its grouping separator, looked up again when the locale changes. */
    private static volatile Grouping grouping;

    private record Grouping(java.util.Locale locale, char separator) {}

    /**
     * A count with grouping separators of the default locale: {@code 3,769}. Written out by hand, not
     * with {@code String.format("%,d")}: the table and the status bar format counts for every frame
     * of a drag, and a {@code Formatter} parses its pattern on each call.
     */
    public static String count(long n) {
        if (n > -1000 && n < 1000) {
            return Long.toString(n);
        }
        java.util.Locale locale = java.util.Locale.getDefault(java.util.Locale.Category.FORMAT);
        Grouping g = grouping;
        if (g == null || !g.locale().equals(locale)) {
            g = new Grouping(locale, java.text.DecimalFormatSymbols.getInstance(locale).getGroupingSeparator());
            grouping = g;
        }
        String digits = Long.toString(n);
        int start = n < 0 ? 1 : 0;
        int length = digits.length() - start;
        StringBuilder out = new StringBuilder(digits.length() + length / 3);
        out.append(digits, 0, start);
        int first = length % 3 == 0 ? 3 : length % 3;
        out.append(digits, start, start + first);
        for (int i = start + first; i < digits.length(); i += 3) {
            out.append(g.separator()).append(digits, i, i + 3);
        }
        return out.toString();
    }

    /** A size in bytes for people: {@code 1.4 MB}. */
    public static String bytes(long n) {
        if (n < 1024) {
            return n + " B";
        }
        String[] units = {"KB", "MB", "GB", "TB"};
        double v = n;
        int u = -1;
        while (v >= 1024 && u < units.length - 1) {
            v /= 1024;
            u++;
        }
        return String.format("%.1f %s", v, units[u]);
    }

    /** An instant in UTC to the second: {@code 2024-03-04 08:03:30}. */
    public static String time(Instant t) {
        return t == null ? "—" : TIME.format(t);
    }

    /** A time range with its length: {@code 2024-03-04 08:03:30 → 2024-04-08 03:26:19 UTC}. */
    public static String timeRange(Instant first, Instant last) {
        if (first == null) {
            return "no timestamps";
        }
        return time(first) + " → " + time(last) + " UTC";
    }

    /** A duration in its largest sensible unit: {@code 34 days 19 h}, {@code 5 min 12 s}. */
    public static String duration(Duration d) {
        long s = d.getSeconds();
        if (s >= 86_400) {
            long days = s / 86_400;
            return days + (days == 1 ? " day " : " days ") + s % 86_400 / 3_600 + " h";
        }
        if (s >= 3_600) {
            return s / 3_600 + " h " + s % 3_600 / 60 + " min";
        }
        if (s >= 60) {
            return s / 60 + " min " + s % 60 + " s";
        }
        return d.toMillis() >= 1_000 ? String.format("%.1f s", d.toMillis() / 1000.0) : d.toMillis() + " ms";
    }

    /** A share of a whole as a percentage with one decimal: {@code 27.1 %}. */
    public static String percent(long part, long whole) {
        return whole == 0 ? "—" : String.format("%.1f %%", 100.0 * part / whole);
    }
}
