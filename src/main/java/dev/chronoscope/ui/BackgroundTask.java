package dev.chronoscope.ui;

/** Work that runs off the FX thread: loading, folding, searching. Must not touch JavaFX nodes or properties. */
@FunctionalInterface
public interface BackgroundTask<T> {

    T run(ProgressSink progress) throws Exception;
}
