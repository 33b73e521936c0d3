package dev.chronoscope.ui.dialogs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class SuggestedFileNameTest {

    @Test
    void joinsSourceStreamAndPosition() {
        assertEquals("bank-and-shop-account-0007-at-1234.snapshot.json",
                ExportDialog.suggestedFileName("bank-and-shop", "account-0007", 1234));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "bank-and-shop.jsonl                  | bank-and-shop",
        "/home/ann/logs/bank-and-shop.jsonl   | bank-and-shop",
        "C:\\logs\\bank-and-shop.csv          | bank-and-shop",
        "/data/orders.jsonl.gz                | orders",
        "/data/events.mv.db                   | events",
        "/data/v1.2-export.jsonl              | v1.2-export",
        "/data/folder/                        | folder",
        "jdbc:h2:/data/events                 | events",
        "'my log (copy).json'                 | my-log-(copy)",
    })
    void theSourceIsItsFileNameWithoutDataExtensions(String source, String expected) {
        assertEquals(expected + "-world-at-0.snapshot.json", ExportDialog.suggestedFileName(source, null, 0));
    }

    @Test
    void withoutAStreamTheWorldIsExported() {
        assertEquals("orders-world-at-99.snapshot.json", ExportDialog.suggestedFileName("orders.jsonl", null, 99));
    }

    @Test
    void charactersFileSystemsRefuseBecomeDashes() {
        assertEquals("orders-tenant-a-order-17-x-at-5.snapshot.json",
                ExportDialog.suggestedFileName("orders.jsonl", "tenant:a/order|17*?\"<x>", 5));
        assertEquals("orders-a-b-at-5.snapshot.json", ExportDialog.suggestedFileName("orders.jsonl", "a \t b", 5));
    }

    @Test
    void leadingDotsAndDashesAreDropped() {
        assertEquals("orders-hidden-at-5.snapshot.json", ExportDialog.suggestedFileName("orders.jsonl", "..hidden.", 5));
    }

    @Test
    void lettersOfAnyScriptAreKept() {
        assertEquals("bestellungen-kunde-ü-渋谷-at-5.snapshot.json",
                ExportDialog.suggestedFileName("bestellungen.jsonl", "kunde-ü-渋谷", 5));
    }

    @Test
    void emptyPartsFallBackToWords() {
        assertEquals("chronoscope-stream-at-5.snapshot.json", ExportDialog.suggestedFileName(null, "///", 5));
        assertEquals("chronoscope-world-at-5.snapshot.json", ExportDialog.suggestedFileName("  ", null, 5));
    }

    @Test
    void longStreamNamesAreCut() {
        String name = ExportDialog.suggestedFileName("s", "x".repeat(200), 1);

        assertEquals("s-" + "x".repeat(60) + "-at-1.snapshot.json", name);
    }
}
