package dev.chronoscope.source;

/** Thrown when a load stops because its {@link LoadListener#cancelled()} answered {@code true}. */
public class LoadCancelledException extends Exception {

    private static final long serialVersionUID = 1L;

    public LoadCancelledException() {
        super("load cancelled");
    }
}
