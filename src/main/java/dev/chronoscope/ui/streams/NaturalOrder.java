package dev.chronoscope.ui.streams;

import java.util.Comparator;

/**
 * Orders names the way people read them: runs of ASCII digits compare by their numeric value
 * ({@code account-2 < account-10}, at any length, without overflow), other characters compare
 * ignoring case. Names that only differ in case or leading zeros fall back to
 * {@link String#compareTo}, so the order is total and consistent with {@code equals}.
 */
public final class NaturalOrder implements Comparator<String> {

    /** The one instance; it holds no state. */
    public static final NaturalOrder INSTANCE = new NaturalOrder();

    private NaturalOrder() {}

    @Override
    public int compare(String a, String b) {
        int n = a.length();
        int m = b.length();
        int i = 0;
        int j = 0;
        while (i < n && j < m) {
            char ca = a.charAt(i);
            char cb = b.charAt(j);
            if (isDigit(ca) && isDigit(cb)) {
                int startA = skipZeros(a, i);
                int startB = skipZeros(b, j);
                int endA = digitsEnd(a, startA);
                int endB = digitsEnd(b, startB);
                int lenA = endA - startA;
                int lenB = endB - startB;
                if (lenA != lenB) {
                    return lenA < lenB ? -1 : 1;
                }
                for (int k = 0; k < lenA; k++) {
                    int d = a.charAt(startA + k) - b.charAt(startB + k);
                    if (d != 0) {
                        return d;
                    }
                }
                i = endA;
                j = endB;
                continue;
            }
            if (ca != cb) {
                int d = fold(ca) - fold(cb);
                if (d != 0) {
                    return d;
                }
            }
            i++;
            j++;
        }
        if (i < n || j < m) {
            return i < n ? 1 : -1;
        }
        return a.compareTo(b);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static int skipZeros(String s, int from) {
        int k = from;
        // keep the last digit of an all-zero run, so "0" stays a one-digit number
        while (k + 1 < s.length() && s.charAt(k) == '0' && isDigit(s.charAt(k + 1))) {
            k++;
        }
        return k;
    }

    private static int digitsEnd(String s, int from) {
        int k = from;
        while (k < s.length() && isDigit(s.charAt(k))) {
            k++;
        }
        return k;
    }

    private static char fold(char c) {
        return Character.toLowerCase(Character.toUpperCase(c));
    }
}
