package org.pravasi.registry.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.pravasi.registry.backup.AdminSocket;
import org.pravasi.registry.backup.BackupReport;
import org.pravasi.registry.backup.Restore;
import org.pravasi.registry.backup.Snapshot;
import org.pravasi.registry.config.Flags;
import org.pravasi.registry.store.Store;

/**
 * {@code backup --data DIR [--out FILE]}: a consistent snapshot, taken by the running node over its operator socket or,
 * when no node runs, by opening the store directly. {@code restore --data DIR --from FILE [--force]}.
 */
final class BackupCommand {
    private final PrintStream out;

    BackupCommand(PrintStream out) {
        this.out = out;
    }

    int backup(List<String> args) {
        Flags flags = Flags.parse(args, List.of("data", "out"));
        Path data = Path.of(flags.last("data").orElse("data"));
        Path file = Path.of(flags.last("out")
                .orElse("pravasi-backup-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"))
                        + ".zip"));
        BackupReport r = AdminSocket.requestBackup(data, file).orElseGet(() -> {
            if (!java.nio.file.Files.isDirectory(data.resolve("tdb2"))) {
                throw new org.pravasi.registry.config.ConfigException(
                        "No store in " + data.toAbsolutePath() + ": name the node's data folder with --data DIR.");
            }
            try (Store store = Store.open(data)) {
                return Snapshot.write(store, data, file);
            }
        });
        out.println("Backup written to " + r.file().toAbsolutePath() + ": " + r.quads() + " quads, " + r.files()
                + " other files, SHA-256 " + r.sha256());
        return 0;
    }

    int restore(List<String> args) {
        Flags flags = Flags.parse(args, List.of("data", "from", "force"));
        Path data = Path.of(flags.required("data", "name the (new) data folder to restore into"));
        Path from = Path.of(flags.required("from", "name the backup file written by 'pravasi-registry backup'"));
        Restore.Result r = Restore.restore(
                from, data, flags.last("force").map(Boolean::parseBoolean).orElse(false));
        out.println(
                "Restored " + r.report().quads() + " quads and " + r.report().files() + " other files into "
                        + data.toAbsolutePath() + " (verified against the backup's manifest).");
        if (r.movedAside() != null) {
            out.println("The previous contents were moved to " + r.movedAside() + ".");
        }
        return 0;
    }
}
