package org.pravasi.registry.api;

import io.vertx.core.WorkerExecutor;
import io.vertx.ext.web.FileUpload;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import io.vertx.ext.web.handler.PlatformHandler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.pravasi.registry.config.NodeConfig;
import org.pravasi.registry.keys.KeyStore;
import org.pravasi.registry.web.Json;
import org.pravasi.registry.web.ProblemException;
import org.pravasi.registry.web.Requests;
import org.pravasi.registry.workspace.Choices;
import org.pravasi.registry.workspace.Upload;
import org.pravasi.registry.workspace.Workspace;

/**
 * The publishing workspace's API, for the organisation of the API key: {@code POST /api/workspace/:org/preview}
 * (multipart: file {@code upload}, a CSV or .xlsx, and form field {@code choices}, JSON) answers the preview, and
 * {@code POST /api/workspace/:org/mappings} (JSON choices) saves the value choices. Neither writes to the store.
 */
public final class WorkspaceRoutes {
    /** Largest choices body accepted by the mappings route. */
    public static final int MAX_CHOICES_BYTES = 256 * 1024;

    private final NodeConfig config;
    private final Workspace workspace;
    private final WorkerExecutor workers;
    private final ApiKeyAuth auth;

    /** Creates the routes over {@code workspace}; work runs on {@code workers}. */
    public WorkspaceRoutes(NodeConfig config, KeyStore keys, Workspace workspace, WorkerExecutor workers) {
        this.config = config;
        this.workspace = workspace;
        this.workers = workers;
        this.auth = new ApiKeyAuth(keys);
    }

    /** Adds the routes to {@code router}. */
    public void mount(Router router) {
        BodyHandler body = BodyHandler.create(
                        config.dataDir().resolve("uploads").toString())
                .setBodyLimit(config.maxUploadBytes())
                .setDeleteUploadedFilesOnEnd(true)
                .setHandleFileUploads(true);
        router.post("/api/workspace/:org/preview")
                .handler(new OwnKey())
                .handler(new TruncatedBodyGuard())
                .handler(body)
                .handler(this::preview);
        router.post("/api/workspace/:org/mappings")
                .handler(new OwnKey())
                .handler(BodyHandler.create(false).setBodyLimit(MAX_CHOICES_BYTES))
                .handler(this::remember);
    }

    /** The key must be the organisation's in the path; checked before the body is read. */
    private final class OwnKey implements PlatformHandler {
        @Override
        public void handle(RoutingContext ctx) {
            String org = auth.require(ctx);
            if (!org.equals(ctx.pathParam("org"))) {
                throw new ProblemException(
                        403,
                        "Not your organisation's workspace",
                        "This key belongs to '" + org + "'; use /api/workspace/" + org + "/...");
            }
            ctx.put("org", org);
            ctx.next();
        }
    }

    private void preview(RoutingContext ctx) {
        TruncatedBodyGuard.bodyRead(ctx);
        String org = ctx.get("org");
        Optional<FileUpload> file = Requests.upload(ctx, "upload");
        if (file.isEmpty()) {
            throw new ProblemException(
                    400,
                    "Missing file",
                    "Send a multipart/form-data request with the file 'upload' (CSV or .xlsx) and, optionally, the"
                            + " field 'choices' (JSON, see docs/workspace.md).");
        }
        Choices choices = ChoicesJson.read(ctx.request().getFormAttribute("choices"));
        workers.executeBlocking(
                        () -> workspace.preview(org, new Upload(file.get().fileName(), read(file.get())), choices),
                        false)
                .onSuccess(p -> Json.send(ctx, 200, PreviewJson.of(p)))
                .onFailure(ctx::fail);
    }

    private void remember(RoutingContext ctx) {
        String org = ctx.get("org");
        Choices choices =
                ChoicesJson.read(ctx.body() == null ? null : ctx.body().asString());
        workers.executeBlocking(() -> workspace.remember(org, choices), false)
                .onSuccess(findings -> {
                    if (findings.isEmpty()) {
                        Json.send(ctx, 200, Map.of("status", "saved"));
                    } else {
                        ctx.fail(FindingsJson.problem(
                                422, "Choices refused", "Nothing was saved. Each finding says what to fix.", findings));
                    }
                })
                .onFailure(ctx::fail);
    }

    private static byte[] read(FileUpload f) {
        try {
            return Files.readAllBytes(Path.of(f.uploadedFileName()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
