package dev.chronoscope.ui;

import java.nio.file.Path;

/**
 * Something the window should tell the user once, in a dialog: an export that was written, a file
 * that could not be read. View-models publish it; the view shows it and forgets it.
 *
 * @param kind whether it reports success or failure
 * @param header one short line
 * @param detail what happened, naming files and reasons
 * @param path the file concerned (to copy or reveal), or {@code null}
 */
public record Notice(Kind kind, String header, String detail, Path path) {

    /** The flavour of a notice. */
    public enum Kind {
        INFO,
        ERROR
    }

    static Notice info(String header, String detail, Path path) {
        return new Notice(Kind.INFO, header, detail, path);
    }

    static Notice error(String header, String detail) {
        return new Notice(Kind.ERROR, header, detail, null);
    }
}
