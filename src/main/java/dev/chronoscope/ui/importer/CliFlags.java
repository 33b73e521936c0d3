package dev.chronoscope.ui.importer;

import dev.chronoscope.source.LoadOptions;
import dev.chronoscope.source.Role;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The command-line flags that load a CSV file with given options, quoted for a POSIX shell. */
final class CliFlags {

    /** Roles in the order the flags list them. */
    private static final List<Role> ORDER = List.of(Role.STREAM, Role.STREAM_TYPE, Role.TYPE, Role.TIME, Role.VERSION,
            Role.ID, Role.DATA, Role.METADATA);

    private CliFlags() {}

    static String of(LoadOptions o) {
        List<String> flags = new ArrayList<>();
        Map<String, String> m = o.mapping();
        for (Role role : ORDER) {
            String field = m.get(role.roleName());
            if (field != null) {
                flags.add("--map " + role.roleName() + "=" + quote(field));
            }
        }
        o.ignored().stream().sorted().forEach(c -> flags.add("--ignore " + quote(c)));
        if (o.delimiter() != null) {
            flags.add("--delimiter " + (o.delimiter() == '\t' ? "tab" : quote(o.delimiter().toString())));
        }
        if (!o.encoding().equals(StandardCharsets.UTF_8)) {
            flags.add("--encoding " + (o.encoding().equals(StandardCharsets.ISO_8859_1) ? "latin1" : o.encoding().name()));
        }
        if (o.nullToken() != null) {
            flags.add("--null " + quote(o.nullToken()));
        }
        if (o.timeFormat() != null) {
            flags.add("--time-format " + quote(o.timeFormat()));
        }
        if (!o.zone().equals(ZoneOffset.UTC)) {
            flags.add("--zone " + quote(o.zone().getId()));
        }
        if (o.orderByTime()) {
            flags.add("--order time");
        }
        if (o.entry() != null) {
            flags.add("--entry " + quote(o.entry()));
        }
        return String.join(" ", flags);
    }

    /** The text as is when the shell leaves it alone, else in double quotes; an empty text stays empty. */
    static String quote(String s) {
        if (s.isEmpty()) {
            return "";
        }
        boolean plain = s.chars().allMatch(c -> Character.isLetterOrDigit(c) || "_-.:/+@%,?".indexOf(c) >= 0);
        if (plain) {
            return s;
        }
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\' || c == '$' || c == '`') {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.append('"').toString();
    }
}
