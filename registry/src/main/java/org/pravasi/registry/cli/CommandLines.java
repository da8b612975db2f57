package org.pravasi.registry.cli;

import java.io.EOFException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.net.ConnectException;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.ZipException;
import org.pravasi.registry.backup.BackupException;
import org.pravasi.registry.config.ConfigException;
import org.pravasi.registry.config.EnvironmentDefaults;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Sets up a picocli command line the way every Pravasi command line works: output to the given {@link Streams},
 * {@code PRAVASI_*} defaults, the exit-code table in {@code --help}, and errors as one message for people (what, where,
 * how to fix) with their {@link ExitCode}, never a stack trace.
 */
public final class CommandLines {
    private CommandLines() {}

    /**
     * A command line for {@code command}; its sub-commands are made with a constructor taking {@link Streams} if they
     * have one, else picocli's default.
     */
    public static CommandLine create(Object command, Streams streams) {
        CommandLine cmd = new CommandLine(command, factory(streams));
        // A flag given twice takes its last value, as before picocli: wrappers (scripts, tests) append overrides.
        cmd.setOverwrittenOptionsAllowed(true);
        cmd.setOut(new PrintWriter(streams.out(), true, StandardCharsets.UTF_8));
        cmd.setErr(new PrintWriter(streams.err(), true, StandardCharsets.UTF_8));
        new EnvironmentDefaults(streams.env()).install(cmd);
        Map<String, String> codes = new LinkedHashMap<>();
        for (ExitCode c : ExitCode.values()) {
            codes.put(Integer.toString(c.code()), c.meaning().replace("`", ""));
        }
        cmd.getCommandSpec()
                .usageMessage()
                .exitCodeListHeading("%nExit codes:%n")
                .exitCodeList(codes);
        cmd.setParameterExceptionHandler(CommandLines::usageError);
        cmd.setExecutionExceptionHandler((e, c, parsed) -> failed(e, c));
        return cmd;
    }

    private static CommandLine.IFactory factory(Streams streams) {
        CommandLine.IFactory fallback = CommandLine.defaultFactory();
        return new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> cls) throws Exception {
                for (Constructor<?> c : cls.getDeclaredConstructors()) {
                    if (c.getParameterCount() == 1 && c.getParameterTypes()[0] == Streams.class) {
                        c.setAccessible(true);
                        return cls.cast(c.newInstance(streams));
                    }
                }
                return fallback.create(cls);
            }
        };
    }

    private static int usageError(CommandLine.ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        PrintWriter err = cmd.getErr();
        String env = e instanceof CommandLine.MissingParameterException m
                ? m.getMissing().stream()
                        .filter(a -> a instanceof OptionSpec)
                        .flatMap(a -> EnvironmentDefaults.variable((OptionSpec) a).stream())
                        .collect(Collectors.joining(", "))
                : "";
        err.println("Error: " + e.getMessage() + (env.isEmpty() ? "" : " (or set " + env + ")"));
        CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
        err.println("Run '" + cmd.getCommandSpec().qualifiedName() + " --help' for its commands and flags.");
        err.flush();
        return ExitCode.USAGE.code();
    }

    private static int failed(Exception e, CommandLine cmd) {
        ExitCode code = exitCode(e);
        PrintWriter err = cmd.getErr();
        String hint = code == ExitCode.IO
                ? " Check that the folder exists and is writable by this user, and that the disk has space."
                : "";
        err.println("Error: " + message(e, code) + hint);
        err.flush();
        return code.code();
    }

    /** The exit code of a failure. */
    static ExitCode exitCode(Throwable e) {
        return switch (e) {
            case CliException c -> c.exitCode();
            case ConfigException c -> ExitCode.USAGE;
            case BackupException b ->
                // a file that is not a zip, or a truncated one, is bad input, not a failing disk
                b.getCause() instanceof IOException io && !(io instanceof ZipException || io instanceof EOFException)
                        ? ExitCode.IO
                        : ExitCode.BAD_INPUT;
            case ConnectException c -> ExitCode.UNAVAILABLE;
            case HttpTimeoutException t -> ExitCode.UNAVAILABLE;
            case NoSuchFileException n -> ExitCode.BAD_INPUT;
            case IOException i -> ExitCode.IO;
            case UncheckedIOException u -> exitCode(u.getCause());
            default -> ExitCode.INTERNAL;
        };
    }

    private static String message(Throwable e, ExitCode code) {
        return switch (e) {
            case UncheckedIOException u -> message(u.getCause(), code);
            case ConnectException c ->
                "cannot connect to the node (" + c.getMessage() + "). Check --node and that the node is running.";
            case HttpTimeoutException t ->
                "the node did not answer in time (" + t.getMessage()
                        + "). Check that it is running and not overloaded, then try again.";
            case NoSuchFileException n -> "no such file: " + n.getFile() + ". Check the path.";
            case AccessDeniedException a ->
                "permission denied: " + a.getFile() + ". Run as the user that owns it, or name another path.";
            case FileSystemException f -> f.getFile() + ": " + f.getReason();
            default ->
                code == ExitCode.INTERNAL
                        ? "internal error (" + e.getClass().getSimpleName() + ": " + e.getMessage()
                                + "). This is a bug; please report it with the command you ran."
                        : String.valueOf(e.getMessage());
        };
    }
}
