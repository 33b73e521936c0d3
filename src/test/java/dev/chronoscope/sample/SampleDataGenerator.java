package dev.chronoscope.sample;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.POJONode;
import com.fasterxml.jackson.databind.util.RawValue;
import dev.chronoscope.event.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Writes the bundled sample: a bank and a web shop over five weeks, as JSON Lines and as a
 * CloudEvents batch, plus the README that describes them. Deterministic: the same bytes on every
 * run (fixed seed, no clock, no hash-order iteration), which {@code SampleDataTest} checks against
 * the committed files.
 *
 * <p>The log is simulated, not sampled: accounts keep real balances, transfers debit one account
 * and credit another, orders walk placed → paid → shipped → delivered (or cancelled, refunded), and
 * every payload is a JSON Merge Patch that folds into a sensible state. Afterwards three anomalies
 * that real stores produce are planted at fixed places (see {@link #plantAnomalies}).
 *
 * <p>Run: {@code mvn -q -o test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=dev.chronoscope.sample.SampleDataGenerator [-Dexec.args=OUTPUT_DIR]}.
 */
public final class SampleDataGenerator {

    static final long SEED = 20240304L;
    static final Instant START = Instant.parse("2024-03-04T08:00:00Z");
    static final long SPAN_MILLIS = 35L * 24 * 3600 * 1000;
    static final int ACCOUNTS = 60;
    static final int ORDERS = 250;
    static final int CLOUDEVENTS_SUBSET = 500;

    static final String JSONL = "bank-and-shop.jsonl";
    static final String CLOUDEVENTS = "bank-and-shop.cloudevents.json";
    static final String README = "README.md";

    /** The stream whose versions skip 6 (5 is followed by 7). */
    static final String GAP_STREAM = "account-0007";
    static final int GAP_AFTER_VERSION = 5;
    /** The stream that gets a second event with the same version. */
    static final String DUPLICATE_STREAM = "account-0023";
    static final int DUPLICATE_VERSION = 12;
    /** The out-of-order timestamp is planted on the first suitable order event at or after this line. */
    static final int OUT_OF_ORDER_FROM_LINE = 2500;

    private static final DateTimeFormatter ISO_MILLIS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private static final String[] FIRST = {"Anna", "Ben", "Chiara", "Daniel", "Elif", "Felix", "Grace", "Hugo",
        "Ines", "Jonas", "Keiko", "Lars", "Maya", "Noah", "Olga", "Pavel", "Quinn", "Rosa", "Samir", "Tara",
        "Umar", "Vera", "Wen", "Xavier", "Yara", "Zoltan", "Amélie", "Björn", "Søren", "Zoë"};
    private static final String[] LAST = {"Keller", "Okafor", "Rossi", "Novak", "Yilmaz", "Schmidt", "Nakamura",
        "Fischer", "Silva", "Dubois", "Kowalski", "Haddad", "Jensen", "Moreau", "Ivanova", "Lindqvist", "García",
        "Müller", "O'Brien", "Chen", "Weber", "Costa", "Brandt", "Petrov"};
    private static final String[] TELLERS = {"teller.anna", "teller.marco", "teller.lena", "teller.kwame",
        "teller.sofia"};
    private static final String[] CITIES = {"Berlin", "Hamburg", "München", "Köln", "Leipzig", "Wien", "Zürich",
        "Amsterdam", "Lyon", "Milano"};
    private static final String[] COUNTRIES = {"DE", "DE", "DE", "DE", "DE", "AT", "CH", "NL", "FR", "IT"};
    private static final String[] STREETS = {"Hauptstraße", "Bahnhofstraße", "Gartenweg", "Lindenallee",
        "Schillerstraße", "Marktplatz", "Rosenweg", "Kirchgasse", "Am Hafen", "Bergstraße"};
    private static final String[] CARRIERS = {"DHL", "DPD", "UPS", "GLS", "Hermes"};
    private static final String[] PAYMENT_METHODS = {"card", "card", "card", "paypal", "invoice", "sepa-debit"};
    private static final String[] FREEZE_REASONS = {"suspected fraud: card used in two countries within an hour",
        "customer reported lost card", "compliance review (KYC documents expired)",
        "court order: garnishment pending"};
    private static final String[] CANCEL_REASONS = {"customer changed mind", "payment declined",
        "item out of stock", "duplicate order", "delivery address not serviceable"};
    private static final String[] REFUND_REASONS = {"item damaged in transit", "wrong size", "not as described",
        "late delivery"};
    private static final Object[][] CATALOG = {
        {"SKU-1001", 1999}, {"SKU-1002", 2499}, {"SKU-1003", 899}, {"SKU-1004", 4999}, {"SKU-1005", 1299},
        {"SKU-2001", 7900}, {"SKU-2002", 12900}, {"SKU-2003", 3450}, {"SKU-2004", 599}, {"SKU-2005", 2250},
        {"SKU-3001", 34900}, {"SKU-3002", 1575}, {"SKU-3003", 999}, {"SKU-3004", 6490}, {"SKU-3005", 450},
        {"SKU-4001", 18999}, {"SKU-4002", 2999}, {"SKU-4003", 1149}, {"SKU-4004", 5995}, {"SKU-4005", 349}};

    /** One generated event, mutable until written (anomalies edit versions and times). */
    static final class Ev {
        String id;
        String stream;
        String streamType;
        String type;
        long version;
        long millis;
        ObjectNode data;
        ObjectNode metadata;
    }

    /** Where the anomalies ended up, for the README. */
    record Anomalies(int gapLine, int gapNextLine, int duplicateFirstLine, int duplicateSecondLine, int duplicateNextLine,
            int outOfOrderLine, String outOfOrderStream, long outOfOrderVersion, String outOfOrderTime,
            String predecessorTime) {}

    private final Random rnd = new Random(SEED);
    private final List<Ev> events = new ArrayList<>();
    private final Map<String, Integer> versions = new HashMap<>();
    private final List<Account> accounts = new ArrayList<>();
    private final List<Order> orders = new ArrayList<>();
    private long clock = START.toEpochMilli();

    private static final class Account {
        String stream;
        String owner;
        String currency;
        long cents;
        long overdraft;
        long daily;
        String status = "open";
        long unfreezeAt;
        String lastEventId;
    }

    private static final class Order {
        String stream;
        String customerId;
        String correlation;
        List<long[]> items = new ArrayList<>(); // {catalogIndex, qty}
        String stage = "placed"; // placed, paid, shipped, delivered, cancelled, refunded
        boolean paid;
        long due;
        String lastEventId;
        String lastUser;
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "sample-data");
        Map<String, Integer> counts = generate(out);
        System.out.println("wrote " + out.toAbsolutePath() + " " + counts);
    }

    /** Writes the three sample files into {@code folder}; returns the number of events per file. */
    public static Map<String, Integer> generate(Path folder) throws IOException {
        SampleDataGenerator g = new SampleDataGenerator();
        g.simulate();
        Anomalies anomalies = g.plantAnomalies();
        Files.createDirectories(folder);
        g.writeJsonl(folder.resolve(JSONL));
        g.writeCloudEvents(folder.resolve(CLOUDEVENTS));
        g.writeReadme(folder.resolve(README), anomalies);
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put(JSONL, g.events.size());
        counts.put(CLOUDEVENTS, Math.min(CLOUDEVENTS_SUBSET, g.events.size()));
        return counts;
    }

    // ---- simulation ------------------------------------------------------------------------------

    private void simulate() {
        long end = START.toEpochMilli() + SPAN_MILLIS;
        while (clock < end) {
            clock += gapMillis(clock);
            if (clock >= end) {
                break;
            }
            double elapsed = (clock - START.toEpochMilli()) / (double) SPAN_MILLIS;
            int accountTarget = 5 + (int) Math.min(ACCOUNTS - 5, (ACCOUNTS - 5) * elapsed / 0.25);
            int orderTarget = (int) Math.min(ORDERS, ORDERS * elapsed / 0.88) + 1;
            if (accounts.size() < Math.min(ACCOUNTS, accountTarget) && rnd.nextDouble() < 0.7) {
                openAccount();
                continue;
            }
            Order due = dueOrder();
            if (due != null && rnd.nextDouble() < 0.7) {
                advance(due);
                continue;
            }
            if (orders.size() < Math.min(ORDERS, orderTarget) && rnd.nextDouble() < 0.6) {
                placeOrder();
                continue;
            }
            accountActivity(elapsed);
        }
    }

    /** Time to the next action: busy in business hours, quiet at night and at weekends, with bursts. */
    private long gapMillis(long now) {
        if (rnd.nextDouble() < 0.04) {
            return 300 + rnd.nextInt(9_000); // burst: a batch job, a lunch rush
        }
        ZonedDateTime t = Instant.ofEpochMilli(now).atZone(ZoneOffset.UTC);
        int h = t.getHour();
        double meanMinutes = h >= 8 && h < 18 ? 4.6 : h >= 18 && h < 22 ? 22 : h >= 6 && h < 8 ? 30 : 110;
        if (t.getDayOfWeek() == DayOfWeek.SATURDAY || t.getDayOfWeek() == DayOfWeek.SUNDAY) {
            meanMinutes *= 3.5;
        }
        double minutes = -Math.log(1 - rnd.nextDouble()) * meanMinutes;
        return Math.max(200, (long) (minutes * 60_000));
    }

    private void openAccount() {
        Account a = new Account();
        a.stream = String.format(Locale.ROOT, "account-%04d", accounts.size() + 1);
        a.owner = pick(FIRST) + " " + pick(LAST);
        a.currency = rnd.nextDouble() < 0.85 ? "EUR" : pick(new String[] {"USD", "GBP", "CHF"});
        a.daily = new long[] {50_000, 100_000, 200_000, 500_000}[rnd.nextInt(4)];
        accounts.add(a);
        ObjectNode d = obj();
        d.put("owner", a.owner);
        d.put("iban", iban());
        d.put("currency", a.currency);
        money(d, "balance", 0);
        d.put("status", "open");
        ObjectNode limits = d.putObject("limits");
        money(limits, "daily", a.daily);
        money(limits, "overdraft", 0);
        a.lastEventId = emit(a.stream, "account", "AccountOpened", d, uuid(), null, pick(TELLERS), "teller-app").id;
    }

    private void accountActivity(double elapsed) {
        Account a = accounts.get(rnd.nextInt(accounts.size()));
        if (a.status.equals("closed")) {
            return;
        }
        String teller = pick(TELLERS);
        if (a.status.equals("frozen")) {
            if (clock >= a.unfreezeAt) {
                ObjectNode d = obj();
                d.put("status", "open");
                d.putNull("frozenReason");
                a.status = "open";
                a.lastEventId = emit(a.stream, "account", "AccountUnfrozen", d, uuid(), a.lastEventId, teller,
                        "teller-app").id;
            }
            return;
        }
        double r = rnd.nextDouble();
        long closed = accounts.stream().filter(x -> x.status.equals("closed")).count();
        if (r < 0.004 && elapsed > 0.5 && closed < 3) {
            close(a, teller);
        } else if (r < 0.012) {
            a.status = "frozen";
            a.unfreezeAt = clock + (6 + rnd.nextInt(90)) * 3_600_000L;
            ObjectNode d = obj();
            d.put("status", "frozen");
            d.put("frozenReason", pick(FREEZE_REASONS));
            a.lastEventId = emit(a.stream, "account", "AccountFrozen", d, uuid(), null, "risk-engine",
                    "teller-app").id;
        } else if (r < 0.035) {
            a.overdraft = new long[] {0, 50_000, 100_000, 250_000}[rnd.nextInt(4)];
            ObjectNode d = obj();
            money(d.putObject("limits"), "overdraft", a.overdraft);
            a.lastEventId = emit(a.stream, "account", "OverdraftLimitChanged", d, uuid(), null, teller,
                    "teller-app").id;
        } else if (r < 0.22 && accounts.size() > 1) {
            transfer(a, teller);
        } else if (r < 0.58 || a.cents < 2_000) {
            long amount = roundAmount(a.cents < 20_000 ? 20_000 + rnd.nextInt(300_000) : 1_000 + rnd.nextInt(150_000));
            a.cents += amount;
            ObjectNode d = obj();
            money(d, "amount", amount);
            money(d, "balance", a.cents);
            a.lastEventId = emit(a.stream, "account", "MoneyDeposited", d, uuid(), null, teller, "teller-app").id;
        } else {
            long amount = Math.min(roundAmount(1_000 + rnd.nextInt(80_000)), a.cents + a.overdraft);
            a.cents -= amount;
            ObjectNode d = obj();
            money(d, "amount", amount);
            money(d, "balance", a.cents);
            a.lastEventId = emit(a.stream, "account", "MoneyWithdrawn", d, uuid(), null, teller, "teller-app").id;
        }
    }

    private void transfer(Account from, String user) {
        Account to = accounts.get(rnd.nextInt(accounts.size()));
        if (to == from || !to.status.equals("open") || !to.currency.equals(from.currency)) {
            return;
        }
        long amount = Math.min(roundAmount(500 + rnd.nextInt(60_000)), from.cents + from.overdraft);
        if (amount <= 0) {
            return;
        }
        String transferId = String.format(Locale.ROOT, "TR-%06d", events.size());
        String reference = pick(new String[] {"rent", "invoice", "dinner", "loan repayment", "gift", "utilities"});
        String correlation = uuid();
        from.cents -= amount;
        ObjectNode sent = obj();
        money(sent, "amount", amount);
        money(sent, "balance", from.cents);
        ObjectNode ts = sent.putObject("transfer");
        ts.put("id", transferId);
        ts.put("counterparty", to.stream);
        ts.put("reference", reference);
        Ev s = emit(from.stream, "account", "TransferSent", sent, correlation, null, user, "teller-app");
        from.lastEventId = s.id;
        clock += 150 + rnd.nextInt(2_500);
        to.cents += amount;
        ObjectNode received = obj();
        money(received, "amount", amount);
        money(received, "balance", to.cents);
        ObjectNode tr = received.putObject("transfer");
        tr.put("id", transferId);
        tr.put("counterparty", from.stream);
        tr.put("reference", reference);
        to.lastEventId = emit(to.stream, "account", "TransferReceived", received, correlation, s.id,
                "settlement-job", "teller-app").id;
    }

    private void close(Account a, String teller) {
        String correlation = uuid();
        String cause = null;
        if (a.cents > 0) {
            ObjectNode d = obj();
            money(d, "amount", a.cents);
            money(d, "balance", 0);
            a.cents = 0;
            cause = emit(a.stream, "account", "MoneyWithdrawn", d, correlation, null, teller, "teller-app").id;
            clock += 20_000 + rnd.nextInt(100_000);
        }
        a.status = "closed";
        ObjectNode d = obj();
        d.put("status", "closed");
        d.put("closedAt", ISO_MILLIS.format(Instant.ofEpochMilli(clock)));
        a.lastEventId = emit(a.stream, "account", "AccountClosed", d, correlation, cause, teller, "teller-app").id;
    }

    private void placeOrder() {
        Order o = new Order();
        o.stream = String.format(Locale.ROOT, "order-%04d", orders.size() + 1);
        o.customerId = String.format(Locale.ROOT, "cust-%04d", 1 + rnd.nextInt(180));
        o.correlation = uuid();
        int lines = 1 + rnd.nextInt(rnd.nextDouble() < 0.7 ? 2 : 5);
        for (int i = 0; i < lines; i++) {
            int sku = rnd.nextInt(CATALOG.length);
            if (o.items.stream().noneMatch(it -> it[0] == sku)) {
                o.items.add(new long[] {sku, 1 + (rnd.nextDouble() < 0.8 ? 0 : rnd.nextInt(4))});
            }
        }
        orders.add(o);
        int ci = rnd.nextInt(CITIES.length);
        ObjectNode d = obj();
        ObjectNode customer = d.putObject("customer");
        String name = pick(FIRST) + " " + pick(LAST);
        customer.put("id", o.customerId);
        customer.put("name", name);
        customer.put("email", o.customerId + "@example.com");
        putItems(d, o);
        d.put("currency", "EUR");
        d.put("status", "placed");
        ObjectNode address = d.putObject("shippingAddress");
        address.put("name", name);
        address.put("street", pick(STREETS) + " " + (1 + rnd.nextInt(120)));
        address.put("postalCode", String.format(Locale.ROOT, "%05d", 10_000 + rnd.nextInt(89_999)));
        address.put("city", CITIES[ci]);
        address.put("country", COUNTRIES[ci]);
        o.lastUser = o.customerId;
        o.lastEventId = emit(o.stream, "order", "OrderPlaced", d, o.correlation, null, o.customerId, "web-shop").id;
        o.due = clock + minutes(2, 40);
    }

    private Order dueOrder() {
        Order best = null;
        for (Order o : orders) {
            if (o.due != 0 && o.due <= clock && (best == null || o.due < best.due)) {
                best = o;
            }
        }
        return best;
    }

    private void advance(Order o) {
        double r = rnd.nextDouble();
        ObjectNode d = obj();
        switch (o.stage) {
            case "placed" -> {
                if (r < 0.07) {
                    cancel(o, d);
                } else if (r < 0.25 && !o.paid) {
                    changeItems(o, d);
                    o.due = clock + minutes(1, 30);
                } else {
                    ObjectNode payment = d.putObject("payment");
                    payment.put("method", pick(PAYMENT_METHODS));
                    payment.put("authorizedAt", ISO_MILLIS.format(Instant.ofEpochMilli(clock)));
                    money(payment, "amount", total(o));
                    d.put("status", "paid");
                    o.stage = "paid";
                    o.paid = true;
                    emitOrder(o, "PaymentAuthorized", d, "payment-gateway");
                    o.due = clock + minutes(4 * 60, 48 * 60);
                }
            }
            case "paid" -> {
                if (r < 0.04) {
                    cancel(o, d);
                } else {
                    d.put("status", "shipped");
                    ObjectNode shipment = d.putObject("shipment");
                    String carrier = pick(CARRIERS);
                    shipment.put("carrier", carrier);
                    shipment.put("trackingNumber", carrier.substring(0, 2).toUpperCase(Locale.ROOT)
                            + String.format(Locale.ROOT, "%010d", (long) (rnd.nextDouble() * 1e10)));
                    shipment.put("shippedAt", ISO_MILLIS.format(Instant.ofEpochMilli(clock)));
                    o.stage = "shipped";
                    emitOrder(o, "OrderShipped", d, "warehouse-bot");
                    o.due = clock + minutes(20 * 60, 4 * 24 * 60);
                }
            }
            case "shipped" -> {
                d.put("status", "delivered");
                d.putObject("shipment").put("deliveredAt", ISO_MILLIS.format(Instant.ofEpochMilli(clock)));
                o.stage = "delivered";
                emitOrder(o, "OrderDelivered", d, "carrier-webhook");
                o.due = r < 0.1 ? clock + minutes(24 * 60, 6 * 24 * 60) : 0;
            }
            case "delivered" -> refund(o, d, pick(REFUND_REASONS));
            case "cancelled" -> refund(o, d, "order cancelled after payment");
            default -> o.due = 0;
        }
    }

    private void cancel(Order o, ObjectNode d) {
        d.put("status", "cancelled");
        d.put("cancelReason", pick(CANCEL_REASONS));
        o.stage = "cancelled";
        emitOrder(o, "OrderCancelled", d, rnd.nextBoolean() ? o.customerId : "support.jana");
        o.due = o.paid ? clock + minutes(30, 24 * 60) : 0;
    }

    private void refund(Order o, ObjectNode d, String reason) {
        ObjectNode refund = d.putObject("refund");
        money(refund, "amount", total(o));
        refund.put("reason", reason);
        d.put("status", "refunded");
        o.stage = "refunded";
        emitOrder(o, "RefundIssued", d, "support.jana");
        o.due = 0;
    }

    private void changeItems(Order o, ObjectNode d) {
        String type;
        if (o.items.size() > 1 && rnd.nextBoolean()) {
            o.items.remove(rnd.nextInt(o.items.size()));
            type = "ItemRemoved";
        } else {
            int sku = rnd.nextInt(CATALOG.length);
            if (o.items.stream().anyMatch(it -> it[0] == sku)) {
                o.items.stream().filter(it -> it[0] == sku).findFirst().orElseThrow()[1]++;
            } else {
                o.items.add(new long[] {sku, 1});
            }
            type = "ItemAdded";
        }
        putItems(d, o); // merge patch replaces arrays: the whole list and the new total
        emitOrder(o, type, d, o.customerId);
    }

    private void emitOrder(Order o, String type, ObjectNode d, String user) {
        o.lastUser = user;
        o.lastEventId = emit(o.stream, "order", type, d, o.correlation, o.lastEventId, user, "web-shop").id;
    }

    private void putItems(ObjectNode d, Order o) {
        ArrayNode items = d.putArray("items");
        for (long[] it : o.items) {
            ObjectNode item = items.addObject();
            item.put("sku", (String) CATALOG[(int) it[0]][0]);
            item.put("qty", it[1]);
            money(item, "price", (Integer) CATALOG[(int) it[0]][1]);
        }
        money(d, "total", total(o));
    }

    private static long total(Order o) {
        long t = 0;
        for (long[] it : o.items) {
            t += (Integer) CATALOG[(int) it[0]][1] * it[1];
        }
        return t;
    }

    private Ev emit(String stream, String streamType, String type, ObjectNode data, String correlation,
            String causation, String user, String source) {
        Ev e = new Ev();
        e.id = uuid();
        e.stream = stream;
        e.streamType = streamType;
        e.type = type;
        e.version = versions.merge(stream, 1, Integer::sum);
        e.millis = clock;
        e.data = data;
        ObjectNode m = obj();
        m.put("correlationId", correlation);
        if (causation == null) {
            m.putNull("causationId");
        } else {
            m.put("causationId", causation);
        }
        m.put("user", user);
        m.put("source", source);
        e.metadata = m;
        events.add(e);
        return e;
    }

    // ---- anomalies -------------------------------------------------------------------------------

    /**
     * Plants the three anomalies: a version gap (a sequence number burnt by a rolled-back append),
     * a duplicated version (two writers appended on the same expected version without a concurrency
     * check: a lost update), and a timestamp that goes back in file order (a producer with a skewed
     * clock).
     */
    Anomalies plantAnomalies() {
        // 1. version gap: GAP_STREAM's versions after 5 move up by one, so 5 is followed by 7
        int gapLine = -1;
        int gapNextLine = -1;
        for (int i = 0; i < events.size(); i++) {
            Ev e = events.get(i);
            if (e.stream.equals(GAP_STREAM)) {
                if (e.version == GAP_AFTER_VERSION) {
                    gapLine = i + 1;
                } else if (e.version > GAP_AFTER_VERSION) {
                    if (gapNextLine < 0) {
                        gapNextLine = i + 1;
                    }
                    e.version++;
                }
            }
        }
        // 2. duplicate version: a second withdrawal computed from the same previous balance
        int dupIndex = -1;
        String previousBalance = null;
        for (int i = 0; i < events.size(); i++) {
            Ev e = events.get(i);
            if (e.stream.equals(DUPLICATE_STREAM)) {
                if (e.version == DUPLICATE_VERSION) {
                    dupIndex = i;
                    break;
                }
                if (e.data.has("balance")) {
                    previousBalance = ((RawValue) ((POJONode) e.data.get("balance")).getPojo()).rawValue().toString();
                }
            }
        }
        Ev original = events.get(dupIndex);
        long before = Math.round(Double.parseDouble(previousBalance) * 100);
        Ev twin = new Ev();
        twin.id = uuid();
        twin.stream = original.stream;
        twin.streamType = original.streamType;
        twin.type = "MoneyWithdrawn";
        twin.version = original.version;
        twin.millis = original.millis + 37;
        twin.data = obj();
        money(twin.data, "amount", 12_000);
        money(twin.data, "balance", before - 12_000);
        twin.metadata = obj();
        twin.metadata.put("correlationId", uuid());
        twin.metadata.putNull("causationId");
        twin.metadata.put("user", "atm-0815");
        twin.metadata.put("source", "teller-app");
        events.add(dupIndex + 1, twin);
        int dupNext = -1;
        for (int i = dupIndex + 2; i < events.size() && dupNext < 0; i++) {
            if (events.get(i).stream.equals(DUPLICATE_STREAM)) {
                dupNext = i;
            }
        }
        // 3. out-of-order timestamp: an order event stamped 95 s before its predecessor in the file,
        //    chosen so that it still comes after the previous event of its own stream
        int ooo = -1;
        for (int i = OUT_OF_ORDER_FROM_LINE - 1; i < events.size(); i++) {
            Ev e = events.get(i);
            long skewed = events.get(i - 1).millis - 95_000;
            if (e.streamType.equals("order") && e.version > 1 && e.millis - events.get(i - 1).millis < 60_000
                    && previousInStream(i).millis < skewed) {
                e.millis = skewed;
                ooo = i;
                break;
            }
        }
        Ev skewedEvent = events.get(ooo);
        return new Anomalies(gapLine, gapNextLine, dupIndex + 1, dupIndex + 2, dupNext + 1, ooo + 1, skewedEvent.stream,
                skewedEvent.version, ISO_MILLIS.format(Instant.ofEpochMilli(skewedEvent.millis)),
                ISO_MILLIS.format(Instant.ofEpochMilli(events.get(ooo - 1).millis)));
    }

    private Ev previousInStream(int index) {
        String stream = events.get(index).stream;
        for (int i = index - 1; i >= 0; i--) {
            if (events.get(i).stream.equals(stream)) {
                return events.get(i);
            }
        }
        throw new IllegalStateException("no previous event in " + stream);
    }

    // ---- output ----------------------------------------------------------------------------------

    private ObjectNode envelope(Ev e) {
        ObjectNode n = obj();
        n.put("id", e.id);
        n.put("streamId", e.stream);
        n.put("streamType", e.streamType);
        n.put("type", e.type);
        n.put("version", e.version);
        n.put("timestamp", ISO_MILLIS.format(Instant.ofEpochMilli(e.millis)));
        n.set("data", e.data);
        n.set("metadata", e.metadata);
        return n;
    }

    private ObjectNode cloudEvent(Ev e) {
        boolean bank = e.streamType.equals("account");
        ObjectNode n = obj();
        n.put("specversion", "1.0");
        n.put("id", e.id);
        n.put("source", bank ? "/bank" : "/shop");
        n.put("type", (bank ? "com.example.bank." : "com.example.shop.") + e.type);
        n.put("subject", e.stream);
        n.put("time", ISO_MILLIS.format(Instant.ofEpochMilli(e.millis)));
        n.put("datacontenttype", "application/json");
        n.set("data", e.data);
        return n;
    }

    private void writeJsonl(Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (Ev e : events) {
                w.write(Json.MAPPER.writeValueAsString(envelope(e)));
                w.write('\n');
            }
        }
    }

    private void writeCloudEvents(Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("[\n");
            int n = Math.min(CLOUDEVENTS_SUBSET, events.size());
            for (int i = 0; i < n; i++) {
                w.write("  ");
                w.write(Json.MAPPER.writeValueAsString(cloudEvent(events.get(i))));
                w.write(i + 1 < n ? ",\n" : "\n");
            }
            w.write("]\n");
        }
    }

    private void writeReadme(Path file, Anomalies a) throws IOException {
        Map<String, Integer> types = new TreeMap<>();
        for (Ev e : events) {
            types.merge(e.type, 1, Integer::sum);
        }
        long accountStreams = events.stream().filter(e -> e.streamType.equals("account")).map(e -> e.stream)
                .distinct().count();
        long orderStreams = events.stream().filter(e -> e.streamType.equals("order")).map(e -> e.stream)
                .distinct().count();
        StringBuilder typeTable = new StringBuilder();
        types.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .forEach(t -> typeTable.append("| ").append(t.getKey()).append(" | ").append(t.getValue())
                        .append(" |\n"));
        Ev first = events.get(0);
        Ev last = events.get(events.size() - 1);
        String text = """
                # Sample data

                Generated by `src/test/java/dev/chronoscope/sample/SampleDataGenerator.java` (fixed seed %d);
                do not edit by hand. `SampleDataTest` regenerates the files and fails if they differ from the
                committed ones. Regenerate from the repository root with:

                ```
                mvn -q -o test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=dev.chronoscope.sample.SampleDataGenerator
                ```

                A simulated bank (accounts with real running balances, transfers that debit one account and
                credit another) and a web shop (orders from placement to delivery, cancellation or refund),
                interleaved in time order over five weeks: busy in business hours (UTC), quiet at night and at
                weekends, with short bursts. Every `data` object is a JSON Merge Patch (RFC 7386) of the stream's
                state: folding a stream's events gives its current state, `null` removes a field, and arrays
                (`items`) are always replaced whole.

                ## `bank-and-shop.jsonl`

                %d events, one JSON object per line, %d streams: %d accounts (`account-0001` …) and %d orders
                (`order-0001` …), from %s to %s. Envelope:

                ```
                {"id": uuid, "streamId": "account-0007", "streamType": "account" | "order", "type": "MoneyDeposited",
                 "version": 1-based per stream, "timestamp": "2024-03-04T08:00:00.000Z", "data": {…},
                 "metadata": {"correlationId": uuid, "causationId": uuid | null, "user": "…",
                              "source": "teller-app" | "web-shop"}}
                ```

                Causation: `TransferReceived` is caused by its `TransferSent` (same correlation id); each order
                event is caused by the order's previous event and all of an order share one correlation id.

                | event type | count |
                |---|---|
                %s
                ## Deliberate anomalies

                Real stores produce these; the explorer should show them, never hide or "fix" them. Line
                numbers are 1-based lines of `bank-and-shop.jsonl` (= positions in file order).

                1. **Version gap** — `%s` jumps from version %d (line %d) to version %d (line %d); version %d
                   does not exist (a sequence number burnt by a rolled-back append). The state is unaffected.
                2. **Duplicated version** — `%s` has two events with version %d, lines %d and %d, 37 ms apart:
                   a second `MoneyWithdrawn` (user `atm-0815`) appended by a concurrent writer without an
                   optimistic concurrency check. Both are computed from the same previous balance, and the
                   stream's next event (version %d, line %d) continues from the first one's balance: the second
                   withdrawal is a lost update, and folded balances do not add up between those lines.
                3. **Out-of-order timestamp** — line %d (`%s`, version %d) has timestamp %s, earlier than
                   line %d's %s (a producer with a skewed clock). It is still later than the previous event of
                   its own stream. Loading with `--order time` moves it up.

                ## `bank-and-shop.cloudevents.json`

                The first %d events of the JSONL file (lines 1–%d, the same ids and payloads) as a CloudEvents
                1.0 JSON batch: a top-level array of structured events with `specversion` "1.0", `id`,
                `source` ("/bank" or "/shop"), `type` ("com.example.bank.MoneyDeposited",
                "com.example.shop.OrderPlaced", …), `subject` (the stream id), `time`,
                `datacontenttype` "application/json" and `data`. Versions and metadata are not carried.

                ## A big file for benchmarks

                `src/test/java/dev/chronoscope/sample/BigLogGenerator.java` writes the same envelope and
                payloads at scale (default 1,000,000 events over 20,000 streams, about 246 MB, ~246 bytes a line). Never commit
                its output:

                ```
                mvn -q -o test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=dev.chronoscope.sample.BigLogGenerator -Dexec.args="/tmp/big.jsonl 1000000 20000"
                ```
                """.formatted(SEED, events.size(), accountStreams + orderStreams, accountStreams, orderStreams,
                ISO_MILLIS.format(Instant.ofEpochMilli(first.millis)),
                ISO_MILLIS.format(Instant.ofEpochMilli(last.millis)), typeTable,
                GAP_STREAM, GAP_AFTER_VERSION, a.gapLine(), GAP_AFTER_VERSION + 2, a.gapNextLine(),
                GAP_AFTER_VERSION + 1,
                DUPLICATE_STREAM, DUPLICATE_VERSION, a.duplicateFirstLine(), a.duplicateSecondLine(),
                DUPLICATE_VERSION + 1, a.duplicateNextLine(),
                a.outOfOrderLine(), a.outOfOrderStream(), a.outOfOrderVersion(), a.outOfOrderTime(),
                a.outOfOrderLine() - 1, a.predecessorTime(),
                CLOUDEVENTS_SUBSET, CLOUDEVENTS_SUBSET);
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    // ---- helpers ---------------------------------------------------------------------------------

    private static ObjectNode obj() {
        return NODES.objectNode();
    }

    /** Money as an exact JSON number with two decimals ({@code 1200.00}, {@code -35.50}). */
    static void money(ObjectNode node, String field, long cents) {
        node.putRawValue(field, new RawValue(formatCents(cents)));
    }

    static String formatCents(long cents) {
        long abs = Math.abs(cents);
        return (cents < 0 ? "-" : "") + abs / 100 + "." + (abs % 100 < 10 ? "0" : "") + abs % 100;
    }

    /** Amounts people actually type: mostly whole euros, often round tens. */
    private long roundAmount(long cents) {
        double r = rnd.nextDouble();
        if (r < 0.5) {
            return Math.max(1_000, cents / 1_000 * 1_000);
        }
        if (r < 0.8) {
            return Math.max(100, cents / 100 * 100);
        }
        return Math.max(1, cents);
    }

    private long minutes(int min, int max) {
        return (min + (long) (rnd.nextDouble() * (max - min))) * 60_000L + rnd.nextInt(60_000);
    }

    private String pick(String[] options) {
        return options[rnd.nextInt(options.length)];
    }

    private String uuid() {
        long hi = (rnd.nextLong() & ~0xF000L) | 0x4000L;
        long lo = (rnd.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(hi, lo).toString();
    }

    /** A German IBAN with valid check digits (fictional bank code). */
    private String iban() {
        String bban = "37040044" + String.format(Locale.ROOT, "%010d", (long) (rnd.nextDouble() * 1e10));
        int check = 98 - new BigInteger(bban + "131400").mod(BigInteger.valueOf(97)).intValue();
        return String.format(Locale.ROOT, "DE%02d%s", check, bban);
    }

    static JsonNode parse(String line) {
        try {
            return Json.MAPPER.readTree(line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
