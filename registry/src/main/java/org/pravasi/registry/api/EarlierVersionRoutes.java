package org.pravasi.registry.api;

import io.vertx.core.WorkerExecutor;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.pravasi.registry.ingest.DescriptorReader;
import org.pravasi.registry.keys.KeyStore;
import org.pravasi.registry.publish.InstanceUris;
import org.pravasi.registry.publish.VersionArchive;
import org.pravasi.registry.publish.VersionNumbers;
import org.pravasi.registry.web.DownloadSlots;
import org.pravasi.registry.web.GrowingFileResponse;
import org.pravasi.registry.web.ProblemException;
import org.pravasi.registry.web.SpooledDownload;

/**
 * {@code GET /api/datasets/:org/:slug/:version/observations}: an earlier (replaced or withdrawn) version's observations
 * as N-Triples, for its publisher only (the organisation's API key). They are never public: two public versions would
 * let anyone difference their counts (docs/disclosure.md, "Versions and withdrawal"). Sent as the graphs download is
 * ({@link SpooledDownload}): unpacked to a temporary file at the disk's pace and sent as it grows, at most
 * {@link #NODE_WIDE} at once and {@link #PER_CLIENT} to one client, a client that reads nothing cut off.
 */
public final class EarlierVersionRoutes {
    /** Media type of the answer. */
    public static final String NTRIPLES = "application/n-triples";
    /** Earlier versions sent at once, node-wide: each holds a worker while it unpacks and its file until it is read. */
    static final int NODE_WIDE = 2;
    /** Earlier versions sent at once to one client (an address, or an IPv6 /64). */
    static final int PER_CLIENT = 1;

    private final InstanceUris uris;
    private final VersionArchive archive;
    private final ApiKeyAuth auth;
    private final SpooledDownload downloads;

    /** Creates the route over the node's API keys, URIs and archive of earlier versions. */
    public EarlierVersionRoutes(KeyStore keys, InstanceUris uris, VersionArchive archive, WorkerExecutor workers) {
        this(
                keys,
                uris,
                archive,
                workers,
                new DownloadSlots("earlier versions", NODE_WIDE, PER_CLIENT),
                GrowingFileResponse.STALL);
    }

    /** As above, with other download bounds and stall time (tests). */
    EarlierVersionRoutes(
            KeyStore keys,
            InstanceUris uris,
            VersionArchive archive,
            WorkerExecutor workers,
            DownloadSlots slots,
            Duration stall) {
        this.uris = uris;
        this.archive = archive;
        this.auth = new ApiKeyAuth(keys);
        this.downloads = new SpooledDownload(workers, slots, stall);
    }

    /** Adds the route to {@code router}. */
    public void mount(Router router) {
        router.get("/api/datasets/:org/:slug/:version/observations").handler(this::observations);
    }

    private void observations(RoutingContext ctx) {
        String org = ctx.pathParam("org");
        String slug = ctx.pathParam("slug");
        String version = ctx.pathParam("version");
        if (!DescriptorReader.SLUG.matcher(org).matches()
                || !DescriptorReader.SLUG.matcher(slug).matches()
                || !version.matches("v" + VersionNumbers.DIGITS)) {
            throw new ProblemException(
                    400,
                    "Bad version path",
                    "Use /api/datasets/ORG/SLUG/vN/observations with lowercase slugs and a version number.");
        }
        String keyOrg = auth.require(ctx);
        if (!keyOrg.equals(org)) {
            throw new ProblemException(
                    403,
                    "Not your organisation's dataset",
                    "This key belongs to '" + keyOrg + "'; only '" + org
                            + "' may download earlier versions of its datasets.");
        }
        String uri =
                uris.version(org, slug, Integer.parseInt(version.substring(1))).getURI();
        downloads.send(
                ctx,
                r -> r.putHeader("Content-Type", NTRIPLES + "; charset=utf-8")
                        .putHeader("Cache-Control", "private, no-store"),
                out -> {
                    Optional<Path> archived = archive.find(uri);
                    if (archived.isEmpty()) {
                        return false;
                    }
                    try (InputStream in = new GZIPInputStream(Files.newInputStream(archived.get()))) {
                        in.transferTo(out);
                    }
                    return true;
                },
                () -> new ProblemException(
                        404,
                        "No earlier version",
                        "There is no replaced or withdrawn version " + uri
                                + " on this node; the current version is public at /id/dataset/" + org + "/" + slug
                                + "/download.nt."));
    }
}
