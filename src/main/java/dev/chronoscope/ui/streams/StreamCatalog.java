package dev.chronoscope.ui.streams;

import dev.chronoscope.event.EventLog;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * What the streams list needs of a log, computed once per log: each stream's name and type in
 * lower case for filtering, its event count, and the stream numbers in each {@link StreamOrder}
 * (sorted on first use). Filtering then is one pass of {@code String.contains} over the streams,
 * about a millisecond for 20,000 streams. Not thread-safe: build it (and {@link #prepare} it) on a
 * worker, then hand it to the FX thread, which alone uses it from then on.
 */
public final class StreamCatalog {

    private final EventLog log;
    private final String[] types;
    private final String[] lowerNames;
    private final String[] lowerTypes;
    private final int[] counts;
    private final Map<StreamOrder, int[]> orders = new EnumMap<>(StreamOrder.class);

    /**
     * The catalog of {@code log} with the name order already sorted: naturally sorting 20,000
     * names takes a fifth of a second, too long for the FX thread. Call off the FX thread.
     */
    public static StreamCatalog prepare(EventLog log) {
        StreamCatalog catalog = new StreamCatalog(log);
        catalog.ordered(StreamOrder.NAME);
        return catalog;
    }

    StreamCatalog(EventLog log) {
        this.log = log;
        int n = log.streamCount();
        types = new String[n];
        lowerNames = new String[n];
        lowerTypes = new String[n];
        counts = new int[n];
        for (int s = 0; s < n; s++) {
            int[] events = log.eventsOfStream(s);
            counts[s] = events.length;
            String type = events.length == 0 ? null : log.streamType(events[0]);
            types[s] = type == null ? "" : type;
            lowerNames[s] = log.streamName(s).toLowerCase(Locale.ROOT);
            lowerTypes[s] = types[s].toLowerCase(Locale.ROOT);
        }
    }

    EventLog log() {
        return log;
    }

    /** Number of streams. */
    int size() {
        return counts.length;
    }

    String name(int stream) {
        return log.streamName(stream);
    }

    /** The stream type of the stream's first event, or "" when it has none. */
    String type(int stream) {
        return types[stream];
    }

    /** Number of events of the stream. */
    int count(int stream) {
        return counts[stream];
    }

    /** All stream numbers in {@code order}. The array is shared: do not modify it. */
    int[] ordered(StreamOrder order) {
        return orders.computeIfAbsent(order, this::sort);
    }

    /**
     * The stream numbers in {@code order} whose name or type contains {@code query}, ignoring
     * case; all of them for a blank query. The array may be shared: do not modify it.
     */
    int[] filter(String query, StreamOrder order) {
        int[] all = ordered(order);
        String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        if (q.isEmpty()) {
            return all;
        }
        int[] out = new int[all.length];
        int k = 0;
        for (int s : all) {
            if (lowerNames[s].contains(q) || lowerTypes[s].contains(q)) {
                out[k++] = s;
            }
        }
        return Arrays.copyOf(out, k);
    }

    private int[] sort(StreamOrder order) {
        int n = size();
        if (order == StreamOrder.FIRST_APPEARANCE) {
            int[] identity = new int[n];
            Arrays.setAll(identity, s -> s);
            return identity;
        }
        Integer[] boxed = new Integer[n];
        Arrays.setAll(boxed, s -> s);
        if (order == StreamOrder.NAME) {
            Arrays.sort(boxed, (a, b) -> NaturalOrder.INSTANCE.compare(name(a), name(b)));
        } else {
            Arrays.sort(boxed, (a, b) -> counts[a] != counts[b]
                    ? Integer.compare(counts[b], counts[a])
                    : NaturalOrder.INSTANCE.compare(name(a), name(b)));
        }
        return Arrays.stream(boxed).mapToInt(Integer::intValue).toArray();
    }
}
