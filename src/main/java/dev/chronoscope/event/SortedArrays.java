package dev.chronoscope.event;

/** Binary searches over ascending primitive arrays, such as a stream's event indices or sorted times. */
public final class SortedArrays {

    private SortedArrays() {}

    /** The first index ≥ {@code from} whose value is not below {@code key}, or {@code a.length}. */
    public static int lowerBound(int[] a, int from, long key) {
        int lo = from;
        int hi = a.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] < key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The first index ≥ {@code from} whose value is not below {@code key}, or {@code a.length}. */
    public static int lowerBound(long[] a, int from, long key) {
        int lo = from;
        int hi = a.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] < key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
