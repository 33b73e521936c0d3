package dev.chronoscope.event;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Append-only store for the variable-length part of each event: id, data and metadata as UTF-8
 * bytes, back to back in large chunks. One entry is
 * {@code varint(idLen+1) id varint(dataLen+1) data varint(metaLen+1) metadata}, where a length of
 * 0 marks an absent part. An address is {@code chunk << 32 | offset}; an entry never spans chunks.
 */
final class PayloadArena {

    static final int CHUNK_SIZE = 8 << 20;

    private final List<byte[]> chunks = new ArrayList<>();
    private byte[] current;
    private int fill;
    private long bytes;

    long append(byte[] id, int idOff, int idLength, byte[] dataBuf, int dataOff, int dataLen, byte[] metaBuf,
            int metaOff, int metaLen) {
        int idLen = id == null ? -1 : idLength;
        int dLen = dataBuf == null ? -1 : dataLen;
        int mLen = metaBuf == null ? -1 : metaLen;
        int need = 15 + Math.max(idLen, 0) + Math.max(dLen, 0) + Math.max(mLen, 0);
        if (current == null || fill + need > current.length) {
            current = new byte[Math.max(CHUNK_SIZE, need)];
            chunks.add(current);
            fill = 0;
        }
        long address = ((long) (chunks.size() - 1) << 32) | fill;
        int start = fill;
        fill = putPart(id, idOff, idLen);
        fill = putPart(dataBuf, dataOff, dLen);
        fill = putPart(metaBuf, metaOff, mLen);
        bytes += fill - start;
        return address;
    }

    private int putPart(byte[] src, int off, int len) {
        int at = writeVarint(current, fill, len + 1);
        if (len > 0) {
            System.arraycopy(src, off, current, at, len);
        }
        return at + Math.max(len, 0);
    }

    /** Releases the unused tail of the last chunk. */
    void trim() {
        if (current != null && fill < current.length) {
            current = java.util.Arrays.copyOf(current, fill);
            chunks.set(chunks.size() - 1, current);
        }
    }

    long bytes() {
        return bytes;
    }

    String id(long address) {
        Slice s = part(address, 0);
        return s == null ? null : new String(s.buf(), s.off(), s.len(), StandardCharsets.UTF_8);
    }

    /** The data part of an entry, or {@code null} when absent. */
    Slice data(long address) {
        return part(address, 1);
    }

    /** The metadata part of an entry, or {@code null} when absent. */
    Slice metadata(long address) {
        return part(address, 2);
    }

    private Slice part(long address, int which) {
        byte[] chunk = chunks.get((int) (address >>> 32));
        int at = (int) address;
        for (int i = 0; ; i++) {
            long lenAndEnd = readVarint(chunk, at);
            int len = (int) (lenAndEnd & 0xFFFF_FFFFL) - 1;
            at = (int) (lenAndEnd >>> 32);
            if (i == which) {
                return len < 0 ? null : new Slice(chunk, at, len);
            }
            at += Math.max(len, 0);
        }
    }

    private static int writeVarint(byte[] buf, int at, int value) {
        while ((value & ~0x7F) != 0) {
            buf[at++] = (byte) ((value & 0x7F) | 0x80);
            value >>>= 7;
        }
        buf[at++] = (byte) value;
        return at;
    }

    /** Returns {@code end << 32 | value}. */
    private static long readVarint(byte[] buf, int at) {
        int value = 0;
        int shift = 0;
        while (true) {
            byte b = buf[at++];
            value |= (b & 0x7F) << shift;
            if (b >= 0) {
                return ((long) at << 32) | (value & 0xFFFF_FFFFL);
            }
            shift += 7;
        }
    }

    /** A view of part of a chunk. */
    record Slice(byte[] buf, int off, int len) {}
}
