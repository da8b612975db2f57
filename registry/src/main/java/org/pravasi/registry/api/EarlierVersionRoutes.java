package org.pravasi.registry.api;

import io.vertx.core.WorkerExecutor;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.pravasi.registry.ingest.DescriptorReader;
import org.pravasi.registry.keys.KeyStore;
import org.pravasi.registry.publish.InstanceUris;
import org.pravasi.registry.publish.VersionArchive;
import org.pravasi.registry.web.ProblemException;

/**
 * {@code GET /api/datasets/:org/:slug/:version/observations}: an earlier (replaced or withdrawn) version's observations
 * as N-Triples, for its publisher only (the organisation's API key). They are never public: two public versions would
 * let anyone difference their counts (docs/disclosure.md, "Versions and withdrawal").
 */
public final class EarlierVersionRoutes {
    /** Media type of the answer. */
    public static final String NTRIPLES = "application/n-triples";

    private final InstanceUris uris;
    private final VersionArchive archive;
    private final WorkerExecutor workers;
    private final ApiKeyAuth auth;

    /** Creates the route over the node's API keys, URIs and archive of earlier versions. */
    public EarlierVersionRoutes(KeyStore keys, InstanceUris uris, VersionArchive archive, WorkerExecutor workers) {
        this.uris = uris;
        this.archive = archive;
        this.workers = workers;
        this.auth = new ApiKeyAuth(keys);
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
                || !version.matches("v[1-9][0-9]{0,8}")) {
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
        workers.<Path>executeBlocking(() -> unpacked(uri), false)
                .onSuccess(file -> {
                    if (file == null) {
                        ctx.fail(new ProblemException(
                                404,
                                "No earlier version",
                                "There is no replaced or withdrawn version " + uri
                                        + " on this node; the current version is public at /id/dataset/" + org + "/"
                                        + slug + "/download.nt."));
                        return;
                    }
                    ctx.response()
                            .putHeader("Content-Type", NTRIPLES + "; charset=utf-8")
                            .putHeader("Cache-Control", "private, no-store")
                            .sendFile(file.toString())
                            .onComplete(r -> delete(file));
                })
                .onFailure(ctx::fail);
    }

    /** The archived version unpacked to a temporary file, or null when it is not archived. */
    private Path unpacked(String versionUri) throws IOException {
        var archived = archive.find(versionUri);
        if (archived.isEmpty()) {
            return null;
        }
        Path tmp = Files.createTempFile("pravasi-version", ".nt");
        try (InputStream in = new GZIPInputStream(Files.newInputStream(archived.get()))) {
            Files.copy(in, tmp, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        return tmp;
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
