package dev.chronoscope.event;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SortedArraysTest {

    @Test
    void stableSortByKeyMatchesAStableBoxedSortOnRandomInputs() {
        Random random = new Random(42);
        for (int round = 0; round < 200; round++) {
            int n = random.nextInt(round < 100 ? 80 : 3000);
            long[] keys = new long[n];
            int range = 1 + random.nextInt(20);
            for (int i = 0; i < n; i++) {
                keys[i] = random.nextBoolean() && i > 0 ? keys[i - 1] + random.nextInt(3) : random.nextInt(range);
            }
            int[] items = IntStream.range(0, n).toArray();
            Integer[] expected = IntStream.range(0, n).boxed().toArray(Integer[]::new);
            Arrays.sort(expected, Comparator.comparingLong(i -> keys[i]));

            SortedArrays.stableSortByKey(items, keys);

            assertArrayEquals(Arrays.stream(expected).mapToInt(Integer::intValue).toArray(), items, "round " + round);
        }
    }
}
