package org.pravasi.registry.cli;

import java.util.Objects;

/** A command that cannot go on, with a message for people (what, where, how to fix) and its {@link ExitCode}. */
public final class CliException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient ExitCode exitCode;

    /** Creates the exception. */
    public CliException(ExitCode exitCode, String message) {
        super(message);
        this.exitCode = Objects.requireNonNull(exitCode, "exitCode");
    }

    /** The exit code it ends the command with. */
    public ExitCode exitCode() {
        return exitCode;
    }
}
