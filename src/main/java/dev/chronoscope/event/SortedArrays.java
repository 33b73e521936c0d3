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

    /**
     * Sorts {@code items} (indices into {@code keys}) by {@code keys[item]}, stably: items with equal
     * keys keep their order. A merge sort on primitives (no boxing), linear on sorted runs.
     */
    public static void stableSortByKey(int[] items, long[] keys) {
        int n = items.length;
        final int run = 32;
        for (int lo = 0; lo < n; lo += run) {
            int hi = Math.min(lo + run, n);
            for (int i = lo + 1; i < hi; i++) {
                int item = items[i];
                long k = keys[item];
                int j = i - 1;
                while (j >= lo && keys[items[j]] > k) {
                    items[j + 1] = items[j];
                    j--;
                }
                items[j + 1] = item;
            }
        }
        int[] src = items;
        int[] dst = new int[n];
        for (int width = run; width < n; width *= 2) {
            for (int lo = 0; lo < n; lo += 2 * width) {
                int mid = Math.min(lo + width, n);
                int hi = Math.min(lo + 2 * width, n);
                if (mid >= hi || keys[src[mid - 1]] <= keys[src[mid]]) {
                    System.arraycopy(src, lo, dst, lo, hi - lo); // already in order
                    continue;
                }
                int i = lo;
                int j = mid;
                for (int k = lo; k < hi; k++) {
                    if (j >= hi || i < mid && keys[src[i]] <= keys[src[j]]) {
                        dst[k] = src[i++];
                    } else {
                        dst[k] = src[j++];
                    }
                }
            }
            int[] t = src;
            src = dst;
            dst = t;
        }
        if (src != items) {
            System.arraycopy(src, 0, items, 0, n);
        }
    }
}
