package dev.chronoscope.sample;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * Writes a big JSON Lines log for benchmarks, with the envelope and the kinds of payloads of the
 * bundled sample (accounts with running balances, orders walking placed → paid → shipped →
 * delivered). Deterministic (fixed seed). Its output is never committed.
 *
 * <p>Fast by construction: one reusable byte buffer, numbers, ids and timestamps formatted by hand
 * into it, no JSON library and almost no allocation per event; about a second per 250,000 events.
 *
 * <p>Usage: {@code BigLogGenerator PATH [COUNT=1000000] [STREAMS=20000]}, e.g.
 * {@code mvn -q -o test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=dev.chronoscope.sample.BigLogGenerator -Dexec.args="/tmp/big.jsonl 1000000 20000"}.
 */
public final class BigLogGenerator {

    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private static final String[] USERS = {"t.anna", "t.marco", "t.lena", "t.kwame", "t.sofia"};
    private static final String[] CARRIERS = {"DHL", "DPD", "UPS", "GLS"};
    private static final String[] SKUS = {"SKU-1001", "SKU-1002", "SKU-2003", "SKU-3004", "SKU-4001"};
    private static final int[] PRICES = {1999, 2499, 3450, 6490, 18999};

    private final OutputStream out;
    private final byte[] buf = new byte[1 << 20];
    private int fill;
    private final SplittableRandom rnd = new SplittableRandom(424242L);

    private BigLogGenerator(OutputStream out) {
        this.out = out;
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: BigLogGenerator PATH [COUNT=1000000] [STREAMS=20000]");
            System.exit(2);
        }
        Path path = Path.of(args[0]);
        long count = args.length > 1 ? Long.parseLong(args[1]) : 1_000_000L;
        int streams = args.length > 2 ? Integer.parseInt(args[2]) : 20_000;
        long t0 = System.nanoTime();
        write(path, count, streams);
        System.out.printf("wrote %,d events over %,d streams to %s: %,d bytes in %d ms%n", count, streams, path,
                Files.size(path), (System.nanoTime() - t0) / 1_000_000);
    }

    /** Writes {@code count} events over at most {@code streams} streams to {@code path}. */
    public static void write(Path path, long count, int streams) throws IOException {
        if (streams < 2) {
            throw new IllegalArgumentException("need at least 2 streams");
        }
        try (OutputStream os = Files.newOutputStream(path)) {
            BigLogGenerator g = new BigLogGenerator(os);
            g.generate(count, streams);
            g.flush();
        }
    }

    private void generate(long count, int streams) throws IOException {
        idWidth = Math.max(5, Integer.toString(streams).length());
        int orders = streams * 2 / 5;
        int accounts = streams - orders;
        int[] version = new int[streams]; // accounts first, then orders
        long[] balance = new long[accounts];
        byte[] stage = new byte[orders]; // 0 new, 1 placed, 2 paid, 3 shipped, 4 done
        long[] total = new long[orders];
        int[] active = new int[orders];
        int activeCount = 0;
        int nextOrder = 0;
        // orders take about a quarter of the events, six events each at most
        double orderShare = Math.min(0.25, orders * 5.0 / count);
        long millis = Instant.parse("2024-03-04T08:00:00Z").toEpochMilli();
        for (long n = 0; n < count; n++) {
            millis += 200 + rnd.nextInt(2_800);
            boolean order = rnd.nextDouble() < orderShare && (activeCount > 0 || nextOrder < orders);
            if (order) {
                int o;
                if (nextOrder < orders && (activeCount == 0 || rnd.nextInt(5) == 0)) {
                    o = nextOrder++;
                    active[activeCount++] = o;
                } else {
                    o = active[rnd.nextInt(activeCount)];
                }
                int s = accounts + o;
                int v = ++version[s];
                begin(s, accounts, true, v, millis);
                switch (stage[o]) {
                    case 0 -> {
                        int sku = rnd.nextInt(SKUS.length);
                        int qty = 1 + rnd.nextInt(3);
                        total[o] = (long) PRICES[sku] * qty;
                        type("OrderPlaced");
                        ascii("{\"customer\":\"cust-");
                        number(o % 9973);
                        ascii("\",\"items\":[{\"sku\":\"").ascii(SKUS[sku]).ascii("\",\"qty\":");
                        number(qty);
                        ascii(",\"price\":");
                        cents(PRICES[sku]);
                        ascii("}],\"total\":");
                        cents(total[o]);
                        ascii(",\"currency\":\"EUR\",\"status\":\"placed\"}");
                        stage[o] = 1;
                    }
                    case 1 -> {
                        type("PaymentAuthorized");
                        ascii("{\"payment\":{\"method\":\"card\",\"amount\":");
                        cents(total[o]);
                        ascii("},\"status\":\"paid\"}");
                        stage[o] = 2;
                    }
                    case 2 -> {
                        type("OrderShipped");
                        String carrier = CARRIERS[rnd.nextInt(CARRIERS.length)];
                        ascii("{\"status\":\"shipped\",\"shipment\":{\"carrier\":\"").ascii(carrier)
                                .ascii("\",\"trackingNumber\":\"");
                        number(1_000_000_000L + rnd.nextInt(1_000_000_000));
                        ascii("\"}}");
                        stage[o] = 3;
                    }
                    default -> {
                        type("OrderDelivered");
                        ascii("{\"status\":\"delivered\"}");
                        stage[o] = 4;
                        for (int i = 0; i < activeCount; i++) {
                            if (active[i] == o) {
                                active[i] = active[--activeCount];
                                break;
                            }
                        }
                    }
                }
                endEvent();
            } else {
                int a = rnd.nextInt(accounts);
                int v = ++version[a];
                begin(a, accounts, false, v, millis);
                if (v == 1) {
                    type("AccountOpened");
                    ascii("{\"owner\":\"Owner ");
                    number(a);
                    ascii("\",\"currency\":\"EUR\",\"balance\":0.00,\"status\":\"open\",\"limits\":{\"daily\":1000.00}}");
                } else {
                    int r = rnd.nextInt(100);
                    if (r < 50 || balance[a] < 5_000) {
                        long amount = 1_000 + rnd.nextInt(100_000);
                        balance[a] += amount;
                        type("MoneyDeposited");
                        amountAndBalance(amount, balance[a]);
                    } else if (r < 97) {
                        long amount = 100 + rnd.nextInt((int) Math.min(balance[a], 80_000));
                        balance[a] -= amount;
                        type("MoneyWithdrawn");
                        amountAndBalance(amount, balance[a]);
                    } else {
                        type("OverdraftLimitChanged");
                        ascii("{\"limits\":{\"overdraft\":");
                        cents(50_000L * (1 + rnd.nextInt(4)));
                        ascii("}}");
                    }
                }
                endEvent();
            }
            if (fill > buf.length - 4096) {
                flush();
            }
        }
    }

    private void begin(int s, int accounts, boolean order, int version, long millis) {
        ascii("{\"id\":\"");
        uuid();
        ascii(order ? "\",\"streamId\":\"order-" : "\",\"streamId\":\"account-");
        padded(order ? s - accounts : s, idWidth);
        ascii(order ? "\",\"streamType\":\"order\",\"type\":\"" : "\",\"streamType\":\"account\",\"type\":\"");
        this.pendingVersion = version;
        this.pendingMillis = millis;
    }

    private int idWidth = 5;
    private int pendingVersion;
    private long pendingMillis;

    /** Writes the type, then the version and timestamp, and opens {@code "data":}. */
    private void type(String type) {
        ascii(type);
        ascii("\",\"version\":");
        number(pendingVersion);
        ascii(",\"timestamp\":\"");
        timestamp(pendingMillis);
        ascii("\",\"data\":");
    }

    /**
     * Closes the event with a lean metadata object: only the user. The sample's correlation and
     * causation ids and source are left out to keep lines near 240 bytes on average.
     */
    private void endEvent() {
        ascii(",\"metadata\":{\"user\":\"").ascii(USERS[rnd.nextInt(USERS.length)]).ascii("\"}}\n");
    }

    private void amountAndBalance(long amount, long balance) {
        ascii("{\"amount\":");
        cents(amount);
        ascii(",\"balance\":");
        cents(balance);
        buf[fill++] = '}';
    }

    // ---- formatting into the buffer --------------------------------------------------------------

    private BigLogGenerator ascii(String s) {
        int n = s.length();
        for (int i = 0; i < n; i++) {
            buf[fill++] = (byte) s.charAt(i);
        }
        return this;
    }

    private void number(long v) {
        if (v < 0) {
            buf[fill++] = '-';
            v = -v;
        }
        if (v < 10) {
            buf[fill++] = (byte) ('0' + v);
            return;
        }
        int start = fill;
        while (v > 0) {
            buf[fill++] = (byte) ('0' + v % 10);
            v /= 10;
        }
        for (int i = start, j = fill - 1; i < j; i++, j--) {
            byte t = buf[i];
            buf[i] = buf[j];
            buf[j] = t;
        }
    }

    private void padded(long v, int width) {
        for (int i = width - 1; i >= 0; i--) {
            buf[fill + i] = (byte) ('0' + v % 10);
            v /= 10;
        }
        fill += width;
    }

    private void cents(long c) {
        if (c < 0) {
            buf[fill++] = '-';
            c = -c;
        }
        number(c / 100);
        buf[fill++] = '.';
        padded(c % 100, 2);
    }

    private long cachedDay = Long.MIN_VALUE;
    private final byte[] dayPrefix = new byte[11]; // yyyy-MM-ddT

    private void timestamp(long millis) {
        long day = Math.floorDiv(millis, 86_400_000L);
        if (day != cachedDay) {
            cachedDay = day;
            byte[] d = (LocalDate.ofEpochDay(day) + "T").getBytes(StandardCharsets.US_ASCII);
            System.arraycopy(d, 0, dayPrefix, 0, 11);
        }
        System.arraycopy(dayPrefix, 0, buf, fill, 11);
        fill += 11;
        long ms = Math.floorMod(millis, 86_400_000L);
        padded(ms / 3_600_000, 2);
        buf[fill++] = ':';
        padded(ms / 60_000 % 60, 2);
        buf[fill++] = ':';
        padded(ms / 1000 % 60, 2);
        buf[fill++] = '.';
        padded(ms % 1000, 3);
        buf[fill++] = 'Z';
    }

    private void uuid() {
        long hi = (rnd.nextLong() & ~0xF000L) | 0x4000L;
        long lo = (rnd.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        hex(hi >>> 32, 8);
        buf[fill++] = '-';
        hex(hi >>> 16, 4);
        buf[fill++] = '-';
        hex(hi, 4);
        buf[fill++] = '-';
        hex(lo >>> 48, 4);
        buf[fill++] = '-';
        hex(lo, 12);
    }

    private void hex(long v, int digits) {
        for (int i = digits - 1; i >= 0; i--) {
            buf[fill + i] = HEX[(int) (v & 0xF)];
            v >>>= 4;
        }
        fill += digits;
    }

    private void flush() throws IOException {
        out.write(buf, 0, fill);
        fill = 0;
    }
}
