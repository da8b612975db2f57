package org.pravasi.registry.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;
import org.pravasi.registry.backup.AdminSocket;
import org.pravasi.registry.backup.BackupReport;
import org.pravasi.registry.backup.Snapshot;
import org.pravasi.registry.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code backup --data DIR [--out FILE]}: a consistent snapshot, taken by the running node over its operator socket or,
 * when no node runs, by opening the store directly.
 */
@Command(
        name = "backup",
        description = "Writes a consistent snapshot of a node (store, key hashes, archive) to one zip, also while the"
                + " node or portal runs.")
final class BackupCommand implements Callable<Integer> {
    private final Streams streams;

    @Mixin
    DataFolder folder;

    @Option(
            names = "--out",
            paramLabel = "FILE",
            description = "the zip to write (default: pravasi-backup-DATE-TIME.zip)")
    Path out;

    BackupCommand(Streams streams) {
        this.streams = streams;
    }

    @Override
    public Integer call() {
        Path data = folder.data;
        Path file = out != null
                ? out
                : Path.of("pravasi-backup-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"))
                        + ".zip");
        try {
            Snapshot.outsideTheData(data, file);
        } catch (IllegalArgumentException e) {
            throw new CliException(ExitCode.BAD_INPUT, e.getMessage());
        }
        streams.err().println("Backing up " + data.toAbsolutePath() + " to " + file.toAbsolutePath() + " …");
        BackupReport r;
        WrittenMeter meter = WrittenMeter.start(streams, "Backing up", Snapshot.partOf(file));
        try {
            r = AdminSocket.requestBackup(data, file).orElseGet(() -> {
                if (!Files.isDirectory(data.resolve("tdb2"))) {
                    throw new CliException(
                            ExitCode.BAD_INPUT,
                            "no store in " + data.toAbsolutePath() + ": name the node's data folder with --data DIR.");
                }
                try (Store store = Store.open(data)) {
                    return Snapshot.write(store, data, file);
                }
            });
        } finally {
            meter.close();
        }
        streams.out()
                .println("Backup written to " + r.file().toAbsolutePath() + ": " + r.quads() + " quads, " + r.files()
                        + " other files, SHA-256 " + r.sha256());
        return ExitCode.OK.code();
    }
}
