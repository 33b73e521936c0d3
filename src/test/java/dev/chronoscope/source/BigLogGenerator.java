package dev.chronoscope.source;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.UUID;

/**
 * Writes a realistic JSON Lines log of {@code n} events over 20,000 streams, for measuring load
 * time by hand: {@code java -cp … dev.chronoscope.source.BigLogGenerator /tmp/big.jsonl 1000000}.
 */
public final class BigLogGenerator {

    private BigLogGenerator() {}

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "/tmp/big.jsonl");
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        write(out, n, 20_000);
        System.out.println(out + ": " + Files.size(out) + " bytes");
    }

    static void write(Path out, int n, int streams) throws IOException {
        Random rnd = new Random(42);
        int[] versions = new int[streams];
        String[] types = {"MoneyDeposited", "MoneyWithdrawn", "AccountOpened", "OwnerChanged"};
        String[] channels = {"web", "app", "branch", "atm"};
        long t = 1_709_287_200_000L;
        try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(out), 1 << 20)) {
            StringBuilder sb = new StringBuilder(400);
            for (int i = 0; i < n; i++) {
                int s = rnd.nextInt(streams);
                t += rnd.nextInt(500);
                sb.setLength(0);
                sb.append("{\"id\":\"").append(new UUID(rnd.nextLong(), rnd.nextLong()))
                        .append("\",\"streamId\":\"account-").append(String.format("%05d", s))
                        .append("\",\"streamType\":\"account\",\"type\":\"").append(types[rnd.nextInt(types.length)])
                        .append("\",\"version\":").append(++versions[s])
                        .append(",\"timestamp\":\"").append(java.time.Instant.ofEpochMilli(t))
                        .append("\",\"data\":{\"amount\":").append(rnd.nextInt(100_000) / 100.0)
                        .append(",\"currency\":\"EUR\",\"balance\":").append(rnd.nextInt(10_000_000) / 100.0)
                        .append(",\"channel\":\"").append(channels[rnd.nextInt(channels.length)])
                        .append("\",\"reference\":\"R").append(Integer.toHexString(rnd.nextInt()))
                        .append("\"},\"metadata\":{\"correlationId\":\"c").append(Integer.toHexString(rnd.nextInt()))
                        .append("\",\"user\":\"u").append(rnd.nextInt(1000)).append("\"}}\n");
                os.write(sb.toString().getBytes(StandardCharsets.UTF_8));
            }
        }
    }
}
