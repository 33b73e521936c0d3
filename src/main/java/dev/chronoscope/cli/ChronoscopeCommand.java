package dev.chronoscope.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The top-level {@code chronoscope} command. With no subcommand it opens the GUI on the bundled
 * sample; otherwise it runs one of the subcommands of DESIGN.md.
 *
 * <p>Exit codes: 0 success, 1 the source cannot be read (or {@code --strict} met a bad record, or
 * an output cannot be written), 2 usage error.
 */
@Command(name = "chronoscope",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Time-travel explorer for event-sourced systems. With no command, opens the GUI.",
        subcommands = {
            InfoCommand.class,
            EventsCommand.class,
            StateCommand.class,
            DiffCommand.class,
            ExportCommand.class,
            BenchCommand.class,
            GuiCommand.class
        })
public final class ChronoscopeCommand implements Callable<Integer> {

    /** Exit code for a source that cannot be read, a strict-mode rejection or a failed write. */
    public static final int EXIT_FAILURE = 1;
    /** Exit code for a usage error. */
    public static final int EXIT_USAGE = 2;

    private final OutputStream out;
    private final PrintStream err;

    ChronoscopeCommand(OutputStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** Where commands write their JSON (UTF-8). */
    OutputStream out() {
        return out;
    }

    /** Where commands write warnings and errors. */
    PrintStream err() {
        return err;
    }

    @Override
    public Integer call() {
        GuiCommand.openGui(null, null);
        return 0;
    }

    /** Runs the command line against the process's stdout and stderr; returns the exit code. */
    public static int run(String... args) {
        OutputStream stdout = new FileOutputStream(FileDescriptor.out);
        PrintStream stderr = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        return run(stdout, stderr, args);
    }

    /** Runs the command line against the given streams; returns the exit code. */
    public static int run(OutputStream out, PrintStream err, String... args) {
        CommandLine cli = new CommandLine(new ChronoscopeCommand(out, err));
        cli.setOut(new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), true));
        cli.setErr(new PrintWriter(err, true));
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof CommandFailure failure) {
                err.println("chronoscope: " + failure.getMessage());
                return EXIT_FAILURE;
            }
            if (e instanceof CommandLine.ParameterException pe) {
                err.println("chronoscope: " + pe.getMessage());
                pe.getCommandLine().usage(err);
                return EXIT_USAGE;
            }
            throw e;
        });
        int code = cli.execute(args);
        try {
            out.flush();
        } catch (java.io.IOException ignored) {
            // stdout closed by the reader (e.g. `| head`): nothing more to say
        }
        return code;
    }
}
