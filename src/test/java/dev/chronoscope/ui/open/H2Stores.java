package dev.chronoscope.ui.open;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;

/**
 * Small H2 file databases for the Open Database tests: a Marten-shaped store (the columns of
 * Marten's {@code mt_events} and {@code mt_streams}, as ADR 0008 reads them) with {@code n} events
 * spread over two streams.
 */
public final class H2Stores {

    private H2Stores() {}

    /** Creates {@code dir/name} with a Marten store of {@code n} events and returns its URL. */
    public static String marten(Path dir, String name, int n) throws SQLException {
        return marten(dir, name, n, "", "");
    }

    /** As {@link #marten(Path, String, int)}, owned by {@code user} with {@code password}. */
    public static String marten(Path dir, String name, int n, String user, String password) throws SQLException {
        String url = "jdbc:h2:" + dir.resolve(name).toAbsolutePath();
        try (Connection c = DriverManager.getConnection(url, user, password);
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE mt_streams (id VARCHAR(100) PRIMARY KEY, type VARCHAR(200))");
            s.execute("CREATE TABLE mt_events (seq_id BIGINT PRIMARY KEY, id UUID NOT NULL, stream_id VARCHAR(100) NOT NULL, "
                    + "version BIGINT NOT NULL, data CHARACTER LARGE OBJECT NOT NULL, type VARCHAR(500) NOT NULL, "
                    + "\"timestamp\" TIMESTAMP(6) WITH TIME ZONE NOT NULL, tenant_id VARCHAR(100), mt_dotnet_type VARCHAR(500))");
            s.execute("INSERT INTO mt_streams VALUES ('cart-1', 'Shop.Cart'), ('cart-2', 'Shop.Cart')");
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO mt_events VALUES (?, RANDOM_UUID(), ?, ?, ?, ?, ?, '*DEFAULT*', ?)")) {
                for (int i = 1; i <= n; i++) {
                    String stream = "cart-" + (1 + i % 2);
                    insert.setLong(1, i);
                    insert.setString(2, stream);
                    insert.setLong(3, (i + 1) / 2);
                    insert.setString(4, "{\"item\":\"sku-" + i + "\",\"quantity\":" + i + "}");
                    insert.setString(5, "item_added");
                    insert.setObject(6, OffsetDateTime.parse("2024-05-01T10:00:00Z").plusMinutes(i));
                    insert.setString(7, "Shop.ItemAdded, Shop");
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        }
        return url;
    }
}
