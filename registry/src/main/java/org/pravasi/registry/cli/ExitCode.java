package org.pravasi.registry.cli;

/**
 * The exit codes of {@code pravasi-registry} and {@code pravasi-portal.jar}, one meaning each; the README's table of
 * exit codes is this enum ({@code ReadmeCommandLineTest} checks it).
 */
public enum ExitCode {
    /** Done: published, valid (dry run), unchanged, withdrawn, written, restored, listed. */
    OK(0, "done: published, valid (dry run), unchanged, withdrawn, key created or revoked, backup written, restored"),
    /** The node refused the request: findings in the data, a key it does not accept, nothing to withdraw or revoke. */
    REFUSED(
            1,
            "refused: the node refused the data (the findings say what, where and how to fix), the key, or there"
                    + " is nothing to withdraw or revoke"),
    /** Unknown command or flag, missing or malformed value: picocli's usage error. */
    USAGE(
            2,
            "usage: unknown command or flag, a missing or malformed value (the message names the flag; `--help`"
                    + " lists them)"),
    /** A file or folder named on the command line is missing, unreadable or not what it should be. */
    BAD_INPUT(
            3,
            "bad input: a file or folder named on the command line is missing or not what it should be (no store"
                    + " in `--data`, a backup that does not verify, a non-empty restore folder without `--force`)"),
    /** The node cannot be reached, timed out, or failed (HTTP 5xx). */
    UNAVAILABLE(4, "node unavailable: it cannot be reached at `--node`, timed out, or failed (HTTP 5xx)"),
    /** Reading or writing local files failed. */
    IO(5, "I/O error: reading or writing a local file failed (permissions, disk full)"),
    /** A bug: the message says what failed. */
    INTERNAL(70, "internal error: a bug; the message says what failed (please report it)");

    private final int code;
    private final String meaning;

    ExitCode(int code, String meaning) {
        this.code = code;
        this.meaning = meaning;
    }

    /** The process exit status. */
    public int code() {
        return code;
    }

    /** What it means, as the README's table says. */
    public String meaning() {
        return meaning;
    }
}
