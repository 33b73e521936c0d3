package dev.chronoscope.ui.dialogs;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.testfx.util.WaitForAsyncUtils;

/** Small helpers for the dialog tests. */
final class DialogTestSupport {

    private DialogTestSupport() {}

    /** Runs {@code action} on the FX thread and returns its result. */
    static <T> T onFx(Callable<T> action) {
        try {
            return WaitForAsyncUtils.asyncFx(action).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
