package dev.chronoscope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The executor's threading contract, with a hand-driven queue standing in for the FX thread. */
class FxTaskExecutorTest {

    private final ConcurrentLinkedQueue<Runnable> uiQueue = new ConcurrentLinkedQueue<>();

    private void drainUi() {
        Runnable r;
        while ((r = uiQueue.poll()) != null) {
            r.run();
        }
    }

    @Test
    void manyProgressReportsQueueOnlyOneUiUpdateCarryingTheLatestValue() throws Exception {
        List<String> heard = new ArrayList<>();
        CountDownLatch finished = new CountDownLatch(1);
        try (FxTaskExecutor executor = new FxTaskExecutor(1, uiQueue::add)) {
            executor.submit(progress -> {
                for (int i = 1; i <= 10_000; i++) {
                    progress.progress(i, 10_000);
                }
                finished.countDown();
                return "done";
            }, new TaskExecutor.Listener<String>() {
                @Override
                public void progress(long done, long total) {
                    heard.add(done + "/" + total);
                }

                @Override
                public void succeeded(String result) {
                    heard.add(result);
                }

                @Override
                public void failed(Throwable error) {
                    heard.add("failed " + error);
                }
            });
            assertTrue(finished.await(5, TimeUnit.SECONDS));
            Thread.sleep(50);
            assertEquals(2, uiQueue.size(), "one coalesced progress update and the result");
            drainUi();
        }
        assertEquals(List.of("10000/10000", "done"), heard);
    }

    @Test
    void aCancelledTaskDeliversNothing() throws Exception {
        List<String> heard = new ArrayList<>();
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch finished = new CountDownLatch(1);
        try (FxTaskExecutor executor = new FxTaskExecutor(1, uiQueue::add)) {
            TaskExecutor.Handle handle = executor.submit(progress -> {
                release.await();
                finished.countDown();
                return "late";
            }, new TaskExecutor.Listener<String>() {
                @Override
                public void succeeded(String result) {
                    heard.add(result);
                }

                @Override
                public void failed(Throwable error) {
                    heard.add("failed");
                }
            });
            handle.cancel();
            release.countDown();
            assertTrue(finished.await(5, TimeUnit.SECONDS));
            Thread.sleep(50);
            drainUi();
        }
        assertEquals(List.of(), heard);
    }
}
