package dev.chronoscope.ui;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.management.JMException;
import javax.management.ObjectName;

/**
 * Gives HotSpot's JIT compilers the window's directives ({@code jit-directives.json}) at run time,
 * through the JVM's own diagnostic command ({@code jcmd PID Compiler.directives_add}), since the
 * README's commands pass no JVM options: ADRs 0016 and 0017 (JavaFX's own code compiled by C1
 * only). On a JVM without that command nothing changes.
 */
public final class JitDirectives {

    /** Set to {@code false} to start without the directives (to measure what they change). */
    public static final String ENABLED_PROPERTY = "chronoscope.jitDirectives";
    /** A directives file to install instead of the bundled one (to measure another set). */
    public static final String FILE_PROPERTY = "chronoscope.jitDirectivesFile";

    private static final AtomicBoolean INSTALLED = new AtomicBoolean();

    private JitDirectives() {}

    /**
     * Installs the directives on a thread of their own (the JVM's management beans take a few
     * hundred milliseconds to start), once per JVM. Call it first thing: a method already compiled
     * keeps its code.
     */
    public static void installInBackground() {
        Thread t = new Thread(JitDirectives::install, "jit-directives");
        t.setDaemon(true);
        t.start();
    }

    /**
     * Installs the directives now, once per JVM; returns whether this call installed them (false
     * when disabled, done before, or refused by the JVM).
     */
    static boolean install() {
        if (!Boolean.parseBoolean(System.getProperty(ENABLED_PROPERTY, "true")) || !INSTALLED.compareAndSet(false, true)) {
            return false;
        }
        Path file = null;
        String other = System.getProperty(FILE_PROPERTY);
        try (InputStream in = other != null ? Files.newInputStream(Path.of(other))
                : JitDirectives.class.getResourceAsStream("jit-directives.json")) {
            if (in == null) {
                return false;
            }
            // the diagnostic command reads its directives from a file
            file = Files.createTempFile("chronoscope-jit-", ".json");
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            // "1 compiler directives added", or a parse error and none
            String answer = String.valueOf(diagnosticCommand("compilerDirectivesAdd", file.toString())).strip();
            return answer.matches("[1-9]\\d* compiler directives added");
        } catch (IOException | JMException | RuntimeException | LinkageError e) {
            return false; // not HotSpot, or no management: the JIT keeps its defaults
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // a temporary file of a few hundred bytes
                }
            }
        }
    }

    /** The JVM's directives as {@code jcmd PID Compiler.directives_print} prints them. */
    static String print() throws JMException {
        return String.valueOf(diagnosticCommand("compilerDirectivesPrint"));
    }

    private static Object diagnosticCommand(String operation, String... arguments) throws JMException {
        return ManagementFactory.getPlatformMBeanServer().invoke(new ObjectName("com.sun.management:type=DiagnosticCommand"),
                operation, new Object[] {arguments}, new String[] {String[].class.getName()});
    }
}
