package dev.chronoscope.ui.streams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NaturalOrderTest {

    private static List<String> sorted(String... names) {
        List<String> list = new ArrayList<>(List.of(names));
        list.sort(NaturalOrder.INSTANCE);
        return list;
    }

    @Test
    void numbersInNamesCompareByValue() {
        assertEquals(List.of("account-1", "account-2", "account-10", "account-100"),
                sorted("account-10", "account-100", "account-2", "account-1"));
    }

    @Test
    void lettersCompareIgnoringCaseAndPrefixesComeFirst() {
        assertEquals(List.of("account", "Account-3", "account-20", "cart-1", "Order-7"),
                sorted("Order-7", "account-20", "cart-1", "Account-3", "account"));
    }

    @Test
    void leadingZerosDoNotChangeTheValueButKeepTheOrderTotal() {
        assertEquals(List.of("a-0", "a-01", "a-1", "a-002", "a-2", "a-10"),
                sorted("a-10", "a-2", "a-002", "a-01", "a-1", "a-0"));
        assertTrue(NaturalOrder.INSTANCE.compare("a-01", "a-1") != 0, "only equal strings compare equal");
        assertEquals(0, NaturalOrder.INSTANCE.compare("x-5", "x-5"));
    }

    @Test
    void digitRunsLongerThanALongStillCompareByValue() {
        assertEquals(List.of("s-99999999999999999999", "s-100000000000000000000"),
                sorted("s-100000000000000000000", "s-99999999999999999999"));
    }

    @Test
    void severalNumbersInANameCompareOneAfterAnother() {
        assertEquals(List.of("v1.2.9", "v1.10.0", "v2.0.0"), sorted("v2.0.0", "v1.10.0", "v1.2.9"));
    }
}
