package dev.chronoscope.ui.settings;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The recently opened sources, most recent first, without duplicates (compared as absolute,
 * normalised paths), at most {@value #MAX}. Kept in {@link Settings}; every change is saved at once
 * so that the list survives a crash.
 */
public final class RecentFiles {

    public static final int MAX = 10;

    private final Settings settings;

    public RecentFiles(Settings settings) {
        this.settings = settings;
    }

    /** Puts {@code path} first, dropping an earlier entry for the same file and the oldest beyond {@value #MAX}. */
    public synchronized void add(Path path) {
        Path key = key(path);
        List<Path> paths = new ArrayList<>(list());
        paths.remove(key);
        paths.add(0, key);
        store(paths.size() > MAX ? paths.subList(0, MAX) : paths);
    }

    /** The entries, most recent first, as absolute normalised paths. */
    public synchronized List<Path> list() {
        List<Path> paths = new ArrayList<>();
        for (Path p : settings.recentSources()) {
            Path key = key(p);
            if (!paths.contains(key)) {
                paths.add(key);
            }
        }
        return List.copyOf(paths);
    }

    /** Forgets {@code path}; returns whether it was listed. */
    public synchronized boolean remove(Path path) {
        List<Path> paths = new ArrayList<>(list());
        boolean removed = paths.remove(key(path));
        if (removed) {
            store(paths);
        }
        return removed;
    }

    /** Forgets every entry whose file no longer exists and returns those, in list order. */
    public synchronized List<Path> removeStale() {
        List<Path> kept = new ArrayList<>();
        List<Path> stale = new ArrayList<>();
        for (Path p : list()) {
            (Files.exists(p) ? kept : stale).add(p);
        }
        if (!stale.isEmpty()) {
            store(kept);
        }
        return List.copyOf(stale);
    }

    /** Forgets every entry. */
    public synchronized void clear() {
        store(List.of());
    }

    private void store(List<Path> paths) {
        settings.setRecentSources(paths);
        settings.save();
    }

    private static Path key(Path path) {
        return path.toAbsolutePath().normalize();
    }
}
