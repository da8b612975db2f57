package org.pravasi.registry.cli;

import java.io.PrintStream;
import java.util.List;
import picocli.CommandLine;

/**
 * The registry's command line ({@link RegistryCommand} and its sub-commands, on picocli): runs one command and returns
 * its {@link ExitCode}.
 */
public final class Cli {
    private final Streams streams;

    /** Creates the CLI writing to the given streams, with no terminal and this process's environment. */
    public Cli(PrintStream out, PrintStream err) {
        this(new Streams(out, err, false, System.getenv()));
    }

    /** Creates the CLI over {@code streams}. */
    public Cli(Streams streams) {
        this.streams = streams;
    }

    /**
     * The picocli model of {@code pravasi-registry}: its commands and flags (the README's tables are checked on it).
     */
    public static CommandLine commandLine(Streams streams) {
        CommandLine cmd = CommandLines.create(new RegistryCommand(), streams);
        // on the root only: sub-commands inherit the help options, not this footer
        cmd.getCommandSpec()
                .usageMessage()
                .footer(
                        "",
                        "Run 'pravasi-registry COMMAND --help' for a command's flags and the environment variables it"
                                + " reads.");
        return cmd;
    }

    /** Runs {@code args} and returns the exit code. */
    public int run(List<String> args) {
        int code = commandLine(streams).execute(args.toArray(String[]::new));
        streams.out().flush();
        streams.err().flush();
        return code;
    }
}
