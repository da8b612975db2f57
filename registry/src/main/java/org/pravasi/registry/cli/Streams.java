package org.pravasi.registry.cli;

import java.io.Console;
import java.io.PrintStream;
import java.util.Map;
import java.util.Objects;

/**
 * Where a command writes and what it may read: standard output (results), standard error (messages, progress), whether
 * a person watches a terminal (then progress is drawn as a bar), and the environment.
 *
 * @param out results, for people and pipes
 * @param err messages and progress
 * @param terminal whether a terminal is attached; on pipes and in logs progress is a few plain lines
 * @param env the environment variables ({@code PRAVASI_*} defaults)
 */
public record Streams(PrintStream out, PrintStream err, boolean terminal, Map<String, String> env) {
    /** Checks the parts. */
    public Streams {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(err, "err");
        env = Map.copyOf(env);
    }

    /** The process's own streams and environment, with a terminal when one is attached. */
    public static Streams system() {
        return new Streams(System.out, System.err, isTerminal(), System.getenv());
    }

    /**
     * Whether this process talks to a terminal: a console exists and, on Java 22 and later (where a console exists for
     * redirected streams too), {@code Console.isTerminal()} says so.
     */
    static boolean isTerminal() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true; // Java 21: a console is only there for a terminal
        }
    }
}
