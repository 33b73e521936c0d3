package dev.chronoscope.source;

import java.util.Arrays;

/**
 * What one parsing task made of a run of records: events and rejections in compact parallel
 * arrays, ready to be appended to the builder in order. Record numbers are relative to the
 * chunk for JSON Lines (the consumer adds the line base) and absolute for JSON.
 */
final class ChunkResult {

    /** The bytes the id, data and metadata slices point into (usually the chunk buffer). */
    final byte[] buf;
    /** Physical lines in the chunk (JSON Lines only). */
    int lines;
    int events;
    /** The events' ids as UTF-8 ranges ({@code null} buffer: no id). */
    byte[][] idBufs;
    int[] idOffs;
    int[] idLens;
    String[] streams;
    String[] streamTypes;
    String[] types;
    /**
     * The {@link #names} entry numbers of the stream, stream type and type names, or -1: the
     * consumer maps them to the builder's numbers with arrays, without a hash lookup per event.
     */
    int[] streamNames;
    int[] streamTypeNames;
    int[] typeNames;
    /** The name cache of the parser that made this result, or {@code null}. */
    NameCache names;
    long[] versions;
    long[] times;
    byte[][] dataBufs;
    int[] dataOffs;
    int[] dataLens;
    byte[][] metaBufs;
    int[] metaOffs;
    int[] metaLens;
    long[] eventRecords;
    /** Where the event's record starts and ends in {@link #buf}, for an excerpt if it is rejected later. */
    int[] recordStarts;
    int[] recordEnds;

    int rejections;
    long[] rejectionRecords = new long[8];
    String[] reasons = new String[8];
    String[] excerpts = new String[8];

    /** Per role, per slot (last index: a JSON Pointer override): how many events took the role from it. */
    final int[][] keyUse;

    ChunkResult(byte[] buf, int slots, int expectedEvents) {
        this.buf = buf;
        allocate(Math.max(16, Math.min(expectedEvents, 1 << 20)));
        this.keyUse = new int[Role.ALL.size()][slots + 1];
    }

    int addEvent() {
        if (events == idBufs.length) {
            growTo(events * 2);
        }
        return events++;
    }

    /** Allocates the event arrays at their first capacity (no copies: this runs once per chunk). */
    private void allocate(int n) {
        idBufs = new byte[n][];
        idOffs = new int[n];
        idLens = new int[n];
        streams = new String[n];
        streamTypes = new String[n];
        types = new String[n];
        streamNames = new int[n];
        streamTypeNames = new int[n];
        typeNames = new int[n];
        versions = new long[n];
        times = new long[n];
        dataBufs = new byte[n][];
        dataOffs = new int[n];
        dataLens = new int[n];
        metaBufs = new byte[n][];
        metaOffs = new int[n];
        metaLens = new int[n];
        eventRecords = new long[n];
        recordStarts = new int[n];
        recordEnds = new int[n];
    }

    private void growTo(int n) {
        idBufs = Arrays.copyOf(idBufs, n);
        idOffs = Arrays.copyOf(idOffs, n);
        idLens = Arrays.copyOf(idLens, n);
        streams = Arrays.copyOf(streams, n);
        streamTypes = Arrays.copyOf(streamTypes, n);
        types = Arrays.copyOf(types, n);
        streamNames = Arrays.copyOf(streamNames, n);
        streamTypeNames = Arrays.copyOf(streamTypeNames, n);
        typeNames = Arrays.copyOf(typeNames, n);
        versions = Arrays.copyOf(versions, n);
        times = Arrays.copyOf(times, n);
        dataBufs = Arrays.copyOf(dataBufs, n);
        dataOffs = Arrays.copyOf(dataOffs, n);
        dataLens = Arrays.copyOf(dataLens, n);
        metaBufs = Arrays.copyOf(metaBufs, n);
        metaOffs = Arrays.copyOf(metaOffs, n);
        metaLens = Arrays.copyOf(metaLens, n);
        eventRecords = Arrays.copyOf(eventRecords, n);
        recordStarts = Arrays.copyOf(recordStarts, n);
        recordEnds = Arrays.copyOf(recordEnds, n);
    }

    void reject(long record, String reason, String excerpt) {
        if (rejections == reasons.length) {
            int n = rejections * 2;
            rejectionRecords = Arrays.copyOf(rejectionRecords, n);
            reasons = Arrays.copyOf(reasons, n);
            excerpts = Arrays.copyOf(excerpts, n);
        }
        rejectionRecords[rejections] = record;
        reasons[rejections] = reason;
        excerpts[rejections] = excerpt;
        rejections++;
    }

    int records() {
        return events + rejections;
    }
}
