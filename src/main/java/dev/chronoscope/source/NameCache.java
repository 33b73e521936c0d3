package dev.chronoscope.source;

import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;

/**
 * Hands out one String per distinct stream or type name a parser meets, straight from the
 * parser's characters: no String is made for a name seen before, and the builder's dictionary
 * then hashes and compares the same instance again and again (cached hash, identity equals).
 * Bounded: once full, names are made afresh. Kept names are numbered in order of addition
 * ({@link #lastNumber}), so that a consumer can map them to its own numbers with an array instead
 * of a hash lookup per record. One instance per thread.
 */
final class NameCache {

    private static final int MAX_NAMES = 1 << 16;
    private static final int MAX_LENGTH = 256;
    /** Room for 32k names before the first growth (which also costs a recompile of the callers). */
    private static final int INITIAL_SIZE = 1 << 16;

    private String[] table = new String[INITIAL_SIZE];
    private int[] hashes = new int[INITIAL_SIZE];
    /** The Latin-1 bytes of each name that has only such characters (all names added from bytes). */
    private byte[][] latin1 = new byte[INITIAL_SIZE][];
    /** Entry numbers: 0, 1, 2, … in order of addition. */
    private int[] numbers = new int[INITIAL_SIZE];
    private int count;
    /** The entry number of the name the last {@code get} returned, or -1 when it was not kept. */
    int lastNumber = -1;

    /** The parser's current string value. */
    String get(JsonParser p) throws IOException {
        int len = p.getTextLength();
        lastNumber = -1;
        if (len > MAX_LENGTH) {
            return p.getText();
        }
        char[] cs = p.getTextCharacters();
        int off = p.getTextOffset();
        int h = 0;
        for (int i = off, end = off + len; i < end; i++) {
            h = 31 * h + cs[i];
        }
        int mask = table.length - 1;
        int at = mix(h) & mask;
        while (true) {
            String s = table[at];
            if (s == null) {
                break;
            }
            if (hashes[at] == h && same(s, cs, off, len)) {
                lastNumber = numbers[at];
                return s;
            }
            at = (at + 1) & mask;
        }
        String s = new String(cs, off, len);
        if (count < MAX_NAMES) {
            table[at] = s;
            hashes[at] = h;
            numbers[at] = lastNumber = count;
            if (++count * 2 > table.length) {
                grow();
            }
        }
        return s;
    }

    /** An ASCII string of {@code b[off, off+len)}. */
    String get(byte[] b, int off, int len) {
        lastNumber = -1;
        if (len > MAX_LENGTH) {
            return new String(b, off, len, java.nio.charset.StandardCharsets.ISO_8859_1);
        }
        int h = 0;
        for (int i = off, end = off + len; i < end; i++) {
            h = 31 * h + (b[i] & 0xFF);
        }
        int mask = table.length - 1;
        int at = mix(h) & mask;
        while (true) {
            String s = table[at];
            if (s == null) {
                break;
            }
            if (hashes[at] == h && same(at, b, off, len)) {
                lastNumber = numbers[at];
                return s;
            }
            at = (at + 1) & mask;
        }
        String s = new String(b, off, len, java.nio.charset.StandardCharsets.ISO_8859_1);
        if (count < MAX_NAMES) {
            table[at] = s;
            hashes[at] = h;
            latin1[at] = java.util.Arrays.copyOfRange(b, off, off + len);
            numbers[at] = lastNumber = count;
            if (++count * 2 > table.length) {
                grow();
            }
        }
        return s;
    }

    private boolean same(int at, byte[] b, int off, int len) {
        byte[] k = latin1[at];
        return k != null && k.length == len && FastScanner.same(k, b, off, len);
    }

    private static int mix(int h) {
        return h ^ (h >>> 16);
    }

    private static boolean same(String s, char[] cs, int off, int len) {
        if (s.length() != len) {
            return false;
        }
        for (int i = 0; i < len; i++) {
            if (s.charAt(i) != cs[off + i]) {
                return false;
            }
        }
        return true;
    }

    private void grow() {
        String[] oldTable = table;
        int[] oldHashes = hashes;
        byte[][] oldLatin1 = latin1;
        int[] oldNumbers = numbers;
        table = new String[oldTable.length * 2];
        numbers = new int[oldTable.length * 2];
        hashes = new int[oldTable.length * 2];
        latin1 = new byte[oldTable.length * 2][];
        int mask = table.length - 1;
        for (int i = 0; i < oldTable.length; i++) {
            if (oldTable[i] != null) {
                int at = mix(oldHashes[i]) & mask;
                while (table[at] != null) {
                    at = (at + 1) & mask;
                }
                table[at] = oldTable[i];
                hashes[at] = oldHashes[i];
                latin1[at] = oldLatin1[i];
                numbers[at] = oldNumbers[i];
            }
        }
    }
}
