package dev.chronoscope.ui.streams;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.chronoscope.event.EventLog;
import org.junit.jupiter.api.Test;

class StreamCatalogTest {

    /** Streams in order of first appearance: account-10 (3 events), Cart-2 (1), account-2 (2), order-1 (no type, 2). */
    private static EventLog log() {
        EventLog.Builder b = EventLog.builder("test");
        b.add(null, "account-10", "Account", "Opened", 1, EventLog.NO_TIME, null, null);
        b.add(null, "Cart-2", "ShoppingCart", "Created", 1, EventLog.NO_TIME, null, null);
        b.add(null, "account-2", "Account", "Opened", 1, EventLog.NO_TIME, null, null);
        b.add(null, "account-10", "Account", "Deposited", 2, EventLog.NO_TIME, null, null);
        b.add(null, "order-1", null, "Placed", EventLog.NO_VERSION, EventLog.NO_TIME, null, null);
        b.add(null, "account-10", "Account", "Deposited", 3, EventLog.NO_TIME, null, null);
        b.add(null, "account-2", "Account", "Closed", 2, EventLog.NO_TIME, null, null);
        b.add(null, "order-1", null, "Shipped", EventLog.NO_VERSION, EventLog.NO_TIME, null, null);
        return b.build();
    }

    private final StreamCatalog catalog = new StreamCatalog(log());

    @Test
    void describesEachStreamByNameTypeOfItsFirstEventAndCount() {
        assertEquals(4, catalog.size());
        assertEquals("account-10", catalog.name(0));
        assertEquals("Account", catalog.type(0));
        assertEquals(3, catalog.count(0));
        assertEquals("ShoppingCart", catalog.type(1));
        assertEquals("", catalog.type(3));
        assertEquals(2, catalog.count(3));
    }

    @Test
    void sortsByNaturalNameByMostEventsAndByFirstAppearance() {
        assertArrayEquals(new int[] {2, 0, 1, 3}, catalog.ordered(StreamOrder.NAME));
        assertArrayEquals(new int[] {0, 2, 3, 1}, catalog.ordered(StreamOrder.EVENTS));
        assertArrayEquals(new int[] {0, 1, 2, 3}, catalog.ordered(StreamOrder.FIRST_APPEARANCE));
    }

    @Test
    void filtersOnNameOrTypeIgnoringCaseInTheChosenOrder() {
        assertArrayEquals(new int[] {2, 0}, catalog.filter("ACCOUNT", StreamOrder.NAME));
        assertArrayEquals(new int[] {1}, catalog.filter("cart", StreamOrder.NAME));
        assertArrayEquals(new int[] {1}, catalog.filter("shopping", StreamOrder.NAME));
        assertArrayEquals(new int[] {2, 1}, catalog.filter("-2", StreamOrder.EVENTS));
        assertArrayEquals(new int[] {}, catalog.filter("nothing", StreamOrder.NAME));
    }

    @Test
    void aBlankFilterShowsEveryStream() {
        assertArrayEquals(new int[] {2, 0, 1, 3}, catalog.filter("  ", StreamOrder.NAME));
        assertArrayEquals(new int[] {0, 1, 2, 3}, catalog.filter(null, StreamOrder.FIRST_APPEARANCE));
    }
}
