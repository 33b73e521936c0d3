package dev.chronoscope.ui.settings;

import dev.chronoscope.source.db.DatabaseOptions;
import java.util.ArrayList;
import java.util.List;

/**
 * The recently opened database sources, most recent first, at most {@value #MAX}: URL, user,
 * preset, schema and query, never the password. Two entries are the same source when all of those
 * are equal. Kept in {@link Settings}; every change is saved at once, like {@link RecentFiles}.
 */
public final class RecentDatabases {

    public static final int MAX = 10;

    private final Settings settings;

    public RecentDatabases(Settings settings) {
        this.settings = settings;
    }

    /** Puts {@code source} (its password dropped) first, dropping an earlier entry for the same source. */
    public synchronized void add(DatabaseOptions source) {
        DatabaseOptions key = withoutPassword(source);
        List<DatabaseOptions> sources = new ArrayList<>(list());
        sources.remove(key);
        sources.add(0, key);
        store(sources.size() > MAX ? sources.subList(0, MAX) : sources);
    }

    /** The entries, most recent first, without passwords. */
    public synchronized List<DatabaseOptions> list() {
        return settings.recentDatabases();
    }

    /** Forgets every entry. */
    public synchronized void clear() {
        store(List.of());
    }

    /**
     * {@code source} with the password removed, the form in which sources are remembered: no
     * password, and a {@code password=} parameter in the URL blanked ({@link DatabaseOptions#displayUrl()}).
     */
    public static DatabaseOptions withoutPassword(DatabaseOptions source) {
        return new DatabaseOptions(source.displayUrl(), source.preset(), source.user(), null, source.query(), source.schema());
    }

    /** Whether {@code source} can be opened again without asking: it names no user and its URL had no password. */
    public static boolean opensWithoutAsking(DatabaseOptions source) {
        return (source.user() == null || source.user().isBlank()) && source.url().equals(source.displayUrl())
                && !source.url().contains("password=***") && !source.url().contains("PASSWORD=***");
    }

    private void store(List<DatabaseOptions> sources) {
        settings.setRecentDatabases(sources);
        settings.save();
    }
}
