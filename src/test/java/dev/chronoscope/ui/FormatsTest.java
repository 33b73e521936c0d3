package dev.chronoscope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The hand-written count format against {@code String.format("%,d")}, the format it replaces. */
class FormatsTest {

    @Test
    void countGroupsDigitsAsTheLocaleDoes() {
        Locale before = Locale.getDefault(Locale.Category.FORMAT);
        try {
            for (Locale locale : new Locale[] {Locale.US, Locale.GERMANY, Locale.FRANCE, new Locale("de", "CH")}) {
                Locale.setDefault(Locale.Category.FORMAT, locale);
                Random random = new Random(42);
                long[] edges = {0, 7, -7, 999, -999, 1000, -1000, 12_345, 999_999, 1_000_000, -1_234_567,
                        Long.MAX_VALUE, Long.MIN_VALUE + 1};
                for (long n : edges) {
                    assertEquals(String.format("%,d", n), Formats.count(n), locale + " " + n);
                }
                for (int k = 0; k < 2_000; k++) {
                    long n = random.nextLong() >> random.nextInt(63);
                    assertEquals(String.format("%,d", n), Formats.count(n), locale + " " + n);
                }
            }
        } finally {
            Locale.setDefault(Locale.Category.FORMAT, before);
        }
    }
}
