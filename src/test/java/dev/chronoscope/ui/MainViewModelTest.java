package dev.chronoscope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chronoscope.ui.LogSummary.TypeCount;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainViewModelTest {

    static final String SMALL_LOG = """
            {"id":"e1","streamId":"account-1","streamType":"account","type":"AccountOpened","version":1,"timestamp":"2024-03-04T08:00:00.000Z","data":{"balance":0}}
            {"id":"e2","streamId":"account-1","streamType":"account","type":"MoneyDeposited","version":2,"timestamp":"2024-03-04T09:30:00.000Z","data":{"balance":10}}

            {"id":"e3","streamId":"order-1","streamType":"order","type":"OrderPlaced","version":1,"timestamp":"2024-03-04T08:15:00.000Z","data":{"status":"placed"}}
            this line is not JSON
            {"id":"e4","streamId":"account-1","streamType":"account","type":"MoneyDeposited","version":3,"timestamp":"2024-03-05T10:00:00.000Z","data":{"balance":25}}
            """;

    @TempDir
    Path dir;

    private final MainViewModel viewModel = new MainViewModel(new SourceLogOpener(), new CurrentThreadTaskExecutor());

    @Nested
    class GivenASmallLog {

        @Test
        void openingItShowsCountsTypesAndTimeRange() throws IOException {
            Path file = Files.writeString(dir.resolve("small.jsonl"), SMALL_LOG);

            viewModel.open(file);

            assertEquals(LoadState.LOADED, viewModel.stateProperty().get());
            assertEquals(new LogSummary("small.jsonl", 4, 2, 1,
                            List.of(new TypeCount("MoneyDeposited", 2), new TypeCount("AccountOpened", 1),
                                    new TypeCount("OrderPlaced", 1)),
                            Instant.parse("2024-03-04T08:00:00Z"), Instant.parse("2024-03-05T10:00:00Z")),
                    viewModel.summaryProperty().get());
            assertEquals("small.jsonl — Chronoscope", viewModel.titleProperty().get());
            assertEquals(4, viewModel.logProperty().get().size());
            assertEquals(1.0, viewModel.progressProperty().get());
            assertEquals("", viewModel.errorMessageProperty().get());
        }

        @Test
        void theRejectedLineIsKeptWithItsLineNumber() throws IOException {
            Path file = Files.writeString(dir.resolve("small.jsonl"), SMALL_LOG);

            viewModel.open(file);

            var rejections = viewModel.logProperty().get().rejections();
            assertEquals(List.of(5L), rejections.stream().map(r -> r.record()).toList());
        }
    }

    @Test
    void beforeOpeningTheTitleIsJustTheAppName() {
        assertEquals("Chronoscope", viewModel.titleProperty().get());
        assertEquals(LoadState.EMPTY, viewModel.stateProperty().get());
    }

    @Test
    void openingAMissingFileShowsAReadableErrorInsteadOfALog() {
        Path missing = dir.resolve("nope.jsonl");

        viewModel.open(missing);

        assertEquals(LoadState.FAILED, viewModel.stateProperty().get());
        assertEquals("File not found: " + missing.toAbsolutePath(), viewModel.errorMessageProperty().get());
        assertNull(viewModel.summaryProperty().get());
        assertEquals("nope.jsonl — Chronoscope", viewModel.titleProperty().get());
    }

    @Test
    void aFailingLoaderMessageIsShownWithoutExceptionNames() {
        MainViewModel failing = new MainViewModel((file, progress) -> {
            throw new IOException("line 3: expected a JSON object");
        }, new CurrentThreadTaskExecutor());

        failing.open(Path.of("broken.jsonl"));

        assertEquals("Could not read broken.jsonl: line 3: expected a JSON object",
                failing.errorMessageProperty().get());
    }

    @Test
    void progressIsReportedAsAFractionOfTheFile() {
        List<Double> seen = new ArrayList<>();
        MainViewModel vm = new MainViewModel((file, progress) -> {
            progress.progress(250, 1000);
            progress.progress(1000, 1000);
            return dev.chronoscope.event.EventLog.builder("x").build();
        }, new CurrentThreadTaskExecutor());
        vm.progressProperty().addListener((obs, old, now) -> seen.add(now.doubleValue()));

        vm.open(Path.of("x.jsonl"));

        assertEquals(List.of(MainViewModel.INDETERMINATE, 0.25, 1.0), seen);
        assertFalse(vm.loadingProperty().get());
    }

    @Test
    void theBundledSampleLoadsWithoutRejections() throws IOException {
        Path sample = BundledSample.locate();
        long lines = Files.readAllLines(sample).stream().filter(l -> !l.isBlank()).count();

        viewModel.open(sample);

        LogSummary summary = viewModel.summaryProperty().get();
        assertEquals(List.of(lines, 0L, 310L), List.of((long) summary.events(), (long) summary.rejected(),
                (long) summary.streams()));
        assertTrue(viewModel.titleProperty().get().startsWith("bank-and-shop.jsonl"));
    }

    @Nested
    class GivenALogIsOpen {

        @Test
        void aFileThatFailsLeavesTheOpenLogAndRaisesANotice() throws IOException {
            Path good = Files.writeString(dir.resolve("small.jsonl"), SMALL_LOG);
            viewModel.open(good);

            viewModel.open(dir.resolve("gone.jsonl"));

            assertEquals(LoadState.LOADED, viewModel.stateProperty().get());
            assertEquals(4, viewModel.logProperty().get().size());
            assertEquals("small.jsonl — Chronoscope", viewModel.titleProperty().get());
            Notice notice = viewModel.noticeProperty().get();
            assertEquals(Notice.Kind.ERROR, notice.kind());
            assertEquals("Could not open gone.jsonl", notice.header());
            assertEquals("File not found: " + dir.resolve("gone.jsonl").toAbsolutePath(), notice.detail());
        }

        @Test
        void cancellingALoadKeepsThePreviousLogOpen() throws IOException {
            Path good = Files.writeString(dir.resolve("small.jsonl"), SMALL_LOG);
            ExplorerViewModelTest.ManualExecutor manual = new ExplorerViewModelTest.ManualExecutor();
            MainViewModel vm = new MainViewModel(new SourceLogOpener(), manual);
            vm.open(good);
            manual.runNext(); // the load
            manual.runNext(); // the explorer's first replay
            vm.explorer().moveCursorTo(2);
            manual.runNext();

            vm.open(dir.resolve("big.jsonl"));
            assertTrue(vm.loadingProperty().get());
            vm.cancelLoading();

            assertFalse(vm.loadingProperty().get());
            assertEquals(LoadState.LOADED, vm.stateProperty().get());
            assertEquals(good, vm.fileProperty().get());
            assertEquals("small.jsonl — Chronoscope", vm.titleProperty().get());
            assertEquals(2, vm.explorer().cursorProperty().get());
        }

        @Test
        void theExplorerShowsTheLogAtTheRequestedPositionOnce() throws IOException {
            Path good = Files.writeString(dir.resolve("small.jsonl"), SMALL_LOG);
            viewModel.requestCursor(2L);

            viewModel.open(good);
            assertEquals(2, viewModel.explorer().cursorProperty().get());
            viewModel.open(good);
            assertEquals(4, viewModel.explorer().cursorProperty().get());
        }

        @Test
        void successfulOpensAreReportedForTheRecentList() throws IOException {
            Path good = Files.writeString(dir.resolve("small.jsonl"), SMALL_LOG);
            List<Path> opened = new ArrayList<>();
            viewModel.onOpened(opened::add);

            viewModel.open(good);
            viewModel.open(dir.resolve("gone.jsonl"));

            assertEquals(List.of(good), opened);
        }
    }

    @Test
    void aLoadsWorkWaitsUntilTheWindowHasShownItStarting() throws Exception {
        List<Runnable> signals = new ArrayList<>();
        java.util.concurrent.CountDownLatch read = new java.util.concurrent.CountDownLatch(1);
        ExplorerViewModelTest.ManualExecutor manual = new ExplorerViewModelTest.ManualExecutor();
        MainViewModel vm = new MainViewModel((file, progress) -> {
            read.countDown();
            return dev.chronoscope.event.EventLog.builder("x").build();
        }, manual);
        vm.setLoadStart(signals::add);

        vm.open(Path.of("x.jsonl"));
        assertTrue(vm.loadingProperty().get(), "the load shows at once");
        assertEquals(1, signals.size());
        Thread worker = new Thread(manual::runNext);
        worker.start();
        assertFalse(read.await(300, java.util.concurrent.TimeUnit.MILLISECONDS), "no reading before the frame is painted");

        signals.get(0).run(); // the window has painted the load starting
        assertTrue(read.await(300, java.util.concurrent.TimeUnit.MILLISECONDS));
        worker.join(5_000);
        assertEquals(LoadState.LOADED, vm.stateProperty().get());
    }

    @Test
    void aLoadStartsAnywayWhenTheWindowPaintsNoMore() {
        ExplorerViewModelTest.ManualExecutor manual = new ExplorerViewModelTest.ManualExecutor();
        MainViewModel vm = new MainViewModel((file, progress) -> dev.chronoscope.event.EventLog.builder("x").build(), manual);
        vm.setLoadStart(signal -> { }); // never painted

        vm.open(Path.of("x.jsonl"));
        long start = System.nanoTime();
        manual.runNext();
        long waitedMillis = (System.nanoTime() - start) / 1_000_000;

        assertEquals(LoadState.LOADED, vm.stateProperty().get());
        assertTrue(waitedMillis >= MainViewModel.LOAD_START_WAIT_MILLIS - 50 && waitedMillis < 5_000, waitedMillis + " ms");
    }

    @Test
    void progressNamesRecordsAndBytes() {
        List<String> seen = new ArrayList<>();
        MainViewModel vm = new MainViewModel((file, progress) -> {
            progress.progress(2048, 4096, 1500);
            return dev.chronoscope.event.EventLog.builder("x").build();
        }, new CurrentThreadTaskExecutor());
        vm.progressTextProperty().addListener((obs, old, now) -> seen.add(now));

        vm.open(Path.of("x.jsonl"));

        assertEquals("Reading x.jsonl — 1,500 records, 2.0 KB of 4.0 KB", seen.get(1));
    }
}
