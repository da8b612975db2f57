package org.pravasi.registry.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.pravasi.registry.backup.Restore;
import org.pravasi.registry.config.Env;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code restore --data DIR --from FILE [--force]}: restores a backup into a new (or, with --force, used) folder. */
@Command(
        name = "restore",
        description = "Restores a backup into a data folder, after checking it against its manifest (quad count and"
                + " SHA-256).")
final class RestoreCommand implements Callable<Integer> {
    private final Streams streams;

    @Env
    @Option(
            names = "--data",
            required = true,
            paramLabel = "DIR",
            description = "the (new) data folder to restore into")
    Path data;

    @Option(
            names = "--from",
            required = true,
            paramLabel = "FILE",
            description = "the backup written by 'pravasi-registry backup'")
    Path from;

    @Option(
            names = "--force",
            arity = "0..1",
            paramLabel = "BOOLEAN",
            fallbackValue = "true",
            description = "restore into a non-empty folder, moving its contents aside first")
    boolean force;

    RestoreCommand(Streams streams) {
        this.streams = streams;
    }

    @Override
    public Integer call() {
        streams.err().println("Restoring " + from + " into " + data.toAbsolutePath() + " …");
        Restore.Result r;
        long size = sizeOf(from);
        Progress progress = Progress.of(streams, "Restoring " + from.getFileName(), size);
        try {
            r = Restore.restore(from, data, force, size > 0 ? progress::advance : bytes -> {});
            progress.advance(size); // the zip's central directory at its end is not read, yet all was restored
        } finally {
            progress.end();
        }
        streams.out()
                .println("Restored " + r.report().quads() + " quads and "
                        + r.report().files() + " other files into " + data.toAbsolutePath()
                        + " (verified against the backup's manifest).");
        if (r.movedAside() != null) {
            streams.out().println("The previous contents were moved to " + r.movedAside() + ".");
        }
        return ExitCode.OK.code();
    }

    /** The backup's size, or 0 when it is not a readable file (the restore then says what is wrong). */
    private static long sizeOf(Path file) {
        try {
            return java.nio.file.Files.isRegularFile(file) ? java.nio.file.Files.size(file) : 0;
        } catch (java.io.IOException e) {
            return 0;
        }
    }
}
