package org.pravasi.registry.backup;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.pravasi.registry.store.Store;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running node's operator socket ({@code DATA/admin.sock}, a Unix domain socket readable by the folder's owner
 * only): lets {@code pravasi-registry backup} take an online snapshot from the process that holds the store's lock. It
 * understands one request, {@code backup PATH}, and is not reachable over the network.
 */
public final class AdminSocket implements AutoCloseable {
    /** The socket's file name in the data folder. */
    public static final String FILE_NAME = "admin.sock";

    private static final Logger LOG = LoggerFactory.getLogger(AdminSocket.class);
    /** Longest socket path the operating system accepts (sun_path is 108 bytes on Linux). */
    private static final int MAX_PATH = 100;

    private final ServerSocketChannel server;
    private final Path file;

    private AdminSocket(ServerSocketChannel server, Path file) {
        this.server = server;
        this.file = file;
    }

    /**
     * Opens the socket for {@code store} in {@code dataDir}; empty (with a warning) where the platform or path does not
     * allow it.
     */
    public static Optional<AdminSocket> open(Store store, Path dataDir) {
        Path file = socketFile(dataDir);
        if (file.toString().length() > MAX_PATH) {
            LOG.warn(
                    "Data folder path too long for the operator socket; online backup is off (stop the node to back up): {}",
                    file);
            return Optional.empty();
        }
        try {
            Files.deleteIfExists(file);
            ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
            server.bind(UnixDomainSocketAddress.of(file));
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: the folder's own permissions protect it
            }
            AdminSocket socket = new AdminSocket(server, file);
            Thread t = new Thread(() -> socket.serve(store, dataDir), "pravasi-admin-socket");
            t.setDaemon(true);
            t.start();
            return Optional.of(socket);
        } catch (IOException | UnsupportedOperationException e) {
            LOG.warn(
                    "Operator socket not available ({}); online backup is off (stop the node to back up)",
                    e.getMessage());
            return Optional.empty();
        }
    }

    private void serve(Store store, Path dataDir) {
        while (server.isOpen()) {
            try (SocketChannel ch = server.accept();
                    BufferedReader in = new BufferedReader(
                            new InputStreamReader(Channels.newInputStream(ch), StandardCharsets.UTF_8));
                    PrintWriter out = new PrintWriter(Channels.newOutputStream(ch), true, StandardCharsets.UTF_8)) {
                String line = in.readLine();
                if (line == null || line.equals("ping")) {
                    out.println("ok");
                } else if (line.startsWith("backup ")) {
                    try {
                        BackupReport r = Snapshot.write(store, dataDir, Path.of(line.substring(7)));
                        LOG.info("Backup written to {} ({} quads, {} files)", r.file(), r.quads(), r.files());
                        out.println("ok " + r.quads() + " " + r.files() + " " + r.sha256());
                    } catch (RuntimeException e) {
                        out.println("error " + e.getMessage().replace('\n', ' '));
                    }
                } else {
                    out.println("error unknown request");
                }
            } catch (IOException e) {
                if (server.isOpen()) {
                    LOG.debug("Operator socket request failed: {}", e.getMessage());
                }
            }
        }
    }

    /** Whether a running node answers on {@code dataDir}'s socket. */
    public static boolean answers(Path dataDir) {
        try {
            return ask(dataDir, "ping").startsWith("ok");
        } catch (IOException e) {
            return false;
        }
    }

    /** Asks the node running on {@code dataDir} to write a backup to {@code out}; empty if no node answers. */
    public static Optional<BackupReport> requestBackup(Path dataDir, Path out) {
        String answer;
        try {
            answer = ask(dataDir, "backup " + out.toAbsolutePath());
        } catch (IOException e) {
            return Optional.empty();
        }
        if (!answer.startsWith("ok ")) {
            throw new BackupException(
                    "The running node could not write the backup: " + answer.replaceFirst("^error ", ""));
        }
        String[] p = answer.split(" ");
        return Optional.of(new BackupReport(out, Long.parseLong(p[1]), Integer.parseInt(p[2]), p[3]));
    }

    private static String ask(Path dataDir, String request) throws IOException {
        Path file = socketFile(dataDir);
        if (!Files.exists(file) || file.toString().length() > MAX_PATH) {
            throw new IOException("no socket");
        }
        try (SocketChannel ch = SocketChannel.open(UnixDomainSocketAddress.of(file));
                BufferedReader in =
                        new BufferedReader(new InputStreamReader(Channels.newInputStream(ch), StandardCharsets.UTF_8));
                PrintWriter out = new PrintWriter(Channels.newOutputStream(ch), true, StandardCharsets.UTF_8)) {
            out.println(request);
            String line = in.readLine();
            return line == null ? "error no answer" : line;
        }
    }

    private static Path socketFile(Path dataDir) {
        return dataDir.toAbsolutePath().normalize().resolve(FILE_NAME);
    }

    @Override
    public void close() {
        try {
            server.close();
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.debug("Closing the operator socket: {}", e.getMessage());
        }
    }
}
