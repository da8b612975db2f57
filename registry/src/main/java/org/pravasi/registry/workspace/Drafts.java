package org.pravasi.registry.workspace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.pravasi.registry.ingest.Finding;
import org.pravasi.registry.store.OwnerOnly;
import tools.jackson.databind.json.JsonMapper;

/**
 * Uploads kept as drafts on the node's disk, never in the store: {@code <folder>/<org>/drafts/<id>/} holds the file as
 * uploaded and {@code draft.json} (the officer's choices), owner-only. At most {@link #MAX_PER_ORG} drafts per
 * organisation, each at most the upload limit. A draft untouched for {@link #TTL} is deleted by the next sweep, and a
 * file in {@code <org>/drafts/incoming/} untouched for {@link #INCOMING_IDLE} (an upload cut by a crash or a dropped
 * connection) too: {@link #sweep} runs whenever a member opens the organisation's drafts, and {@link #sweepAll} for
 * every organisation on the node's schedule, so the lifetime holds whether or not anyone comes back.
 */
public final class Drafts {
    /** How long a draft is kept after its last change. */
    public static final Duration TTL = Duration.ofDays(7);
    /** Drafts an organisation may keep at once. */
    public static final int MAX_PER_ORG = 10;
    /**
     * How long a half-received upload may go without a byte before it counts as left over: an upload being streamed
     * writes to its file as bytes arrive, and none takes an hour between two.
     */
    public static final Duration INCOMING_IDLE = Duration.ofHours(1);

    private static final Pattern ORG = Pattern.compile("[a-z0-9][a-z0-9-]{1,62}");
    private static final Pattern ID = Pattern.compile("[0-9a-f]{20}");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String STATE = "draft.json";
    private static final String FILE = "upload";
    private static final String INCOMING = "incoming";

    private final Path folder;
    private final UploadLimits limits;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    private Drafts(Path folder, UploadLimits limits, Clock clock) {
        this.folder = folder;
        this.limits = limits;
        this.clock = clock;
    }

    /** Drafts kept under {@code folder} (for a node, {@code data/workspace}). */
    public static Drafts in(Path folder, UploadLimits limits, Clock clock) {
        return new Drafts(folder, limits, clock);
    }

    /** The upload limits drafts are held to. */
    public UploadLimits limits() {
        return limits;
    }

    /** A new owner-only file in the organisation's folder to stream an upload into, before {@link #create}. */
    public synchronized Path incoming(String org) {
        try {
            Path dir = OwnerOnly.folders(drafts(org).resolve(INCOMING));
            Path f = dir.resolve(newId());
            OwnerOnly.newFile(f).close();
            // Stamped by the same clock as the sweeps that read it.
            Files.setLastModifiedTime(f, java.nio.file.attribute.FileTime.fromMillis(clock.millis()));
            return f;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Keeps the file streamed into {@code incoming} as a new draft, if the organisation has room and the file can be
     * read; otherwise deletes it and answers the findings (nothing kept).
     */
    public synchronized Result create(String org, String fileName, Path incoming, UploadReader reader) {
        try {
            sweep(org);
            long size = Files.size(incoming);
            List<Finding> refused = new ArrayList<>();
            if (list(org).size() >= MAX_PER_ORG) {
                refused.add(Finding.error(
                        fileName,
                        "",
                        "Your organisation already keeps " + MAX_PER_ORG + " drafts, the most allowed.",
                        "Publish or delete a draft from the list of drafts, then upload again."));
            } else {
                Upload upload =
                        new Upload(fileName, size > limits.maxBytes() ? new byte[0] : Files.readAllBytes(incoming));
                if (size > limits.maxBytes()) {
                    refused.add(Finding.error(
                            fileName,
                            "",
                            "The file has " + size + " bytes; at most " + limits.maxBytes() + " are accepted.",
                            "Delete sheets and columns you do not publish, or split the table into several files."));
                } else {
                    refused.addAll(reader.sheets(upload).findings());
                }
            }
            if (!refused.isEmpty()) {
                Files.deleteIfExists(incoming);
                return new Result(Optional.empty(), refused);
            }
            String id = newId();
            Path dir = OwnerOnly.folders(drafts(org).resolve(id));
            Files.move(incoming, dir.resolve(FILE), StandardCopyOption.ATOMIC_MOVE);
            Draft d = new Draft(id, org, cleanName(fileName), clock.millis(), size, "", "", null, null, null, null);
            write(d);
            return new Result(Optional.of(d), List.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A draft kept, or the findings that refused it.
     *
     * @param draft the draft, when kept
     * @param findings why not (what, where, how to fix)
     */
    public record Result(Optional<Draft> draft, List<Finding> findings) {}

    /** The organisation's draft {@code id}, if it exists and has not expired. */
    public synchronized Optional<Draft> find(String org, String id) {
        if (id == null || !ID.matcher(id).matches()) {
            return Optional.empty();
        }
        sweep(org);
        Path f = drafts(org).resolve(id).resolve(STATE);
        if (!Files.isRegularFile(f)) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readValue(Files.readAllBytes(f), Draft.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The organisation's drafts, newest first. */
    public synchronized List<Draft> list(String org) {
        Path dir = drafts(org);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<Draft> out = new ArrayList<>();
        try (DirectoryStream<Path> ids = Files.newDirectoryStream(dir)) {
            for (Path p : ids) {
                String id = p.getFileName().toString();
                if (ID.matcher(id).matches()) {
                    Path f = p.resolve(STATE);
                    if (Files.isRegularFile(f)) {
                        out.add(JSON.readValue(Files.readAllBytes(f), Draft.class));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.sort(Comparator.comparingLong(Draft::created).reversed());
        return out;
    }

    /** The draft's file as uploaded. */
    public Upload upload(Draft d) {
        try {
            return new Upload(
                    d.fileName(),
                    Files.readAllBytes(drafts(d.org()).resolve(d.id()).resolve(FILE)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Saves the draft's choices (its id and organisation stay). */
    public synchronized void save(Draft d) {
        if (find(d.org(), d.id()).isEmpty()) {
            throw new IllegalStateException("no draft " + d.id() + " of " + d.org());
        }
        write(d);
    }

    /** Deletes the draft and its file; false if there was none. */
    public synchronized boolean delete(String org, String id) {
        if (id == null || !ID.matcher(id).matches()) {
            return false;
        }
        return deleteTree(drafts(org).resolve(id));
    }

    /**
     * Deletes the organisation's drafts untouched for longer than {@link #TTL}, and its half-received uploads untouched
     * for longer than {@link #INCOMING_IDLE}; returns how many were deleted.
     */
    public synchronized int sweep(String org) {
        Path dir = drafts(org);
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        long now = clock.millis();
        int n = 0;
        try (DirectoryStream<Path> ids = Files.newDirectoryStream(dir)) {
            for (Path p : ids) {
                if (p.getFileName().toString().equals(INCOMING)) {
                    n += sweepIncoming(p, now - INCOMING_IDLE.toMillis());
                } else if (Files.getLastModifiedTime(p).toMillis() < now - TTL.toMillis() && deleteTree(p)) {
                    n++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return n;
    }

    /**
     * {@link #sweep}s every organisation that keeps drafts here, whether or not any member comes back; returns how many
     * drafts and half-received uploads were deleted. The node calls it at start and on a schedule.
     */
    public synchronized int sweepAll() {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        int n = 0;
        try (DirectoryStream<Path> orgs = Files.newDirectoryStream(folder, Files::isDirectory)) {
            for (Path o : orgs) {
                String org = o.getFileName().toString();
                if (ORG.matcher(org).matches()) {
                    n += sweep(org);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return n;
    }

    private static int sweepIncoming(Path incoming, long oldest) throws IOException {
        int n = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(incoming)) {
            for (Path f : files) {
                if (Files.getLastModifiedTime(f).toMillis() < oldest && deleteTree(f)) {
                    n++;
                }
            }
        }
        return n;
    }

    private void write(Draft d) {
        try {
            Path dir = drafts(d.org()).resolve(d.id());
            OwnerOnly.replace(dir.resolve(STATE), JSON.writeValueAsBytes(d));
            Files.setLastModifiedTime(dir, java.nio.file.attribute.FileTime.fromMillis(clock.millis()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean deleteTree(Path p) {
        if (!Files.exists(p)) {
            return false;
        }
        try (Stream<Path> all = Files.walk(p)) {
            for (Path x : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(x);
            }
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path drafts(String org) {
        if (org == null || !ORG.matcher(org).matches()) {
            throw new IllegalArgumentException("not an organisation slug: " + org);
        }
        return folder.resolve(org).resolve("drafts");
    }

    private String newId() {
        byte[] b = new byte[10];
        random.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    /** The file name without folders or control characters, at most 200 characters. */
    private static String cleanName(String name) {
        String n = name.replace('\\', '/');
        n = n.substring(n.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").strip();
        if (n.isEmpty()) {
            n = "upload";
        }
        return n.length() > 200 ? n.substring(n.length() - 200) : n;
    }
}
