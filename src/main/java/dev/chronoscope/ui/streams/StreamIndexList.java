package dev.chronoscope.ui.streams;

import javafx.collections.ObservableListBase;

/**
 * A read-only observable list over an {@code int[]} of stream numbers, so the list view holds one
 * array rather than an object per stream. {@link #setAll(int[])} replaces the contents and fires
 * one change; the array is kept, not copied, and must not be modified afterwards.
 */
final class StreamIndexList extends ObservableListBase<Integer> {

    private int[] streams = new int[0];
    private int[] rowOfStream = new int[0];

    /** Replaces the contents with {@code newStreams}, out of {@code streamCount} streams in all. */
    void setAll(int[] newStreams, int streamCount) {
        int[] old = streams;
        streams = newStreams;
        rowOfStream = new int[streamCount];
        java.util.Arrays.fill(rowOfStream, -1);
        for (int row = 0; row < newStreams.length; row++) {
            rowOfStream[newStreams[row]] = row;
        }
        beginChange();
        if (old.length > 0) {
            nextRemove(0, new RemovedStreams(old));
        }
        if (newStreams.length > 0) {
            nextAdd(0, newStreams.length);
        }
        endChange();
    }

    /** The row showing {@code stream}, or -1 when it is not shown. */
    int rowOf(int stream) {
        return stream < 0 || stream >= rowOfStream.length ? -1 : rowOfStream[stream];
    }

    /** The stream number at {@code row}, without boxing. */
    int streamAt(int row) {
        return streams[row];
    }

    @Override
    public Integer get(int index) {
        return streams[index];
    }

    @Override
    public int size() {
        return streams.length;
    }

    /** The removed part of a change, viewed lazily over the old array. */
    private static final class RemovedStreams extends java.util.AbstractList<Integer> {
        private final int[] a;

        RemovedStreams(int[] a) {
            this.a = a;
        }

        @Override
        public Integer get(int index) {
            return a[index];
        }

        @Override
        public int size() {
            return a.length;
        }
    }
}
