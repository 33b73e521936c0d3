package dev.chronoscope.source.db;

import java.util.Locale;

/** How the tables of an event store map onto the envelope (see ADR 0008 and the list). */
public enum Preset {
    /** Axon Framework 4: {@code domain_event_entry} (JPA) or {@code DomainEventEntry} (JDBC). */
    AXON,
    /** Marten: {@code mt_events} with the stream type from {@code mt_streams}, in any schema. */
    MARTEN,
    /** Eventuous (PostgreSQL): {@code eventuous.messages} with stream names from {@code eventuous.streams}. */
    EVENTUOUS,
    /** Message DB: {@code message_store.messages}. */
    MESSAGEDB,
    /** Any {@code --query}, its result columns mapped to roles with {@code --map ROLE=COLUMN}. */
    GENERIC;

    /** The name used on the command line and in reports: {@code axon}, {@code marten}, …. */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The preset with this command-line name (any case), or {@code null}. */
    public static Preset byName(String name) {
        for (Preset p : values()) {
            if (p.cliName().equalsIgnoreCase(name)) {
                return p;
            }
        }
        return null;
    }
}
